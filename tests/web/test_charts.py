"""The charts' geometry without a browser: round ticks, labels that never overlap or leave the chart, every
disputed value written, bars in both layouts. tests/browser checks the same in Chromium as rendered."""

from __future__ import annotations

import re

from parsel import Selector

from db.query.results import IndexCell, IndexValue
from web.chart_labels import label_box, round_ticks
from web.charts import bar_chart, grade_chart
from web.index_charts import HEIGHT, WIDTH, index_chart


def cell(*values: tuple[str, float | None, str | None]) -> IndexCell:
    found = [IndexValue(value=v, value_number=n, category=c, event_id=f"e-{v}", reports=1) for v, n, c in values]
    return IndexCell(value=found[0].value, value_number=found[0].value_number, predicate=None,
                     event_id=found[0].event_id, reports=len(found), values=found)


def label_boxes(svg: Selector):
    for text in svg.css("text"):
        x, y = float(text.attrib["x"]), float(text.attrib["y"])
        yield text.css("::text").get(), label_box(x, y, text.css("::text").get(), text.attrib.get("text-anchor", "start"))


def assert_labels_apart(svg: Selector, width: float, height: float) -> None:
    placed = []
    for text, box in label_boxes(svg):
        assert box.left >= 0 and box.right <= width and box.top >= 0 and box.bottom <= height, (text, box)
        assert not any(box.overlaps(other, gap=0) for _, other in placed), f"{text!r} lies on another label"
        placed.append((text, box))


def test_round_ticks():
    assert round_ticks(0, 86.28, count=5) == [0, 20, 40, 60, 80]
    assert round_ticks(88.6, 95.6) == [90, 92.5, 95]
    assert round_ticks(0.25, 0.41) == [0.25, 0.3, 0.35, 0.4]


def test_eleven_years_with_a_disputed_one_keep_their_labels_apart():
    years = {2013 + i: cell((f"{77 + i * 0.4:.2f}".replace(".", ","), 77 + i * 0.4, None)) for i in range(11)}
    years[2018] = cell(("78,84", 78.84, None), ("78,80", 78.80, None))  # close values: labels must not collide
    svg = Selector(str(index_chart("ipm", years, "IPM"))).css("svg")[0]
    assert_labels_apart(svg, WIDTH, HEIGHT)
    assert sorted(svg.css("text.value.disputed::text").getall()) == ["78,80", "78,84"]
    assert {"2013", "2023"} <= set(svg.css("text.axis::text").getall())
    assert len(svg.css("circle.dot")) == 12  # every value has its dot (and tooltip), labelled or not
    ticks = [t for t in svg.css("text.axis::text").getall() if "," in t or len(t) < 4]
    assert ticks and all(re.fullmatch(r"\d+(,\d+)?", t) for t in ticks)


def test_other_indices_are_never_charted():
    years = {2021: cell(("418", 418.0, None)), 2022: cell(("48", 48.0, None))}
    assert str(index_chart("other", years, "Lainnya")) == ""
    assert str(index_chart("spbe", years, "SPBE")).startswith("<svg")


def test_categories_with_long_names_stay_inside():
    years = {2021: cell(("Sangat Tertinggal", None, "Sangat Tertinggal")), 2022: cell(("Mandiri", None, "Mandiri")),
             2023: cell(("Maju", None, "Maju"), ("Berkembang", None, "Berkembang"))}
    svg = Selector(str(index_chart("idm", years, "IDM"))).css("svg")[0]
    assert_labels_apart(svg, WIDTH, HEIGHT)
    assert sorted(svg.css("text.value.disputed::text").getall()) == ["Berkembang", "Maju"]


def test_bars_in_two_layouts_with_long_names_cut_and_kept_whole_in_the_tooltip():
    name = "Kabupaten Kepulauan Siau Tagulandang Biaro dan Sekitarnya yang Panjang Sekali"
    html = Selector(str(bar_chart([("Kota Surabaya", [(83.75, "83,75")]), (name, [(49.0, "49")]),
                                   ("Kabupaten Kuningan", [(-4.0, "-4")])], "SPI")))
    for layout, width in (("wide", 640), ("narrow", 340)):
        (svg,) = html.css(f"svg.chart.bars.{layout}")
        names = svg.css("text.name::text").getall()
        assert names[0] == "Kota Surabaya" and names[1].endswith("…") and len(names) == 3
        assert any(name in t for t in svg.css("rect title::text").getall())
        assert_labels_apart(svg, width, float(svg.attrib["height"]))
        assert "0" in svg.css("text.tick::text").getall()  # the axis holds zero: bar lengths compare


def test_a_region_whose_sources_disagree_gets_every_value_and_no_bar():
    bars = [("Kota Banda Aceh", [(86.28, "86,28")]), ("Provinsi Aceh", [(72.8, "72,80"), (72.18, "72,18"), (0.86, "0,86")]),
            ("Kabupaten Pidie", [(71.2, "71,20")]), ("Kabupaten Nias", [(None, "B"), (65.2, "65,20")])]
    html = Selector(str(bar_chart(bars, "IPM 2022")))
    for layout, width in (("wide", 640), ("narrow", 340)):
        (svg,) = html.css(f"svg.chart.bars.{layout}")
        assert len(svg.css("rect.bar")) == 2  # only the undisputed get a bar
        assert svg.css("text.value.disputed::text").getall() == ["72,80 / 72,18 / 0,86", "B / 65,20"]
        assert len(svg.css("circle.dot.disputed")) == 4  # a dot per number; "B" is written, not placed
        assert svg.css("text.value:not(.disputed)::text").getall() == ["86,28", "71,20"]  # as the sources wrote
        assert_labels_apart(svg, width, float(svg.attrib["height"]))


def test_grades_are_ordered_steps_on_every_grade_of_the_index():
    sakip = ("AA", "A", "BB", "B", "CC", "C", "D")
    rows = [("Kabupaten Pacitan", ["A"]), ("Kabupaten Trenggalek", ["BB"]), ("Kabupaten Ponorogo", ["B", "CC"]),
            ("Kabupaten Blitar", ["X"])]
    html = Selector(str(grade_chart(rows, sakip, "SAKIP 2021")))
    for layout, width in (("wide", 640), ("narrow", 340)):
        (svg,) = html.css(f"svg.chart.grades.{layout}")
        assert svg.css("text.tick::text").getall() == list(reversed(sakip))  # worst left, best right
        assert svg.css("text.name::text").getall() == ["Kabupaten Pacitan", "Kabupaten Trenggalek", "Kabupaten Ponorogo"]
        a, bb = (float(r.attrib["width"]) for r in svg.css("rect.bar"))
        assert a > bb  # a better grade, a longer step
        assert svg.css("text.value.disputed::text").getall() == ["B / CC"]
        assert_labels_apart(svg, width, float(svg.attrib["height"]))


def test_long_grade_names_alternate_over_two_lines():
    idm = ("Mandiri", "Maju", "Berkembang", "Tertinggal", "Sangat Tertinggal")
    html = Selector(str(grade_chart([("Desa A", ["Maju"]), ("Desa B", ["Sangat Tertinggal"])], idm, "IDM")))
    for layout, width in (("wide", 640), ("narrow", 340)):
        (svg,) = html.css(f"svg.chart.grades.{layout}")
        assert_labels_apart(svg, width, float(svg.attrib["height"]))
