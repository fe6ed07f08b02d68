"""The run history tells variants apart by what they change, keeps a theme day's final figures marked as such,
and reads a history kept before runs had kinds."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from barntid.sim import run_experiment, with_changes
from barntid.sim.experiment.history import History
from tests.helpers import short


def text(dialog: Any, row: int, col: int) -> str:
    return str(dialog.table.item(row, col).text()).replace("\u00a0", " ")


def _history(tmp_path: Path) -> History:
    h = History(tmp_path / "history.sqlite3")
    base = run_experiment(short(years=0.25), replications=2, workers=1)
    h.add(base)
    h.add(run_experiment(with_changes(base.scenario, {"staff.social_workers": 20.0}), replications=2, workers=1))
    h.add(run_experiment(with_changes(base.scenario, {"measures.pair_visits": True}), replications=2, workers=1),
          "theme_day")
    return h


def test_variants_are_named_by_their_changes_and_theme_day_runs_shown_on_request(tmp_path: Path,
                                                                                  qtbot: Any) -> None:
    from barntid.gui.history.dialog import HistoryDialog

    records = _history(tmp_path).list()
    assert [r.kind for r in records] == ["theme_day", "run", "run"]
    dialog = HistoryDialog(records)
    qtbot.addWidget(dialog)
    names = [text(dialog, r, 2) for r in range(dialog.table.rowCount())]
    assert names == ["Sjöbo 2015 med Socialsekreterare 20 heltidstjänster", "Sjöbo 2015"]
    assert "Socialsekreterare: 21 heltidstjänster → 20 heltidstjänster" in \
        dialog.table.item(0, 2).toolTip().replace("\u00a0", " ")
    assert dialog.theme_day.text() == "Visa temadagens körningar (1)"
    dialog.theme_day.setChecked(True)
    assert dialog.table.rowCount() == 3
    assert text(dialog, 0, 2) == "Sjöbo 2015 med Parbesök 100 %"
    assert [dialog.table.item(r, 3).text() for r in range(3)] == ["Temadag", "Huvudfönstret", "Huvudfönstret"]
    dialog.table.selectRow(0)
    assert dialog.selected() is records[0]


def test_a_theme_days_final_figure_is_recorded_as_a_theme_day_run(window: Any, qtbot: Any) -> None:
    result = run_experiment(short(years=0.25), replications=2, workers=1)
    for tag in ("quick", "refine", "full"):
        window.histories.run_completed(result, tag)
    qtbot.waitUntil(lambda: len(window.histories.store.list()) == 2, timeout=10_000)
    assert [r.kind for r in window.histories.store.list()] == ["run", "theme_day"]


def test_a_history_from_before_run_kinds_is_read_and_extended(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    h = _history(tmp_path)
    h.close()
    conn = sqlite3.connect(db)
    conn.execute("ALTER TABLE runs DROP COLUMN kind")
    conn.commit()
    conn.close()
    h = History(db)
    assert [r.kind for r in h.list()] == ["run", "run", "run"]
    h.add(run_experiment(short(years=0.25), replications=2, workers=1), "theme_day")
    assert h.list()[0].kind == "theme_day"
    h.close()
