"""The dialog for one step of the timeline: its date, a title, and the changes it makes, each with an editor for
its type (a check box for a measure that is on or off, a number with its unit, a share in percent).

The dialog never judges the scenario itself: `submit(step)` (the timeline's command) returns the problems, which
are shown in the dialog, naming the step and the field; the dialog stays open with everything as typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from pydantic.fields import FieldInfo
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from barntid.gui.editing import display
from barntid.gui.editing.fields import FloatSpin, spin_format
from barntid.gui.i18n import lang
from barntid.sim.scenario.io import Problem, field_info
from barntid.sim.scenario.schema import timeline_keys

FIRST_DATE, LAST_DATE = dt.date(1990, 1, 1), dt.date(2100, 12, 31)
ERROR_STYLE = "color: #b71c1c; font-weight: 600;"

Submit = Callable[[dict[str, Any]], list[Problem]]


def error_and_buttons(dialog: QDialog, layout: QBoxLayout, ok: str, cancel: str,
                      accept: Callable[[], object]) -> tuple[QLabel, QDialogButtonBox]:
    """A hidden red line for refusals (selectable, to copy), then OK and Cancel with their own words."""
    error = QLabel()
    error.setWordWrap(True)
    error.setStyleSheet(ERROR_STYLE)
    error.setVisible(False)
    error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(error)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error, buttons


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def problem_line(p: Problem) -> str:
    return f"{p.label}: {p.message}" if p.label else str(p)


class ChangeRow(QWidget):
    """One change of the step: the setting's label and an editor for its value, the allowed range, and ✕."""

    def __init__(self, key: str, value: Any, on_remove: Callable[[ChangeRow], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        info: FieldInfo | None = field_info(key)
        assert info is not None
        self.info = info
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        name = lang.field_label(info, key)
        self.check: QCheckBox | None = None
        self.spin: FloatSpin | None = None
        if info.annotation is bool:
            self.check = QCheckBox(name)
            self.check.setChecked(bool(value))
            self.check.setToolTip(self.tr("Ikryssad: åtgärden är på från stegets datum; tom: den tas bort."))
            grid.addWidget(self.check, 0, 0, 1, 2)
        else:
            label = QLabel(name)
            label.setStyleSheet("font-weight: 600;")
            grid.addWidget(label, 0, 0)
            lo, hi = display.bounds(key, info)
            self.spin = FloatSpin(lo, hi)  # typing is free; a value outside the range is refused, named
            decimals, step = (1, 5.0) if display.is_percent(info) else spin_format(hi)
            self.spin.setDecimals(max(decimals, 1))
            self.spin.setSingleStep(step)
            self.spin.setValue(display.to_form(info, float(value)))
            self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.spin.setMinimumWidth(110)
            label.setBuddy(self.spin)
            box = QHBoxLayout()
            box.addWidget(self.spin)
            box.addWidget(QLabel(display.unit(info)))
            box.addStretch(1)
            grid.addLayout(box, 0, 1)
            allowed = QLabel(self.tr("Tillåtet: %1").replace("%1", display.range_text(key, info)))
            allowed.setStyleSheet("color: #555; font-size: 11px;")
            grid.addWidget(allowed, 1, 1)
        remove = QPushButton("✕")
        remove.setFixedWidth(32)
        remove.setToolTip(self.tr("Ta bort ändringen ur steget"))
        remove.clicked.connect(lambda: on_remove(self))
        grid.addWidget(remove, 0, 2)
        grid.setColumnStretch(1, 1)
        tip = str(info.description or "")
        if tip:
            self.setToolTip(tip)

    def value(self) -> Any:
        if self.check is not None:
            return self.check.isChecked()
        assert self.spin is not None
        self.spin.interpretText()
        return display.to_schema(self.info, self.spin.value())

    def set_value(self, value: Any) -> None:
        if self.check is not None:
            self.check.setChecked(bool(value))
        elif self.spin is not None:
            self.spin.setValue(display.to_form(self.info, float(value)))


class StepDialog(QDialog):
    """Add or edit a step. `current(key, date)` gives the value a setting has just before the step (what a new
    change starts from); `submit(step)` applies it and returns the problems (none: the dialog closes)."""

    def __init__(self, title: str, step: dict[str, Any], current: Callable[[str, dt.date], Any], submit: Submit,
                 note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 560)
        self.current, self.submit = current, submit
        self.rows: list[ChangeRow] = []
        outer = QVBoxLayout(self)
        if note:
            info = QLabel(note)
            info.setWordWrap(True)
            info.setStyleSheet("color: #37474f;")
            outer.addWidget(info)
        form = QFormLayout()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDateRange(to_qdate(FIRST_DATE), to_qdate(LAST_DATE))
        self.date.setDate(to_qdate(step["date"]))
        self.date.setToolTip(self.tr("Dagen då ändringarna börjar gälla. Nya tjänster tillsätts efter "
                                     "rekryteringstiden; ett nytt arbetssätt har en inlärningstid."))
        form.addRow(self.tr("Datum"), self.date)
        self.title = QLineEdit(str(step.get("title", "")))
        self.title.setPlaceholderText(self.tr("t.ex. Bärbara datorer"))
        self.title.setToolTip(self.tr("Vad steget är, högst 80 tecken; visas vid strecket i diagrammen."))
        form.addRow(self.tr("Rubrik"), self.title)
        outer.addLayout(form)

        heading = QLabel(self.tr("Ändringar från det datumet"))
        heading.setStyleSheet("font-weight: 700; margin-top: 6px;")
        outer.addWidget(heading)
        self.body = QWidget()
        self.list = QVBoxLayout(self.body)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("Inga ändringar ännu: välj vad steget ändrar nedan."))
        self.empty.setStyleSheet("color: #607d8b;")
        self.list.addWidget(self.empty)
        self.list.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("Steget ändrar också:")))
        self.choice = QComboBox()
        self.choice.setToolTip(self.tr("Åtgärderna och de tre slagen av tjänster kan ändras i ett steg"))
        for key in timeline_keys():
            self.choice.addItem(lang.field_label(field_info(key), key), key)
        add_row.addWidget(self.choice, 1)
        self.add_button = QPushButton(self.tr("Lägg till ändring"))
        self.add_button.clicked.connect(lambda: self.add_change(str(self.choice.currentData())))
        add_row.addWidget(self.add_button)
        outer.addLayout(add_row)

        self.error, self.buttons = error_and_buttons(self, outer, self.tr("Spara steget"), self.tr("Avbryt"),
                                                     self.try_accept)
        for key, value in step.get("changes", {}).items():
            if field_info(key) is not None:
                self.add_change(key, value)
        self._sync_choice()

    # -- changes -----------------------------------------------------------------------------------------
    def add_change(self, key: str, value: Any = None) -> ChangeRow | None:
        """A row for `key` (from the value it has just before the step, unless given); None if it is there."""
        if any(r.key == key for r in self.rows) or field_info(key) is None:
            return None
        if value is None:
            value = self.current(key, from_qdate(self.date.date()))
        row = ChangeRow(key, value, self.remove_change, self.body)
        self.list.insertWidget(len(self.rows), row)
        self.rows.append(row)
        self._sync_choice()
        return row

    def remove_change(self, row: ChangeRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._sync_choice()

    def row(self, key: str) -> ChangeRow:
        return next(r for r in self.rows if r.key == key)

    def _sync_choice(self) -> None:
        self.empty.setVisible(not self.rows)
        taken = {r.key for r in self.rows}
        model = self.choice.model()
        if isinstance(model, QStandardItemModel):
            for i in range(self.choice.count()):
                item = model.item(i)
                if item is not None:
                    item.setEnabled(self.choice.itemData(i) not in taken)
        self.add_button.setEnabled(len(taken) < self.choice.count())
        if self.choice.currentData() in taken:
            free = next((i for i in range(self.choice.count()) if self.choice.itemData(i) not in taken), -1)
            if free >= 0:
                self.choice.setCurrentIndex(free)

    # -- the step ----------------------------------------------------------------------------------------
    def step(self) -> dict[str, Any]:
        """The step as typed: date, title and changes (values in the scenario file's units)."""
        return {"date": from_qdate(self.date.date()), "title": self.title.text(),
                "changes": {r.key: r.value() for r in self.rows}}

    def try_accept(self) -> bool:
        """Submit the step; on problems show them here and keep everything as typed."""
        problems = self.submit(self.step())
        if problems:
            self.show_problems(problems)
            return False
        self.error.setVisible(False)
        self.accept()
        return True

    def show_problems(self, problems: list[Problem]) -> None:
        self.error.setText(self.tr("Steget sparades inte:") + "\n" + "\n".join(f"• {problem_line(p)}"
                                                                             for p in problems))
        self.error.setVisible(True)


class MoveDialog(QDialog):
    """Move a step: a new date for it; `submit(date)` returns the problems (none: the dialog closes)."""

    def __init__(self, title: str, text: str, when: dt.date, submit: Callable[[dt.date], list[Problem]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit = submit
        box = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        box.addWidget(label)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDateRange(to_qdate(FIRST_DATE), to_qdate(LAST_DATE))
        self.date.setDate(to_qdate(when))
        form = QFormLayout()
        form.addRow(self.tr("Nytt datum"), self.date)
        box.addLayout(form)
        self.error, _ = error_and_buttons(self, box, self.tr("Flytta"), self.tr("Avbryt"), self.try_accept)
        self.resize(460, 180)

    def try_accept(self) -> bool:
        problems = self.submit(from_qdate(self.date.date()))
        if problems:
            self.error.setText(self.tr("Steget flyttades inte:") + "\n" + "\n".join(f"• {problem_line(p)}"
                                                                                  for p in problems))
            self.error.setVisible(True)
            return False
        self.accept()
        return True
