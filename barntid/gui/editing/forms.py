"""The scenario editor: pages of field rows generated from the schema, with a list to pick the page."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from barntid.gui.editing.display import ADVANCED
from barntid.gui.editing.fields import FieldRow
from barntid.gui.editing.labels import PAGES, page_title
from barntid.sim.scenario.io import Problem, get
from barntid.sim.scenario.schema import Scenario


def section_keys(section: str) -> list[str]:
    """Dotted keys of a section's fields ('' = the scenario's own fields such as name)."""
    if not section:
        return [n for n, f in Scenario.model_fields.items()
                if not (isinstance(f.annotation, type) and issubclass(f.annotation, BaseModel))
                and n not in ("schema_version", "timeline")]  # the timeline has an editor of its own
    model = Scenario.model_fields[section].annotation
    assert isinstance(model, type) and issubclass(model, BaseModel)
    return [f"{section}.{n}" for n in model.model_fields]


def _info(key: str) -> Any:
    parts = key.split(".")
    if len(parts) == 1:
        return Scenario.model_fields[key]
    model = Scenario.model_fields[parts[0]].annotation
    return model.model_fields[parts[1]]  # type: ignore[union-attr]


class Advanced(QWidget):
    """A heading that folds away a page's technical settings ("Avancerat"), closed to begin with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QToolButton()
        self.button.setText(self.tr("Avancerat"))
        self.button.setToolTip(self.tr("Tekniska inställningar för simuleringen, som sällan behöver ändras"))
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.button.setStyleSheet("QToolButton { border: none; font-weight: 600; padding: 4px 0; }")
        self.body = QWidget()
        self.box = QVBoxLayout(self.body)
        self.box.setContentsMargins(12, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.body)
        self.button.toggled.connect(self.set_open)
        self.set_open(False)

    def set_open(self, on: bool) -> None:
        self.button.setChecked(on)
        self.button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)


class ScenarioForm(QWidget):
    """Emits edit_requested(key, value); shows the scenario it is given and the problems it is told of. A value
    the form refuses itself (outside the range) is marked and `refused(key, message)` says so; Ctrl+Z in a
    field first drops what was typed there, then asks for the scenario's undo (`undo_requested`)."""

    edit_requested = Signal(str, object)
    refused = Signal(str, str)
    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, FieldRow] = {}
        self.advanced: dict[str, Advanced] = {}
        self._shown: Scenario | None = None
        self.nav = QListWidget()
        self.nav.setFixedWidth(185)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet("QListWidget { font-size: 13px; } QListWidget::item { padding: 6px 4px; }")
        self.pages = QStackedWidget()
        for title, sections in PAGES:
            self.nav.addItem(page_title(title))
            self.pages.addWidget(self._page(sections))
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)

    def _page(self, sections: tuple[str, ...]) -> QWidget:
        body = QWidget()
        box = QVBoxLayout(body)
        advanced = Advanced(body)
        for section in sections:
            for key in section_keys(section):
                row = FieldRow(key, _info(key), body)
                row.editor.edited.connect(self.edit_requested)
                row.editor.invalid.connect(self._refuse)
                row.editor.undo_key.connect(self._undo_key)
                self.rows[key] = row
                if key in ADVANCED:
                    advanced.box.addWidget(row)
                    self.advanced[key] = advanced
                else:
                    box.addWidget(row)
        if advanced.box.count():
            box.addWidget(advanced)
        else:
            advanced.deleteLater()
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(300)
        return scroll

    def add_page(self, title: str, page: QWidget) -> None:
        """A page a feature adds beside the schema's (the timeline), listed last."""
        self.nav.addItem(title)
        self.pages.addWidget(page)

    def show_page(self, page: QWidget) -> None:
        index = self.pages.indexOf(page)
        if index >= 0:
            self.nav.setCurrentRow(index)

    def show_page_of(self, key: str) -> None:
        if key in self.advanced:
            self.advanced[key].set_open(True)
        for i, (_title, sections) in enumerate(PAGES):
            if key.split(".")[0] in sections or ("" in sections and "." not in key):
                self.nav.setCurrentRow(i)
                return

    def _refuse(self, key: str, message: str) -> None:
        if key in self.advanced:
            self.advanced[key].set_open(True)
        self.rows[key].set_error(message)
        self.refused.emit(key, message)

    def _undo_key(self, key: str, kind: str) -> None:
        """Ctrl+Z in a field: drop typed or refused text first; otherwise the scenario's undo or redo."""
        row = self.rows[key]
        if row.dirty() and self._shown is not None:
            row.set_value(get(self._shown, key))
            row.set_error(None)
        elif kind == "undo":
            self.undo_requested.emit()
        else:
            self.redo_requested.emit()

    def invalid_rows(self) -> list[FieldRow]:
        """Fields that show a value the scenario does not hold (marked red), in the order of the pages."""
        return [row for row in self.rows.values() if row.error]

    def set_scenario(self, scenario: Scenario) -> None:
        """Show the scenario's values; a field whose value changed loses its error mark."""
        shown = self._shown
        for key, row in self.rows.items():
            value = get(scenario, key)
            if shown is None or get(shown, key) != value:
                row.set_value(value)
                row.set_error(None)
        self._shown = scenario

    def show_problems(self, key: str, problems: list[Problem]) -> None:
        """Mark the edited field with the core's messages (the scenario has not changed)."""
        row = self.rows.get(key)
        if row is None:
            return
        if key in self.advanced:
            self.advanced[key].set_open(True)
        row.set_error("\n".join(p.message for p in problems))

    def clear_problem(self, key: str) -> None:
        row = self.rows.get(key)
        if row is not None:
            row.set_error(None)

    def row(self, key: str) -> FieldRow:
        return self.rows[key]

