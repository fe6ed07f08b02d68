"""The main window's actions, menus and tool bar (Swedish source text, translated when English is chosen)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from . import lang

if TYPE_CHECKING:
    from .main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


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
    recent: QMenu
    export_charts: QMenu
    toolbar: QToolBar


def build(w: MainWindow) -> Actions:
    """Create the actions, wire them to the window, and fill the menu bar and tool bar."""

    def action(text: str, slot: object, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        a = QAction(text, w)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(tip)
        a.triggered.connect(slot)
        w.addAction(a)  # shortcuts keep working when the menu bar is hidden (theme day)
        return a

    std = QKeySequence.StandardKey
    new = action(_t("&Ny"), w.new_file, std.New, _t("Nytt scenario med standardvärden"))
    open_ = action(_t("&Öppna …"), lambda: w.open_file(), std.Open, _t("Öppna en scenariofil (TOML)"))
    save = action(_t("&Spara"), w.save, std.Save, _t("Spara scenariot (kommentarer i filen behålls)"))
    save_as = action(_t("Spara &som …"), w.save_as, std.SaveAs)
    quit_ = action(_t("&Avsluta"), w.close, std.Quit)
    undo = w.document.undo_stack.createUndoAction(w, _t("&Ångra"))
    undo.setShortcut(QKeySequence(std.Undo))
    redo = w.document.undo_stack.createRedoAction(w, _t("&Gör om"))
    redo.setShortcut(QKeySequence(std.Redo))
    w.addAction(undo)
    w.addAction(redo)
    run = action(_t("&Kör"), lambda: w.run(), "F5", _t("Kör scenariot (F5)"))
    cancel = action(_t("&Avbryt körningen"), w.cancel_run, "Esc", _t("Avbryt den pågående körningen"))
    cancel.setEnabled(False)
    pin = action(_t("&Fäst som jämförelse"), w.pin_baseline, "Ctrl+B",
                 _t("Fäst det aktuella resultatet som jämförelse (basscenario)"))
    add_variant = action(_t("&Lägg till i jämförelsen"), w.add_variant, "Ctrl+Shift+B",
                         _t("Behåll det aktuella resultatet som en variant i jämförelsen"))
    clear_compare = action(_t("&Rensa jämförelsen"), w.clear_comparison)
    theme_day = action(_t("&Temadagsläge"), w.set_theme_day, "F11",
                       _t("Helskärm med stor text, kontakttidsdiagrammet och några reglage"))
    theme_day.setCheckable(True)
    export_results = action(_t("Exportera &resultat (CSV, Excel) …"), w.export_results)

    bar = w.menuBar()
    file_menu = bar.addMenu(_t("&Arkiv"))
    for a in (new, open_):
        file_menu.addAction(a)
    recent = file_menu.addMenu(_t("Senaste &filer"))
    recent.aboutToShow.connect(w.fill_recent_menu)
    file_menu.addSeparator()
    file_menu.addAction(save)
    file_menu.addAction(save_as)
    file_menu.addSeparator()
    export_charts = file_menu.addMenu(_t("Exportera &diagram (PNG, SVG, PDF)"))
    for chart in w.charts:
        export_charts.addAction(chart.title(), lambda c=chart: w.export_chart(c))
    file_menu.addAction(export_results)
    file_menu.addSeparator()
    file_menu.addAction(quit_)

    edit_menu = bar.addMenu(_t("&Redigera"))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)

    run_menu = bar.addMenu(_t("&Simulering"))
    for a in (run, cancel):
        run_menu.addAction(a)
    run_menu.addSeparator()
    for a in (pin, add_variant, clear_compare):
        run_menu.addAction(a)

    view_menu = bar.addMenu(_t("&Visa"))
    view_menu.addAction(theme_day)
    lang_menu = view_menu.addMenu(_t("&Språk"))
    group = QActionGroup(w)
    for code, name in (("sv", "Svenska"), ("en", "English")):
        a = QAction(name, w, checkable=True)
        a.setChecked(lang.current() == code)
        a.triggered.connect(lambda _on, c=code: w.set_language(c))
        group.addAction(a)
        lang_menu.addAction(a)

    toolbar = w.addToolBar(_t("Verktyg"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    for a in (open_, save, None, undo, redo, None, run, cancel, None, pin, add_variant, clear_compare, None,
              theme_day):
        if a is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(a)
    return Actions(new, open_, save, save_as, quit_, undo, redo, run, cancel, pin, add_variant, clear_compare,
                   theme_day, export_results, recent, export_charts, toolbar)
