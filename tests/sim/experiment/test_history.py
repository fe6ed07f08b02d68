"""The run history under faults: busy, full disk, read-only disk, bad rows. Only real damage moves it aside."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from barntid.cli.main import main
from barntid.sim import run_experiment
from barntid.sim.experiment import history as history_module
from barntid.sim.experiment.history import History, HistoryUnavailable
from tests.helpers import ROOT, SCENARIOS, run_on_small_disk, short

S15 = str(SCENARIOS / "sjobo-2015.toml")
RUN = ["run", S15, "-n", "2", "--years", "0.25", "--workers", "1"]


def _with_one_run(db: Path) -> None:
    h = History(db)
    h.add(run_experiment(short(years=0.25), replications=2, workers=1))
    h.close()


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Path]:
    """A healthy history that another process holds with an exclusive lock (and an open write)."""
    db = tmp_path / "history.sqlite3"
    _with_one_run(db)
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sqlite3, sys, time
        c = sqlite3.connect({str(db)!r}, isolation_level=None)
        c.execute("PRAGMA locking_mode=EXCLUSIVE")
        c.execute("BEGIN IMMEDIATE")
        c.execute("INSERT INTO runs (created, scenario_name, scenario_toml, seed, replications, version, "
                  "results_json) VALUES (0, 'x', '', 0, 0, '', '{{}}')")
        print("locked", flush=True)
        time.sleep(120)
    """)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    try:
        yield db
    finally:
        holder.kill()
        holder.wait()


def test_busy_history_is_not_taken_for_damaged(locked: Path) -> None:
    t = time.perf_counter()
    with pytest.raises(HistoryUnavailable, match="annat program"):
        History(locked, timeout=0.5)
    assert time.perf_counter() - t < 5
    assert not list(locked.parent.glob("*.damaged-*"))
    assert locked.exists()


def test_run_with_a_locked_history_writes_its_results_and_warns(
        locked: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BARNTID_DATA_DIR", str(locked.parent))
    monkeypatch.setattr(history_module, "BUSY_TIMEOUT_S", 0.5)
    out = tmp_path / "r.csv"
    assert main([*RUN, "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert out.exists() and "Nyckeltal" in captured.out
    warning = captured.err.strip().splitlines()
    assert len(warning) == 1 and "körhistoriken" in warning[0] and "annat program" in warning[0]
    assert not list(locked.parent.glob("*.damaged-*"))


def test_failed_integrity_check_moves_the_history_aside(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    _with_one_run(db)
    data = bytearray(db.read_bytes())
    page = 4096
    data[2 * page + 100: 3 * page] = b"\xff" * (page - 100)  # scramble a b-tree page, keep the header
    db.write_bytes(bytes(data))
    h = History(db)
    assert "flyttats" in h.notice
    assert list(tmp_path.glob("history.sqlite3.damaged-*"))


def test_a_bad_row_is_left_out_of_the_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BARNTID_DATA_DIR", str(tmp_path))
    db = tmp_path / "history.sqlite3"
    _with_one_run(db)
    with sqlite3.connect(db) as c:
        c.execute("INSERT INTO runs (created, scenario_name, scenario_toml, seed, replications, version, "
                  "results_json) VALUES ('igår', 'x', '', 'frö', 0, '', 'not json')")
        c.execute("INSERT INTO runs (created, scenario_name, scenario_toml, seed, replications, version, "
                  "results_json) VALUES (0, 'y', '', 1, 1, '', '[1, 2]')")
    assert [r.scenario_name for r in History(db).list()] == ["Sjöbo 2015"]
    assert main(["history"]) == 0
    assert "Sjöbo 2015" in capsys.readouterr().out
    assert main(["history", "--show", "2"]) == 2


@pytest.mark.parametrize("limit", ["99999999999999999999", "0", "-5"])
def test_history_limit_out_of_range_is_named(limit: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "--limit", limit]) == 2
    err = capsys.readouterr().err
    assert "--limit" in err and "Traceback" not in err


def test_history_show_overflow(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "--show", "99999999999999999999"]) == 2
    assert "Ingen körning" in capsys.readouterr().err


def test_full_disk_keeps_results_and_history(tmp_path: Path) -> None:
    """The data folder's disk is full: the CSV is written, the run exits 0 with one line of warning, the
    history file is kept as it was and, once space is freed, still lists the earlier run."""
    disk, out = tmp_path / "disk", tmp_path / "r.csv"
    res = run_on_small_disk(disk, f"""
import json, os, subprocess, sys
from pathlib import Path
disk = Path({str(disk)!r})
os.environ["BARNTID_DATA_DIR"] = str(disk)
from barntid.sim import run_experiment
from barntid.sim.experiment.history import History
from tests.helpers import short
h = History()
h.add(run_experiment(short(years=0.25), replications=2, workers=1))
h.close()
filler = disk / "filler"
with open(filler, "wb", buffering=0) as fh:
    try:
        while True:
            fh.write(b"x" * 4096)
    except OSError:
        pass
run = subprocess.run([sys.executable, "-m", "barntid.cli.main", {", ".join(repr(a) for a in RUN)},
                      "--out", {str(out)!r}], capture_output=True, text=True)
filler.unlink()
h = History()
print(json.dumps({{"code": run.returncode, "err": run.stderr, "runs": len(h.list()),
                  "files": sorted(os.listdir(disk))}}))
""", size_kb=1024)
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout.strip().splitlines()[-1])
    assert report["code"] == 0, report["err"]
    assert out.exists()
    lines = report["err"].strip().splitlines()
    assert len(lines) == 1 and "körhistoriken" in lines[0] and "Traceback" not in report["err"], report["err"]
    assert report["runs"] == 1
    assert not [f for f in report["files"] if "damaged" in f]


def test_history_lists_from_a_read_only_disk(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    res = run_on_small_disk(disk, f"""
from barntid.sim import run_experiment
from barntid.sim.experiment.history import History
from tests.helpers import short
h = History({str(disk / 'history.sqlite3')!r})
h.add(run_experiment(short(years=0.25), replications=2, workers=1))
h.close()
# --- then
import os, sys
os.environ["BARNTID_DATA_DIR"] = {str(disk)!r}
from barntid.cli.main import main
code = main(["history"])
print("code", code)
""", size_kb=1024, read_only=True)
    assert res.returncode == 0, res.stderr
    assert "Sjöbo 2015" in res.stdout and "code 0" in res.stdout, res.stdout + res.stderr
