"""The 'Beslutsstöd' menu: goal seeking, sensitivity, calibration and the live view, all off the UI thread."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from barntid.gui.decision.charts import key_label
from barntid.gui.decision.goal_dialog import progress_text
from barntid.gui.decision.goal_summary import share_text
from barntid.gui.decision.live_data import Playback, run_trace
from barntid.gui.tasks.job import Progress
from barntid.sim.decision.goal import Candidate, GoalProgress
from barntid.sim.engine.accounting import CONTACT
from barntid.sim.scenario.io import load
from tests.gui.gui_helpers import SJOBO, scenario_file

TIMEOUT = 60_000


@pytest.fixture
def menu(window: Any, tmp_path: Path) -> Any:
    """The window with the Sjöbo scenario (a quarter of a year, 2 replications) and its decision menu."""
    window.open_file(scenario_file(tmp_path, simulation__years=0.25))
    return window.decision_menu


def finish(qtbot: Any, dialog: Any, signal: str = "succeeded") -> Any:
    """Press the dialog's start button and wait for the calculation's outcome; returns the signal's args."""
    with qtbot.waitSignal(getattr(dialog.controls, signal), timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.controls.start_button, Qt.MouseButton.LeftButton)
    return blocker.args


def test_menu_is_in_the_menu_bar_with_four_dialogs(window: Any, menu: Any) -> None:
    assert menu.title() == "Beslutsstöd"
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles.count("Beslutsstöd") == 1
    assert menu.menuAction() in window.menuBar().actions()
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Nå målet …", "Känslighet …", "Kalibrera mot uppmätt tidsanvändning …", "Enheten live …"]
    menu.goal_action.trigger()
    dialog = menu.dialogs["goal"]
    assert dialog.isVisible() and not dialog.isModal() and dialog.parent() is window
    dialog.close()


def test_goal_dialog_finds_a_plan_and_applies_it_as_one_undoable_edit(window: Any, menu: Any,
                                                                       qtbot: Any) -> None:
    dialog = menu.open("goal")
    before = window.document.scenario
    keys = [dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(dialog.table.rowCount())]
    assert keys[0] == "staff.social_workers" and dialog.table.item(0, 0).text() == "Socialsekreterare"
    for key in keys:
        dialog.set_lever(key, key in ("staff.admin_fte", "measures.mobile_documentation"))
    dialog.set_lever("staff.admin_fte", True, maximum=before.staff.admin_fte + 1)
    dialog.target.setValue(12)
    dialog.replications.setValue(3)
    progress: list[Any] = []
    dialog.controls.progressed.connect(progress.append)
    (result,) = finish(qtbot, dialog)
    plan = result.plan
    assert plan is not None and set(plan.settings) <= {"staff.admin_fte", "measures.mobile_documentation"}
    assert result.holds(plan) and plan.replications == before.simulation.replications
    # Progress came as data, with an estimate of the time left once there was one.
    data = [p.data for p in progress]
    assert data and all(isinstance(d, GoalProgress) for d in data)
    assert any(d.seconds_left is not None for d in data) and {d.phase for d in data} >= {"today", "search"}
    text = dialog.summary.text()
    assert "håller" in text and "mkr" in text and "95 %-intervall" in text
    assert "Personalens kontakttid" in text and "Barnens tid" in text and "varje möte en gång" in text
    ax = dialog.chart.figure.axes[0]
    assert ax.get_xlabel() == "Merkostnad per år enligt budget (mkr)"
    assert ax.get_ylabel() == "Andel tid i direktkontakt (%)"
    assert any(t.get_text() == "Mål 12 %" for t in ax.texts)
    if plan.settings:
        assert any(t.get_text().startswith("Planen") for t in ax.texts)
        undo = window.document.undo_stack
        steps = undo.count()
        assert dialog.use_button.isEnabled()
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
        after = window.document.scenario
        assert undo.count() == steps + 1
        for key, value in plan.settings.items():
            section, name = key.split(".")
            assert getattr(getattr(after, section), name) == value
        undo.undo()
        assert window.document.scenario == before


def test_goal_progress_redraws_the_frontier_only_when_its_points_change(menu: Any,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Progress comes after every replication; the chart changes only with a new candidate (or today), and
    each redraw takes a core from the search on a 2-core machine."""
    dialog = menu.open("goal")
    asked: list[int] = []
    monkeypatch.setattr(dialog.redraws, "request", lambda: asked.append(1))
    c = Candidate({"measures.checklists": True}, 0.0, 0.15, 0.05, 1.0, 2, True)
    one = GoalProgress("search", 1, 40, 20.0, c, (c,))
    for _ in range(3):  # the replications of the next test: nothing new on the chart
        dialog._on_progress(Progress(1, 10, "", one))
    assert asked == [1] and dialog.pending is not None and len(dialog.pending.evaluated) == 1
    dialog._on_progress(Progress(2, 10, "", GoalProgress("search", 2, 42, 18.0, c, (c, c))))
    assert asked == [1, 1] and len(dialog.pending.evaluated) == 2
    dialog.close()


def test_goal_dialog_says_when_there_is_no_plan(window: Any, menu: Any, qtbot: Any) -> None:
    dialog = menu.open("goal")
    for r in range(dialog.table.rowCount()):
        key = dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        dialog.set_lever(key, key == "staff.admin_fte")
    dialog.target.setValue(60)
    dialog.replications.setValue(2)
    (result,) = finish(qtbot, dialog)
    assert result.plan is None and result.nearest is not None
    text = dialog.summary.text()
    assert "Ingen plan hittades inom dessa hävstänger" in text and "Närmast kom" in text
    assert "procentenheter under målet" in text
    assert not dialog.use_button.isEnabled()


def test_goal_seeking_starts_from_the_main_windows_today(window: Any, menu: Any, qtbot: Any) -> None:
    """One baseline: the goal dialog's 'today' is the figure of the main window's run (reused, not rerun)."""
    with qtbot.waitSignal(window.run_finished, timeout=TIMEOUT) as blocker:
        window.run()
    shown = blocker.args[0]
    from barntid.sim.experiment import cache

    sc = window.document.scenario
    kept = cache.shared.get(sc, sc.simulation.seed, range(sc.simulation.replications))
    assert len(kept) == sc.simulation.replications  # the main window's run is in the shared cache
    hits = cache.shared.hits
    dialog = menu.open("goal")
    for r in range(dialog.table.rowCount()):
        key = dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        dialog.set_lever(key, key == "measures.mobile_documentation")
    dialog.target.setValue(60)
    dialog.replications.setValue(2)
    (result,) = finish(qtbot, dialog)
    assert result.today.contact.mean == shown.kpis["contact_share"].mean
    assert result.today.child.mean == shown.kpis["child_contact_share"].mean
    assert cache.shared.hits - hits >= len(shown.replications)  # today was taken from the main window's run
    assert share_text(shown.kpis["contact_share"].mean) in dialog.summary.text()


def test_opening_goal_seeking_runs_today_in_the_main_window_and_a_search_waits_for_it(
        window: Any, menu: Any, qtbot: Any) -> None:
    """Today is run as the dialog opens (in the main window, as Kör would), so a search started later finds
    it done; a search started during that run waits for it instead of running the same replications beside it."""
    from barntid.sim.experiment import cache

    cache.shared.clear()  # earlier tests may have run this scenario
    sc = window.document.scenario
    n = sc.simulation.replications
    with qtbot.waitSignal(window.run_finished, timeout=TIMEOUT) as ran:
        dialog = menu.open("goal")
        assert window.runner.busy
        for r in range(dialog.table.rowCount()):
            key = dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            dialog.set_lever(key, key == "measures.mobile_documentation")
        dialog.target.setValue(60)
        dialog.replications.setValue(2)
        qtbot.mouseClick(dialog.controls.start_button, Qt.MouseButton.LeftButton)
        assert "Väntar på körningen av utgångsläget" in dialog.controls.status.text()
        assert not dialog.controls.busy and not dialog.controls.start_button.isEnabled()
        hits = cache.shared.hits
    with qtbot.waitSignal(dialog.controls.succeeded, timeout=TIMEOUT) as found:
        pass
    shown, result = ran.args[0], found.args[0]
    assert result.today.contact.mean == shown.kpis["contact_share"].mean
    assert cache.shared.hits - hits >= n  # today came from the main window's run, not run again
    assert dialog.controls.start_button.isEnabled()
    # Kept now: opening again runs nothing.
    dialog.close()
    menu.open("goal")
    assert not window.runner.busy
    dialog.close()


def test_opening_goal_seeking_with_an_invalid_field_runs_nothing(window: Any, menu: Any, qtbot: Any) -> None:
    """Kör would refuse and say why; opening a dialog starts no run and shows no message."""
    spin = window.form.row("staff.social_workers").editor.spin
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "-5")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert window.has_invalid_fields()
    dialog = menu.open("tornado")
    assert not window.runner.busy
    dialog.close()


def test_goal_search_can_be_cancelled(window: Any, menu: Any, qtbot: Any) -> None:
    window.edit("simulation.years", 1.0)
    dialog = menu.open("goal")
    window.edit("simulation.replications", 40)  # today alone takes a while
    dialog.target.setValue(60)
    dialog.replications.setValue(20)
    qtbot.mouseClick(dialog.controls.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "dagens läge" in dialog.controls.status.text(), timeout=TIMEOUT)
    assert dialog.controls.busy and not dialog.controls.start_button.isEnabled()
    with qtbot.waitSignal(dialog.controls.stopped, timeout=15_000):
        qtbot.mouseClick(dialog.controls.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.controls.busy and dialog.controls.start_button.isEnabled()
    assert dialog.outcome is None and not dialog.use_button.isEnabled()
    assert "avbröts" in dialog.controls.status.text()
    # The shared pool is still usable: an ordinary run afterwards completes.
    window.edit("simulation.years", 0.25)
    window.edit("simulation.replications", 2)
    with qtbot.waitSignal(window.run_finished, timeout=TIMEOUT):
        window.run()


def test_tornado_dialog_draws_bars_sorted_by_swing(menu: Any, qtbot: Any) -> None:
    dialog = menu.open("tornado")
    assert dialog.share.value() == 20 and dialog.replications.value() == 6
    assert dialog.relevant.isChecked() and "12" in dialog.relevant.text()
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    assert not any("eplikering" in t for t in texts)  # plain words, as in the main window
    assert any("som i huvudfönstret" in t for t in texts)  # no years box of its own
    dialog.replications.setValue(2)
    (result,) = finish(qtbot, dialog)
    assert len(result.bars) == 12
    swings = [b.swing for b in result.bars]
    assert swings == sorted(swings, reverse=True) and swings[0] > 0
    ax = dialog.chart.figure.axes[0]
    assert ax.get_xlabel() == "Andel tid i direktkontakt (%)"
    ticks = sorted(zip(ax.get_yticks(), (t.get_text().replace("\n", " ") for t in ax.get_yticklabels()),
                       strict=True))
    labels = [text for _y, text in ticks]
    assert labels[-1] == key_label(result.bars[0].key)  # the widest at the top
    assert "Socialsekreterare" in labels and "Orosanmälningar" in labels
    assert any(t.get_text().startswith("Utgångsläge") for t in ax.texts)
    assert "Störst påverkan" in dialog.controls.status.text()


def test_calibration_fits_and_applies_as_one_undoable_edit(window: Any, menu: Any, qtbot: Any) -> None:
    dialog = menu.open("calibration")
    before = window.document.scenario
    assert dialog.reports.value() == before.demand.reports_per_week
    dialog.set_measured({"contact": 0.16, "documentation": 0.33})
    dialog.replications.setValue(2)
    dialog.iterations.setValue(4)
    (fit,) = finish(qtbot, dialog)
    assert set(fit.target) == {"contact", "documentation"}
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "Direktkontakt med barn och familj"
    assert dialog.table.item(0, 1).text() == "16 %" and dialog.table.item(0, 3).text().endswith("p.e.")
    ax = dialog.chart.figure.axes[0]
    assert len(ax.patches) == 4  # measured and model for two categories
    changes = dialog.changes()
    assert changes and all(k.startswith("efforts.") for k in changes)
    undo = window.document.undo_stack
    steps = undo.count()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert undo.count() == steps + 1
    assert window.document.scenario.efforts == fit.scenario.efforts
    undo.undo()
    assert window.document.scenario == before


def test_calibration_refuses_bad_input_without_running(menu: Any) -> None:
    dialog = menu.open("calibration")
    dialog.set_measured({})
    dialog.start()
    assert not dialog.controls.busy and "minst en" in dialog.controls.status.text()
    dialog.fields["contact"].setText("60")
    dialog.fields["documentation"].setText("45")
    dialog.start()
    assert not dialog.controls.busy and "100 %" in dialog.controls.status.text()


def test_live_view_plays_the_trace(menu: Any, qtbot: Any) -> None:
    view = menu.open("live")
    if view.data is None:
        with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
            pass
    assert view.playback is not None and view.data.positions == math.ceil(load(SJOBO).staff.social_workers)
    assert view.canvas.clock_text().startswith("Vecka 9, måndag 08:00")  # the first week after 8 weeks of warm-up
    start_clock, start_colours = view.canvas.clock_text(), view.canvas.colors()
    assert len(start_colours) == view.data.positions
    seen = {start_clock}
    colours = [start_colours]
    for _ in range(12):
        view.advance(0.1)  # a tenth of a working day at 1 day per second
        seen.add(view.canvas.clock_text())
        colours.append(view.canvas.colors())
    assert len(seen) == 13
    assert any(c != start_colours for c in colours)
    assert view.canvas.clock_text().startswith("Vecka 9, tisdag")
    # The real timer moves the clock too; the speed slider sets the simulated days per second.
    view.speed_slider.setValue(view.speed_slider.maximum())
    assert view.speed == 20.0 and "20 dagar per sekund" in view.speed_label.text()
    before = view.position
    view.play_button.click()
    assert view.playing and view.play_button.text() == "Paus"
    qtbot.waitUntil(lambda: view.position > before + 1, timeout=5_000)
    view.play_button.click()
    assert not view.playing
    assert view.canvas.clock_text() != start_clock
    view.grab()  # paints without errors
    view.close()


def test_live_trace_draws_the_runs_contact_share() -> None:
    data = run_trace(load(SJOBO))
    playback = Playback(data)
    working = contact = 0
    for p in np.arange(playback.first, playback.end, 1 / 12):
        for _state, cat in playback.states(float(p)):
            working += cat >= 0
            contact += cat == CONTACT
    drawn = contact / working
    assert abs(drawn - data.contact_share) < 0.015, (drawn, data.contact_share)
    assert playback.contact_share(playback.end) == pytest.approx(data.contact_share, abs=0.002)
    assert data.days[-1] < (data.warmup_weeks + 53) * 7  # at most a year after the warm-up


def test_progress_text_is_in_words() -> None:
    assert progress_text(GoalProgress("search", 7, 30, 23.0)) == "Söker: 7 planer prövade. Cirka 25 s kvar."
    assert progress_text(GoalProgress("today", 0, 0, None)) == "Räknar fram dagens läge. Uppskattar tiden kvar …"
    assert progress_text(GoalProgress("confirm", 9, 80, 200.0)).endswith("Cirka 3 min kvar.")
    assert progress_text(GoalProgress("confirm", 9, 80, 2.0)).endswith("Strax klart.")
