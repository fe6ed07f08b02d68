"""Undo/redo: one QUndoCommand per edit, holding the immutable scenario before and after."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from barntid.sim.scenario.schema import Scenario

if TYPE_CHECKING:
    from barntid.gui.document.document import ScenarioDocument

MERGE_SECONDS = 1.5
"""Edits of the same field within this time (spin-box arrows, slider moves) become one undo step."""


class ChangeScenario(QUndoCommand):
    """Replace the document's scenario; undo puts the old one back."""

    ID = 1001

    def __init__(self, document: ScenarioDocument, old: Scenario, new: Scenario, text: str, key: str) -> None:
        super().__init__(text)
        self.document = document
        self.old = old
        self.new = new
        self.key = key
        self.stamp = time.monotonic()

    def redo(self) -> None:
        self.document.set_scenario(self.new)

    def undo(self) -> None:
        self.document.set_scenario(self.old)

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, ChangeScenario) or other.key != self.key or not self.key:
            return False
        if other.stamp - self.stamp > MERGE_SECONDS:
            return False
        self.new = other.new
        self.stamp = other.stamp
        self.setObsolete(self.new == self.old)
        return True
