"""A chart widget: a matplotlib Figure (never pyplot) in a FigureCanvasQTAgg with its navigation toolbar.

Charts redraw only while visible; a hidden chart is marked stale and redrawn when shown or exported.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import matplotlib
from matplotlib.axes import Axes
from matplotlib.backends.backend_qt import NavigationToolbar2QT
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from barntid.gui.i18n import lang
from barntid.gui.results.compare import Entry

matplotlib.rcParams["text.parse_math"] = False  # names come from users: "$x$" is text, not mathtext


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
        self.toolbar: NavigationToolbar2QT | None = None
        if toolbar:
            self.toolbar = NavigationToolbar2QT(self.canvas, self)  # type: ignore[no-untyped-call]
            layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        self._title: Text | None = None
        self.canvas.mpl_connect("resize_event", self._on_resize)

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
        ax = self.figure.add_subplot()
        self._title = ax.set_title(self._wrapped_title(), loc="left", fontsize=self.fs(self.title_pt),
                                   fontweight="bold")
        ax.tick_params(labelsize=self.fs(10))
        if self.entries:
            self.plot(ax)
        else:
            ax.set_axis_off()
            ax.text(0.5, 0.5, self.tr("Kör scenariot (F5) för att se diagrammet."), ha="center", va="center",
                    transform=ax.transAxes, fontsize=self.fs(12), color="#607d8b")
        self.canvas.draw()  # type: ignore[no-untyped-call]
        self.stale = False

    def _wrapped_title(self) -> str:
        chars = int(self.figure.get_figwidth() * 72 / (0.68 * self.fs(self.title_pt)))  # bold DejaVu: ~0.68 em per char
        return self.wrap(self.title(), max(20, chars))

    def _on_resize(self, _event: object) -> None:
        if self._title is not None:
            self._title.set_text(self._wrapped_title())

    def decimal_axis(self, ax: Axes, axis: str = "y", decimals: int = 1) -> None:
        """Tick labels with the language's decimal sign."""
        target = ax.yaxis if axis == "y" else ax.xaxis
        target.set_major_formatter(FuncFormatter(lambda v, _pos: lang.number(v, decimals)))

    def legend_below(self, ax: Axes, columns: int = 2) -> None:
        handles, labels = ax.get_legend_handles_labels()
        if handles:
            self.figure.legend(handles, labels, loc="outside lower center", ncol=columns, fontsize=self.fs(9.5),
                               frameon=False)

    def who(self, e: Entry) -> str:
        """How a legend names a scenario: its role when several are shown, else its name."""
        return e.short if len(self.entries) > 1 or self.roles_in_legend else e.result.scenario.name

    def name(self, e: Entry) -> str:
        """How an axis names a scenario: role and changes when several are shown, else its name."""
        return e.label if len(self.entries) > 1 else e.result.scenario.name

    @staticmethod
    def wrap(text: str, width: int = 28) -> str:
        return "\n".join(textwrap.wrap(text, width)) or text

    def save(self, path: str | Path) -> None:
        """Save as PNG, SVG or PDF (format from the file suffix)."""
        if self.stale:
            self.redraw()
        self.figure.savefig(path, dpi=150)
