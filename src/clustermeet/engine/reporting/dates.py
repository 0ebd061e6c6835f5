"""Dates and date ranges written out in the report's language."""

from __future__ import annotations

from datetime import date

from clustermeet.engine.reporting.language import Language


def _day(language: Language, day: date) -> str:
    return language.dates.first_day if day.day == 1 else str(day.day)


def plain_date(language: Language, day: date) -> str:
    """ "5 June 2019", "1er juin 2019", "5 юни 2019 г."."""
    return language.dates.plain.format(
        d=_day(language, day), m=language.months[day.month - 1], y=day.year
    )


def date_range(language: Language, start: date, end: date) -> str:
    """ "on 5–7 June 2019", "du 5 au 7 juin 2019", "на 5–7 юни 2019 г." and the forms for
    one day, ranges over two months and over two years."""
    forms = language.dates
    if start == end:
        form = forms.same_day
    elif (start.year, start.month) == (end.year, end.month):
        form = forms.same_month
    elif start.year == end.year:
        form = forms.same_year
    else:
        form = forms.other_year
    return form.format(
        d1=_day(language, start),
        m1=language.months[start.month - 1],
        y1=start.year,
        d2=_day(language, end),
        m2=language.months[end.month - 1],
        y2=end.year,
    )
