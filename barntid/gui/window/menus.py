"""The main window's actions, menus and tool bar (Swedish source text, translated when English is chosen)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from barntid.gui.document.document import ScenarioDocument
from barntid.gui.history.dialog import HistoryCommands
from barntid.gui.i18n import lang
from barntid.gui.report.job import ReportCommand
from barntid.gui.results.chart_base import ChartWidget
from barntid.gui.theme_day.storylines import StorylineCommands


class MenuHost(Protocol):
    """What the menus call on the main window (the window satisfies it; menus never import the window)."""

    document: ScenarioDocument
    histories: HistoryCommands
    reports: ReportCommand
    storylines: StorylineCommands

    @property
    def charts(self) -> Sequence[ChartWidget]: ...

    def window(self) -> QWidget: ...
    def addAction(self, action: QAction) -> None: ...  # noqa: N802 - Qt's name
    def addToolBar(self, title: str) -> QToolBar: ...  # noqa: N802 - Qt's name
    def menuBar(self) -> QMenuBar: ...  # noqa: N802 - Qt's name
    def close(self) -> bool: ...
    def new_file(self) -> None: ...
    def open_file(self, path: str | Path | None = None) -> bool: ...
    def save(self) -> bool: ...
    def save_as(self) -> bool: ...
    def run(self, tag: str = "full", replications: int | None = None) -> bool: ...
    def cancel_run(self) -> None: ...
    def pin_baseline(self) -> None: ...
    def add_variant(self) -> None: ...
    def clear_comparison(self) -> None: ...
    def set_theme_day(self, on: bool) -> None: ...
    def export_results(self) -> object: ...
    def export_chart(self, chart: ChartWidget) -> object: ...
    def fill_recent_menu(self) -> None: ...
    def set_language(self, code: str) -> None: ...


translate = QCoreApplication.translate


@dataclass
class Actions:
    new: QAction
    open: QAction
    save: QAction
    save_as: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    run: QAction
    cancel: QAction
    pin: QAction
    add_variant: QAction
    clear_compare: QAction
    theme_day: QAction
    export_results: QAction
    history: QAction
    report: QAction
    storyline: QAction
    next_step: QAction
    previous_step: QAction
    recent: QMenu
    export_charts: QMenu
    toolbar: QToolBar


def build(w: MenuHost) -> Actions:
    """Create the actions, wire them to the window, and fill the menu bar and tool bar."""
    parent = w.window()

    def action(text: str, slot: Callable[..., object], shortcut: QKeySequence.StandardKey | str | None = None,
               tip: str = "") -> QAction:
        a = QAction(text, parent)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(tip)
        a.triggered.connect(slot)
        w.addAction(a)  # shortcuts keep working when the menu bar is hidden (theme day)
        return a

    std = QKeySequence.StandardKey
    new = action(translate("Menus", "&Ny"), w.new_file, std.New,
                 translate("Menus", "Nytt scenario med standardvärden"))
    open_ = action(translate("Menus", "&Öppna …"), lambda: w.open_file(), std.Open,
                   translate("Menus", "Öppna en scenariofil (TOML)"))
    save = action(translate("Menus", "&Spara"), w.save, std.Save,
                  translate("Menus", "Spara scenariot (kommentarer i filen behålls)"))
    save_as = action(translate("Menus", "Spara &som …"), w.save_as, std.SaveAs)
    quit_ = action(translate("Menus", "&Avsluta"), w.close, std.Quit)
    undo = w.document.undo_stack.createUndoAction(parent, translate("Menus", "&Ångra"))
    undo.setShortcut(QKeySequence(std.Undo))
    redo = w.document.undo_stack.createRedoAction(parent, translate("Menus", "&Gör om"))
    redo.setShortcut(QKeySequence(std.Redo))
    w.addAction(undo)
    w.addAction(redo)
    run = action(translate("Menus", "&Kör"), lambda: w.run(), "F5", translate("Menus", "Kör scenariot (F5)"))
    cancel = action(translate("Menus", "&Avbryt körningen"), w.cancel_run, "Esc",
                    translate("Menus", "Avbryt den pågående körningen"))
    cancel.setEnabled(False)
    pin = action(translate("Menus", "&Fäst som jämförelse"), w.pin_baseline, "Ctrl+B",
                 translate("Menus", "Fäst det aktuella resultatet som jämförelse (basscenario)"))
    add_variant = action(translate("Menus", "&Lägg till i jämförelsen"), w.add_variant, "Ctrl+Shift+B",
                         translate("Menus", "Behåll det aktuella resultatet som en variant i jämförelsen"))
    clear_compare = action(translate("Menus", "&Rensa jämförelsen"), w.clear_comparison)
    theme_day = action(translate("Menus", "&Temadagsläge"), w.set_theme_day, "F11",
                       translate("Menus", "Helskärm med stor text, kontakttidsdiagrammet och några reglage"))
    theme_day.setCheckable(True)
    export_results = action(translate("Menus", "Exportera &resultat (CSV, Excel) …"), w.export_results)
    # The features own their actions; the window only places them.
    history, report = w.histories.action, w.reports.action
    storyline = w.storylines.open_action
    next_step, previous_step = w.storylines.next_action, w.storylines.previous_action
    for a in (history, report, storyline):
        w.addAction(a)

    bar = w.menuBar()
    file_menu = bar.addMenu(translate("Menus", "&Arkiv"))
    for a in (new, open_):
        file_menu.addAction(a)
    recent = file_menu.addMenu(translate("Menus", "Senaste &filer"))
    recent.aboutToShow.connect(w.fill_recent_menu)
    file_menu.addSeparator()
    file_menu.addAction(save)
    file_menu.addAction(save_as)
    file_menu.addSeparator()
    export_charts = file_menu.addMenu(translate("Menus", "Exportera &diagram (PNG, SVG, PDF)"))
    for chart in w.charts:
        export_charts.addAction(chart.title(), partial(w.export_chart, chart))
    file_menu.addAction(export_results)
    file_menu.addAction(report)
    file_menu.addSeparator()
    file_menu.addAction(quit_)

    edit_menu = bar.addMenu(translate("Menus", "&Redigera"))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)

    run_menu = bar.addMenu(translate("Menus", "&Simulering"))
    for a in (run, cancel):
        run_menu.addAction(a)
    run_menu.addSeparator()
    for a in (pin, add_variant, clear_compare):
        run_menu.addAction(a)
    run_menu.addSeparator()
    run_menu.addAction(history)

    view_menu = bar.addMenu(translate("Menus", "&Visa"))
    view_menu.addAction(theme_day)
    view_menu.addAction(storyline)
    lang_menu = view_menu.addMenu(translate("Menus", "&Språk"))
    group = QActionGroup(parent)
    for code, name in (("sv", "Svenska"), ("en", "English")):
        a = QAction(name, parent, checkable=True)
        a.setChecked(lang.current() == code)
        a.triggered.connect(lambda _on, c=code: w.set_language(c))
        group.addAction(a)
        lang_menu.addAction(a)

    toolbar = w.addToolBar(translate("Menus", "Verktyg"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    for item in (open_, save, None, undo, redo, None, run, cancel, None, pin, add_variant, clear_compare, None,
                 theme_day):
        if item is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(item)
    return Actions(new, open_, save, save_as, quit_, undo, redo, run, cancel, pin, add_variant, clear_compare,
                   theme_day, export_results, history, report, storyline, next_step, previous_step, recent,
                   export_charts, toolbar)
