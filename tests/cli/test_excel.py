"""The Excel export is for people (Swedish headers, percent and krona formats, widths, one sheet per table);
the CSV export stays machine-friendly (its columns unchanged)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from barntid.present.export import write_csv, write_xlsx
from barntid.sim import run_experiment
from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.scenario.io import with_changes
from tests.helpers import short

SHEETS = ["Nyckeltal", "Jämförelse", "Tidsanvändning", "Veckoserier", "Parametrar", "Körningar"]


@pytest.fixture(scope="module")
def results() -> list[ExperimentResult]:
    base = with_changes(short(years=0.25), {"name": "Bas"})
    proposal = with_changes(base, {"name": "Förslag", "staff.admin_fte": 2.0, "measures.pair_visits": True})
    return [run_experiment(base, replications=3, workers=1), run_experiment(proposal, replications=3, workers=1)]


def _book(path: Path) -> Any:
    from openpyxl import load_workbook

    return load_workbook(path)


def _rows(ws: Any) -> dict[str, list[Any]]:
    """The rows of a sheet by their first cell's text."""
    return {str(row[0].value): list(row) for row in ws.iter_rows(min_row=2)}


def test_sheets_headers_and_formats(results: list[ExperimentResult], tmp_path: Path) -> None:
    write_xlsx(tmp_path / "r.xlsx", results)
    wb = _book(tmp_path / "r.xlsx")
    assert wb.sheetnames == SHEETS

    kpis = wb["Nyckeltal"]
    assert [c.value for c in kpis[1]] == ["Scenario", "Nyckeltal", "Enhet", "Medelvärde", "95 %-intervall, nedre",
                                          "95 %-intervall, övre", "Körningar", "Slumpfrö"]
    by_label = {(r[0].value, r[1].value): r for r in kpis.iter_rows(min_row=2)}
    contact = by_label[("Bas", "Andel tid i direktkontakt")]
    assert contact[3].number_format == "0.0%" and 0 < contact[3].value < 1  # a share, shown as percent
    assert contact[2].value == "%"
    cost = by_label[("Bas", "Årskostnad")]
    assert cost[3].number_format == '#,##0" kr"' and cost[3].value > 1e6
    backlog = by_label[("Bas", "Arbetsbalans")]
    assert backlog[2].value == "timmar" and backlog[3].number_format == "0.0"
    assert ("Bas", "Sannolikhet att nå målet") in by_label
    assert {k[1] for k in by_label} >= {"Skyddsbedömningar senast nästa dag", "Övertid", "Konsultkostnad",
                                        "Erfarna (över 5 år)"}

    # column widths: wider than Excel's default (8.43) where the text needs it
    assert kpis.column_dimensions["B"].width > 30 and kpis.column_dimensions["D"].width >= 12
    assert kpis["A1"].font.bold and kpis.freeze_panes == "A2"


def test_comparison_sheet_has_differences_and_intervals(results: list[ExperimentResult], tmp_path: Path) -> None:
    from barntid.sim.experiment.results import paired_difference

    write_xlsx(tmp_path / "r.xlsx", results)
    ws = _book(tmp_path / "r.xlsx")["Jämförelse"]
    assert [c.value for c in ws[1]] == ["Nyckeltal", "Enhet", "Bas", "Förslag", "Skillnad mot Bas",
                                        "Skillnad, 95 %-intervall, nedre", "Skillnad, 95 %-intervall, övre"]
    rows = _rows(ws)
    contact = rows["Andel tid i direktkontakt"]
    d = paired_difference(results[0], results[1], "contact_share")
    assert contact[4].value == pytest.approx(100 * d.mean)  # percentage points
    assert contact[5].value == pytest.approx(100 * d.lo) and contact[6].value == pytest.approx(100 * d.hi)
    assert contact[4].number_format.startswith('+0.0" p.e."')
    cost = rows["Årskostnad"]
    assert cost[4].number_format.startswith('+#,##0" kr"')
    assert cost[4].value == pytest.approx(paired_difference(results[0], results[1], "annual_cost_sek").mean)
    assert cost[4].value > 0  # more administrative support costs more


def test_one_result_has_no_comparison_sheet(results: list[ExperimentResult], tmp_path: Path) -> None:
    write_xlsx(tmp_path / "r.xlsx", results[:1])
    assert "Jämförelse" not in _book(tmp_path / "r.xlsx").sheetnames


def test_weekly_series_and_parameters(results: list[ExperimentResult], tmp_path: Path) -> None:
    write_xlsx(tmp_path / "r.xlsx", results)
    wb = _book(tmp_path / "r.xlsx")
    series = wb["Veckoserier"]
    assert series["A1"].value == "Vecka" and series["B1"].value == "Veckan börjar"
    assert series["C1"].value == "Bas: Andel tid i direktkontakt (%)"
    assert series["B2"].value.date() == date(2015, 3, 2)  # 5 January 2015 and 8 weeks of warm-up
    assert series["B2"].number_format == "yyyy-mm-dd"
    weeks = len(results[0].series("contact_share")[0])
    assert series.max_row == weeks + 1 and series["A2"].value == 1
    assert series["C2"].value == pytest.approx(results[0].series("contact_share")[0][0])
    assert series["C2"].number_format == "0.0%"

    params = wb["Parametrar"]
    assert [c.value for c in params[1]][:5] == ["Parameter", "Värde: Bas", "Värde: Förslag", "Enhet", "Källa"]
    rows = _rows(params)
    admin = rows["Administrativt stöd"]
    assert admin[1].value == 1.0 and admin[2].value == 2.0 and admin[3].value == "heltidstjänster"
    share = rows["Andel som leder till utredning"]
    assert share[1].number_format == "0.0%" and share[3].value == "%" and "Socialstyrelsen" in share[4].value
    assert rows["Parbesök"][1].value == 0 and rows["Parbesök"][2].value == 1
    assert params.column_dimensions["A"].width > 20
    assert not any("docs/" in str(c.value) for row in params.iter_rows() for c in row)


def test_csv_keeps_its_machine_columns(results: list[ExperimentResult], tmp_path: Path) -> None:
    write_csv(tmp_path / "r.csv", results)
    lines = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "scenario;kpi;label;mean;ci95_low;ci95_high;replications;seed"
    assert any(line.startswith("Bas;contact_share;") for line in lines)
