"""A timeline in the results: a marker at each step's date on the weekly charts, and the goal's date as a key
figure in the panel, the comparison table, the report and the Excel export (results made by hand: known weeks)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from barntid.present.timeline import date_x, goal_date_text, long_date, markers, weeks_apart
from barntid.sim.scenario.io import load
from tests.gui.gui_helpers import SJOBO
from tests.gui.timeline.fakes import ADMIN, LAPTOPS, fake_result, planned

BEFORE, AFTER = 0.11, 0.21
REACHED = [BEFORE] * 60 + [AFTER] * 96  # three years of weeks; the goal (20 %) held from week 61


def entry(result: Any, role: str = "current") -> Any:
    from barntid.gui.results.compare import Entry

    return Entry(role, "Aktuell" if role == "current" else "Jämförelse", result,
                 "#1565c0" if role == "current" else "#7a7a7a", result.scenario.name)


def test_the_goal_week_and_its_words() -> None:
    result = fake_result(planned(), REACHED)
    # Week 64 is the first whose last four weeks (61–64) are all at the goal; it begins on Monday 16 May 2016:
    # results begin on 2 March 2015 (5 January and eight weeks of warm-up), 63 weeks before.
    assert result.weeks_to_goal == 64 and result.goal_date == dt.date(2016, 5, 16)
    assert goal_date_text(result) == "vecka 20 2016 (16 maj 2016)"
    assert goal_date_text(result, "en") == "week 20 2016 (16 May 2016)"
    never = fake_result(planned(), [BEFORE] * 156)
    assert never.goal_date is None and goal_date_text(never) == "nås inte under körningen"
    assert long_date(dt.date(2016, 3, 16)) == "16 mars 2016"
    later = fake_result(planned(), [BEFORE] * 80 + [AFTER] * 76)
    assert weeks_apart(result, later) == "20\u00a0veckor senare" and weeks_apart(later, result).endswith("tidigare")
    assert weeks_apart(never, result) == "–" and weeks_apart(result, result) == "samma vecka"


def test_markers_at_the_steps_dates(qtbot: Any) -> None:
    from barntid.gui.results.charts import CaseloadChart, ContactShareChart, DeadlineChart, StaffChart

    sc = planned()
    result = fake_result(sc, REACHED)
    # 1 September 2015 is 183 days after 2 March: x = 1 + 183/7; 11 January 2016 is 315 days after.
    expected = [(1 + 183 / 7, "Bärbara datorer"), (46.0, "Stärkt administration")]
    found = markers(sc, 156)
    assert [m.title for m in found] == [t for _x, t in expected]
    assert [m.x for m in found] == pytest.approx([x for x, _t in expected])
    for cls in (ContactShareChart, CaseloadChart, StaffChart, DeadlineChart):
        chart = cls()
        qtbot.addWidget(chart)
        chart.resize(900, 500)
        chart.show()
        chart.set_entries([entry(result)])
        assert [t for _x, t in chart.step_marks] == ["Bärbara datorer", "Stärkt administration"], cls
        assert [x for x, _t in chart.step_marks] == pytest.approx([x for x, _t in expected])
        ax = chart.figure.axes[0]
        lines = [ln for ln in ax.get_lines() if list(ln.get_xdata()) == [46.0, 46.0]]
        assert lines, f"{cls.__name__}: no vertical line at the second step"
        texts = [t.get_text() for t in ax.texts]
        assert "Stärkt administration" in texts
    contact = ContactShareChart()
    qtbot.addWidget(contact)
    contact.show()
    contact.set_entries([entry(result)])
    assert contact.goal_mark == 64.0 and "målet nås" in [t.get_text() for t in contact.figure.axes[0].texts]


def test_no_markers_without_a_timeline_and_none_outside_the_run(qtbot: Any) -> None:
    from barntid.gui.results.charts import ContactShareChart

    plain = fake_result(load(SJOBO), REACHED)
    chart = ContactShareChart()
    qtbot.addWidget(chart)
    chart.show()
    chart.set_entries([entry(plain)])
    assert chart.step_marks == []
    early = LAPTOPS.model_copy(update={"date": dt.date(2015, 1, 5)})  # on the start date: part of the start
    late = ADMIN.model_copy(update={"date": dt.date(2019, 1, 7)})  # after three years of results
    sc = planned(early, late, ADMIN)
    assert [m.title for m in markers(sc, 156)] == ["Stärkt administration"]
    # The current result's plan is marked, also against a baseline without one.
    chart.set_entries([entry(plain, "baseline"), entry(fake_result(sc, REACHED))])
    assert [t for _x, t in chart.step_marks] == ["Stärkt administration"]
    assert date_x(sc, dt.date(2015, 3, 2)) == 1.0


def test_goal_date_in_the_key_figures_and_the_comparison(qtbot: Any) -> None:
    from barntid.gui.results.compare import CompareTable, describe_changes
    from barntid.gui.results.kpi_panel import KpiPanel, Shown

    result = fake_result(planned(), REACHED)
    panel = KpiPanel()
    qtbot.addWidget(panel)
    panel.show_result(result)
    assert "Målet 20 % nås: vecka 20 2016 (16 maj 2016)" in extra_text(panel)
    panel.show_result(fake_result(planned(), [BEFORE] * 156))
    assert "Målet 20 % nås inte under körningen" in extra_text(panel)
    panel.show_result(result, state=Shown.PRELIMINARY)  # a quick estimate says nothing about when
    assert "nås" not in extra_text(panel)

    base = fake_result(load(SJOBO), [BEFORE] * 156)
    table = CompareTable()
    qtbot.addWidget(table)
    table.set_entries([entry(base, "baseline"), entry(result)])
    heads = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    row = heads.index("Målet 20 % nås (vecka, 80 % av körningarna)")
    assert heads[row - 1].startswith("Sannolikhet att nå målet")
    assert table.item(row, 0).text() == "nås inte under körningen"
    assert table.item(row, 1).text() == "vecka 20 2016\n(16 maj 2016)"
    assert describe_changes(base.scenario, result.scenario) == "tidslinje med 2 steg"  # the column's heading
    # Neither with a timeline nor reaching the goal: no such row.
    table.set_entries([entry(base)])
    assert "Målet 20 % nås (vecka, 80 % av körningarna)" not in [
        table.verticalHeaderItem(r).text() for r in range(table.rowCount())]


def test_goal_date_and_plan_in_the_report_and_the_workbook(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from barntid.gui.report.pdf import lay_out
    from barntid.present.export import write_xlsx
    from barntid.present.report import ReportInfo

    base_sc, plan_sc = load(SJOBO), planned()
    base, plan = fake_result(base_sc, [BEFORE] * 156), fake_result(plan_sc, REACHED)
    text = "\n".join(t for page in lay_out(base_sc, plan_sc, base, plan, ReportInfo()) for t in page.texts())
    flat = " ".join(text.split())  # lines joined, no-break spaces as spaces
    assert "Med förslaget nås målet 20 % vecka 20 2016 (16 maj 2016), i utgångsläget nås det inte under " \
           "körningen" in flat
    assert "Förslaget som en plan i steg" in flat and "Administrativt stöd: 1,5 heltidstjänster" in flat
    assert "Sjöbo 2015 med en plan i 2 steg" in flat
    assert "Inga parametrar skiljer vid start" in flat

    write_xlsx(tmp_path / "r.xlsx", [base, plan])
    wb = load_workbook(tmp_path / "r.xlsx")
    assert "Tidslinje" in wb.sheetnames
    steps = [[c.value for c in r] for r in wb["Tidslinje"].iter_rows(min_row=2)]
    laptop = next(r for r in steps if r[2] == "Bärbara datorer")
    assert laptop[1].date() == dt.date(2015, 9, 1) and laptop[3] == "Bärbara datorer: på"
    assert laptop[5] == "measures.mobile_documentation"
    row = [r for r in wb["Nyckeltal"].iter_rows(min_row=2) if r[1].value.startswith("Veckor tills målet nås")]
    assert [r[3].value for r in row] == [None, 64] and "vecka 20 2016" in row[1][2].value
    comparison = {r[0].value: r for r in wb["Jämförelse"].iter_rows(min_row=2)}
    date_row = comparison["Målet nås (veckan som börjar)"]
    assert date_row[2].value is None and date_row[3].value.date() == dt.date(2016, 5, 16)
    assert date_row[3].number_format == "yyyy-mm-dd"


def test_steps_too_close_for_their_titles_are_numbered_and_named_in_the_legend(qtbot: Any) -> None:
    from barntid.gui.results.charts import ContactShareChart

    close = [LAPTOPS, LAPTOPS.model_copy(update={"date": dt.date(2015, 9, 21), "title": "Parbesök",
                                                 "changes": {"measures.pair_visits": 1.0}}), ADMIN]
    chart = ContactShareChart()
    qtbot.addWidget(chart)
    chart.resize(560, 500)
    chart.show()
    chart.set_entries([entry(fake_result(planned(*close), REACHED))])
    assert chart.marks_numbered and [t for _x, t in chart.step_marks] == ["Bärbara datorer", "Parbesök",
                                                                         "Stärkt administration"]
    ax = chart.figure.axes[0]
    assert [t.get_text() for t in ax.texts if t.get_text().isdigit()] == ["1", "2", "3"]
    legend = [t.get_text().replace("\n", " ") for t in chart.figure.legends[-1].get_texts()]
    assert any(t.startswith("Steg: 1\u00a0Bärbara datorer · 2\u00a0Parbesök · 3\u00a0Stärkt") for t in legend), legend
    # Far enough apart (a wide chart, months between): the titles themselves.
    chart.set_entries([entry(fake_result(planned(), REACHED))])
    assert not chart.marks_numbered and "Bärbara datorer" in [t.get_text() for t in chart.figure.axes[0].texts]


def extra_text(panel: Any) -> str:
    """The contact card's last lines, with the no-break spaces that keep '20 %' together read as spaces."""
    return str(panel.cards["contact_share"].extra.text()).replace("\u00a0", " ")
