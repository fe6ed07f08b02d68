"""Soak: a minute of what crashed the application on a leaking Qt binding (PySide6 6.12.0 on Python 3.11).

The live view plays for half a minute and the theme day steps through the storyline for another half; the
process must survive and the reference count of None must not drain (it fell by one per void Qt call).
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path
from typing import Any

from tests.gui.gui_helpers import ROOT, scenario_file

SECONDS_EACH = 30.0


def test_live_view_and_theme_day_run_for_a_minute(window: Any, qtbot: Any, tmp_path: Path) -> None:
    window.open_file(scenario_file(tmp_path, simulation__years=0.5))
    # Garbage from earlier tests (an openpyxl workbook's cells hold tens of thousands of Nones in cycles) must
    # not be collected during the minute and read as a leak: collect it first.
    gc.collect()
    none_before = sys.getrefcount(None)

    view = window.decision_menu.open("live")
    if view.data is None:
        with qtbot.waitSignal(view.loaded, timeout=60_000):
            pass
    view.speed_slider.setValue(view.speed_slider.maximum())
    view.set_playing(True)
    start, end = time.monotonic(), time.monotonic() + SECONDS_EACH
    while time.monotonic() < end:
        qtbot.wait(200)
        if not view.playing:  # the trace ended: from the start again
            view.restart()
            view.set_playing(True)
    assert view.position > 0 and time.monotonic() - start >= SECONDS_EACH
    view.set_playing(False)
    view.close()

    story = ROOT / "scenarios" / "storylines" / "sjobo.toml"
    assert window.storylines.open(story)
    player = window.storylines.player
    steps, forward = 0, True
    end = time.monotonic() + SECONDS_EACH
    while time.monotonic() < end:
        qtbot.wait(700)
        at_end = player.index == len(player.steps) - 1
        forward = (forward and not at_end) or player.index == 0
        (window.actions_.next_step if forward else window.actions_.previous_step).trigger()
        steps += 1
    window.runner.cancel()
    assert steps >= 20 and window.is_theme_day

    drift = sys.getrefcount(None) - none_before
    assert drift > -5_000, f"None lost {-drift} references in a minute of painting"
