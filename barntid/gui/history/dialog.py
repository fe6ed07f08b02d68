"""Run history in the application: finished runs are stored off the UI thread (`HistoryStore`); a dialog
lists them. A past run is reopened, or pinned as the comparison, by running its stored scenario again with its
seed: the same scenario and seed give the same numbers.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from barntid.gui.api import WindowApi
from barntid.gui.history.names import variant_names
from barntid.gui.history.store import HistoryStore
from barntid.gui.i18n import lang
from barntid.gui.tasks.runs import RunController
from barntid.sim.experiment.history import RunRecord
from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.scenario.io import ScenarioError, parse_text


def stored_contact_share(record: RunRecord) -> float:
    value = record.results.get("kpis", {}).get("contact_share", {}).get("mean")
    return float(value) if isinstance(value, int | float) else math.nan


class HistoryDialog(QDialog):
    """Körhistorik: past runs; reopen one as a new unsaved document, or use it as the comparison."""

    reopen_requested = Signal(object)
    baseline_requested = Signal(object)

    def __init__(self, records: list[RunRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Körhistorik"))
        self.resize(1000, 560)
        self.all_records = records
        self.records = records
        self.names = variant_names(records)
        box = QVBoxLayout(self)
        note = QLabel(self.tr("Varje färdig körning sparas här. Körningar av scenarier med samma namn visas med det "
                              "de ändrar. En körning som öppnas räknas om med samma slump och ger samma siffror."))
        note.setWordWrap(True)
        box.addWidget(note)
        themed = sum(r.kind == "theme_day" for r in records)
        self.theme_day = QCheckBox(self.tr("Visa temadagens körningar (%1)").replace("%1", str(themed)))
        self.theme_day.setToolTip(self.tr("Slutsiffrorna från temadagsläget, en för varje steg eller ändring"))
        self.theme_day.toggled.connect(self._fill)
        box.addWidget(self.theme_day)
        headers = [self.tr("Nr"), self.tr("Tid"), self.tr("Scenario"), self.tr("Var"), self.tr("Körningar"),
                   self.tr("Kontakttid")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(lambda _i: self._emit(self.reopen_requested))
        box.addWidget(self.table, 1)
        if not records:
            box.addWidget(QLabel(self.tr("Inga körningar ännu. Kör ett scenario (F5) så sparas det här.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("Öppna"))
        self.open_button.setToolTip(self.tr("Öppna körningens scenario som ett nytt, osparat dokument och visa "
                                            "resultatet"))
        self.baseline_button = QPushButton(self.tr("Använd som jämförelse"))
        self.baseline_button.setToolTip(self.tr("Fäst körningens resultat som jämförelse för det aktuella "
                                                "scenariot"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.baseline_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(lambda: self._emit(self.reopen_requested))
        self.baseline_button.clicked.connect(lambda: self._emit(self.baseline_requested))
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._fill()

    def _fill(self) -> None:
        """The rows: every ordinary run, and the theme day's when asked for."""
        shown = self.theme_day.isChecked()
        self.records = [r for r in self.all_records if shown or r.kind != "theme_day"]
        self.table.setRowCount(len(self.records))
        for row, rec in enumerate(self.records):
            share = stored_contact_share(rec)
            name, changes = self.names.get(rec.id, (rec.scenario_name, ""))
            where = self.tr("Temadag") if rec.kind == "theme_day" else self.tr("Huvudfönstret")
            cells = (str(rec.id), time.strftime("%Y-%m-%d %H:%M", time.localtime(rec.created)), name, where,
                     str(rec.replications), lang.percent(share) if math.isfinite(share) else "–")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (0, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 2:
                    item.setToolTip(f"{name}\n\n{changes}" if changes else name)
                if col == 4:
                    item.setToolTip(self.tr("Startvärde för slumpen: %1").replace("%1", str(rec.seed)))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if self.records:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> RunRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.baseline_button.setEnabled(chosen)

    def _emit(self, signal: SignalInstance) -> None:
        record = self.selected()
        if record is not None:
            signal.emit(record)
            self.accept()


class HistoryCommands(QObject):
    """The window's history: stores finished runs, shows the dialog, reopens a run or pins it as the comparison."""

    baseline_ready = Signal(object)

    def __init__(self, window: WindowApi) -> None:
        super().__init__(window.window())
        self.w = window
        self.action = QAction(self.tr("Kör&historik …"), window.window())
        self.action.setShortcut(QKeySequence("Ctrl+H"))
        tip = self.tr("Tidigare körningar: öppna en igen eller använd den som jämförelse")
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        self.action.triggered.connect(self.show)
        self.store = HistoryStore(self)
        self.dialog: HistoryDialog | None = None
        self.side_runner: RunController | None = None  # past runs computed again for the comparison
        self.reopened: RunRecord | None = None
        self.store.notice.connect(lambda text: window.show_message(self.tr("Körhistoriken"), text))
        self.store.failed.connect(lambda text: window.statusBar().showMessage(
            self.tr("Körningen kunde inte sparas i körhistoriken: %1").replace("%1", text), 10000))
        self.store.open()

    def run_completed(self, result: ExperimentResult, tag: str) -> None:
        """Keep every finished full run and a theme day's final figures; check a reopened run against what was
        stored. (A theme day's quick estimates are previews of the final figure and are not kept.)"""
        if tag == "full":
            self.store.add(result)
        elif tag == "refine":
            self.store.add(result, "theme_day")
        elif tag == "history" and self.reopened is not None:
            stored, now = stored_contact_share(self.reopened), result.kpis["contact_share"].mean
            self.reopened = None
            if math.isfinite(stored) and abs(now - stored) > 1e-5:
                note = self.tr("Obs: resultatet skiljer sig från det sparade (%1 mot %2); modellen har ändrats "
                               "sedan dess.")
                self.w.statusBar().showMessage(note.replace("%1", lang.percent(now, 2))
                                               .replace("%2", lang.percent(stored, 2)))

    def show(self) -> HistoryDialog | None:
        try:
            records = self.store.list()
        except Exception as exc:  # a locked or unreadable database must not end the program
            self.w.show_error(self.tr("Kan inte läsa körhistoriken"), str(exc))
            return None
        dialog = HistoryDialog(records, self.w.window())
        dialog.reopen_requested.connect(self.reopen)
        dialog.baseline_requested.connect(self.use_as_baseline)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.show()
        return dialog

    def _source(self, record: RunRecord) -> str:
        return self.tr("Körning %1 i körhistoriken").replace("%1", str(record.id))

    def reopen(self, record: RunRecord) -> bool:
        """A past run's scenario as a new unsaved document; its results are computed again (same seed)."""
        w = self.w
        if not w.maybe_save():
            return False
        try:
            w.document.open_text(record.scenario_toml, self._source(record))
        except ScenarioError as exc:
            w.show_error(self.tr("Kan inte öppna körningen"), w.problems_text(exc))
            return False
        w.runner.cancel(quiet=True)
        w.current = None
        w.refresh()
        self.reopened = record
        return w.run("history", record.replications)

    def use_as_baseline(self, record: RunRecord) -> bool:
        """Compute a past run again (same seed) and pin it as the comparison; the document is untouched."""
        w = self.w
        try:
            scenario = parse_text(record.scenario_toml, self._source(record))
        except ScenarioError as exc:
            w.show_error(self.tr("Kan inte använda körningen"), w.problems_text(exc))
            return False
        if self.side_runner is None:
            w.runner.warm_up()
            self.side_runner = RunController(w.runner.pool, w.runner.workers, self)
            self.side_runner.completed.connect(self._baseline_completed)
            self.side_runner.failed.connect(lambda message, _t: w.show_error(self.tr("Körningen misslyckades"),
                                                                             message))
        self.side_runner.start(scenario, record.replications, tag="baseline")
        w.statusBar().showMessage(self.tr("Räknar fram körning %1 som jämförelse …").replace("%1", str(record.id)))
        return True

    def _baseline_completed(self, result: ExperimentResult, _tag: str) -> None:
        self.w.comparison.pin_baseline(result)
        self.w.statusBar().showMessage(self.tr("Körningen är fäst som jämförelse."), 8000)
        self.w.refresh()
        self.baseline_ready.emit(result)

    def close(self) -> None:
        if self.side_runner is not None:
            self.side_runner.shutdown()
        self.store.close()
