"""matplotlib's navigation toolbar in the program's language: its own tooltips are English, its figure-options
and subplot dialogs are English and technical (left out), and its save dialog is replaced by ours."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from matplotlib.backends.backend_qt import NavigationToolbar2QT
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

SUFFIXES = (".png", ".svg", ".pdf")
TOOLITEMS: list[tuple[Any, Any, Any, Any]] = [
    ("Home", QT_TRANSLATE_NOOP("Toolbar", "Visa hela diagrammet igen"), "home", "home"),
    ("Back", QT_TRANSLATE_NOOP("Toolbar", "Tillbaka till föregående vy"), "back", "back"),
    ("Forward", QT_TRANSLATE_NOOP("Toolbar", "Framåt till nästa vy"), "forward", "forward"),
    (None, None, None, None),
    ("Pan", QT_TRANSLATE_NOOP("Toolbar", "Flytta diagrammet: dra med vänster musknapp (höger knapp zoomar)"),
     "move", "pan"),
    ("Zoom", QT_TRANSLATE_NOOP("Toolbar", "Förstora: dra en rektangel runt det du vill se"), "zoom_to_rect", "zoom"),
    (None, None, None, None),
    ("Save", QT_TRANSLATE_NOOP("Toolbar", "Spara diagrammet som bild (PNG, SVG eller PDF)"), "filesave",
     "save_figure"),
]


def tr(text: str) -> str:
    return QCoreApplication.translate("Toolbar", text)


class ChartToolbar(NavigationToolbar2QT):
    """Swedish tooltips, no English dialogs, no English coordinate read-out."""

    def __init__(self, canvas: FigureCanvasQTAgg, parent: QWidget | None = None) -> None:
        # matplotlib reads the class attribute while building the buttons: set it in the language now in use
        type(self).toolitems = [(n, tr(str(t)) if t else t, i, m) for n, t, i, m in TOOLITEMS]
        super().__init__(canvas, parent, coordinates=False)  # type: ignore[no-untyped-call]

    def save_figure(self, *_args: object) -> Path | None:
        """Our own save dialog: Swedish title and filters, PNG, SVG or PDF, a message if it cannot be written."""
        filters = ";;".join((tr("PNG-bild (*.png)"), tr("SVG-bild (*.svg)"), tr("PDF-dokument (*.pdf)")))
        chosen, selected = QFileDialog.getSaveFileName(self.window(), tr("Spara diagrammet"),
                                                       str(Path.cwd() / "diagram.png"), filters)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in SUFFIXES:
            wanted = next((s for s in SUFFIXES if s in selected), SUFFIXES[0])
            path = path.with_name(path.name + wanted)
        try:
            self.canvas.figure.savefig(path, dpi=150)
        except (OSError, ValueError) as exc:
            QMessageBox.critical(self.window(), tr("Kan inte spara diagrammet"), f"{path}\n\n{exc}")
            return None
        return path
