"""Charts of the decision-support dialogs: the goal frontier, the tornado and measured-versus-model time use.

They share `ChartWidget` (a matplotlib Figure in a Qt canvas, never pyplot) but show a calculation's result
instead of scenario runs, so each holds its own `data` and shows a hint until there is some.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from barntid.gui.editing.labels import choice_label
from barntid.gui.i18n import lang
from barntid.gui.results.chart_base import ChartWidget
from barntid.gui.results.charts import GOAL_COLOR
from barntid.present.labels import CATEGORY_LABELS
from barntid.sim.decision.calibrate import Fit
from barntid.sim.decision.goal import Candidate, GoalResult, Plan, frontier
from barntid.sim.decision.sensitivity import Tornado
from barntid.sim.scenario.io import field_info

PLAN_COLOR = "#1565c0"
TODAY_COLOR = "#424242"
LOW_COLOR = "#ef6c00"
HIGH_COLOR = "#1565c0"
MEASURED_COLOR = "#b0bec5"
MODEL_COLOR = "#2e7d32"
CHILD_COLOR = "#6a1b9a"
NEAREST_COLOR = "#ef6c00"


def key_label(key: str) -> str:
    """A parameter's Swedish (or English) label from the schema."""
    return lang.field_label(field_info(key), key)


def category_label(category: str) -> str:
    sv, en = CATEGORY_LABELS.get(category, (category, category))
    return en if lang.current() == "en" else sv


def value_text(value: Any, key: str = "") -> str:
    """A setting's value in words: 'på', '23,5', 'Hyr in konsult efter en tid'."""
    if isinstance(value, bool):
        return lang.tr("Decision", "på") if value else lang.tr("Decision", "av")
    if isinstance(value, int | float):
        return lang.setting(field_info(key), value) if key else lang.number(float(value), 2)
    return choice_label(key, str(value)) if key else str(value)


def unit_text(key: str) -> str:
    return lang.unit(field_info(key))


class DecisionChart(ChartWidget):
    """A chart of one calculation result (`data`), with a hint until the calculation has run."""

    def __init__(self, parent: Any = None, scale: float = 1.0, toolbar: bool = True) -> None:
        super().__init__(parent, scale, toolbar)
        self.data: Any = None

    def hint(self) -> str:
        return self.tr("Starta beräkningen för att se diagrammet.")

    def set_data(self, data: Any) -> None:
        self.data = data
        self.stale = True
        if self.isVisible():
            self.redraw()

    def redraw(self) -> None:
        self.figure.clear()
        ax = self.figure.add_subplot()
        # A figure title, left-aligned: long tick labels then never push it out of the picture.
        self._title = self.figure.suptitle(self._wrapped_title(), x=0.02, ha="left", fontsize=self.fs(13),
                                           fontweight="bold")
        ax.tick_params(labelsize=self.fs(10))
        if self.data is not None:
            self.plot(ax)
        else:
            ax.set_axis_off()
            ax.text(0.5, 0.5, self.wrap(self.hint(), 40), ha="center", va="center", transform=ax.transAxes,
                    fontsize=self.fs(12), color="#607d8b")
        self.canvas.draw()  # type: ignore[no-untyped-call]
        self.stale = False


def plan_label(plan: Plan | Candidate, limit: int = 3) -> str:
    """'Socialsekreterare 24, Parbesök på' (the first few settings), or 'I dag' for no change."""
    if not plan.settings:
        return lang.tr("Decision", "I dag")
    parts = [f"{key_label(k)} {value_text(v, k)}" for k, v in plan.settings.items()]
    more = len(parts) - limit
    text = ", ".join(parts[:limit])
    if more > 0:
        text += " " + lang.tr("Decision", "och %1 till").replace("%1", str(more))
    return text


@dataclass(frozen=True)
class FrontierView:
    """What the frontier chart shows: the target, today, the candidates so far and the plan (or nearest)."""

    target: float
    today: Plan | None
    evaluated: tuple[Candidate, ...]
    plan: Plan | None = None
    nearest: Plan | None = None
    running: bool = False

    @classmethod
    def of(cls, res: GoalResult) -> FrontierView:
        return cls(res.target, res.today, tuple(res.evaluated), res.plan, res.nearest)


class FrontierChart(DecisionChart):
    """Extra cost against contact share for the candidates tried; the frontier, today and the plan."""

    def title(self) -> str:
        if self.data is not None and self.data.running:
            return self.tr("Prövade planer: merkostnad och kontakttid (sökningen pågår)")
        return self.tr("Prövade planer: merkostnad och kontakttid")

    def plot(self, ax: Axes) -> None:
        v: FrontierView = self.data
        plans = [c for c in v.evaluated if math.isfinite(c.cost) and math.isfinite(c.contact)]
        if not plans and v.today is None:
            ax.set_axis_off()
            ax.text(0.5, 0.5, self.wrap(self.tr("Planerna som prövas visas här när de är klara."), 40),
                    ha="center", va="center", transform=ax.transAxes, fontsize=self.fs(12), color="#607d8b")
            return
        xs = [0.0] + [c.cost / 1e6 for c in plans]
        ys = [100 * v.target] + [100 * c.contact for c in plans]
        tested = [c for c in plans if c.passed is not None]
        looked = [c for c in plans if c.passed is None]
        for group, colour, size, text in ((looked, "#cfd8dc", 18, self.tr("En första blick (1 körning)")),
                                          ([c for c in tested if not c.passed], "#9e9e9e", 30,
                                           self.tr("Prövad, når inte målet")),
                                          ([c for c in tested if c.passed], "#64b5f6", 36,
                                           self.tr("Prövad, når målet i sökningen"))):
            if group:
                ax.scatter([c.cost / 1e6 for c in group], [100 * c.contact for c in group], s=self.fs(size),
                           color=colour, zorder=2, label=text)
        front = frontier(plans)
        if len(front) > 1:
            ax.plot([c.cost / 1e6 for c in front], [100 * c.contact for c in front], color=PLAN_COLOR, lw=1.6,
                    zorder=3, label=self.tr("Mest kontakttid för kostnaden"))
        if v.today is not None:
            t = 100 * v.today.contact.mean
            ys.append(t)
            ax.scatter([0], [t], s=self.fs(90), marker="s", color=TODAY_COLOR, zorder=4,
                       label=self.tr("I dag (som i huvudfönstret)"))
            ax.annotate(self.tr("I dag %1").replace("%1", lang.percent(v.today.contact.mean, 1)), xy=(0, t),
                        xytext=(8, -4), textcoords="offset points", va="top", fontsize=self.fs(10),
                        color=TODAY_COLOR)
        chosen = v.plan or v.nearest
        if chosen is not None:
            self._plan(ax, chosen, v.plan is not None, xs, ys)
        if v.today is not None and chosen is not None:
            kids = [(0.0, v.today.child.mean), (chosen.cost / 1e6, chosen.child.mean)]
            ax.plot([k[0] for k in kids], [100 * k[1] for k in kids], ls="none", marker="D", ms=self.fs(7),
                    mfc="white", mec=CHILD_COLOR, mew=2, zorder=5, label=self.tr("Barnens tid (i dag, planen)"))
            ys += [100 * k[1] for k in kids]
        goal = 100 * v.target
        ax.axhline(goal, color=GOAL_COLOR, ls=(0, (6, 4)), lw=2.0, zorder=1)
        ax.annotate(self.tr("Mål %1").replace("%1", lang.percent(v.target, 1)), xy=(0.01, goal),
                    xycoords=("axes fraction", "data"), xytext=(0, 4), textcoords="offset points", ha="left",
                    va="bottom", color=GOAL_COLOR, fontsize=self.fs(11), fontweight="bold", zorder=4,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85})
        finite = [y for y in ys if math.isfinite(y)]
        top, bottom = max(finite), min(finite)
        span = max(top - bottom, 1.0)
        ax.set_ylim(max(0.0, bottom - 0.12 * span), top + 0.15 * span)
        xspan = max(max(xs) - min(xs), 0.2)
        ax.set_xlim(min(xs) - 0.06 * xspan, max(xs) + 0.1 * xspan)
        ax.set_xlabel(self.tr("Merkostnad per år enligt budget (mkr)"), fontsize=self.fs(11))
        ax.set_ylabel(self.tr("Andel tid i direktkontakt (%)"), fontsize=self.fs(11))
        ax.grid(True, color="#eeeeee")
        ax.yaxis.set_major_locator(MaxNLocator(nbins=8, steps=[1, 2, 5, 10]))
        self.decimal_axis(ax, "x", 1)
        self.decimal_axis(ax, "y", 1)
        self.legend_below(ax, 2)

    def _plan(self, ax: Axes, plan: Plan, holds: bool, xs: list[float], ys: list[float]) -> None:
        px, py = plan.cost / 1e6, 100 * plan.contact.mean
        xs.append(px)
        ys.append(py)
        lo, hi = 100 * plan.contact.lo, 100 * plan.contact.hi
        colour = GOAL_COLOR if holds else NEAREST_COLOR
        if math.isfinite(lo) and math.isfinite(hi):
            ax.errorbar([px], [py], yerr=[[py - lo], [hi - py]], color=colour, capsize=6, lw=2, zorder=5)
            ys += [lo, hi]
        ax.scatter([px], [py], s=self.fs(380 if holds else 160), marker="*" if holds else "X", color=colour,
                   edgecolor="white", lw=1.5, zorder=6, label=self.tr("Planen") if holds else self.tr("Närmast"))
        head = self.tr("Planen: +%1 mkr/år, %2") if holds else self.tr("Närmast: +%1 mkr/år, %2")
        text = head.replace("%1", lang.number(px, 2)).replace("%2", lang.percent(plan.contact.mean, 1))
        right = px > min(xs) + 0.6 * max(max(xs) - min(xs), 1e-9)
        ax.annotate(text + "\n" + self.wrap(plan_label(plan), 34), xy=(px, py), xytext=(-14 if right else 14, -26),
                    textcoords="offset points", ha="right" if right else "left", va="top", fontsize=self.fs(10),
                    fontweight="bold", color="#1b5e20" if holds else "#8d4a00", zorder=7,
                    bbox={"boxstyle": "round,pad=0.3", "fc": "white", "ec": "#a5d6a7" if holds else "#ffcc80",
                          "alpha": 0.92},
                    arrowprops={"arrowstyle": "-", "color": "#1b5e20", "lw": 1})


class TornadoChart(DecisionChart):
    """Contact share when each parameter alone moves down and up: one horizontal bar each, widest on top."""

    def title(self) -> str:
        if self.data is None:
            return self.tr("Känslighet: vad påverkar andelen tid i direktkontakt mest?")
        share = lang.percent(self.data.share, 0)
        return self.tr("Känslighet: varje parameter ±%1, en i taget").replace("%1", share)

    def hint(self) -> str:
        return self.tr("Starta beräkningen för att se vilka parametrar som betyder mest.")

    def plot(self, ax: Axes) -> None:
        t: Tornado = self.data
        bars = sorted(t.bars, key=lambda b: b.swing, reverse=True)
        base = 100 * t.base
        if not bars:
            ax.set_axis_off()
            return
        n = len(bars)
        y = np.arange(n)[::-1]  # widest at the top
        minus, plus = self.tr("Parametern −%1").replace("%1", lang.percent(t.share, 0)), self.tr(
            "Parametern +%1").replace("%1", lang.percent(t.share, 0))
        for yy, b in zip(y, bars, strict=True):
            segments = [(100 * b.low, b.low_value, LOW_COLOR), (100 * b.high, b.high_value, HIGH_COLOR)]
            same_side = (segments[0][0] - base) * (segments[1][0] - base) > 0
            segments.sort(key=lambda seg: abs(seg[0] - base), reverse=True)  # the longer first, under
            for k, (v, shown, color) in enumerate(segments):
                inner = same_side and k == 1
                ax.barh(yy, v - base, left=base, height=0.34 if inner else 0.62, color=color, zorder=3 if inner else 2)
                right = v >= base
                if inner:  # both moves go the same way: this label goes on the other side of the base line
                    right = not right
                    at = base
                else:
                    at = v
                ax.annotate(value_text(shown), xy=(at, yy), xytext=(4 if right else -4, 0), color="#424242",
                            textcoords="offset points", ha="left" if right else "right", va="center",
                            fontsize=self.fs(9))
        ax.axvline(base, color="#212121", lw=1.6, zorder=4)
        ax.annotate(self.tr("Utgångsläge %1").replace("%1", lang.percent(t.base, 1)), xy=(base, n - 0.45),
                    xytext=(5, 0), textcoords="offset points", ha="left", va="center", fontsize=self.fs(10),
                    fontweight="bold")
        ax.set_yticks(y, [self.wrap(key_label(b.key), 30) for b in bars], fontsize=self.fs(10 if n <= 16 else 8))
        ax.set_ylim(-0.7, n + 0.1)
        lo = min(base, *(100 * min(b.low, b.high) for b in bars))
        hi = max(base, *(100 * max(b.low, b.high) for b in bars))
        pad = max(hi - lo, 0.5) * 0.18
        ax.set_xlim(lo - pad, hi + pad)
        ax.set_xlabel(self.tr("Andel tid i direktkontakt (%)"), fontsize=self.fs(11))
        ax.xaxis.grid(True, color="#eeeeee")
        ax.set_axisbelow(True)
        self.decimal_axis(ax, "x", 1)
        self.figure.legend([Patch(color=LOW_COLOR), Patch(color=HIGH_COLOR)], [minus, plus],
                           loc="outside lower center", ncol=2, fontsize=self.fs(9.5), frameon=False)


class CalibrationChart(DecisionChart):
    """Measured and modelled share of working time per category, side by side."""

    def title(self) -> str:
        return self.tr("Uppmätt och modellerad tidsanvändning")

    def hint(self) -> str:
        return self.tr("Fyll i er uppmätta tidsanvändning och starta kalibreringen.")

    def plot(self, ax: Axes) -> None:
        fit: Fit = self.data
        cats = list(fit.target)
        y = np.arange(len(cats))[::-1]  # first category at the top
        measured = [100 * fit.target[c] for c in cats]
        model = [100 * fit.achieved.get(c, float("nan")) for c in cats]
        h = 0.38
        ax.barh(y + h / 2, measured, h, color=MEASURED_COLOR, label=self.tr("Uppmätt"))
        ax.barh(y - h / 2, model, h, color=MODEL_COLOR, label=self.tr("Modellen efter kalibrering"))
        for yy, m, v in zip(y, measured, model, strict=True):
            ax.annotate(lang.number(m, 1), xy=(m, yy + h / 2), xytext=(4, 0), textcoords="offset points",
                        va="center", fontsize=self.fs(9.5), color="#455a64")
            if math.isfinite(v):
                ax.annotate(lang.number(v, 1), xy=(v, yy - h / 2), xytext=(4, 0), textcoords="offset points",
                            va="center", fontsize=self.fs(9.5), fontweight="bold", color=MODEL_COLOR)
        ax.set_yticks(y, [self.wrap(category_label(c), 22) for c in cats], fontsize=self.fs(10))
        top = max([v for v in measured + model if math.isfinite(v)] or [1.0])
        ax.set_xlim(0, top * 1.15)
        ax.set_ylim(-0.7, len(cats) - 0.3)
        ax.set_xlabel(self.tr("Andel av arbetstiden (%)"), fontsize=self.fs(11))
        ax.xaxis.grid(True, color="#eeeeee")
        ax.set_axisbelow(True)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=8, steps=[1, 2, 5, 10]))
        self.decimal_axis(ax, "x", 1)
        self.legend_below(ax, 2)
