"""The timeline page: the plan's steps in date order (date, title, the changes in words) and buttons to add,
edit, move and remove a step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from barntid.gui.timeline.edits import sort_steps, steps_of
from barntid.gui.timeline.words import change_words
from barntid.present.calendar import week_start
from barntid.sim.scenario.schema import Scenario


def result_period(sc: Scenario) -> tuple[dt.date, dt.date]:
    """The first and the last day of the weeks the results are taken from (after the warm-up)."""
    first = week_start(sc.calendar.start_date, sc.simulation.warmup_weeks, 1)
    return first, first + dt.timedelta(days=round(365 * sc.simulation.years) - 1)


class TimelinePanel(QWidget):
    """Emits add_requested, edit_requested(row), move_requested(row) and remove_requested(row); rows are the
    steps in date order."""

    add_requested = Signal()
    edit_requested = Signal(int)
    move_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenario: Scenario | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        heading = QLabel(self.tr("Tidslinje: en plan i steg"))
        heading.setStyleSheet("font-size: 15px; font-weight: 700;")
        box.addWidget(heading)
        intro = QLabel(self.tr("Varje steg ändrar åtgärder eller tjänster från sitt datum, t.ex. bärbara datorer "
                               "från september och en assistent från januari. Nya tjänster tillsätts efter "
                               "rekryteringstiden och nya arbetssätt har en inlärningstid. Diagrammen visar ett "
                               "streck vid varje steg och nyckeltalen när målet nås."))
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.period = QLabel()
        self.period.setWordWrap(True)
        self.period.setStyleSheet("color: #455a64;")
        box.addWidget(self.period)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Datum"), self.tr("Rubrik"), self.tr("Ändringar")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 130)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemDoubleClicked.connect(lambda item: self.edit_requested.emit(item.row()))
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        box.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Inga steg ännu. Hela körningen har scenariots inställningar; lägg till ett "
                                    "steg för att ändra något under körningen."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #607d8b;")
        box.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Lägg till steg …"))
        self.edit_button = QPushButton(self.tr("Ändra …"))
        self.move_button = QPushButton(self.tr("Flytta …"))
        self.remove_button = QPushButton(self.tr("Ta bort"))
        self.add_button.setToolTip(self.tr("Ett nytt steg med datum, rubrik och ändringar"))
        self.edit_button.setToolTip(self.tr("Ändra det markerade stegets datum, rubrik eller ändringar"))
        self.move_button.setToolTip(self.tr("Ge det markerade steget ett annat datum"))
        self.remove_button.setToolTip(self.tr("Ta bort det markerade steget (ångra med Ctrl+Z)"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._selected(self.edit_requested))
        self.move_button.clicked.connect(lambda: self._selected(self.move_requested))
        self.remove_button.clicked.connect(lambda: self._selected(self.remove_requested))
        for b in (self.add_button, self.edit_button, self.move_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box.addLayout(buttons)
        hint = QLabel(self.tr("Varje ändring kan ångras (Ctrl+Z) och göras om (Ctrl+Shift+Z). Tidslinjen sparas "
                              "med scenariot."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #607d8b; font-size: 11px;")
        box.addWidget(hint)
        self._sync_buttons()

    def _selected(self, signal: object) -> None:
        row = self.current_row()
        if row >= 0:
            signal.emit(row)  # type: ignore[attr-defined]

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)

    def _sync_buttons(self) -> None:
        chosen = self.current_row() >= 0
        for b in (self.edit_button, self.move_button, self.remove_button):
            b.setEnabled(chosen)

    def set_scenario(self, sc: Scenario) -> None:
        if self.scenario is not None and sc.timeline == self.scenario.timeline \
                and sc.calendar == self.scenario.calendar and sc.simulation == self.scenario.simulation:
            self.scenario = sc
            return
        self.scenario = sc
        row = self.current_row()
        start = sc.calendar.start_date
        first, last = result_period(sc)
        self.period.setText(self.tr("Körningen börjar %1; resultaten och diagrammen gäller %2 – %3 (efter "
                                    "inkörningen). Ett steg på eller före startdatumet gäller redan från start.")
                            .replace("%1", start.isoformat()).replace("%2", first.isoformat())
                            .replace("%3", last.isoformat()))
        steps = sort_steps(steps_of(sc))
        self.table.setRowCount(len(steps))
        for r, step in enumerate(steps):
            when: dt.date = step["date"]
            date_text = when.isoformat()
            note = ""
            if when <= start:
                note = self.tr("gäller från start")
            elif when > last:
                note = self.tr("efter körningens slut")
            elif when < first:
                note = self.tr("under inkörningen")
            date_item = QTableWidgetItem(f"{date_text}\n({note})" if note else date_text)
            title_item = QTableWidgetItem(str(step["title"]))
            changes = [change_words(k, v) for k, v in step["changes"].items()]
            change_item = QTableWidgetItem("\n".join(changes) or self.tr("(inga ändringar)"))
            for item in (date_item, title_item, change_item):
                item.setToolTip(f"{date_text} {step['title']}\n" + "\n".join(changes))
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if note in (self.tr("efter körningens slut"),):
                    item.setForeground(QBrush(QColor("#78909c")))
            self.table.setItem(r, 0, date_item)
            self.table.setItem(r, 1, title_item)
            self.table.setItem(r, 2, change_item)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not steps)
        if steps:
            self.select(min(max(row, 0), len(steps) - 1))
        self._sync_buttons()

    def row_texts(self, row: int) -> tuple[str, str, str]:
        """(date, title, changes) as shown in a row (for tests and screenshots)."""
        cells = [self.table.item(row, c) for c in range(3)]
        return tuple(c.text() if c is not None else "" for c in cells)  # type: ignore[return-value]
