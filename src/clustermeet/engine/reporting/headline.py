"""The headline paragraph, in the words of the seed's news item: "N cluster organisations
from N countries met at …: N meetings in N days, N cooperation cases and N agreements".

Its counts: organisations and countries of the registered participants (when every
organisation is a cluster they are called clusters, otherwise the clusters among them are
named in a clause), meetings held, the event's meeting days, cooperation cases and
agreements (as outcomes.py counts them). Countries are listed by name when there are at
most `MAX_LISTED` of them.
"""

from __future__ import annotations

from clustermeet.engine.reporting.countries import country_names
from clustermeet.engine.reporting.dates import date_range
from clustermeet.engine.reporting.figures import Figures
from clustermeet.engine.reporting.language import count, join
from clustermeet.engine.reporting.languages import get_language

MAX_LISTED = 20


def headline(figures: Figures, language: str) -> str:
    """The paragraph in `language` (en, fr or bg); ValueError for any other."""
    words = get_language(language)
    people = figures.headcount
    all_clusters = people.organisations > 0 and people.clusters == people.organisations
    if all_clusters:
        subject, of_them = count(words, "clusters", people.clusters), ""
    else:
        subject = count(words, "organisations", people.organisations)
        of_them = count(words, "of_them", people.clusters) if people.clusters else ""
    listed = ""
    if 0 < len(people.countries) <= MAX_LISTED:
        listed = f" ({join(words, country_names(people.countries, language))})"
    city = figures.info.city_in(language)
    place = ""
    if city:
        place = words.place_by_initial.get(city[0].lower(), words.place).format(city=city)
    return words.headline.format(
        subject=subject,
        countries=count(words, "countries", len(people.countries)),
        country_list=listed,
        of_them=of_them,
        verb=count(words, "verb", people.organisations),
        event=figures.info.name,
        place=place,
        dates=date_range(words, figures.info.start, figures.info.end),
        meetings=count(words, "meetings", figures.meetings.held),
        days=count(words, "days", people.days),
        cooperation=count(words, "cooperation", figures.outcomes.cooperation_cases),
        agreements=count(words, "agreements", figures.outcomes.agreements),
    )
