"""Redraws during a run keep to a share of one core (barntid/gui/tasks/throttle.py)."""

from __future__ import annotations

from typing import Any

import pytest

from barntid.gui.tasks import throttle
from barntid.gui.tasks.throttle import Throttle


def test_requests_while_waiting_make_one_redraw(qtbot: Any) -> None:
    drawn: list[int] = []
    t = Throttle(lambda: drawn.append(1), 30)
    for _ in range(20):
        t.request()
    qtbot.waitUntil(lambda: drawn == [1], timeout=2000)
    qtbot.wait(100)
    assert drawn == [1] and not t.is_pending()


def test_a_slow_redraw_waits_in_proportion(monkeypatch: pytest.MonkeyPatch) -> None:
    """A redraw of 200 ms is followed by at least 1 s without one: a sixth of the time at most."""
    clock = iter([0.0, 0.2, 1.0, 1.001])
    monkeypatch.setattr(throttle.time, "perf_counter", lambda: next(clock))
    t = Throttle(lambda: None, 300)
    t.now()
    assert t.timer.interval() == 1000
    t.now()  # a quick one: the least pause again
    assert t.timer.interval() == 300


def test_cancel_drops_a_waiting_redraw(qtbot: Any) -> None:
    drawn: list[int] = []
    t = Throttle(lambda: drawn.append(1), 30)
    t.request()
    t.cancel()
    qtbot.wait(100)
    assert drawn == [] and not t.is_pending()
