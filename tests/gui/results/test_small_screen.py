"""A chief's laptop (1366x768): the key figures in a narrow window are all there and nothing is cut off."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from barntid.gui.results import kpi_panel
from barntid.gui.results.kpi_panel import NARROW_PX, KpiPanel
from barntid.sim import run_experiment
from tests.helpers import short

LEGEND = "Kompetensutveckling"


def test_a_narrow_row_of_cards_becomes_a_grid_and_every_line_fits(qtbot: Any) -> None:
    result = run_experiment(short(0.25, simulation__replications=2), workers=1)
    # As in the main window: the cards above the charts, which take whatever height is left.
    window, panel, charts = QWidget(), KpiPanel(), QWidget()
    charts.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    layout = QVBoxLayout(window)
    layout.addWidget(panel)
    layout.addWidget(charts, 1)
    qtbot.addWidget(window)
    window.resize(NARROW_PX + 300, 500)
    window.show()
    panel.show_result(result)
    qtbot.waitUntil(lambda: panel.rows == 1)
    positions = {panel.grid.getItemPosition(panel.grid.indexOf(c))[:2] for c in panel.cards.values()}
    assert {row for row, _col in positions} == {0}  # wide: one row
    window.resize(NARROW_PX - 120, 500)
    qtbot.waitUntil(lambda: panel.rows == 2)
    card = panel.cards["contact_share"]
    assert panel.grid.getItemPosition(panel.grid.indexOf(card)) == (0, 0, 2, 1)  # beside a 2 x 2 grid
    qtbot.waitUntil(lambda: card.extra.height() >= card.extra.heightForWidth(card.extra.width()))
    assert "Barnens tid" in card.extra.text()  # the last line is there and has its room
    window.resize(NARROW_PX + 20, 500)  # just above the edge: stays a grid (no flicker)
    qtbot.wait(50)
    assert panel.rows == 2
    window.resize(NARROW_PX + 300, 500)
    qtbot.waitUntil(lambda: panel.rows == 1)


def test_a_legend_splits_a_long_word_with_a_hyphen() -> None:
    from barntid.gui.results.chart_base import ChartWidget

    assert ChartWidget.wrap(LEGEND, 12, whole_words=False) == "Kompetensut-\nveckling"
    assert ChartWidget.wrap(LEGEND, 12) == LEGEND
    assert ChartWidget.wrap("Introduktion och mentorskap", 16) == "Introduktion och\nmentorskap"


def test_a_row_of_cards_takes_the_height_its_wrapped_lines_need(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A layout sizes the cards by their preferred width; a narrower row needs more lines (the contact card's
    goal, date and children's time were cut off at 1366x768)."""
    monkeypatch.setattr(kpi_panel, "NARROW_PX", 0)  # a row however narrow, as before the grid
    result = run_experiment(short(0.25, simulation__replications=2), workers=1)
    window, panel, charts = QWidget(), KpiPanel(), QWidget()
    charts.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    charts.setMinimumHeight(300)  # the charts' tabs want their room too
    layout = QVBoxLayout(window)
    layout.addWidget(panel)
    layout.addWidget(charts, 1)
    qtbot.addWidget(window)
    window.resize(780, 420)
    window.show()
    panel.show_result(result)
    card = panel.cards["contact_share"]
    qtbot.wait(50)
    assert panel.rows == 1
    assert card.extra.height() >= card.extra.heightForWidth(card.extra.width())


def test_a_chart_redrawn_at_the_same_width_draws_once(qtbot: Any) -> None:
    """The fit of a title or legend (wrapped names, fewer columns) is remembered: drawing the same chart again
    at the same width starts from it, so a run's redraws cost one draw each and not one per pass of the fit."""
    from matplotlib.axes import Axes

    from barntid.gui.results.chart_base import ChartWidget

    names = ["Direktkontakt med barn och familj", "Dokumentation och handläggning", "Introduktion och mentorskap",
             "Samverkan och möten", "Praktiska uppgifter", "Kompetensutveckling"]

    class Legendary(ChartWidget):
        def title(self) -> str:
            return "Tidsanvändning per kategori i en smal ruta med en lång rubrik"

        def plot(self, ax: Axes) -> None:
            for i, name in enumerate(names):
                ax.bar([i], [1.0], label=name)
            self.legend_below(ax, columns=3)

    chart = Legendary()
    chart.resize(360, 300)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    chart.entries = [object()]  # type: ignore[list-item]  # plot() draws without entries' data
    draws: list[int] = []
    real = chart.canvas.draw
    chart.canvas.draw = lambda: (draws.append(1), real())  # type: ignore[method-assign]
    chart.redraw()
    first = len(draws)
    fitted = [t.get_text() for t in chart.figure.legends[-1].get_texts()]
    title = chart._title.get_text() if chart._title is not None else ""
    assert first > 1  # the first time the fit had to wrap or drop columns
    draws.clear()
    chart.redraw()
    assert len(draws) == 1
    assert [t.get_text() for t in chart.figure.legends[-1].get_texts()] == fitted
    assert chart._title is not None and chart._title.get_text() == title
    draws.clear()
    chart.resize(900, 300)  # another width: fitted afresh, from the columns asked for
    qtbot.waitUntil(lambda: bool(draws))
    assert chart._legend is not None and chart._legend[2] == 3
