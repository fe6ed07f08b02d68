"""One key figure in the wizard: label, input, unit, allowed range, help and where to find the figure.

The text is parsed as typed (decimal comma or point; shares in percent) and never changed: an entry that is
not a number, out of range or impossible together with another figure is marked red with the figure's name
and the reason, and the page's Nästa stays disabled until it is put right.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from barntid.sim.scenario.io import ScenarioError
from barntid.sim.scenario.newunit import FIGURES, Figure, parse_share

INVALID_STYLE = "QLineEdit { border: 2px solid #c62828; background: #ffebee; }"


class FigureEdit(QWidget):
    """A line edit for one figure of `FIGURES`; `value()` is None when empty, `error` says what is wrong."""

    changed = Signal()

    def __init__(self, key: str, required: bool = False, initial: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure: Figure = FIGURES[key]
        self.required = required
        self.cross_error = ""  # set by the page from the checks across figures
        fig = self.figure
        self.label = QLabel(f"<b>{fig.label}</b>")
        self.edit = QLineEdit(initial)
        self.edit.setObjectName(f"figure_{key}")
        self.edit.setPlaceholderText(self.tr("krävs") if required else self.tr("valfritt"))
        self.edit.setMaximumWidth(140)
        self.label.setBuddy(self.edit)
        unit = QLabel(fig.unit)
        allowed = self.tr("Tillåtet: %1").replace("%1", fig.range_text())
        self.help = QLabel(f"{fig.help} {allowed}. <i>{self.tr('Finns i')}: {fig.where}.</i>")
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #455a64; font-size: 11px;")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828; font-weight: bold;")
        self.error_label.hide()
        tip = f"{fig.label} ({fig.unit}). {fig.help} {allowed}. {fig.where}."
        self.edit.setToolTip(tip)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setVerticalSpacing(1)
        grid.addWidget(self.label, 0, 0)
        grid.addWidget(self.edit, 0, 1)
        grid.addWidget(unit, 0, 2)
        grid.addWidget(self.help, 1, 0, 1, 4)
        grid.addWidget(self.error_label, 2, 0, 1, 4)
        grid.setColumnMinimumWidth(0, 290)
        grid.setColumnStretch(3, 1)
        self.edit.textChanged.connect(lambda _text: self.changed.emit())

    @property
    def key(self) -> str:
        return self.figure.key

    def parsed(self) -> tuple[float | None, str]:
        """(value, "") or (None, why it is not a value); shares as fractions."""
        text = self.edit.text().strip()
        if not text:
            return None, (self.tr("Ange ett värde.") if self.required and self.isEnabled() else "")
        fig = self.figure
        try:
            value = parse_share(text, fig.key) if fig.percent else float(text.replace(",", ".").replace(" ", ""))
        except ScenarioError as exc:
            return None, exc.problems[0].message
        except ValueError:
            return None, self.tr("'%1' är inte ett tal (%2).").replace("%1", text).replace("%2", fig.range_text())
        shown = value * 100 if fig.percent else value
        if not fig.lo <= shown <= fig.hi:
            return None, self.tr("Värdet är utanför det tillåtna intervallet %1.").replace("%1", fig.range_text())
        if fig.integer and not float(shown).is_integer():
            return None, self.tr("Ange ett heltal.")
        return value, ""

    def value(self) -> float | None:
        return self.parsed()[0] if self.isEnabled() else None

    @property
    def error(self) -> str:
        if not self.isEnabled():
            return ""
        return self.parsed()[1] or self.cross_error

    def mark(self) -> None:
        """Show the error (red frame and a line naming the figure), or clear it."""
        err = self.error
        self.edit.setStyleSheet(INVALID_STYLE if err else "")
        self.edit.setProperty("invalid", bool(err))
        self.error_label.setText(f"{self.figure.label}: {err}" if err else "")
        self.error_label.setVisible(bool(err))
