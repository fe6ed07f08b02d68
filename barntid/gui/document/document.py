"""The open scenario: its file, its original text (for comments), and every change through the undo stack."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from barntid.gui.document.commands import ChangeScenario
from barntid.gui.i18n import lang
from barntid.sim.scenario.io import (
    MAX_FILE_BYTES,
    Problem,
    ScenarioError,
    field_info,
    get,
    parse_text,
    read_text,
    read_text_noted,
    save,
    with_changes,
)
from barntid.sim.scenario.schema import Scenario

DiskChange = Literal["changed", "deleted"]


@dataclass(frozen=True)
class DiskState:
    """A file as this document last read or wrote it: whether it existed and a hash of its bytes. Another
    program's save shows as a different hash; a mere touch (new time, same bytes) does not."""

    exists: bool
    digest: str = ""

    @classmethod
    def of(cls, path: Path) -> DiskState | None:
        """The file's state now; None if it cannot be read or is not a regular file (a folder, a pipe: then
        nothing can be said, and saving reports what is wrong). Never waits on a pipe; reads at most the limit."""
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        except FileNotFoundError:
            return cls(False)
        except OSError:
            return None
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None
            digest = hashlib.sha256()
            left = MAX_FILE_BYTES + 1
            while left > 0 and (chunk := os.read(fd, min(left, 1 << 16))):
                digest.update(chunk)
                left -= len(chunk)
        except OSError:
            return None
        finally:
            os.close(fd)
        return cls(True, digest.hexdigest())


class ScenarioDocument(QObject):
    """Holds the current Scenario (immutable) and applies validated changes as undoable commands."""

    scenario_changed = Signal(object)
    file_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scenario = Scenario()
        self.path: Path | None = None
        self.original_text: str | None = None
        self.disk: DiskState | None = None  # `path` as last opened or saved; None: nothing known
        self.note = ""  # how the open file was read, if not as UTF-8 (shown once by the window)
        self.undo_stack = QUndoStack(self)

    # -- files -------------------------------------------------------------------------------------------
    def new(self) -> None:
        self._replace(Scenario(), None, None)

    def open(self, path: str | Path) -> None:
        """Load a scenario file; raises ScenarioError (messages in Swedish) and leaves the document as it was."""
        text, note = read_text_noted(path)
        disk = DiskState.of(Path(path))
        scenario = parse_text(text, str(path))
        self._replace(scenario, Path(path), text)
        self.disk, self.note = disk, note

    def new_from(self, scenario: Scenario) -> None:
        """A new document holding this scenario, not linked to a file (a storyline's first step)."""
        self._replace(scenario, None, None)

    def open_text(self, text: str, source: str = "") -> None:
        """A new, unsaved document from TOML text (a run from the history). Raises ScenarioError."""
        scenario = parse_text(text, source)
        self._replace(scenario, None, text)
        self.undo_stack.resetClean()

    def restore(self, text: str, original: Path | None) -> None:
        """Autosaved text as an unsaved document linked to its file; undo goes back to the file's version.

        Raises ScenarioError if the autosaved text itself is not a valid scenario."""
        scenario = parse_text(text, "autosave")
        base, base_text = scenario, text
        disk = None
        if original is not None:
            disk = DiskState.of(original)
            try:
                base_text = read_text(original)
                base = parse_text(base_text, str(original))
            except ScenarioError:  # the file is gone or broken: the autosave is all there is
                base, base_text = scenario, text
        self._replace(base, original, base_text)
        self.disk = disk
        if base != scenario:
            self.undo_stack.push(ChangeScenario(self, base, scenario, self.tr("Återställ autosparade ändringar"), ""))
        else:
            self.undo_stack.resetClean()

    def save(self, path: str | Path | None = None) -> Path:
        """Save atomically, keeping the comments of the file the scenario came from."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("no path to save to")
        self.original_text = save(self.scenario, target, self.original_text)
        self.path = target
        self.disk = DiskState.of(target)
        self.undo_stack.setClean()
        self.file_changed.emit()
        return target

    def disk_change(self) -> DiskChange | None:
        """Whether another program changed ("changed") or removed ("deleted") the file since this document
        opened or saved it; None if not, or if there is no file or nothing can be said (it cannot be read)."""
        if self.path is None or self.disk is None:
            return None
        now = DiskState.of(self.path)
        if now is None or (now.exists, now.digest) == (self.disk.exists, self.disk.digest):
            return None
        return "deleted" if not now.exists else "changed"

    def _replace(self, scenario: Scenario, path: Path | None, text: str | None) -> None:
        self.undo_stack.clear()
        self.path, self.original_text, self.disk, self.note = path, text, None, ""
        self.set_scenario(scenario)
        self.undo_stack.setClean()
        self.file_changed.emit()

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    # -- edits -------------------------------------------------------------------------------------------
    def set_scenario(self, scenario: Scenario) -> None:
        """Called by undo commands; use change() for edits."""
        self.scenario = scenario
        self.scenario_changed.emit(scenario)

    def replace_scenario(self, scenario: Scenario, text: str) -> None:
        """Replace the whole scenario as one undoable step (a storyline step)."""
        if scenario != self.scenario:
            self.undo_stack.push(ChangeScenario(self, self.scenario, scenario, text, ""))

    def value(self, key: str) -> Any:
        return get(self.scenario, key)

    def change(self, changes: dict[str, Any], text: str = "") -> list[Problem]:
        """Apply changes through the core's validation. Returns the problems; on problems nothing changes."""
        try:
            new = with_changes(self.scenario, changes)
        except ScenarioError as exc:
            return exc.problems or [Problem("", str(exc))]
        if new == self.scenario:
            return []
        key = next(iter(changes)) if len(changes) == 1 else ""
        if not text:
            text = self.tr("Ändra %1").replace("%1", ", ".join(lang.field_label(field_info(k), k) for k in changes))
        self.undo_stack.push(ChangeScenario(self, self.scenario, new, text, key))
        return []
