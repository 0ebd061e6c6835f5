"""The SVG charts on plain series: well-formed, accessible, and drawing the numbers given."""

from datetime import date
from xml.etree import ElementTree

import pytest

from clustermeet.engine.reporting import DayUse, FunnelSeries, HeatMap, Network
from clustermeet.reports.charts.bars import funnel_svg, histogram_svg
from clustermeet.reports.charts.heatmap import heatmap_svg
from clustermeet.reports.charts.network import network_svg
from clustermeet.reports.charts.table_use import table_use_svg
from clustermeet.reports.words import words

NS = {"svg": "http://www.w3.org/2000/svg"}
W = words("en")


def _parse(svg: str) -> ElementTree.Element:
    root = ElementTree.fromstring(svg)
    title, desc = root.find("svg:title", NS), root.find("svg:desc", NS)
    assert root.get("role") == "img" and title is not None and desc is not None
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    return root


def _values(root: ElementTree.Element, attribute: str = "data-value") -> list[str]:
    return [e.get(attribute) for e in root.iter() if e.get(attribute) is not None]


def test_funnel_svg_draws_one_bar_per_stage_longest_first():
    series = FunnelSeries(labels=("Registered", "Held"), participants=(10, 4), items=(10, 7))
    root = _parse(funnel_svg(series, W))
    bars = [e for e in root.iter("{http://www.w3.org/2000/svg}rect") if e.get("data-value")]
    assert [b.get("data-value") for b in bars] == ["10", "4"]
    assert float(bars[0].get("width")) == pytest.approx(2.5 * float(bars[1].get("width")))
    assert "Registered: 10; Held: 4" in root.find("svg:desc", NS).text


def test_histogram_svg_has_a_bar_per_count_and_its_data_in_desc():
    root = _parse(histogram_svg((1, 2, 1), W))
    assert _values(root) == ["1", "2", "1"]
    assert "0: 1; 1: 2; 2: 1" in root.find("svg:desc", NS).text


def test_heatmap_svg_writes_white_on_dark_cells_and_escapes_names():
    heat = HeatMap(codes=("BG", "CA"), labels=("Bulgaria <&>", "Canada"),
                   counts=((0, 9), (9, 1)))  # fmt: skip
    svg = heatmap_svg(heat, W)
    root = _parse(svg)
    assert "Bulgaria &lt;&amp;&gt;" in svg
    assert sorted(_values(root)) == ["1", "9", "9"]
    dark = [t for t in root.iter("{http://www.w3.org/2000/svg}text") if t.text == "9"]
    assert dark and all(t.get("fill") == "#ffffff" for t in dark)


def test_heatmap_svg_without_meetings_says_so():
    root = _parse(heatmap_svg(HeatMap((), (), ()), W))
    assert root.find("svg:desc", NS).text == "No data yet."


def test_network_svg_draws_nodes_edges_and_meetings_within():
    net = Network(nodes=(("Digital", 3), ("Agri-food", 2), ("Textiles", 0)),
                  edges=(("Digital", "Agri-food", 2), ("Digital", "Digital", 1)))  # fmt: skip
    root = _parse(network_svg(net, W))
    assert _values(root, "data-node") == ["Digital", "Agri-food"]  # nobody, no meeting: left out
    assert _values(root, "data-edge") == ["Digital|Agri-food"]
    assert "Digital – Digital: 1" in root.find("svg:desc", NS).text


def test_table_use_svg_draws_booked_and_held_per_slot_per_day():
    days = (DayUse(date(2019, 6, 5), (0, 1), (2, 1), (1, 0), 3),
            DayUse(date(2019, 6, 6), (2,), (3,), (3,), 3))  # fmt: skip
    root = _parse(table_use_svg(days, W, ["5 June", "6 June"]))
    assert _values(root, "data-booked") == ["2", "1", "3"]
    assert _values(root, "data-held") == ["1", "0", "3"]
    assert "5 June: Booked 2/1; Held 1/0" in root.find("svg:desc", NS).text


@pytest.mark.parametrize("language", ["en", "fr", "bg"])
def test_chart_words_exist_in_each_language(language):
    assert set(words(language)) == set(words("en"))
