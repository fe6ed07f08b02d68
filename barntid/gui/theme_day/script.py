"""A storyline walked without a user, for screenshots: `barntid gui --storyline F --step N [--pin-step M]
[--set KEY=VALUE] [--preliminary] --screenshot F.png`.

Opens the storyline on theme day; with a pin step, goes there, waits for its final result and pins it; then goes
to the step, applies the changes by hand and calls `ready` at the step's first quick estimate (preliminary) or
at its final result.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from barntid.gui.api import WindowApi
from barntid.gui.results.kpi_panel import Shown, shown_state
from barntid.gui.theme_day.storylines import StorylineCommands
from barntid.sim.experiment.results import ExperimentResult


class StorylineScript(QObject):
    def __init__(self, window: WindowApi, storylines: StorylineCommands, ready: Callable[[], None],
                 failed: Callable[[str], None]) -> None:
        super().__init__(window.window())
        self.w, self.storylines, self.ready, self.failed = window, storylines, ready, failed
        self.plan: list[tuple[str, Any]] = []
        self.waiting_for = Shown.FINAL
        window.run_finished.connect(self._finished)

    def start(self, path: str | Path, step: int, pin_step: int | None, changes: dict[str, Any],
              preliminary: bool) -> bool:
        """Open the storyline and walk it (steps counted from 1); False (said through `failed`) if impossible."""
        if not self.storylines.open(path):
            self.failed("berättelsen gick inte att öppna")
            return False
        n = len(self.storylines.player.steps)
        for flag, value in (("--step", step), ("--pin-step", pin_step)):
            if value is not None and not 1 <= value <= n:
                self.failed(f"{flag} {value}: berättelsen har steg 1–{n}")
                return False
        if pin_step is not None:
            self.plan += [("go", pin_step - 1), ("wait", Shown.FINAL), ("pin", None)]
        self.plan += [("go", step - 1), ("change", changes),
                      ("wait", Shown.PRELIMINARY if preliminary else Shown.FINAL), ("ready", None)]
        self.w.runner.cancel(quiet=True)  # the first step's run: the plan starts its own
        self._next()
        return True

    def _next(self) -> None:
        while self.plan:
            action, value = self.plan.pop(0)
            if action == "go":
                if not self.storylines.go(value):
                    self.w.run("quick")  # already there: run it
            elif action == "change" and value:
                problems = self.w.document.change(value)
                if problems:
                    self.failed("; ".join(str(p) for p in problems))
                    return
            elif action == "pin":
                self.w.pin_baseline()
            elif action == "wait":
                self.waiting_for = value
                return
            elif action == "ready":
                self.ready()
                return

    def _finished(self, result: ExperimentResult, tag: str) -> None:
        if not self.plan:
            return
        state = shown_state(result, self.w.document.scenario, self.w.runner.busy)
        if state == Shown.STALE or (self.waiting_for == Shown.FINAL and state != Shown.FINAL):
            return
        self._next()
