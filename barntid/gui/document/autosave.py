"""Autosave: unsaved edits are written to the user data folder, so a crash or a killed process loses nothing.

Each window's document is written (atomically) to ``autosave/<key>.toml`` with a small ``<key>.json`` naming
the file it came from, about a second and a half after an edit and on a timer. Saving, discarding or
closing the window cleanly removes both. A ``<key>.lock`` (QLockFile) marks the autosave as belonging to a
running program; on the next start, autosaves whose lock is stale (the process is gone) are offered back.
"""

from __future__ import annotations

import contextlib
import json
import math
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from barntid.gui.document.document import ScenarioDocument
from barntid.sim.experiment.storage import data_dir
from barntid.sim.scenario.files import atomic_write
from barntid.sim.scenario.io import dumps

translate = QCoreApplication.translate

DEBOUNCE_MS = 1500
INTERVAL_MS = 30_000


def folder() -> Path:
    path = data_dir() / "autosave"
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class Pending:
    """An autosave left behind by a program that is no longer running."""

    key: str
    text: str
    original: Path | None
    saved: float
    name: str

    def remove(self) -> None:
        remove_files(self.key)


def remove_files(key: str, lock: bool = True) -> None:
    for suffix in (".json", ".toml", ".lock") if lock else (".json", ".toml"):
        with contextlib.suppress(OSError):
            (folder() / f"{key}{suffix}").unlink(missing_ok=True)


def pending() -> list[Pending]:
    """Autosaves whose program has ended (crashed or killed), newest first; unreadable or malformed ones are
    removed. A data folder that cannot be read or made gives none (the program starts all the same)."""
    try:
        metas = list(folder().glob("*.json"))
    except OSError:
        return []
    found = []
    for meta in metas:
        key = meta.stem
        lock = QLockFile(str(folder() / f"{key}.lock"))
        lock.setStaleLockTime(0)  # stale only when its process has ended, however old
        if not lock.tryLock(0):
            continue  # a running Barntid (this one or another) owns it
        lock.unlock()
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
            text = (folder() / f"{key}.toml").read_text(encoding="utf-8")
            if not isinstance(info, dict) or not isinstance(info.get("path") or "", str):
                raise ValueError("not an autosave's description")
            original = Path(info["path"]) if info.get("path") else None
            saved = float(info.get("saved", 0))
            if not math.isfinite(saved):
                raise ValueError("bad time")
        except (OSError, ValueError, TypeError, OverflowError, RecursionError):
            remove_files(key)
            continue
        found.append(Pending(key, text, original, saved, str(info.get("name", ""))))
    return sorted(found, key=lambda p: p.saved, reverse=True)


def ask_restore(parent: QWidget | None, item: Pending) -> bool:
    """Ask whether to restore an autosave: Återställ (True) or Släng (False)."""
    where = str(item.original) if item.original else translate("Autosave", "ett nytt, osparat scenario")
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(item.saved))
    box = QMessageBox(QMessageBox.Icon.Question, translate("Autosave", "Återställ osparade ändringar?"),
                      translate("Autosave", "Barntid avslutades utan att ändringarna i ”%1” (%2) sparades. De sparades "
                         "automatiskt %3.\n\nVill du återställa dem?")
                      .replace("%1", item.name).replace("%2", where).replace("%3", when), parent=parent)
    restore = box.addButton(translate("Autosave", "Återställ"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Autosave", "Släng"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


class Autosaver(QObject):
    """Writes the document's unsaved state shortly after each edit and on a timer; clears it when clean."""

    failed = Signal(str)

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.key = uuid.uuid4().hex
        self.lock: QLockFile | None = None
        self.dirty = False
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.write)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.write)
        self.timer.start()
        document.scenario_changed.connect(self._changed)
        document.file_changed.connect(self._changed)
        document.undo_stack.cleanChanged.connect(self._changed)

    @property
    def path(self) -> Path:
        return folder() / f"{self.key}.toml"

    def _changed(self, *_args: object) -> None:
        if self.document.modified:
            self.dirty = True
            self.debounce.start()
        else:
            self.clear()

    def write(self) -> bool:
        """Write now if there are unwritten changes; True if the autosave is up to date."""
        if not self.dirty or not self.document.modified:
            return not self.dirty
        doc = self.document
        try:
            if self.lock is None:
                self.lock = QLockFile(str(folder() / f"{self.key}.lock"))
                self.lock.tryLock(0)
            text = dumps(doc.scenario, doc.original_text)
            atomic_write(self.path, text)
            meta = {"path": str(doc.path) if doc.path else None, "saved": time.time(), "name": doc.scenario.name}
            atomic_write(self.path.with_suffix(".json"), json.dumps(meta, ensure_ascii=False))
        except OSError as exc:
            self.failed.emit(str(exc))
            return False
        self.dirty = False
        return True

    def clear(self) -> None:
        """Remove this window's autosave (saved, discarded, or closed cleanly)."""
        self.debounce.stop()
        self.dirty = False
        if self.lock is not None:  # written at least once
            remove_files(self.key, lock=False)
            self.lock.unlock()  # removes the lock file
            self.lock = None

    def stop(self) -> None:
        self.timer.stop()
        self.clear()
