"""No English in the Swedish interface: Qt's standard dialogs through Qt's own catalogue (found in the bundle
too), matplotlib's toolbar with Swedish tooltips and our own save dialog; legends and comparison headings whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from matplotlib.backends.backend_qt import NavigationToolbar2QT
from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from barntid.gui.i18n import lang
from tests.helpers import ROOT


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[QApplication]:
    lang.install(qapp, "sv")
    yield qapp
    for t in lang._installed:
        qapp.removeTranslator(t)
    lang._installed.clear()


def test_qt_standard_buttons_and_file_dialog_are_swedish(swedish: QApplication) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
                           | QDialogButtonBox.StandardButton.No | QDialogButtonBox.StandardButton.Open)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Avbryt", "Ja", "Nej", "Öppna"}
    for source in ("Look in:", "Files of type:", "&Open", "File &name:"):
        assert QCoreApplication.translate("QFileDialog", source) != source, source
    assert QCoreApplication.translate("MainWindow", "Kör") == "Kör"  # our own strings pass through untouched


def test_qt_catalogue_is_found_where_the_bundle_puts_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: str(tmp_path / "nowhere"))
    found = lang.qt_translations("qtbase_sv.qm")
    assert found is not None and (found / "qtbase_sv.qm").is_file()  # PySide6's own folder
    spec = (ROOT / "packaging" / "barntid.spec").read_text(encoding="utf-8")
    assert 'f"qtbase_{code}.qm"' in spec and '"PySide6/Qt/translations"' in spec  # what lang looks for there


def test_chart_toolbar_speaks_swedish_and_saves_through_our_dialog(qtbot: Any, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from barntid.gui.results.charts import TimeUseChart

    chart = TimeUseChart()
    qtbot.addWidget(chart)
    assert chart.toolbar is not None
    tips = [a.toolTip() for a in chart.toolbar.actions() if a.toolTip()]
    english = {tip for _n, tip, _i, _m in NavigationToolbar2QT.toolitems if tip}
    assert len(tips) == 6 and not set(tips) & english
    assert "Spara diagrammet som bild (PNG, SVG eller PDF)" in tips
    asked: list[tuple[str, str]] = []

    def dialog(_parent: Any, title: str, _start: str, filters: str) -> tuple[str, str]:
        asked.append((title, filters))
        return str(tmp_path / "diagram"), "SVG-bild (*.svg)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    saved = chart.toolbar.save_figure()
    assert saved == tmp_path / "diagram.svg" and saved.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert asked == [("Spara diagrammet", "PNG-bild (*.png);;SVG-bild (*.svg);;PDF-dokument (*.pdf)")]


@pytest.mark.parametrize("width", [380, 520, 900])
def test_legend_and_title_are_never_cut_off(qtbot: Any, width: int) -> None:
    from barntid.gui.results.charts import TimeUseChart
    from barntid.gui.results.compare import Entry
    from barntid.sim import run_experiment, with_changes
    from tests.helpers import short

    res = run_experiment(short(years=0.25), replications=2, workers=1)
    other = run_experiment(with_changes(res.scenario, {"staff.admin_fte": 3.0, "measures.pair_visits": True}),
                           replications=2, workers=1)
    chart = TimeUseChart()
    qtbot.addWidget(chart)
    chart.resize(width, 520)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_entries([Entry("baseline", "Jämförelse", res, "#7a7a7a", "Sjöbo 2015"),
                       Entry("current", "Aktuell", other, "#1565c0", "Administrativt stöd 3, Parbesök på")])
    chart.canvas.draw()
    renderer = chart.canvas.get_renderer()
    figure = chart.figure.bbox
    legend = chart.figure.legends[-1].get_window_extent(renderer)
    title = chart._title.get_window_extent(renderer)
    assert legend.x0 >= -1 and legend.x1 <= figure.width + 1, (legend, figure)
    assert title.x0 >= -1 and title.x1 <= figure.width + 1, (title, figure)
    texts = " ".join(t.get_text().replace("\n", " ") for t in chart.figure.legends[-1].get_texts())
    assert "Introduktion och mentorskap" in texts  # whole, perhaps on two lines
