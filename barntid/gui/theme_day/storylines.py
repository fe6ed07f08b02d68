"""The window's storylines: open one (theme day starts), step with the keys, show the step in the panel.

The feature owns its actions (open, next and previous step); the window puts them in its menus. While theme day
shows a storyline, its steps are run in the background (`Precomputer`, behind the user's own runs), so
stepping back and forth shows each step's final figure at once; leaving theme day stops that.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from barntid.gui.api import WindowApi
from barntid.gui.tasks.precompute import Precomputer
from barntid.gui.theme_day.storyline_panel import STORYLINE_FILTER, StorylinePlayer, default_storyline
from barntid.gui.theme_day.view import ThemeDayView
from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.scenario.io import ScenarioError
from barntid.sim.scenario.schema import Scenario


class StorylineCommands(QObject):
    """The window's storylines: open one (theme day starts), step with the keys, show the step in the panel."""

    def __init__(self, window: WindowApi, view: ThemeDayView) -> None:
        super().__init__(window.window())
        self.w, self.view = window, view
        self.player = StorylinePlayer(self)
        self.player.changed.connect(self._show)
        self.precompute = Precomputer(window.runner, self)
        self.precompute.ready.connect(self._precomputed)
        self.precompute.progressed.connect(self._precompute_progress)
        parent = window.window()
        self.open_action = QAction(self.tr("Öppna &berättelse …"), parent)
        tip = self.tr("Temadag: gå igenom ett förberett förlopp steg för steg")
        self.open_action.setStatusTip(tip)
        self.open_action.setToolTip(tip)
        self.open_action.triggered.connect(lambda: self.open())
        self.next_action = QAction(self.tr("Nästa steg i berättelsen"), parent)
        self.next_action.setShortcuts([QKeySequence("Right"), QKeySequence("PgDown")])
        self.next_action.triggered.connect(lambda: self.step(1))
        self.previous_action = QAction(self.tr("Föregående steg i berättelsen"), parent)
        self.previous_action.setShortcuts([QKeySequence("Left"), QKeySequence("PgUp")])
        self.previous_action.triggered.connect(lambda: self.step(-1))
        for a in (self.next_action, self.previous_action):
            a.setEnabled(False)  # only on theme day with a storyline; otherwise the arrow keys are the fields'
            parent.addAction(a)  # shortcuts keep working with the menu bar hidden
        view.storyline_requested.connect(lambda: self.open())
        view.story.step_requested.connect(self.step)
        view.one_run_requested.connect(self.show_as_one_run)
        window.document.scenario_changed.connect(self._scenario_changed)
        window.run_finished.connect(lambda result, tag: self.player.record(result, final=tag != "quick"))

    def open(self, path: str | Path | None = None) -> bool:
        """Load a storyline; its first step becomes a new, unsaved scenario, shown on theme day."""
        w = self.w
        if path is None:
            chosen = self._choose(default_storyline() or self.player.path or Path.cwd())
            if not chosen:
                return False
            path = chosen
        if not w.maybe_save():
            return False
        try:
            storyline = self.player.load(path)
        except ScenarioError as exc:
            w.show_error(self.tr("Kan inte öppna berättelsen"), w.problems_text(exc))
            return False
        w.forget_results()
        self.view.fix_axes([step.scenario for step in storyline.steps])
        w.document.new_from(storyline.steps[0].scenario)
        if w.is_theme_day:
            self.enable_keys(True)
        else:
            w.set_theme_day(True)
        return True

    def _choose(self, start: Path) -> str:
        """The storyline file to open, or ''. On theme day the dialog is large enough for the large type."""
        parent, title = self.w.window(), self.tr("Öppna berättelse")
        if not self.w.is_theme_day:
            return QFileDialog.getOpenFileName(parent, title, str(start), STORYLINE_FILTER)[0]
        dialog = QFileDialog(parent, title, str(start), STORYLINE_FILTER)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.resize(parent.width() * 3 // 4, parent.height() * 2 // 3)
        return dialog.selectedFiles()[0] if dialog.exec() else ""

    def step(self, delta: int) -> bool:
        """One step forward (+1) or back (-1): the step's scenario as an undoable change, then a re-run."""
        return self.go(self.player.index + delta)

    def go(self, index: int) -> bool:
        """Step `index` (0-based) as an undoable change, then a re-run; False if there is no such step."""
        step = self.player.go(index)
        if step is None:
            return False
        self.w.document.replace_scenario(step.scenario, self.tr("Berättelse: %1").replace("%1", step.title))
        return True

    def show_as_one_run(self, on: bool) -> bool:
        """The whole storyline as one run with its steps on a timeline (True), or back to the current step (False);
        either is one undoable change and a re-run. False if there is no storyline or it cannot be made."""
        player = self.player
        step = player.step
        if step is None:
            return False
        if on:
            try:
                whole = player.whole_run()
            except ScenarioError as exc:
                self.w.show_error(self.tr("Kan inte visa berättelsen som en körning"), self.w.problems_text(exc))
                return False
            self.view.fix_axes([whole])
            self.w.document.replace_scenario(whole, self.tr("Berättelsen som en körning"))
        else:
            self.view.fix_axes([s.scenario for s in player.steps])
            self.w.document.replace_scenario(step.scenario, self.tr("Berättelse: %1").replace("%1", step.title))
        self.enable_keys(self.w.is_theme_day)
        return True

    def enable_keys(self, theme_day: bool) -> None:
        """The arrow and page keys step the storyline on theme day only; elsewhere they are the fields'. While the
        storyline is shown as one run they do nothing."""
        on = theme_day and self.player.storyline is not None and not self.player.one_run
        self.next_action.setEnabled(on)
        self.previous_action.setEnabled(on)
        if on:
            self._start_precompute()
        else:
            self.precompute.stop()

    def _start_precompute(self) -> None:
        """The steps from the current one onwards, then those before it, each with all its replications."""
        steps = self.player.steps
        i = self.player.index
        whole = [self.player.whole] if self.player.whole is not None else []  # once asked for
        self.precompute.start([s.scenario for s in steps[i + 1:] + steps[:i + 1][::-1]] + whole)

    def _precomputed(self, result: ExperimentResult) -> None:
        self.player.record(result, final=True)

    def _precompute_progress(self, done: int, total: int) -> None:
        if self.w.is_theme_day and done == total and not self.w.runner.busy:
            self.view.show_progress(self.tr("Alla steg i berättelsen är beräknade."))

    def close(self) -> None:
        """Stop the background work (the window is closing)."""
        self.precompute.stop()

    def _scenario_changed(self, scenario: Scenario) -> None:
        if self.player.storyline is not None:
            was = self.player.one_run
            self.player.follow(scenario)
            if self.player.one_run != was:  # undo or redo of the switch: the keys and axes follow
                whole = self.player.whole
                self.view.fix_axes([whole] if self.player.one_run and whole is not None
                                   else [s.scenario for s in self.player.steps])
                self.enable_keys(self.w.is_theme_day)

    def _show(self) -> None:
        """The panel, and the contact card saying which step (and whether changed by hand) it shows."""
        player = self.player
        self.view.story.show_player(player, self.w.document.scenario.simulation.goal)
        self.view.show_mode(player.storyline is not None, player.one_run)
        subject = ""
        if player.one_run:
            subject = self.tr("Hela berättelsen")
            if player.one_run_modified:
                subject += " " + self.tr("+ egen ändring")
        elif player.step is not None:
            subject = self.tr("Steg %1").replace("%1", str(player.index + 1))
            if player.modified:
                subject += " " + self.tr("+ egen ändring")
        self.view.kpis.cards["contact_share"].set_subject(subject)
