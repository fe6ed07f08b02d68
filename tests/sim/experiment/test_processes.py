"""Pool workers never outlive their parent, and a dead worker ends the run with one line, not a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import ROOT, SCENARIOS

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(),
                                reason="finds the pool's processes through Linux's /proc")
LONG_RUN = [sys.executable, "-m", "barntid.cli.main", "run", str(SCENARIOS / "sjobo-2015.toml"), "-n", "4",
            "--years", "20", "--workers", "2", "--no-history"]


def _status(pid: int) -> dict[str, str]:
    try:
        text = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except OSError:
        return {}
    return dict(line.split(":\t", 1) for line in text.splitlines() if ":\t" in line)


def _alive(pid: int) -> bool:
    state = _status(pid).get("State", "")
    return bool(state) and not state.startswith(("Z", "X"))


def _workers(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _status(int(entry.name)).get("PPid", "").strip() == str(parent):
            try:
                cmd = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if b"spawn_main" in cmd:
                found.append(int(entry.name))
    return found


def _start(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen[str], list[int]]:
    env = {**os.environ, "BARNTID_DATA_DIR": str(tmp_path)}
    proc = subprocess.Popen([*LONG_RUN, *extra], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        workers = _workers(proc.pid)
        if len(workers) == 2:
            time.sleep(1.5)  # let them import and start on a replication
            return proc, workers
        time.sleep(0.2)
    proc.kill()
    pytest.fail("the run never started its two pool workers")


def _gone_within(pids: list[int], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(_alive(p) for p in pids):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_exit_when_the_parent_dies(sig: signal.Signals, tmp_path: Path) -> None:
    proc, workers = _start(tmp_path)
    try:
        proc.send_signal(sig)
        proc.wait(10)
        assert _gone_within(workers, 10), f"pool workers {workers} outlived their parent"
    finally:
        for p in workers:
            if _alive(p):
                os.kill(p, signal.SIGKILL)


def test_a_killed_worker_gives_one_line_and_exit_1(tmp_path: Path) -> None:
    proc, workers = _start(tmp_path)
    try:
        os.kill(workers[0], signal.SIGKILL)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 1
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "arbetsprocess" in err


# `barntid run` with a progress callback that prints each finished replication, so the test knows when to kill.
REPORTING_RUN = """
import sys
from barntid.cli import main as cli

class Report:
    def __init__(self, _label):
        pass

    def __call__(self, done, total, _rep=None):
        print(f"klar {done}/{total}", flush=True)

cli.Progress = Report
sys.exit(cli.main(sys.argv[1:]))
"""


def test_a_killed_worker_keeps_the_finished_replications_in_out(tmp_path: Path) -> None:
    out = tmp_path / "delvis.csv"
    env = {**os.environ, "BARNTID_DATA_DIR": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-c", REPORTING_RUN, "run", str(SCENARIOS / "sjobo-2015.toml"),
                             "-n", "12", "--years", "1", "--workers", "2", "--no-history", "--out", str(out)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("klar 1/12"), first
        workers = _workers(proc.pid)
        assert workers, "no pool worker to kill"
        os.kill(workers[0], signal.SIGKILL)
        rest, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 1
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    finished = 1 + rest.count("klar ")
    assert finished < 12, "every replication finished before the kill; nothing was tested"
    assert f"när {finished} av 12 replikeringar" in err
    assert err.strip().endswith(f"de {finished} klara replikeringarna är skrivna till {out}"), err
    rows = [line.split(";") for line in out.read_text(encoding="utf-8-sig").splitlines()]
    p_goal = next(r for r in rows if r[1] == "p_goal")
    assert int(p_goal[6]) == finished


def test_a_worker_killed_before_any_replication_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "inget.csv"
    proc, workers = _start(tmp_path, "--out", str(out))
    try:
        os.kill(workers[0], signal.SIGKILL)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 1 and len(err.strip().splitlines()) == 1, err
    assert "när 0 av 4 replikeringar" in err and err.strip().endswith(f"inget skrevs till {out}")
    assert not out.exists()
