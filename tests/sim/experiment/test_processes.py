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


def _start(tmp_path: Path) -> tuple[subprocess.Popen[str], list[int]]:
    env = {**os.environ, "BARNTID_DATA_DIR": str(tmp_path)}
    proc = subprocess.Popen(LONG_RUN, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
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
