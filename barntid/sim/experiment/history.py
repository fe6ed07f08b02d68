"""Run history: every run kept in an embedded SQLite database in the user's data folder.

Each run is written in one transaction, so a process killed mid-write leaves the database as it was.
Only a database that fails SQLite's integrity check (or is not a database at all) is moved aside (the
message says where) and a new one started, so a damaged file never blocks start-up. A database that is
busy (another program holds a lock longer than `BUSY_TIMEOUT_S`), on a full disk or on a read-only disk is
never moved or changed: `HistoryUnavailable` says why, and the caller carries on without the history. On a
read-only disk the history can still be listed.
"""

from __future__ import annotations

import json
import math
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from barntid import __version__
from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.experiment.storage import data_dir
from barntid.sim.scenario.io import dumps

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    scenario_name TEXT NOT NULL,
    scenario_toml TEXT NOT NULL,
    seed INTEGER NOT NULL,
    replications INTEGER NOT NULL,
    version TEXT NOT NULL,
    results_json TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'run'
);
"""
KINDS = ("run", "theme_day")
"""'run': a run of the main window or the command line; 'theme_day': a theme day's final figure."""


BUSY_TIMEOUT_S = 5.0
"""How long to wait for another program's lock on the database before giving up on the history."""
MAX_LIST = 1_000_000
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_COLUMNS = "id, created, scenario_name, scenario_toml, seed, replications, version, results_json, kind"
_OLD_COLUMNS = _COLUMNS.replace(", kind", ", 'run' AS kind")  # a database from before run kinds, read-only


class HistoryUnavailable(OSError):  # noqa: N818 - reads well: except HistoryUnavailable
    """The history cannot be used now (busy, full or read-only disk); the database itself is left untouched."""


def _explain(exc: sqlite3.Error, path: Path) -> HistoryUnavailable:
    code = getattr(exc, "sqlite_errorcode", None)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        why = "den används av ett annat program"
    elif code == sqlite3.SQLITE_FULL:
        why = "disken är full"
    elif code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN):
        why = "den går inte att skriva till"
    else:
        why = str(exc)
    return HistoryUnavailable(f"körhistoriken {path} kan inte användas just nu ({why}); den är orörd")


@dataclass(frozen=True)
class RunRecord:
    id: int
    created: float
    scenario_name: str
    scenario_toml: str
    seed: int
    replications: int
    version: str
    results: dict[str, Any]
    kind: str = "run"


class History:
    def __init__(self, path: str | Path | None = None, timeout: float | None = None) -> None:
        self.path = Path(path) if path else data_dir() / "history.sqlite3"
        self.timeout = BUSY_TIMEOUT_S if timeout is None else timeout
        self.notice = ""
        self._why_read_only: HistoryUnavailable | None = None
        self._columns = _COLUMNS
        self._conn = self._open()

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=self.timeout)

    def _open(self) -> sqlite3.Connection:
        try:
            conn = self._connect()
        except sqlite3.Error as exc:
            return self._open_read_only(exc)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check == "ok":
                conn.executescript(SCHEMA)
                if "kind" not in {row[1] for row in conn.execute("PRAGMA table_info(runs)")}:
                    with conn:  # a history kept before runs had kinds: every run so far is an ordinary run
                        conn.execute("ALTER TABLE runs ADD COLUMN kind TEXT NOT NULL DEFAULT 'run'")
                conn.execute(f"SELECT {_COLUMNS} FROM runs LIMIT 1").fetchall()
                return conn
            conn.close()
            return self._move_aside(f"integritetskontrollen: {check}")
        except sqlite3.Error as exc:
            conn.close()
            if getattr(exc, "sqlite_errorcode", None) in _DAMAGED:
                return self._move_aside(str(exc))
            return self._open_read_only(exc)

    def _open_read_only(self, exc: sqlite3.Error) -> sqlite3.Connection:
        """A history that cannot be written (read-only disk) can still be listed; otherwise say why not."""
        code = getattr(exc, "sqlite_errorcode", None)
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_FULL) or not self.path.is_file():
            raise _explain(exc, self.path) from None
        for query in ("mode=ro", "immutable=1"):
            for columns in (_COLUMNS, _OLD_COLUMNS):
                try:
                    conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?{query}", uri=True, timeout=self.timeout)
                    conn.execute(f"SELECT {columns} FROM runs LIMIT 1").fetchall()
                except sqlite3.Error:
                    continue
                self._why_read_only = _explain(exc, self.path)
                self._columns = columns
                return conn
        raise _explain(exc, self.path) from None

    def _move_aside(self, why: str) -> sqlite3.Connection:
        aside = self.path.with_name(f"{self.path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        for suffix in ("", "-wal", "-shm"):
            src = Path(f"{self.path}{suffix}")
            if src.exists():
                src.replace(Path(f"{aside}{suffix}"))
        self.notice = (f"Körhistoriken gick inte att läsa ({why}) och har flyttats till {aside}. "
                       "En ny historik har skapats.")
        try:
            conn = self._connect()
            conn.executescript(SCHEMA)
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None
        return conn

    def add(self, result: ExperimentResult, kind: str = "run") -> int:
        """Store a finished run in one transaction; returns its id. HistoryUnavailable if it cannot be stored."""
        if self._why_read_only is not None:
            raise self._why_read_only
        if kind not in KINDS:
            raise ValueError(f"unknown run kind {kind!r}")
        try:
            with self._conn:
                cur = self._conn.execute(
                    f"INSERT INTO runs ({_COLUMNS.removeprefix('id, ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (time.time(), result.scenario.name, dumps(result.scenario), result.seed,
                     len(result.replications), __version__, json.dumps(result.to_dict(), ensure_ascii=False), kind))
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None
        return int(cur.lastrowid or 0)

    def list(self, limit: int = 50) -> list[RunRecord]:
        """The latest runs, newest first; a row that cannot be read is left out."""
        limit = max(0, min(int(limit), MAX_LIST))
        try:
            rows = self._conn.execute(f"SELECT {self._columns} FROM runs ORDER BY id DESC LIMIT ?",
                                      (limit,)).fetchall()
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None
        return [rec for r in rows if (rec := self._record(r)) is not None]

    def get(self, run_id: int) -> RunRecord | None:
        if not -(2**63) <= run_id < 2**63:
            return None
        try:
            row = self._conn.execute(f"SELECT {self._columns} FROM runs WHERE id = ?", (run_id,)).fetchone()
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None
        return self._record(row) if row else None

    @staticmethod
    def _record(row: tuple[Any, ...]) -> RunRecord | None:
        """A row as a record, or None if it was damaged or written by something else."""
        try:
            results = json.loads(row[7])
            created = float(row[1])
            if not isinstance(results, dict) or not math.isfinite(created):
                return None
            return RunRecord(int(row[0]), created, str(row[2]), str(row[3]), int(row[4]), int(row[5]),
                             str(row[6]), results, str(row[8]) if row[8] in KINDS else "run")
        except (TypeError, ValueError, OverflowError, RecursionError):
            return None

    def close(self) -> None:
        self._conn.close()
