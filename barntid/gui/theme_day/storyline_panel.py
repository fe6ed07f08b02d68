"""Storylines on theme day: a scripted walk through scenarios, one step per key press, in large type.

`StorylinePlayer` holds the storyline, the current step and the contact share each step has reached;
`StorylinePanel` shows the step number, title, text and 'previous → new' contact share above the chart.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from barntid.gui.i18n import lang
from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.scenario.schema import Scenario
from barntid.sim.scenario.shipped import shipped
from barntid.sim.scenario.storyline import Step, Storyline, load_storyline

GOOD, BAD, PRELIMINARY = "#1b5e20", "#b3261e", "#607d8b"
STORYLINE_FILTER = "Barntid-berättelse (*.toml)"
DEFAULT_STORYLINE = "storylines/sjobo.toml"


def default_storyline() -> Path | None:
    """The shipped Sjöbo storyline (in the repository, in the bundle, or under the current folder), if found."""
    return shipped(DEFAULT_STORYLINE)


def _same_but_length(result: Scenario, step: Scenario) -> bool:
    """The run was of this step's scenario (a quick estimate runs fewer years)."""
    return result.model_copy(update={"simulation": step.simulation}) == step


class StorylinePlayer(QObject):
    """The loaded storyline, the current step, and the contact share reached at each step."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.storyline: Storyline | None = None
        self.path: Path | None = None
        self.index = 0
        self.shares: dict[int, tuple[float, bool]] = {}  # step -> (contact share, final rather than quick)

    def load(self, path: str | Path) -> Storyline:
        """Load and validate a storyline file; raises ScenarioError. The current step becomes the first."""
        storyline = load_storyline(path)
        self.storyline, self.path, self.index = storyline, Path(path), 0
        self.shares.clear()
        self.changed.emit()
        return storyline

    @property
    def steps(self) -> list[Step]:
        return self.storyline.steps if self.storyline is not None else []

    @property
    def step(self) -> Step | None:
        return self.steps[self.index] if self.steps else None

    def go(self, index: int) -> Step | None:
        """Make step `index` (0-based) current; None if there is no such step or it is current already."""
        if not 0 <= index < len(self.steps) or index == self.index:
            return None
        self.index = index
        self.changed.emit()
        return self.steps[index]

    def follow(self, scenario: Scenario) -> None:
        """The document changed (undo, say): if it now holds another step's scenario, that step is current."""
        for i, step in enumerate(self.steps):
            if step.scenario == scenario and i != self.index:
                self.index = i
                break
        self.changed.emit()

    def record(self, result: ExperimentResult, final: bool) -> None:
        """Remember the contact share a step reached (a quick estimate until the refined run is in)."""
        share = result.kpis["contact_share"].mean
        for i, step in enumerate(self.steps):
            if _same_but_length(result.scenario, step.scenario) and math.isfinite(share):
                if final or not self.shares.get(i, (0.0, False))[1]:
                    self.shares[i] = (share, final)
                    self.changed.emit()
                return


class StorylinePanel(QFrame):
    """Step N of M, the title and text in large type, and the contact share: '11,1 % → 12,9 %'."""

    step_requested = Signal(int)  # -1 back, +1 forward

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyPanel")
        self.setStyleSheet(
            "#storyPanel { background: #ffffff; border: 1px solid #cfd8dc; border-left: 8px solid #1565c0;"
            " border-radius: 6px; }"
            "#storyPanel QLabel { background: transparent; }"
            "QLabel#storyCount { font-size: 20px; color: #455a64; font-weight: 600; }"
            "QLabel#storyTitle { font-size: 38px; font-weight: 700; color: #0d47a1; }"
            "QLabel#storyText { font-size: 24px; color: #212121; }"
            "QLabel#storyShare { font-size: 46px; font-weight: 700; }"
            "QLabel#storyShareNote { font-size: 17px; color: #455a64; }"
            "QPushButton { font-size: 26px; font-weight: 700; min-width: 56px; min-height: 48px; padding: 0; }")
        grid = QGridLayout(self)
        grid.setContentsMargins(20, 12, 16, 12)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        self.count = QLabel()
        self.count.setObjectName("storyCount")
        self.title = QLabel()
        self.title.setObjectName("storyTitle")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("storyText")
        self.text.setWordWrap(True)
        self.share = QLabel()
        self.share.setObjectName("storyShare")
        self.share.setTextFormat(Qt.TextFormat.RichText)
        self.share_text = ""  # the same without colours: '11,1 % → 12,9 %'
        self.share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.share_note = QLabel()
        self.share_note.setObjectName("storyShareNote")
        self.share_note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.back, self.forward = QPushButton("◀"), QPushButton("▶")
        self.back.setToolTip(self.tr("Föregående steg (vänsterpil, Page Up)"))
        self.forward.setToolTip(self.tr("Nästa steg (högerpil, Page Down)"))
        for b in (self.back, self.forward):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back.clicked.connect(lambda: self.step_requested.emit(-1))
        self.forward.clicked.connect(lambda: self.step_requested.emit(1))
        grid.addWidget(self.count, 0, 0)
        grid.addWidget(self.title, 1, 0)
        grid.addWidget(self.share, 0, 1)
        grid.addWidget(self.share_note, 1, 1)
        grid.addWidget(self.back, 0, 2, 2, 1)
        grid.addWidget(self.forward, 0, 3, 2, 1)
        grid.addWidget(self.text, 2, 0, 1, 4)
        grid.setColumnStretch(0, 1)
        self.setVisible(False)

    def show_player(self, player: StorylinePlayer, goal: float) -> None:
        step = player.step
        self.setVisible(step is not None)
        if step is None:
            return
        n = len(player.steps)
        name = player.storyline.name if player.storyline is not None else ""
        self.count.setText(self.tr("Steg %1 av %2 · %3").replace("%1", str(player.index + 1))
                           .replace("%2", str(n)).replace("%3", name))
        self.title.setText(step.title)
        self.text.setText(step.text)
        self.text.setVisible(bool(step.text))
        self.back.setEnabled(player.index > 0)
        self.forward.setEnabled(player.index < n - 1)
        now = player.shares.get(player.index)
        # From the step before; if that one was skipped too quickly to measure, from the last one measured.
        before = next((player.shares[i] for i in range(player.index - 1, -1, -1) if i in player.shares), None)
        colour = PRELIMINARY if now is None or not now[1] else (GOOD if now[0] >= goal - 1e-12 else BAD)
        new = lang.percent(now[0]) if now else "…"
        old = f"{lang.percent(before[0])} → " if before else ""
        self.share_text = old + new
        self.share.setText(f'<span style="color: {PRELIMINARY};">{old}</span>'
                           f'<span style="color: {colour};">{new}</span>')
        if now is None:
            note = self.tr("Andel tid i direktkontakt: räknar …")
        elif not now[1]:
            note = self.tr("Andel tid i direktkontakt (snabb uppskattning) · mål %1")
        else:
            note = self.tr("Andel tid i direktkontakt · mål %1")
        self.share_note.setText(note.replace("%1", lang.percent(goal, 0)))
