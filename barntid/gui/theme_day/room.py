"""Sizes for theme day, read from the back of a room: every size is a share of the screen's height.

The smallest text (intervals, notes, the chart's ticks and legend, the goal line's label) is `SMALL` of the
screen height, about twice what the main window uses; the rest scales with it, so the layout keeps its
proportions from a 1280 x 720 projector to a 1600 x 1000 screen. The chart's axes are fixed for a whole
storyline (`axis_limits`), so nothing rescales between steps.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from barntid.gui.results.kpi_panel import CardSizes
from barntid.sim.scenario.schema import Scenario

SMALL = 0.026  # of the screen height: the smallest text on theme day (at least about 2.5 %)


@dataclass(frozen=True)
class Room:
    """Pixel sizes for a screen `height` pixels tall."""

    height: int

    def px(self, share: float) -> int:
        return max(1, round(share * self.height))

    @property
    def unit(self) -> float:
        """1.0 on a screen 1000 pixels tall."""
        return self.height / 1000

    @property
    def small(self) -> int:
        return max(12, self.px(SMALL))

    @property
    def body(self) -> int:
        return max(13, self.px(0.029))

    @property
    def large(self) -> int:
        return self.px(0.038)

    @property
    def huge(self) -> int:
        return self.px(0.056)

    def cards(self) -> CardSizes:
        return CardSizes(title=self.small, value=self.large, headline=self.px(0.06), small=self.small)

    def chart_scale(self, dpi: float) -> float:
        """The charts' size factor that draws their smallest text (10 pt at scale 1) `small` pixels tall."""
        return self.small * 72 / dpi / 10

    def dialog_style(self) -> str:
        """For the window while theme day is on: dialogs opened from it (files, messages) in large type."""
        return f"QDialog, QDialog QWidget {{ font-size: {self.body}px; }}"


def weeks(scenario: Scenario) -> int:
    """Weeks in a run's weekly series (the model's reckoning: the years after the warm-up, at least one)."""
    return max(1, round(scenario.simulation.years * 52))


def axis_limits(scenarios: Iterable[Scenario]) -> tuple[int, float]:
    """(last week, top of the y-axis in %) for every step of a storyline: the longest run, and twice the
    highest goal rounded up to 5 points (0–40 % for a 20 % goal), so the goal line sits mid-height and the
    legend has room above the lines."""
    scenarios = list(scenarios)
    last = max(weeks(s) for s in scenarios)
    goal = max(s.simulation.goal for s in scenarios)
    return last, 5.0 * math.ceil(200 * goal / 5 - 1e-9)
