"""Arkiv > Ny enhet …: opens the wizard, then the new scenario in the window, then asks where to save it.

`install(window)` puts the action after Arkiv > Ny and returns the `NewUnitCommands`. The wizard runs on the
window's process pool; the new scenario is opened through `WindowApi.document` as an unsaved document with
its comments, and saved only where the user chooses (the file dialog asks before replacing a file).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from barntid.gui.api import WindowApi
from barntid.gui.newunit.wizard import NewUnitWizard
from barntid.sim.decision.newunit import NewUnit

TOML_FILTER = "Barntid-scenario (*.toml)"


class NewUnitCommands(QObject):
    """The action and the wizard it opens. `ask_path(suggested)` chooses the file (a dialog by default)."""

    def __init__(self, window: WindowApi) -> None:
        super().__init__(window.window())
        self.w = window
        self.wizard: NewUnitWizard | None = None
        self.ask_path: Callable[[str], str | None] = self._ask_path
        self.action = QAction(self.tr("Ny &enhet …"), window.window())
        tip = self.tr("Skapa ett scenario för er egen enhet från några nyckeltal")
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        self.action.triggered.connect(lambda: self.open_wizard())

    def pool(self) -> Executor | None:
        runner = self.w.runner
        if runner.pool is None:
            runner.warm_up()
        pool: Executor | None = runner.pool
        return pool

    def open_wizard(self) -> NewUnitWizard | None:
        if not self.w.maybe_save():
            return None
        wizard = NewUnitWizard(self.pool, self.w.window())
        wizard.accepted.connect(lambda: self.adopt(wizard))
        self.wizard = wizard
        if self.w.interactive:
            wizard.open()
        else:
            wizard.show()
        return wizard

    def adopt(self, wizard: NewUnitWizard) -> Path | None:
        """Open the wizard's scenario in the window, then save it where the user chooses (or leave it unsaved)."""
        unit: NewUnit | None = wizard.new_unit
        if unit is None:
            return None
        doc = self.w.document
        doc.open_text(unit.text, unit.scenario.name)
        self.w.forget_results()
        chosen = self.ask_path(wizard.suggested_file_name())
        if not chosen:
            self.w.statusBar().showMessage(self.tr("Den nya enheten är inte sparad än (Arkiv → Spara som …)"), 10000)
            return None
        path = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".toml")
        try:
            doc.save(path)
        except OSError as exc:
            self.w.show_error(self.tr("Kan inte spara"), f"{path}\n\n{exc.strerror or exc}")
            return None
        self.w.statusBar().showMessage(self.tr("Sparade %1").replace("%1", str(path)), 8000)
        return path

    def _ask_path(self, suggested: str) -> str | None:
        start = str(Path.home() / suggested)
        chosen, _f = QFileDialog.getSaveFileName(self.w.window(), self.tr("Spara den nya enheten"), start,
                                                 TOML_FILTER)  # asks before replacing an existing file
        return chosen or None


def install(window: WindowApi) -> NewUnitCommands:
    """Add Ny enhet … to the Arkiv menu, right after Ny."""
    commands = NewUnitCommands(window)
    window.window().addAction(commands.action)
    for bar_action in window.menuBar().actions():
        menu = bar_action.menu()
        if isinstance(menu, QMenu) and bar_action.text().replace("&", "") in ("Arkiv", "File"):
            actions = menu.actions()
            after = actions[1] if len(actions) > 1 else None
            menu.insertAction(after, commands.action) if after else menu.addAction(commands.action)
            break
    return commands
