"""The main window: scenario form on the left; key figures, charts and the comparison table on the right."""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from barntid.gui import settings
from barntid.gui.decision import menu as decision_menu
from barntid.gui.document import autosave, conflict
from barntid.gui.document.autosave import Autosaver
from barntid.gui.document.document import ScenarioDocument
from barntid.gui.editing.forms import ScenarioForm
from barntid.gui.help import menu as help_menu
from barntid.gui.history.dialog import HistoryCommands
from barntid.gui.i18n import lang
from barntid.gui.newunit import menu as newunit_menu
from barntid.gui.report.job import ReportCommand
from barntid.gui.results.chart_base import ChartWidget
from barntid.gui.results.charts import (
    CaseloadChart,
    ContactShareChart,
    CostChart,
    DeadlineChart,
    StaffChart,
    TimeUseChart,
)
from barntid.gui.results.compare import CompareTable, Comparison, Entry
from barntid.gui.results.export import export_chart, export_results
from barntid.gui.results.kpi_panel import KpiPanel, shown_state
from barntid.gui.tasks.runs import RunController
from barntid.gui.tasks.throttle import Throttle
from barntid.gui.theme_day.room import Room
from barntid.gui.theme_day.storylines import StorylineCommands
from barntid.gui.theme_day.view import ThemeDayView
from barntid.gui.timeline import menu as timeline_menu
from barntid.gui.window import menus
from barntid.sim.experiment import plausibility
from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.scenario.io import Problem, ScenarioError
from barntid.sim.scenario.schema import Scenario
from barntid.sim.scenario.shipped import scenarios_dir

REFRESH_MS = 300
QUICK_REPLICATIONS = 4
QUICK_YEARS = 1.0
TOML_FILTER = "Barntid-scenario (*.toml)"


class MainWindow(QMainWindow):
    """Signals for tests and the screenshot mode: run_finished(result, tag), run_cancelled, run_failed.

    Run tags: 'full' (Run; kept in the history), 'quick' and 'refine' (theme day), 'history' (a past run
    reopened). The run history, the committee report, storylines and the guide are `histories`, `reports`,
    `storylines` and `help`."""

    run_finished = Signal(object, str)
    run_cancelled = Signal(object)
    run_failed = Signal(str)

    def __init__(self, pool: ProcessPoolExecutor | None = None, workers: int | None = None,
                 fullscreen_theme_day: bool = True) -> None:
        super().__init__()
        self.fullscreen_theme_day = fullscreen_theme_day
        self.interactive = True
        self.document = ScenarioDocument(self)
        self.runner = RunController(pool, workers, self)
        self.comparison = Comparison()
        self.current: ExperimentResult | None = None
        self.result_is_stale = False
        self._was_maximized = False
        self.autosaver = Autosaver(self.document, self)
        self._build_ui()
        self.histories = HistoryCommands(self)
        self.reports = ReportCommand(self)
        self.storylines = StorylineCommands(self, self.theme_view)
        self.actions_ = menus.build(self)
        self.decision_menu = decision_menu.install(self)
        self.help = help_menu.install(self)
        self.new_unit = newunit_menu.install(self)
        self.timeline = timeline_menu.install(self)
        self._connect()
        self.document.new()
        self.setMinimumSize(1000, 700)

    # -- construction ------------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.form = ScenarioForm()
        self.kpis = KpiPanel()
        self.contact_chart, self.time_chart = ContactShareChart(), TimeUseChart()
        self.staff_chart, self.caseload_chart = StaffChart(), CaseloadChart()
        self.deadline_chart, self.cost_chart = DeadlineChart(), CostChart()
        self.charts: list[ChartWidget] = [self.contact_chart, self.time_chart, self.staff_chart,
                                          self.caseload_chart, self.deadline_chart, self.cost_chart]
        self.compare_table = CompareTable()
        self.tabs = QTabWidget()
        for title, pair in ((self.tr("Kontakttid och tidsanvändning"), (self.contact_chart, self.time_chart)),
                            (self.tr("Bemanning och ärenden"), (self.staff_chart, self.caseload_chart)),
                            (self.tr("Tidsgränser och kostnad"), (self.deadline_chart, self.cost_chart))):
            page = QWidget()
            row = QHBoxLayout(page)
            row.setContentsMargins(4, 4, 4, 4)
            for chart in pair:
                row.addWidget(chart, 1)
            self.tabs.addTab(page, title)
        compare_page = QWidget()
        box = QVBoxLayout(compare_page)
        self.compare_note = QLabel(self.tr(
            "Fäst ett resultat som jämförelse (Ctrl+B), ändra scenariot och kör igen. Båda körs med samma slump, "
            "så skillnaden beror på ändringen; 95 %-intervallet visar hur säker den är, och fetstil betyder att "
            "intervallet inte innehåller noll. p.e. = procentenheter."))
        self.compare_note.setWordWrap(True)
        box.addWidget(self.compare_note)
        box.addWidget(self.compare_table, 1)
        self.tabs.addTab(compare_page, self.tr("Jämförelse (tabell)"))
        self.tabs.setStyleSheet("QTabBar::tab { padding: 6px 14px; font-size: 13px; }")

        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(6, 0, 0, 0)
        rbox.addWidget(self.kpis)
        rbox.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.form)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 1100])
        splitter.setChildrenCollapsible(False)
        self.theme_view = ThemeDayView()
        self.stack = QStackedWidget()
        self.normal_view = splitter
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.theme_view)
        self.setCentralWidget(self.stack)

        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v av %m körningar"))
        self.progress.setMinimumWidth(260)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Avbryt"))
        self.cancel_button.setVisible(False)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.redraws = Throttle(self._show, REFRESH_MS, self)
        self.theme_rerun = QTimer(self)
        self.theme_rerun.setSingleShot(True)
        self.theme_rerun.setInterval(0)
        self.theme_rerun.timeout.connect(lambda: self.run("quick"))

    def _connect(self) -> None:
        self.form.edit_requested.connect(self.edit)
        self.form.refused.connect(lambda _key, message: self.statusBar().showMessage(message, 10000))
        self.form.undo_requested.connect(self.document.undo_stack.undo)
        self.form.redo_requested.connect(self.document.undo_stack.redo)
        self.document.scenario_changed.connect(self._on_scenario_changed)
        self.document.file_changed.connect(self._update_title)
        self.document.undo_stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self.cancel_button.clicked.connect(self.cancel_run)
        self.runner.progressed.connect(self._on_progress)
        self.runner.completed.connect(self._on_completed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.failed.connect(self._on_failed)
        self.runner.busy_changed.connect(self._on_busy)
        self.theme_view.changes_requested.connect(self._on_theme_changes)
        self.theme_view.exit_requested.connect(lambda: self.set_theme_day(False))
        self.theme_view.pin_requested.connect(self.pin_baseline)
        self.autosaver.failed.connect(lambda text: self.statusBar().showMessage(
            self.tr("Kunde inte autospara: %1").replace("%1", text), 10000))

    # -- messages ----------------------------------------------------------------------------------------
    def show_error(self, title: str, text: str) -> None:
        """A message box; without a user at the screen (screenshot mode) the message goes to stderr."""
        if self.interactive:
            QMessageBox.critical(self, title, text)
        else:
            print(f"{title}:\n{text}", file=sys.stderr)

    def show_message(self, title: str, text: str) -> None:
        """A warning the user should read once (not an error of theirs); stderr in screenshot mode."""
        if self.interactive:
            QMessageBox.warning(self, title, text)
        else:
            print(f"{title}:\n{text}", file=sys.stderr)

    @staticmethod
    def problem_line(p: Problem) -> str:
        """A problem as the user reads it: the field's label, not its key in the file (unknown keys keep theirs)."""
        return f"{p.label}: {p.message}" if p.label else str(p)

    def problems_text(self, exc: ScenarioError) -> str:
        lines = [f"• {self.problem_line(p)}" for p in exc.problems] or [str(exc)]
        head = f"{exc.source}\n\n" if exc.source else ""
        return head + "\n".join(lines)

    # -- files -------------------------------------------------------------------------------------------
    def _update_title(self) -> None:
        path = self.document.path
        shown = path.name if path else self.tr("ej sparad")
        self.setWindowTitle(f"{self.document.scenario.name} ({shown})[*] – Barntid")
        self.setWindowModified(self.document.modified)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes. True if it is fine to continue (saved or discarded)."""
        if not self.document.modified:
            return True
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.warning(self, self.tr("Osparade ändringar"),
                                     self.tr("Scenariot har ändrats. Vill du spara ändringarna?"), buttons,
                                     QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_file(self) -> None:
        if self.maybe_save():
            keep = self.keep_comparison()
            self.document.new()
            self.forget_results(keep)

    def keep_comparison(self) -> bool:
        """Whether a pinned comparison stays when another scenario is opened or started (asks; kept by default)."""
        if self.comparison.baseline is None or not self.interactive:
            return True
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, self.tr("Behålla jämförelsen?"), self.tr(
            "Ett resultat är fäst som jämförelse. Vill du behålla det, så att nästa körning jämförs med det?"),
            buttons, QMessageBox.StandardButton.Yes)
        return answer != QMessageBox.StandardButton.No

    def open_file(self, path: str | Path | None = None) -> bool:
        if not self.maybe_save():
            return False
        if path is None:
            shipped = scenarios_dir()  # the examples, also inside the bundle, where a user would not find them
            start = str(self.document.path.parent if self.document.path else shipped or "")
            chosen, _f = QFileDialog.getOpenFileName(self, self.tr("Öppna scenario"), start, TOML_FILTER)
            if not chosen:
                return False
            path = chosen
        try:
            self.document.open(path)
        except ScenarioError as exc:
            self.show_error(self.tr("Kan inte öppna scenariot"), self.problems_text(exc))
            return False
        settings.add_recent_file(path)
        self.forget_results(self.keep_comparison())
        self.statusBar().showMessage(self.tr("Öppnade %1").replace("%1", str(path)), 5000)
        if self.document.note:
            self.statusBar().showMessage(self.document.note, 15000)
            self.show_message(self.tr("Filens teckenkodning"), f"{path}\n\n{self.document.note}")
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        start = str(self.document.path or Path.cwd() / "scenario.toml")
        chosen, _f = QFileDialog.getSaveFileName(self, self.tr("Spara scenario som"), start, TOML_FILTER)
        if not chosen:
            return False
        path = Path(chosen)
        return self._save_to(path if path.suffix else path.with_suffix(".toml"))

    def _save_to(self, path: Path) -> bool:
        """Save to path; if it is the open file and another program changed or removed it meanwhile, ask first
        (Skriv över / Spara som … / Avbryt). Whatever the answer, the edits stay in the document."""
        own = self.document.path
        same = own is not None and os.path.realpath(path) == os.path.realpath(own)
        change = self.document.disk_change() if same else None
        if change is not None:
            answer = conflict.ask_disk_change(self, path, change)
            if answer == "save_as":
                return self.save_as()
            if answer == "cancel":
                self.statusBar().showMessage(self.tr("Sparades inte: %1").replace("%1", str(path)), 8000)
                return False
        try:
            self.document.save(path)
        except OSError as exc:
            self.show_error(self.tr("Kan inte spara"), f"{path}\n\n{exc.strerror or exc}")
            return False
        settings.add_recent_file(path)
        self.statusBar().showMessage(self.tr("Sparade %1").replace("%1", str(path)), 5000)
        return True

    def fill_recent_menu(self) -> None:
        menu = self.actions_.recent
        menu.clear()
        files = settings.recent_files()
        for f in files:
            menu.addAction(f, partial(self.open_file, f))
        if not files:
            menu.addAction(self.tr("(inga)")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Töm listan"), settings.clear_recent_files)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.maybe_save():
            event.ignore()
            return
        self.redraws.cancel()
        self.histories.close()  # before the pool it borrows goes
        self.storylines.close()
        self.runner.shutdown()
        self.reports.job.cancel()
        self.autosaver.stop()
        event.accept()

    def offer_restore(self) -> bool:
        """Offer autosaves left by a Barntid that ended without saving (crash, killed); True if restored.
        A data folder that cannot be written is said in the status bar; the program works on without it."""
        try:
            autosave.folder()
        except OSError as exc:
            self.autosaver.failed.emit(f"{exc.strerror or exc}: {exc.filename or ''}")
            return False
        for item in autosave.pending():
            if not autosave.ask_restore(self, item):
                item.remove()
                continue
            try:
                self.document.restore(item.text, item.original)
            except ScenarioError as exc:
                self.show_error(self.tr("Kan inte återställa"), self.problems_text(exc))
                item.remove()
                continue
            item.remove()
            self.autosaver.write()  # kept under this window's name from now on
            self.forget_results()
            self.statusBar().showMessage(self.tr("Osparade ändringar återställda."), 8000)
            return True
        return False

    # -- editing -----------------------------------------------------------------------------------------
    def edit(self, key: str, value: Any) -> bool:
        """Apply one field edit through the core's validation; mark the field if refused."""
        problems = self.document.change({key: value})
        if problems:
            self.form.show_problems(key, problems)
            self.statusBar().showMessage(self.tr("Värdet användes inte: %1").replace(
                "%1", "; ".join(self.problem_line(p) for p in problems)), 10000)
            return False
        self.form.clear_problem(key)
        return True

    def _on_scenario_changed(self, scenario: Scenario) -> None:
        self.form.set_scenario(scenario)
        self.theme_view.set_scenario(scenario)
        self._update_title()
        if self.is_theme_day:
            self.theme_view.show_stale()
            self.theme_rerun.start()  # any change on theme day, undo included, re-runs (coalesced)
        if self.current is not None and self.current.scenario != scenario:
            self.result_is_stale = True
            self.kpis.status.setText(self.tr("Scenariot har ändrats sedan körningen – kör igen (F5) för nya "
                                             "resultat."))

    def add_form_page(self, title: str, page: QWidget) -> None:
        self.form.add_page(title, page)

    def show_form_page(self, page: QWidget) -> None:
        if self.is_theme_day:
            self.set_theme_day(False)
        self.form.show_page(page)

    # -- running -----------------------------------------------------------------------------------------
    def run(self, tag: str = "full", replications: int | None = None) -> bool:
        sc = self.document.scenario
        if tag == "full" and not self._form_is_valid():
            return False
        if tag == "quick" and self.runner.is_cached(sc):
            tag = "refine"  # the full result is kept: show it at once, without an estimate first
        try:
            plausibility.check_meaningful(sc)
            if tag == "quick":
                self.runner.start(sc, min(QUICK_REPLICATIONS, sc.simulation.replications),
                                  min(QUICK_YEARS, sc.simulation.years), tag)
            else:
                self.runner.start(sc, replications, tag=tag)
        except ScenarioError as exc:
            self.show_error(self.tr("Kan inte köra scenariot"), self.problems_text(exc))
            return False
        if self.runner.busy:  # else the result was kept from an identical run and is shown already
            self.progress.setRange(0, 0)
            self.statusBar().showMessage(self.tr("Kör %1 …").replace("%1", sc.name))
        return True

    def has_invalid_fields(self) -> bool:
        return bool(self.form.invalid_rows())

    def _form_is_valid(self) -> bool:
        """False, saying which fields and why, if a field shows a value the scenario does not hold (red)."""
        invalid = self.form.invalid_rows()
        if not invalid:
            return True
        self.form.show_page_of(invalid[0].key)
        invalid[0].editor.focus_widget().setFocus()
        lines = "\n".join(f"• {row.error}" for row in invalid)
        self.statusBar().showMessage(self.tr("Kördes inte: ett fält har ett ogiltigt värde."), 10000)
        self.show_error(self.tr("Kan inte köra scenariot"), self.tr(
            "Rätta de markerade fälten först (eller ångra med Ctrl+Z); annars skulle körningen använda de gamla "
            "värdena.\n\n%1").replace("%1", lines))
        return False

    def cancel_run(self) -> None:
        self.runner.cancel()

    def _on_busy(self, busy: bool) -> None:
        self.actions_.cancel.setEnabled(busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def _on_progress(self, done: int, total: int, result: ExperimentResult, tag: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.theme_view.show_progress(self._theme_status(tag, done, total), done, total)
        if tag == "quick" or (tag == "refine" and self.is_theme_day):
            return  # in front of a room a figure changes once: from the quick estimate to the final one
        self.current = result
        self.result_is_stale = False
        self.redraws.request()

    def _on_completed(self, result: ExperimentResult, tag: str) -> None:
        self.redraws.cancel()
        self.current = result
        self.result_is_stale = False
        self.refresh()
        n = len(result.replications)
        self.statusBar().showMessage(self.tr("Klart: %1 körningar").replace("%1", str(n)), 8000)
        self.theme_view.show_progress(self._theme_status(tag, n, n))
        self.histories.run_completed(result, tag)
        if tag == "quick" and self.is_theme_day:
            self.run("refine")
        self.run_finished.emit(result, tag)

    def _on_cancelled(self, result: ExperimentResult, _tag: str) -> None:
        self.redraws.cancel()
        if result.replications:
            self.current = result
        self.refresh()
        self.statusBar().showMessage(self.tr("Körningen avbröts efter %1 körningar.").replace(
            "%1", str(len(result.replications))), 8000)
        self.run_cancelled.emit(result)

    def _on_failed(self, message: str, _tag: str) -> None:
        self.redraws.cancel()
        self.statusBar().showMessage(self.tr("Körningen misslyckades."), 8000)
        self.show_error(self.tr("Körningen misslyckades"), message)
        self.run_failed.emit(message)

    def _theme_status(self, tag: str, done: int, total: int) -> str:
        if tag == "quick":
            years = lang.number(min(QUICK_YEARS, self.document.scenario.simulation.years), 2)
            return (self.tr("Snabb uppskattning: %1 av %2 körningar à %3 år …")
                    .replace("%1", str(done)).replace("%2", str(total)).replace("%3", years))
        if done < total:
            return self.tr("Förfinar: %1 av %2 körningar …").replace("%1", str(done)).replace("%2", str(total))
        return self.tr("Klart: %1 körningar.").replace("%1", str(done))

    # -- showing results ---------------------------------------------------------------------------------
    def entries(self) -> list[Entry]:
        return self.comparison.entries(self.current)

    def refresh(self) -> None:
        """Show the current result everywhere now (while a run goes on, `redraws` keeps to a share of a core)."""
        self.redraws.now()

    def _show(self) -> None:
        entries = self.entries()
        base = self.comparison.baseline
        shown = self.current if self.current is not None else base
        running = self.runner.busy
        if self.is_theme_day:
            state = shown_state(shown, self.document.scenario, running)
            self.theme_view.show_results(entries, shown, base, state)
            return
        self.kpis.show_result(shown, base, running)
        for chart in self.charts:
            chart.set_entries(entries)
        self.compare_table.set_entries(entries)

    def forget_results(self, keep_comparison: bool = False) -> None:
        self.runner.cancel(quiet=True)
        self.current = None
        if not keep_comparison:
            self.comparison.clear()
        self.kpis.show_result(None)
        self.refresh()

    # -- comparing ---------------------------------------------------------------------------------------
    def pin_baseline(self) -> None:
        if self.current is None:
            self.statusBar().showMessage(self.tr("Kör scenariot först – det finns inget resultat att fästa."), 6000)
            return
        self.comparison.pin_baseline(self.current)
        self.statusBar().showMessage(self.tr("Resultatet är fäst som jämförelse. Ändra scenariot och kör igen."),
                                     8000)
        self.refresh()

    def add_variant(self) -> None:
        if self.current is None:
            return
        self.comparison.add_variant(self.current)
        self.refresh()

    def clear_comparison(self) -> None:
        self.comparison.clear()
        self.refresh()

    # -- export ------------------------------------------------------------------------------------------
    def export_chart(self, chart: ChartWidget) -> Path | None:
        filters = "PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"
        start = str(Path.cwd() / "diagram.png")
        chosen, selected = QFileDialog.getSaveFileName(self, self.tr("Exportera diagram"), start, filters)
        if not chosen:
            return None
        try:
            return export_chart(chart, self._suffixed(chosen, selected, (".png", ".svg", ".pdf")))
        except (OSError, ValueError) as exc:
            self.show_error(self.tr("Kan inte exportera"), str(exc))
            return None

    def export_results(self) -> Path | None:
        entries = self.entries()
        if not entries:
            self.statusBar().showMessage(self.tr("Det finns inga resultat att exportera ännu."), 6000)
            return None
        filters = "Excel (*.xlsx);;CSV (*.csv)"
        chosen, selected = QFileDialog.getSaveFileName(self, self.tr("Exportera resultat"),
                                                       str(Path.cwd() / "resultat.xlsx"), filters)
        if not chosen:
            return None
        try:
            return export_results(entries, self._suffixed(chosen, selected, (".xlsx", ".csv")))
        except OSError as exc:
            self.show_error(self.tr("Kan inte exportera"), f"{chosen}\n\n{exc.strerror or exc}")
            return None

    @staticmethod
    def _suffixed(chosen: str, selected: str, suffixes: tuple[str, ...]) -> Path:
        p = Path(chosen)
        if p.suffix.lower() in suffixes:
            return p
        wanted = next((s for s in suffixes if s in selected), suffixes[0])
        return p.with_name(p.name + wanted)

    # -- theme day ---------------------------------------------------------------------------------------
    @property
    def is_theme_day(self) -> bool:
        return self.stack.currentWidget() is self.theme_view

    def set_theme_day(self, on: bool) -> None:
        if on == self.is_theme_day:
            return
        self.actions_.theme_day.setChecked(on)
        self.actions_.cancel.setShortcut("" if on else "Esc")  # on theme day Esc leaves it
        self.menuBar().setVisible(not on)
        self.actions_.toolbar.setVisible(not on)
        self.statusBar().setVisible(not on)
        self.stack.setCurrentWidget(self.theme_view if on else self.normal_view)
        if on:
            self._was_maximized = self.isMaximized()
            if self.fullscreen_theme_day:
                self.showFullScreen()
            screen = self.screen()
            self.setStyleSheet(Room(screen.geometry().height() if screen else 1000).dialog_style())
            if self.storylines.player.storyline is None:
                self.theme_view.fix_axes([self.document.scenario])
            self.storylines.enable_keys(on)
            self.theme_view.set_scenario(self.document.scenario)
            self.refresh()
            if self.current is None or self.result_is_stale:
                self.run("quick")
        else:
            self.storylines.enable_keys(on)
            self.setStyleSheet("")
            if self.isFullScreen():
                self.showMaximized() if self._was_maximized else self.showNormal()
            self.refresh()

    def _on_theme_changes(self, changes: dict[str, Any]) -> None:
        for key, value in changes.items():
            self.edit(key, value)

    # -- settings ----------------------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        settings.set_language(code)
        QMessageBox.information(self, self.tr("Språk"), self.tr("Språket ändras nästa gång Barntid startas."))
