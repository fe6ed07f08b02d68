"""The 'Hjälp' menu: the user guide (F1), opened where the focus is, and Om Barntid.

`install(window)` adds the menu at the end of the window's menu bar and returns the `HelpCommands`. F1 is a
window shortcut too, so it works on theme day with the menu bar hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from barntid.gui.api import WindowApi
from barntid.gui.editing.fields import FieldRow
from barntid.gui.editing.forms import ScenarioForm
from barntid.gui.help import guide
from barntid.gui.help.dialogs import AboutDialog, HelpDialog
from barntid.gui.results.compare import CompareTable
from barntid.gui.results.kpi_panel import KpiPanel


def section_for(widget: QWidget | None, theme_day: bool = False) -> str:
    """The guide's anchor for the widget that has focus: a form field opens at its parameter's default and
    source, the key figures and the comparison at how to read them, the form at building one's own unit."""
    if theme_day:
        return guide.THEME_DAY
    w = widget
    while w is not None:
        if isinstance(w, FieldRow):
            return guide.field_anchor(w.key)
        if isinstance(w, KpiPanel | CompareTable):
            return guide.FIGURES
        if isinstance(w, ScenarioForm):
            return guide.OWN_UNIT
        w = w.parentWidget()
    return guide.ABOUT_MODEL


class HelpCommands(QObject):
    """Owns the two actions and the (one, non-modal) guide dialog."""

    def __init__(self, window: WindowApi) -> None:
        super().__init__(window.window())
        self.w = window
        parent = window.window()
        self.dialog: HelpDialog | None = None
        self.help_action = QAction(self.tr("&Användarhandbok"), parent)
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        tip = self.tr("Handboken, öppnad vid det du arbetar med (F1)")
        self.help_action.setStatusTip(tip)
        self.help_action.setToolTip(tip)
        self.help_action.triggered.connect(lambda: self.open_help())
        self.about_action = QAction(self.tr("&Om Barntid"), parent)
        self.about_action.setStatusTip(self.tr("Version, licens, källor och var dina data sparas"))
        self.about_action.triggered.connect(lambda: self.open_about())
        parent.addAction(self.help_action)  # F1 works with the menu bar hidden (theme day)
        self.menu = QMenu(self.tr("&Hjälp"), parent)
        self.menu.addAction(self.help_action)
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)

    def open_help(self, anchor: str | None = None) -> HelpDialog:
        """Show the guide at anchor, or at the section for the widget that has focus."""
        if anchor is None:
            anchor = section_for(QApplication.focusWidget(), self.w.is_theme_day)
        if self.dialog is None:
            self.dialog = HelpDialog(self.w.window())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.show_section(anchor)
        return self.dialog

    def open_about(self, modal: bool = True) -> AboutDialog:
        dialog = AboutDialog(self.w.window())
        if modal and self.w.interactive:
            dialog.exec()
        else:
            dialog.show()
        return dialog


def install(window: WindowApi) -> HelpCommands:
    """Add the 'Hjälp' menu at the end of the window's menu bar."""
    commands = HelpCommands(window)
    window.menuBar().addMenu(commands.menu)
    return commands
