"""Run history: every run kept in an embedded SQLite database in the user's data folder.

Each run is written in one transaction, so a process killed mid-write leaves the database as it was.
A database that cannot be read is moved aside (the message says where) and a new one is started, so a
damaged file never blocks start-up.
"""

from __future__ import annotations

import json
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
    results_json TEXT NOT NULL
);
"""


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


class History:
    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else data_dir() / "history.sqlite3"
        self.notice = ""
        self._conn = self._open()

    def _open(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(self.path, timeout=5)
            conn.execute("PRAGMA journal_mode=WAL")
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            conn.executescript(SCHEMA)
            conn.execute("SELECT id, created, scenario_name, scenario_toml, seed, replications, version, "
                         "results_json FROM runs LIMIT 1").fetchall()
            return conn
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            aside = self.path.with_name(f"{self.path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
            for suffix in ("", "-wal", "-shm"):
                src = Path(f"{self.path}{suffix}")
                if src.exists():
                    src.replace(Path(f"{aside}{suffix}"))
            self.notice = (f"Körhistoriken gick inte att läsa ({exc}) och har flyttats till {aside}. "
                           "En ny historik har skapats.")
            conn = sqlite3.connect(self.path, timeout=5)
            conn.executescript(SCHEMA)
            return conn

    def add(self, result: ExperimentResult) -> int:
        """Store a finished run in one transaction; returns its id."""
        with self._conn:
            cur = self._conn.execute(
                "INSERT INTO runs (created, scenario_name, scenario_toml, seed, replications, version, results_json)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (time.time(), result.scenario.name, dumps(result.scenario), result.seed,
                 len(result.replications), __version__, json.dumps(result.to_dict(), ensure_ascii=False)))
        return int(cur.lastrowid or 0)

    def list(self, limit: int = 50) -> list[RunRecord]:
        rows = self._conn.execute("SELECT id, created, scenario_name, scenario_toml, seed, replications, version, "
                                  "results_json FROM runs ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [self._record(r) for r in rows]

    def get(self, run_id: int) -> RunRecord | None:
        row = self._conn.execute("SELECT id, created, scenario_name, scenario_toml, seed, replications, version, "
                                 "results_json FROM runs WHERE id = ?", (run_id,)).fetchone()
        return self._record(row) if row else None

    @staticmethod
    def _record(row: tuple[Any, ...]) -> RunRecord:
        return RunRecord(row[0], row[1], row[2], row[3], row[4], row[5], row[6], json.loads(row[7]))

    def close(self) -> None:
        self._conn.close()
