"""A chart widget: a matplotlib Figure (never pyplot) in a FigureCanvasQTAgg with its navigation toolbar.

Charts redraw only while visible; a hidden chart is marked stale and redrawn when shown or exported.
"""

from __future__ import annotations

import itertools
import textwrap
from pathlib import Path

import matplotlib
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from barntid.gui.i18n import lang
from barntid.gui.results.compare import Entry
from barntid.gui.results.toolbar import ChartToolbar
from barntid.present.calendar import month_ticks
from barntid.present.timeline import markers
from barntid.sim.scenario.schema import Scenario

matplotlib.rcParams["text.parse_math"] = False  # names come from users: "$x$" is text, not mathtext
MARKER_COLOR = "#6d4c41"
MARKER_CHARS = 26  # a step's title at a marker is cut to this many characters (the whole title in the panel)


class ChartWidget(QWidget):
    """Base class: subclasses implement `title()` and `plot(ax)` from `self.entries`."""

    title_pt = 13.0  # the title's size in points at scale 1
    roles_in_legend = False  # name a lone scenario by its role ('Aktuell') rather than its name (theme day)

    def __init__(self, parent: QWidget | None = None, scale: float = 1.0, toolbar: bool = True) -> None:
        super().__init__(parent)
        self.scale = scale
        self.entries: list[Entry] = []
        self.stale = True
        self.figure = Figure(figsize=(6, 4.5), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)  # type: ignore[no-untyped-call]
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(320, 260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.toolbar: ChartToolbar | None = None
        if toolbar:
            self.toolbar = ChartToolbar(self.canvas, self)
            layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        self._title: Text | None = None
        self._legend: tuple[list[Artist], list[str], int, float] | None = None  # handles, labels, columns, size
        self._legend_columns = 1
        self._fitting = False
        # What the last fit settled on, by what was asked, the type size and the width: the next redraw of the
        # same title or legend at that width starts from it and draws once, instead of once per pass of the fit.
        self._fitted_titles: dict[tuple[object, ...], str] = {}
        self._fitted_legends: dict[tuple[object, ...], tuple[list[str], int]] = {}  # wrapped labels, columns
        self.step_marks: list[tuple[float, str]] = []  # (x, title) of the timeline's markers as last drawn
        self.marks_numbered = False  # whether they were numbered (too close for their titles)
        self.canvas.mpl_connect("resize_event", self._on_resize)
        self.canvas.mpl_connect("draw_event", self._fit)

    # -- to implement -------------------------------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def plot(self, ax: Axes) -> None:
        raise NotImplementedError

    # -- drawing -----------------------------------------------------------------------------------------
    def fs(self, size: float) -> float:
        return size * self.scale

    def set_entries(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.stale = True
        if self.isVisible():
            self.redraw()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self.redraw()

    def redraw(self) -> None:
        self.figure.clear()
        self._legend = None
        self.step_marks = []
        ax = self.figure.add_subplot()
        self._title = ax.set_title(self._wrapped_title(), loc="left", fontsize=self.fs(self.title_pt),
                                   fontweight="bold")
        ax.tick_params(labelsize=self.fs(10))
        if self.entries:
            self.plot(ax)
        else:
            ax.set_axis_off()
            chars = int(self.figure.get_figwidth() * 72 / (0.6 * self.fs(12)))  # wrapped to the chart's width
            ax.text(0.5, 0.5, self.wrap(self.tr("Kör scenariot (F5) för att se diagrammet."), max(12, chars)),
                    ha="center", va="center",
                    transform=ax.transAxes, fontsize=self.fs(12), color="#607d8b")
        self.canvas.draw()  # type: ignore[no-untyped-call]
        self.stale = False

    def _wrapped_title(self) -> str:
        fitted = self._fitted_titles.get(self._title_key())
        if fitted is not None:
            return fitted
        chars = int(self.figure.get_figwidth() * 72 / (0.68 * self.fs(self.title_pt)))  # bold DejaVu: ~0.68 em per char
        return self.wrap(self.title(), max(20, chars))

    def _title_key(self) -> tuple[object, ...]:
        return (self.title(), self.fs(self.title_pt), round(self.figure.bbox.width))

    def _legend_key(self, labels: list[str], columns: int, size: float) -> tuple[object, ...]:
        return (tuple(labels), columns, size, round(self.figure.bbox.width))

    def _remember_fit(self) -> None:
        for memo in (self._fitted_titles, self._fitted_legends):
            if len(memo) > 32:
                memo.clear()
        if self._title is not None:
            self._fitted_titles[self._title_key()] = self._title.get_text()
        legend = self.figure.legends[-1] if self.figure.legends else None
        if self._legend is not None and isinstance(legend, Legend):
            _, labels, columns, size = self._legend
            self._fitted_legends[self._legend_key(labels, columns, size)] = (
                [t.get_text() for t in legend.get_texts()], self._legend_columns)

    def _on_resize(self, _event: object) -> None:
        if self._title is not None:
            self._title.set_text(self._wrapped_title())
        if self._legend is not None:
            self._place_legend(*self._legend)  # from the columns asked for: a wider chart may take them again

    def _fit(self, _event: object) -> None:
        """After a draw: a title or legend wider than the chart is wrapped or given fewer columns, never cut."""
        if self._fitting:
            return
        self._fitting = True
        try:
            for _ in range(4):  # each pass wraps or drops a column; a few passes settle any width
                if not self._fit_once(self.canvas.get_renderer()):  # type: ignore[no-untyped-call]
                    break
                self.canvas.draw()  # type: ignore[no-untyped-call]
            self._remember_fit()
        finally:
            self._fitting = False

    def _fit_once(self, renderer: RendererBase) -> bool:
        width = self.figure.bbox.width
        changed = False
        if self._title is not None:
            box = self._title.get_window_extent(renderer)
            if box.x1 > width - 2 and box.width > 0:
                lines = self._title.get_text().split("\n")
                chars = int(max(map(len, lines)) * (width - 4 - max(box.x0, 0)) / box.width)
                self._title.set_text(self.wrap(self.title(), max(10, chars)))
                changed = True
        legend = self.figure.legends[-1] if self.figure.legends else None
        if self._legend is not None and isinstance(legend, Legend):
            box = legend.get_window_extent(renderer)
            if box.width > width - 4:
                handles, labels, columns, size = self._legend
                shown = [t.get_text() for t in legend.get_texts()]
                cols = self._legend_columns
                longest = max(len(line) for t in shown for line in t.split("\n"))
                per_char = box.width / (cols * (longest + 4))  # a label's handle and gap: about four characters
                chars = int((width - 8) / (cols * per_char)) - 4
                if chars >= 14 or cols == 1:  # wrap long names before giving up a column
                    wrapped = [self.wrap(t, max(8, min(chars, longest - 1)), whole_words=False) for t in labels]
                    self._place_legend(handles, wrapped, cols, size, keep=columns)
                else:
                    self._place_legend(handles, labels, cols - 1, size, keep=columns)
                changed = True
        return changed

    def decimal_axis(self, ax: Axes, axis: str = "y", decimals: int = 1) -> None:
        """Tick labels with the language's decimal sign."""
        target = ax.yaxis if axis == "y" else ax.xaxis
        target.set_major_formatter(FuncFormatter(lambda v, _pos: lang.number(v, decimals)))

    def calendar_axis(self, ax: Axes, note: str = "") -> None:
        """The x-axis in calendar months and years from the scenario's start date (after the warm-up)."""
        if not self.entries:
            return
        sc = self.entries[-1].result.scenario
        weeks = max(len(e.result.series("contact_share")[0]) for e in self.entries)
        ticks = month_ticks(sc.calendar.start_date, sc.simulation.warmup_weeks, weeks, lang.current())
        if ticks:
            ax.set_xticks([x for x, _ in ticks], [t for _, t in ticks])  # the size tick_params gave
        text = self.tr("Månad")
        ax.set_xlabel(f"{text} ({note})" if note else text, fontsize=self.fs(11))
        self.timeline_markers(ax, weeks)

    def timeline_scenario(self) -> Scenario | None:
        """The scenario whose timeline the chart marks: the current result's, else the last compared one's."""
        for e in sorted(self.entries, key=lambda e: e.role == "current", reverse=True):
            if e.result.scenario.timeline:
                return e.result.scenario
        return None

    def timeline_markers(self, ax: Axes, weeks: int) -> None:
        """A dashed vertical line at each step of the plan with its short title along it, from the bottom (the top
        holds the legend on theme day), in the size of the tick labels. Steps too close for their titles side by
        side are numbered instead, and the legend says which number is which step."""
        sc = self.timeline_scenario()
        if sc is None:
            return
        found = markers(sc, weeks)
        if not found:
            return
        lo, hi = ax.get_xlim()
        px_per_week = ax.get_position().width * self.figure.get_figwidth() * self.figure.dpi / max(hi - lo, 1.0)
        size = self.fs(10)
        line_px = 1.3 * size * self.figure.dpi / 72  # a rotated title's width on the chart
        gaps = [(b.x - a.x) * px_per_week for a, b in itertools.pairwise(found)]
        numbered = any(g < line_px for g in gaps)
        self.marks_numbered = numbered
        titles = [textwrap.shorten(m.title, MARKER_CHARS, placeholder="…") for m in found]
        key = " · ".join(f"{i}\u00a0{t}" for i, t in enumerate(titles, 1))  # a number stays with its step
        row = 0
        for i, (m, title) in enumerate(zip(found, titles, strict=True)):
            label = self.tr("Steg: %1").replace("%1", key) if numbered and i == 0 else None
            ax.axvline(m.x, color=MARKER_COLOR, lw=1.3, ls=(0, (4, 3)), zorder=1.5, label=label)
            box = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75}
            if numbered:  # close neighbours take turns in two rows
                row = 1 - row if i > 0 and gaps[i - 1] < 1.6 * line_px else 0
                ax.annotate(str(i + 1), xy=(m.x, 0.0), xycoords=("data", "axes fraction"),
                            xytext=(0, 4 + row * 1.5 * size), textcoords="offset points", ha="center", va="bottom",
                            fontsize=size, fontweight="bold", color=MARKER_COLOR, zorder=1.6, bbox=box)
            else:
                ax.annotate(title, xy=(m.x, 0.0), xycoords=("data", "axes fraction"), xytext=(2, 4),
                            textcoords="offset points", rotation=90, ha="left", va="bottom", fontsize=size,
                            color=MARKER_COLOR, zorder=1.6, bbox=box)
            self.step_marks.append((m.x, title))

    def legend_below(self, ax: Axes, columns: int = 2, handles: list[Artist] | None = None,
                     labels: list[str] | None = None, size: float = 9.5) -> None:
        """The legend under the chart; after drawing it gets fewer columns (or wrapped names) if too wide."""
        if handles is None or labels is None:
            handles, labels = ax.get_legend_handles_labels()
        if handles:
            self._place_legend(list(handles), list(labels), columns, self.fs(size))

    def _place_legend(self, handles: list[Artist], labels: list[str], columns: int, size: float,
                      keep: int | None = None) -> None:
        if keep is None:  # asked for (not a pass of the fit): start from the last fit of the same at this width
            self._legend = (handles, labels, columns, size)
            fitted = self._fitted_legends.get(self._legend_key(labels, columns, size))
            if fitted is not None:
                labels, columns = fitted
        for old in list(self.figure.legends):
            old.remove()
        self.figure.legend(handles, labels, loc="outside lower center", ncol=columns, fontsize=size, frameon=False)
        self._legend_columns = columns

    def who(self, e: Entry) -> str:
        """How a legend names a scenario: its role when several are shown, else its name."""
        return e.short if len(self.entries) > 1 or self.roles_in_legend else e.result.scenario.name

    def name(self, e: Entry) -> str:
        """How an axis names a scenario: role and changes when several are shown, else its name."""
        return e.label if len(self.entries) > 1 else e.result.scenario.name

    @staticmethod
    def wrap(text: str, width: int = 28, whole_words: bool = True) -> str:
        """Wrapped at spaces. A word longer than a line stays whole, or if told it may be split, is split with a
        hyphen ('Kompetensutveck-' / 'ling', never a bare 'Kompetensutveckli' / 'ng')."""
        if not whole_words and width > 2:
            words = []
            for word in text.split():
                while len(word) > width:
                    words.append(word[:width - 1] + "-")
                    word = word[width - 1:]
                words.append(word)
            text = " ".join(words)
        return "\n".join(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)) or text

    @staticmethod
    def lines(text: str, width: int, most: int) -> str:
        """Wrapped to at most `most` lines, the last ending in '…' if text was left out (the tooltip-less axis
        keeps the start, which names the role: 'Aktuell:', 'Variant 1:')."""
        parts = textwrap.wrap(text, width) or [text]
        if len(parts) > most:
            parts = [*parts[: most - 1], textwrap.shorten(" ".join(parts[most - 1:]), width, placeholder=" …")]
        return "\n".join(parts)

    def save(self, path: str | Path) -> None:
        """Save as PNG, SVG or PDF (format from the file suffix)."""
        if self.stale:
            self.redraw()
        self.figure.savefig(path, dpi=150)
