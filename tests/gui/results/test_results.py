"""Comparing scenarios (pinned baseline, paired differences) and exporting charts and results."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from barntid.sim.experiment.results import paired_difference
from tests.gui.gui_helpers import scenario_file


def run(window: Any, qtbot: Any) -> Any:
    with qtbot.waitSignal(window.run_finished, timeout=30_000) as blocker:
        window.run()
    return blocker.args[0]


def test_compare_pinned_baseline_with_a_variant(window: Any, qtbot: Any, tmp_path: Path) -> None:
    window.open_file(scenario_file(tmp_path, simulation__replications=3))
    base = run(window, qtbot)
    window.actions_.pin.trigger()
    assert window.comparison.baseline is base
    window.edit("staff.social_workers", 30)
    variant = run(window, qtbot)
    table = window.compare_table
    assert table.columnCount() == 3  # baseline, current, difference
    assert "Jämförelse" in table.horizontalHeaderItem(0).text()
    assert "Socialsekreterare 30" in table.horizontalHeaderItem(1).text()
    row = table.ROWS.index("contact_share")
    assert table.verticalHeaderItem(row).text() == "Andel tid i direktkontakt"
    # Both contact measures side by side, with what they mean.
    assert table.verticalHeaderItem(row + 1).text() == "Barnens tid (varje möte en gång)"
    assert "varje möte en gång" in table.verticalHeaderItem(row + 1).toolTip()
    d = paired_difference(base, variant, "contact_share")
    text = table.item(row, 2).text()
    assert text.startswith("+" if d.mean >= 0 else "−") and "[" in text and text.rstrip("]").endswith("p.e.")
    assert abs(d.mean) > 0
    # The same two scenarios in the charts, baseline in grey first.
    roles = [e.role for e in window.contact_chart.entries]
    assert roles == ["baseline", "current"]
    assert window.cost_chart.stale  # on a hidden tab: not drawn until shown
    window.tabs.setCurrentIndex(2)
    assert not window.cost_chart.stale
    assert len(window.cost_chart.figure.axes[0].patches) == 2
    assert "Mot jämförelsen" in window.kpis.cards["contact_share"].extra.text()


def test_up_to_four_scenarios_side_by_side(window: Any, qtbot: Any, tmp_path: Path) -> None:
    window.open_file(scenario_file(tmp_path))
    run(window, qtbot)
    window.pin_baseline()
    for n in (20, 21, 22, 24):
        window.edit("staff.social_workers", n)
        run(window, qtbot)
        window.add_variant()
    window.edit("staff.social_workers", 25)
    run(window, qtbot)
    entries = window.entries()
    assert [e.role for e in entries] == ["baseline", "variant", "variant", "current"]
    assert window.compare_table.columnCount() == 1 + 2 * 3
    window.actions_.clear_compare.trigger()
    assert [e.role for e in window.entries()] == ["current"]


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_export_chart(window: Any, qtbot: Any, fast_file: Path, tmp_path: Path, suffix: str,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_file(fast_file)
    run(window, qtbot)
    target = tmp_path / f"chart{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    # Through the File menu: the staff chart is on a hidden tab, so it must be drawn for the export.
    action = next(a for a in window.actions_.export_charts.actions() if a.text() == window.staff_chart.title())
    action.trigger()
    assert target.stat().st_size > 1000
    head = target.read_bytes()[:8]
    assert {".png": b"\x89PNG", ".svg": b"<?xml", ".pdf": b"%PDF"}[suffix] in head


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_results(window: Any, qtbot: Any, fast_file: Path, tmp_path: Path, suffix: str,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_file(fast_file)
    run(window, qtbot)
    window.pin_baseline()
    window.edit("measures.pair_visits", True)
    run(window, qtbot)
    target = tmp_path / f"resultat{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_.export_results.trigger()
    assert target.stat().st_size > 100
    if suffix == ".xlsx":
        wb = load_workbook(target)
        assert wb.sheetnames == ["Nyckeltal", "Jämförelse", "Tidsanvändning", "Veckoserier", "Parametrar", "Körningar"]
        assert wb["Jämförelse"].cell(row=1, column=4).value == "Aktuell: Parbesök 100 %"
        names = {row[0] for row in wb["Nyckeltal"].iter_rows(min_row=2, values_only=True)}
        assert names == {"Jämförelse: Sjöbo 2015", "Aktuell: Parbesök 100 %"}
    else:
        text = target.read_text(encoding="utf-8-sig")
        assert "contact_share" in text and "Aktuell: Parbesök 100 %" in text


def test_export_without_a_suffix_uses_the_chosen_filter(window: Any, qtbot: Any, fast_file: Path,
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_file(fast_file)
    run(window, qtbot)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "bild"), "SVG (*.svg)"))
    path = window.export_chart(window.contact_chart)
    assert path == tmp_path / "bild.svg" and path.stat().st_size > 1000


def test_contact_chart_shows_childrens_time_beside_staff_time(window: Any, qtbot: Any, tmp_path: Path) -> None:
    window.open_file(scenario_file(tmp_path, simulation__years=0.25, measures__pair_visits=True))
    result = run(window, qtbot)
    window.contact_chart.redraw()
    labels = [line.get_label() for line in window.contact_chart.figure.axes[0].get_lines()]
    child = [t for t in labels if "barnens tid" in t]
    assert len(child) == 1 and "ett parbesök räknas en gång" in child[0]
    assert result.kpis["child_contact_share"].mean < result.kpis["contact_share"].mean
