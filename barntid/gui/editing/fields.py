"""One editor widget per schema field, chosen from the field's type and range metadata.

Every editor emits ``edited(key, value)`` when the user changes it; ``set_value`` updates it silently. A
``FieldRow`` wraps an editor with the label, unit, allowed range, help tooltip and an error line.
"""

from __future__ import annotations

import textwrap
import typing
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from barntid.gui.editing import display
from barntid.gui.editing.labels import choice_label
from barntid.gui.i18n import lang

INT32_MAX = 2**31 - 1
TYPING_LIMIT = 1e9
"""A float spin box holds any value up to this, so a typed value outside the field's range is judged, not clamped."""
INVALID_STYLE = "border: 2px solid #c62828; background: #fdecea;"


bounds = display.schema_bounds  # the schema's ge/le of a field (kept under its old name for callers)


def spin_format(hi: float | None) -> tuple[int, float]:
    """Decimals and step for a float spin box from the top of its range."""
    if hi is None or hi > 1e5:
        return 0, 1000.0
    if hi <= 1:
        return 3, 0.01
    if hi <= 20:
        return 2, 0.1
    if hi <= 100:
        return 2, 0.5
    return 1, 1.0


def parse_number(token: str) -> Any:
    """'1,05' or '1.05' -> 1.05; '12' -> 12; anything else is passed on for the core to judge."""
    text = token.strip().replace("\u2212", "-")
    for cast in (int, float):
        try:
            return cast(text.replace(",", "."))
        except ValueError:
            continue
    return text


def format_number(value: float) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if lang.current() == "sv" else text


def undo_kind(event: QKeyEvent) -> str:
    """'undo', 'redo' or '' for a key press (Ctrl+Z; Ctrl+Shift+Z or Ctrl+Y)."""
    if event.matches(QKeySequence.StandardKey.Undo):
        return "undo"
    if event.matches(QKeySequence.StandardKey.Redo):
        return "redo"
    mods = event.modifiers()
    if mods & Qt.KeyboardModifier.ControlModifier and (event.key() == Qt.Key.Key_Y or (
            event.key() == Qt.Key.Key_Z and mods & Qt.KeyboardModifier.ShiftModifier)):
        return "redo"
    return ""


class UndoKeys(QObject):
    """Takes Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) from a text field, whose own undo would only cover its text, and
    hands them to the editor: the scenario's undo then works while a field has focus."""

    def __init__(self, editor: FieldEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not (kind := undo_kind(event)):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # deliver it as a key press, to us, rather than to the window's shortcut
        else:
            self.editor.undo_key.emit(self.editor.key, kind)
        return True


class FieldEditor(QWidget):
    """Base class: a key, an editing widget, and the signals: `edited(key, value)` with a value to apply;
    `invalid(key, message)` for a typed value the form refuses itself; `undo_key(key, 'undo'|'redo')`."""

    edited = Signal(str, object)
    invalid = Signal(str, str)
    undo_key = Signal(str, str)

    def __init__(self, key: str, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self.info = key, info
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self

    def dirty(self) -> bool:
        """True while the field shows typed text that has not been applied."""
        return False

    def _emit(self, value: Any) -> None:
        self.edited.emit(self.key, value)

    def _catch_undo_keys(self, widget: QWidget) -> None:
        widget.installEventFilter(UndoKeys(self))


class BoolEditor(FieldEditor):
    def __init__(self, key: str, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(key, info, parent)
        self.box = QCheckBox(lang.field_label(info, key))
        self.box.toggled.connect(self._emit)
        self.layout_.addWidget(self.box)

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(bool(value))
        self.box.blockSignals(False)

    def focus_widget(self) -> QWidget:
        return self.box


class ChoiceEditor(FieldEditor):
    def __init__(self, key: str, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(key, info, parent)
        self.combo = QComboBox()
        for value in typing.get_args(info.annotation):
            self.combo.addItem(choice_label(key, str(value)), value)
        self.combo.activated.connect(lambda i: self._emit(self.combo.itemData(i)))
        self.layout_.addWidget(self.combo)
        self.layout_.addStretch(1)

    def set_value(self, value: Any) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))
        self.combo.blockSignals(False)

    def focus_widget(self) -> QWidget:
        return self.combo


def _step(spin: QSpinBox | QDoubleSpinBox, lo: float | None, hi: float | None, steps: int) -> None:
    """Arrow keys and buttons move within the field's range (typing is judged instead, never clamped)."""
    target: float = spin.value() + steps * spin.singleStep()
    target = max(target, lo) if lo is not None else target
    target = min(target, hi) if hi is not None else target
    if isinstance(spin, QSpinBox):
        spin.setValue(int(target))
    else:
        spin.setValue(target)


def _steps_enabled(spin: QSpinBox | QDoubleSpinBox, lo: float | None,
                   hi: float | None) -> QAbstractSpinBox.StepEnabledFlag:
    flags = QAbstractSpinBox.StepEnabledFlag.StepNone
    if hi is None or spin.value() < hi:
        flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
    if lo is None or spin.value() > lo:
        flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
    return flags


class IntSpin(QSpinBox):
    def __init__(self, lo: float | None, hi: float | None) -> None:
        super().__init__()
        self.lo, self.hi = lo, hi
        self.setRange(-INT32_MAX, INT32_MAX)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        _step(self, self.lo, self.hi, steps)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 - Qt's name
        return _steps_enabled(self, self.lo, self.hi)


class FloatSpin(QDoubleSpinBox):
    def __init__(self, lo: float | None, hi: float | None) -> None:
        super().__init__()
        self.lo, self.hi = lo, hi
        self.setRange(-TYPING_LIMIT, TYPING_LIMIT)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        _step(self, self.lo, self.hi, steps)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 - Qt's name
        return _steps_enabled(self, self.lo, self.hi)


class NumberEditor(FieldEditor):
    """A spin box in the form's units (percent for shares). A typed value outside the field's range stays in
    view, marked, and is not applied; the arrows stay inside the range."""

    def __init__(self, key: str, info: FieldInfo, integer: bool, parent: QWidget | None = None) -> None:
        super().__init__(key, info, parent)
        lo, hi = display.bounds(key, info)
        self.spin: QSpinBox | QDoubleSpinBox
        if integer:
            self.spin = IntSpin(lo, hi)
        else:
            self.spin = FloatSpin(lo, hi)
            decimals, step = (1, 1.0) if display.is_percent(info) else spin_format(hi)
            self.spin.setDecimals(decimals)
            self.spin.setSingleStep(step)
        self.spin.setKeyboardTracking(False)
        self.spin.setMinimumWidth(120)
        self.spin.setMaximumWidth(160)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin.valueChanged.connect(self._changed)
        self._catch_undo_keys(self.spin.lineEdit())
        self.layout_.addWidget(self.spin)
        self.unit = QLabel(display.unit(info))
        self.layout_.addWidget(self.unit)
        self.layout_.addStretch(1)
        self._shown: float = 0.0

    def _changed(self, value: float) -> None:
        message = display.outside(self.key, self.info, value)
        if message:
            self.invalid.emit(self.key, message)
        else:
            self._emit(display.to_schema(self.info, value))

    def set_value(self, value: Any) -> None:
        self._shown = display.to_form(self.info, value)
        self.spin.blockSignals(True)
        if isinstance(self.spin, QSpinBox):
            self.spin.setValue(int(self._shown))
        else:
            self.spin.setValue(self._shown)
        self.spin.blockSignals(False)

    def dirty(self) -> bool:
        shown = int(self._shown) if isinstance(self.spin, QSpinBox) else self._shown
        return self.spin.cleanText() != self.spin.textFromValue(shown)  # type: ignore[arg-type]

    def focus_widget(self) -> QWidget:
        return self.spin


class TextEditor(FieldEditor):
    """Free text, very large integers (the seed) and lists of numbers ('1; 1,05; 1,1')."""

    def __init__(self, key: str, info: FieldInfo, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(key, info, parent)
        self.kind = kind
        self.edit = QLineEdit()
        if kind == "list":
            self.edit.setPlaceholderText(self.tr("tal åtskilda med semikolon, t.ex. 1; 1,05; 0,9"))
        self.edit.editingFinished.connect(self._finished)
        self._catch_undo_keys(self.edit)
        self.layout_.addWidget(self.edit, 1)
        text_unit = lang.unit(info)
        if text_unit:
            self.layout_.addWidget(QLabel(text_unit))
        self._shown = ""

    def _finished(self) -> None:
        text = self.edit.text()
        if text == self._shown:
            return
        if self.kind == "list":
            tokens = [t for t in text.replace("\n", ";").split(";") if t.strip()]
            self._emit([parse_number(t) for t in tokens])
        elif self.kind == "int":
            value = parse_number(text)
            message = (display.outside(self.key, self.info, value) if isinstance(value, int)
                       else display.not_integer(self.key, self.info, text.strip()))
            if message:
                self.invalid.emit(self.key, message)
            else:
                self._emit(value)
        else:
            self._emit(text)

    def set_value(self, value: Any) -> None:
        text = "; ".join(format_number(v) for v in value) if self.kind == "list" else str(value)
        self._shown = text
        self.edit.blockSignals(True)
        self.edit.setText(text)
        self.edit.blockSignals(False)

    def dirty(self) -> bool:
        return self.edit.text() != self._shown

    def focus_widget(self) -> QWidget:
        return self.edit


class TableEditor(FieldEditor):
    """A small table for a tuple of sub-records (demand surges), with add and remove buttons."""

    def __init__(self, key: str, info: FieldInfo, model: type[BaseModel], parent: QWidget | None = None) -> None:
        super().__init__(key, info, parent)
        self.model = model
        self.names = list(model.model_fields)
        box = QVBoxLayout()
        self.layout_.addLayout(box, 1)
        self.table = QTableWidget(0, len(self.names))
        heads = []
        for n in self.names:
            f = model.model_fields[n]
            text = "\n".join(textwrap.wrap(lang.field_label(f, n), 12))  # headings whole, a word per line if need be
            heads.append(f"{text}\n({lang.unit(f)})" if lang.unit(f) else text)
        self.table.setHorizontalHeaderLabels(heads)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(110)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.table.itemChanged.connect(lambda _item: self._emit(self.rows()))
        box.addWidget(self.table)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Lägg till rad"))
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("Ta bort markerad rad"))
        remove.clicked.connect(self._remove)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        box.addLayout(buttons)

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.table.rowCount()):
            row = {}
            for c, name in enumerate(self.names):
                item = self.table.item(r, c)
                row[name] = parse_number(item.text() if item else "")
            out.append(row)
        return out

    def _add(self) -> None:
        default = self.model()
        self._emit([*self.rows(), {n: getattr(default, n) for n in self.names}])

    def _remove(self) -> None:
        rows = self.rows()
        r = self.table.currentRow()
        if 0 <= r < len(rows):
            del rows[r]
            self._emit(rows)

    def set_value(self, value: Any) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(value))
        for r, record in enumerate(value):
            for c, name in enumerate(self.names):
                self.table.setItem(r, c, QTableWidgetItem(format_number(getattr(record, name))))
        self.table.blockSignals(False)

    def focus_widget(self) -> QWidget:
        return self.table


def make_editor(key: str, info: FieldInfo, parent: QWidget | None = None) -> FieldEditor:
    """The right editor for a field's type."""
    ann = info.annotation
    origin = typing.get_origin(ann)
    if ann is bool:
        return BoolEditor(key, info, parent)
    if origin is typing.Literal:
        return ChoiceEditor(key, info, parent)
    if origin is tuple:
        inner = typing.get_args(ann)[0]
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            return TableEditor(key, info, inner, parent)
        return TextEditor(key, info, "list", parent)
    if ann is int:
        lo, hi = bounds(info)
        if (hi is not None and hi > INT32_MAX) or (lo is not None and lo < -INT32_MAX):
            return TextEditor(key, info, "int", parent)
        return NumberEditor(key, info, True, parent)
    if ann is float:
        return NumberEditor(key, info, False, parent)
    return TextEditor(key, info, "text", parent)


class FieldRow(QWidget):
    """Label, editor with unit, allowed range in grey, and a red message when a value is refused."""

    def __init__(self, key: str, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self.info = key, info
        self.editor = make_editor(key, info, self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 6)
        box.setSpacing(2)
        self.label = QLabel(lang.field_label(info, key))
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-weight: 600;")
        if not isinstance(self.editor, BoolEditor):
            box.addWidget(self.label)
            self.label.setBuddy(self.editor.focus_widget())
        box.addWidget(self.editor)
        allowed = display.range_text(key, info) if isinstance(self.editor, NumberEditor | TextEditor) else ""
        self.range_label = QLabel(self.tr("Tillåtet: %1").replace("%1", allowed) if allowed else "")
        self.range_label.setStyleSheet("color: #555; font-size: 11px;")
        self.range_label.setVisible(bool(allowed))
        box.addWidget(self.range_label)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b71c1c; font-weight: 600;")
        self.error_label.setVisible(False)
        box.addWidget(self.error_label)
        tip = self._tooltip()
        for w in (self.label, self.editor, self.editor.focus_widget()):
            w.setToolTip(tip)

    def _tooltip(self) -> str:
        parts = [f"<b>{lang.field_label(self.info, self.key)}</b>"]
        if self.info.description:
            parts.append(self.info.description)
        if display.is_percent(self.info):
            parts.append(self.tr("Anges i procent; scenariofilen sparar andelen (38 % som 0.38)."))
        source = lang.extra(self.info).get("source")
        if source:
            parts.append(self.tr("Källa: %1").replace("%1", str(source)))
        parts.append("<span style='color:#666'>" + self.tr("I scenariofilen: %1").replace("%1", self.key) + "</span>")
        return "<br>".join(parts)

    def set_value(self, value: Any) -> None:
        self.editor.set_value(value)

    def dirty(self) -> bool:
        """Typed text not applied, or a refused value still in view."""
        return bool(self.error) or self.editor.dirty()

    def set_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))
        self.editor.focus_widget().setStyleSheet(INVALID_STYLE if message else "")

    @property
    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""
