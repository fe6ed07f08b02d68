"""The six result charts. Every axis is labelled in Swedish (English via the translator) with its unit.

Weekly series swing with holidays and visit rhythms, so lines show a 4-week moving average (the weekly mean
thin behind it) and bands show where 95 % of the replications' moving averages lie.
"""

from __future__ import annotations

import warnings

import numpy as np
from matplotlib.axes import Axes
from matplotlib.patches import Patch

from barntid.gui.i18n import lang
from barntid.gui.results.chart_base import ChartWidget
from barntid.gui.results.compare import Entry
from barntid.present.format import fmt, label
from barntid.sim.engine.accounting import CATEGORIES
from barntid.sim.experiment.results import ExperimentResult

GOAL_COLOR = "#2e7d32"
WINDOW = 4
CATEGORY_COLORS = {
    "contact": "#2e7d32", "documentation": "#90caf9", "administration": "#b0bec5", "travel": "#ffcc80",
    "collaboration": "#ce93d8", "supervision": "#80cbc4", "development": "#fff176", "induction": "#f48fb1",
    "practical": "#bcaaa4", "unallocated": "#eeeeee",
}
STAFF = (("experienced", "#1565c0"), ("newcomers", "#64b5f6"), ("consultants", "#ffb74d"), ("vacant", "#e57373"))


def rolling(a: np.ndarray, window: int = WINDOW) -> np.ndarray:
    """Trailing moving average along the last axis, ignoring NaN (weeks without data)."""
    a = np.asarray(a, dtype=float)
    if a.shape[-1] == 0 or window <= 1:
        return a
    ok = np.isfinite(a)
    zeros = np.zeros((*a.shape[:-1], 1))
    s = np.concatenate([zeros, np.cumsum(np.where(ok, a, 0.0), axis=-1)], axis=-1)
    c = np.concatenate([zeros, np.cumsum(ok, axis=-1)], axis=-1)
    end = np.arange(1, a.shape[-1] + 1)
    start = np.maximum(end - window, 0)
    sums, counts = s[..., end] - s[..., start], c[..., end] - c[..., start]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)


def smoothed(result: ExperimentResult, name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Weeks, moving-average mean, and the 2.5–97.5 percentile band of the replications' moving averages."""
    a = np.array([r.series[name] for r in result.replications], dtype=float)
    if a.size == 0:
        empty = np.array([])
        return empty, empty, empty, empty
    sm = rolling(a)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        mean = np.nanmean(sm, axis=0)
        lo, hi = np.nanpercentile(sm, 2.5, axis=0), np.nanpercentile(sm, 97.5, axis=0)
    return np.arange(1, a.shape[1] + 1), mean, lo, hi


def ordered(entries: list[Entry]) -> list[Entry]:
    """Baseline and variants first, the current result last (drawn on top)."""
    return sorted(entries, key=lambda e: e.role == "current")


class LineBandChart(ChartWidget):
    """A weekly series per scenario: moving average with its 95 % band (contact share, caseload).

    `limits` (last week, top of the y-axis) fixes both axes, so they stay put while results change (theme
    day); `preliminary` draws the current line dashed and says so in the legend; `legend_inside` puts the
    legend in the upper left of the plot, where fixed limits leave room, instead of below it."""

    series = ""
    percent = False
    limits: tuple[int, float] | None = None
    preliminary = False
    legend_inside = False

    def ylabel(self) -> str:
        raise NotImplementedError

    def plot(self, ax: Axes) -> None:
        k = 100.0 if self.percent else 1.0
        top = 0.0
        for e in ordered(self.entries):
            x, mean, lo, hi = smoothed(e.result, self.series)
            if x.size == 0:
                continue
            main = e.role == "current" or len(self.entries) == 1
            ax.fill_between(x, lo * k, hi * k, color=e.color, alpha=0.18 if main else 0.10, lw=0)
            value = fmt(self.series, e.result.kpis[self.series].mean, lang.current())
            text = self.tr("%1 – medel %2").replace("%1", self.who(e)).replace("%2", value)
            dashed = self.preliminary and e.role == "current"
            if dashed:
                text = self.tr("%1 (preliminärt)").replace("%1", text)
            ax.plot(x, mean * k, color=e.color, lw=2.6 if main else 2.0, label=text,
                    ls=(0, (5, 3)) if dashed else "-")
            self.beside(ax, e, k, main)
            top = max(top, float(np.nanmax(hi * k)) if np.isfinite(hi).any() else 0.0)
        self.decorate(ax, top)
        if self.limits is not None:
            ax.set_xlim(1, max(2, self.limits[0]))
            ax.set_ylim(0, self.limits[1])
        self.calendar_axis(ax, self.tr("linje: glidande medel över 4 veckor"))
        ax.set_ylabel(self.ylabel(), fontsize=self.fs(11))
        ax.grid(True, axis="y", color="#e0e0e0")
        self.decimal_axis(ax, "y", 0 if self.percent else 1)
        handles, labels = ax.get_legend_handles_labels()
        handles.append(Patch(color="#9e9e9e", alpha=0.35))
        labels.append(self.tr("Spridning: 95 % av körningarna"))
        if self.legend_inside:  # names wrapped, and never allowed to squeeze the axes (a long name in large type)
            legend = ax.legend(handles, [self.wrap(t, 40) for t in labels], loc="upper left", fontsize=self.fs(10),
                               framealpha=0.9, borderaxespad=0.3)
            legend.set_in_layout(False)
        else:
            self.legend_below(ax, 1, handles, labels, 10)

    def decorate(self, ax: Axes, top: float) -> None:
        ax.set_ylim(0, top * 1.1 if top > 0 else 1)
        ax.set_xlim(left=1)

    def beside(self, ax: Axes, e: Entry, k: float, main: bool) -> None:
        """A second measure drawn beside the series (none here)."""


class ContactShareChart(LineBandChart):
    """Staff contact time, and children's time (each meeting once) dashed beside it where they differ."""

    series = "contact_share"
    percent = True
    goal_mark: float | None = None  # the week the goal is first reached, as last drawn

    def title(self) -> str:
        return self.tr("Tid i direktkontakt med barn och familj")

    def beside(self, ax: Axes, e: Entry, k: float, main: bool) -> None:
        kpis = e.result.kpis
        staff, child = kpis["contact_share"].mean, kpis["child_contact_share"].mean
        if not (np.isfinite(child) and abs(staff - child) > 5e-4):
            return  # no pair visits: the two measures are the same line
        x, mean, _lo, _hi = smoothed(e.result, "child_contact_share")
        text = self.tr("%1 – barnens tid (ett parbesök räknas en gång), medel %2").replace(
            "%1", self.who(e)).replace("%2", fmt("child_contact_share", child, lang.current()))
        ax.plot(x, mean * k, color=e.color, lw=2.0 if main else 1.6, ls=(0, (2, 2)), label=text)

    def ylabel(self) -> str:
        return self.tr("Andel av arbetstiden (%)")

    def decorate(self, ax: Axes, top: float) -> None:
        goal = self.entries[-1].result.goal * 100
        ax.axhline(goal, color=GOAL_COLOR, ls=(0, (6, 4)), lw=2.0)
        ax.annotate(self.tr("Mål %1").replace("%1", lang.percent(goal / 100, 1)), xy=(0.995, goal),
                    xycoords=("axes fraction", "data"), xytext=(0, 4), textcoords="offset points", ha="right",
                    va="bottom", color=GOAL_COLOR, fontsize=self.fs(11), fontweight="bold")
        ax.set_ylim(0, max(goal * 1.4, top * 1.1))
        ax.set_xlim(left=1)
        main = ordered(self.entries)[-1].result
        week = main.weeks_to_goal
        self.goal_mark = None
        if week is not None and not self.preliminary:  # where the goal is first reached (80 % of the runs)
            ax.plot([week], [goal], marker="v", ms=self.fs(10), color=GOAL_COLOR, zorder=5, ls="none")
            lo, hi = ax.get_xlim()
            below = (week - lo) > 0.6 * (hi - lo)  # near the right, where 'Mål 20 %' stands above the line
            ax.annotate(self.tr("målet nås"), xy=(week, goal), xytext=(0, -10 if below else 8),
                        textcoords="offset points", ha="center", va="top" if below else "bottom", color=GOAL_COLOR,
                        fontsize=self.fs(10), fontweight="bold", zorder=5,
                        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8})
            self.goal_mark = float(week)


class CaseloadChart(LineBandChart):
    series = "caseload_per_worker"

    def title(self) -> str:
        return self.tr("Öppna ärenden per socialsekreterare")

    def ylabel(self) -> str:
        return self.tr("Öppna ärenden per socialsekreterare (st)")


class TimeUseChart(ChartWidget):
    """Share of worked hours by category: one stacked horizontal bar per scenario."""

    def title(self) -> str:
        return self.tr("Tidsanvändning per kategori")

    def plot(self, ax: Axes) -> None:
        entries = list(reversed(self.entries))  # first entry at the top
        y = np.arange(len(entries))
        left = np.zeros(len(entries))
        for c in CATEGORIES:
            widths = np.array([100 * (e.result.time_use.get(c) or 0.0) for e in entries])
            widths = np.nan_to_num(widths)
            bars = ax.barh(y, widths, left=left, color=CATEGORY_COLORS[c], edgecolor="white", height=0.55,
                           label=label(c, lang.current()))
            for bar, w in zip(bars, widths, strict=True):
                if w >= 4:
                    ax.text(bar.get_x() + w / 2, bar.get_y() + bar.get_height() / 2, lang.number(w, 0),
                            ha="center", va="center", fontsize=self.fs(9),
                            color="white" if c == "contact" else "#212121")
            left += widths
        # as many lines per name as the bars' height holds (the figure less title, axis and legend), no overlaps
        bars_px = self.figure.get_figheight() * self.figure.dpi - 260 * self.scale
        room = bars_px / (len(entries) * 1.3 * self.fs(10))
        ax.set_yticks(y, [self.lines(self.name(e), 22, max(1, int(room))) for e in entries], fontsize=self.fs(10))
        ax.set_xlim(0, 100)
        ax.set_ylim(-0.6, len(entries) - 0.4)
        ax.xaxis.grid(True, color="#e0e0e0")
        ax.set_axisbelow(True)
        ax.set_xlabel(self.tr("Andel av arbetstiden (%)"), fontsize=self.fs(11))
        self.decimal_axis(ax, "x", 0)
        self.legend_below(ax, 2)


class StaffChart(ChartWidget):
    """Experienced, newcomers, consultants and vacancies over time (stacked), for the current scenario."""

    def title(self) -> str:
        return self.tr("Bemanning över tid")

    def plot(self, ax: Axes) -> None:
        names = {"experienced": self.tr("Erfarna"), "newcomers": self.tr("Nyanställda (under 12 månader)"),
                 "consultants": self.tr("Konsulter"), "vacant": self.tr("Vakanta tjänster")}
        main = ordered(self.entries)[-1]
        series = [np.nan_to_num(main.result.series(s)[0]) for s, _c in STAFF]
        x = np.arange(1, len(series[0]) + 1)
        ax.stackplot(x, *series, colors=[c for _s, c in STAFF], labels=[names[s] for s, _c in STAFF],
                     alpha=0.9)
        for e in self.entries:
            if e is main:
                continue
            total = sum(np.nan_to_num(e.result.series(s)[0]) for s in ("experienced", "newcomers", "consultants"))
            ax.plot(np.arange(1, len(total) + 1), total, color=e.color, ls="--", lw=2,
                    label=self.tr("%1: i tjänst totalt").replace("%1", self.wrap(e.short, 30)))
        ax.set_xlim(1, max(len(x), 2))
        self.calendar_axis(ax)
        ax.set_ylabel(self.tr("Antal personer eller tjänster (st)"), fontsize=self.fs(11))
        ax.grid(True, axis="y", color="#e0e0e0")
        self.decimal_axis(ax, "y", 0)
        if len(self.entries) > 1:
            ax.text(0.01, 0.02, self.wrap(main.label, 60), transform=ax.transAxes, fontsize=self.fs(9),
                    color="white", va="bottom")
        self.legend_below(ax, 2)


class DeadlineChart(ChartWidget):
    """Share of initial assessments within 14 days and investigations within 4 months, over time."""

    def title(self) -> str:
        return self.tr("Handläggning inom lagens tidsgränser")

    def plot(self, ax: Axes) -> None:
        kinds = (("assessment_within_14d", "-", self.tr("Förhandsbedömning inom 14 dagar")),
                 ("investigation_within_4m", "--", self.tr("Utredning inom 4 månader")))
        for e in ordered(self.entries):
            for name, style, text in kinds:
                x, mean, _lo, _hi = smoothed(e.result, name)
                if x.size == 0:
                    continue
                value = fmt(name, e.result.kpis[name].mean, lang.current())
                who = f"{e.short}: " if len(self.entries) > 1 else ""
                shown = self.tr("%1 – medel %2").replace("%1", who + text).replace("%2", value)
                ax.plot(x, mean * 100, color=e.color, ls=style, lw=2.2 if e.role == "current" else 1.6,
                        label=shown)
        ax.set_ylim(0, 105)
        ax.set_xlim(left=1)
        self.calendar_axis(ax)
        ax.set_ylabel(self.tr("Andel klara inom tidsgränsen (%)"), fontsize=self.fs(11))
        ax.grid(True, axis="y", color="#e0e0e0")
        self.decimal_axis(ax, "y", 0)
        self.legend_below(ax, 1)


class CostChart(ChartWidget):
    """Annual cost per scenario in millions of kronor, with the 95 % interval as an error bar."""

    def title(self) -> str:
        return self.tr("Årskostnad per scenario")

    def plot(self, ax: Axes) -> None:
        x = np.arange(len(self.entries))
        means, errs = [], []
        for e in self.entries:
            est = e.result.kpis["annual_cost_sek"]
            means.append(est.mean / 1e6)
            errs.append([(est.mean - est.lo) / 1e6, (est.hi - est.mean) / 1e6] if np.isfinite(est.lo)
                        else [0.0, 0.0])
        err = np.nan_to_num(np.array(errs).T)
        bars = ax.bar(x, means, color=[e.color for e in self.entries], width=0.55, yerr=err, capsize=6,
                      error_kw={"ecolor": "#424242", "lw": 1.4})
        for bar, m, hi in zip(bars, means, err[1] if err.size else [0.0] * len(means), strict=True):
            ax.annotate(self.tr("%1 mkr").replace("%1", lang.number(m, 1)),
                        xy=(bar.get_x() + bar.get_width() / 2, m + hi),  # above the error bar, never on it
                        xytext=(0, 6), textcoords="offset points", ha="center", va="bottom", fontsize=self.fs(11),
                        fontweight="bold")
        ax.set_xticks(x, [self.wrap(self.name(e), 24) for e in self.entries], fontsize=self.fs(10), va="top")
        tops = [m + hi for m, hi in zip(means, err[1] if err.size else [0.0] * len(means), strict=True)
                if np.isfinite(m)]
        ax.set_ylim(0, max(tops or [1.0]) * 1.3)
        ax.set_ylabel(self.tr("Årskostnad (mkr)"), fontsize=self.fs(11))
        ax.grid(True, axis="y", color="#e0e0e0")
        self.decimal_axis(ax, "y", 1)
        ax.set_xlabel(self.tr("Felstapel: 95 %-intervall"), fontsize=self.fs(9), color="#616161", loc="right")
