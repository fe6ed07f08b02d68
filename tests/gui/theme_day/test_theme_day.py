"""Theme-day mode: large controls re-run a quick estimate after a short pause, then refine it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from barntid.gui.theme_day.view import DEBOUNCE_MS
from tests.gui.gui_helpers import scenario_file


def test_theme_day_shows_only_the_big_view_and_runs_quick_then_refined(window: Any, qtbot: Any,
                                                                        tmp_path: Path) -> None:
    window.open_file(scenario_file(tmp_path, simulation__replications=6, simulation__years=1.0))
    tags: list[tuple[str, int]] = []
    window.run_finished.connect(lambda res, tag: tags.append((tag, len(res.replications))))
    with qtbot.waitSignal(window.run_finished, timeout=60_000, check_params_cb=lambda _r, tag: tag == "refine"):
        window.actions_.theme_day.trigger()
    assert window.is_theme_day and not window.menuBar().isVisible()
    assert not window.actions_.toolbar.isVisible()
    assert tags == [("quick", 4), ("refine", 6)]
    view = window.theme_view
    assert view.chart.entries and view.chart.entries[-1].result.scenario.simulation.years == 1.0
    assert view.kpis.cards["contact_share"].value.text() != "–"
    # F11 (the same action) leaves theme day; the main charts then show the refined result.
    window.actions_.theme_day.trigger()
    assert not window.is_theme_day and window.menuBar().isVisible()
    assert len(window.contact_chart.entries[-1].result.replications) == 6


def test_moving_a_slider_reruns_once_with_the_final_value(window: Any, qtbot: Any, tmp_path: Path) -> None:
    window.open_file(scenario_file(tmp_path, simulation__replications=8, simulation__years=2.0))
    with qtbot.waitSignal(window.run_finished, timeout=60_000, check_params_cb=lambda _r, tag: tag == "refine"):
        window.set_theme_day(True)
    slider = window.theme_view.sliders["staff.social_workers"]
    start_value = window.document.scenario.staff.social_workers
    target = start_value + 5

    def is_target(result: Any, tag: str) -> bool:
        return tag == "quick" and result.scenario.staff.social_workers == target

    with qtbot.waitSignal(window.run_finished, timeout=10_000, check_params_cb=is_target) as blocker:
        for _ in range(5):  # five quick clicks on '+', each within the debounce time of the one before
            qtbot.mouseClick(slider.plus, Qt.MouseButton.LeftButton)
            qtbot.wait(DEBOUNCE_MS // 5)
    result = blocker.args[0]
    assert window.document.scenario.staff.social_workers == target
    assert window.theme_view.chart.entries[-1].result is result
    # One undo step for the whole drag, and one quick run with the final value (the time it takes is measured by
    # benchmarks, not asserted here: the machines are shared).
    assert window.document.undo_stack.count() == 1


def test_checkbox_change_cancels_the_stale_run(window: Any, qtbot: Any, tmp_path: Path) -> None:
    window.open_file(scenario_file(tmp_path, simulation__replications=200, simulation__years=3.0))
    window.set_theme_day(True)
    with qtbot.waitSignal(window.runner.progressed, timeout=30_000,
                          check_params_cb=lambda *a: a[-1] == "refine"):
        pass  # the long refined run is going
    box = window.theme_view.checks["measures.pair_visits"]
    with qtbot.waitSignal(window.run_finished, timeout=30_000,
                          check_params_cb=lambda _r, tag: tag == "quick") as blocker:
        box.click()
    assert blocker.args[0].scenario.measures.pair_visits == 1.0
    assert window.document.scenario.measures.pair_visits == 1.0
    window.runner.cancel()


def test_undo_on_theme_day_reruns_and_moves_the_control_back(window: Any, qtbot: Any, tmp_path: Path) -> None:
    window.open_file(scenario_file(tmp_path, simulation__replications=4, simulation__years=2.0))
    with qtbot.waitSignal(window.run_finished, timeout=60_000,
                          check_params_cb=lambda _r, tag: tag == "refine") as first:
        window.set_theme_day(True)
    box = window.theme_view.checks["measures.mobile_documentation"]
    with qtbot.waitSignal(window.run_finished, timeout=30_000, check_params_cb=lambda _r, tag: tag == "quick"):
        box.click()
    assert window.document.scenario.measures.mobile_documentation is True
    with qtbot.waitSignal(window.run_finished, timeout=30_000) as b:
        window.actions_.undo.trigger()  # the action lives on the window, so Ctrl+Z works without the menu bar
    assert not box.isChecked()
    # Back to a scenario already run: its final result again, at once, with no quick estimate first.
    assert b.args == [first.args[0], "refine"]
    assert b.args[0].scenario.measures.mobile_documentation is False
    window.runner.cancel()
