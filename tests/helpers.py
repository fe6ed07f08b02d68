"""Small scenario builders shared by the tests."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from barntid.sim import Scenario, load, with_changes

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ROOT / "scenarios"


def sjobo(**changes: Any) -> Scenario:
    """Sjöbo 2015 with dotted-key changes given as keyword arguments (dots written as __)."""
    sc = load(SCENARIOS / "sjobo-2015.toml")
    return with_changes(sc, {k.replace("__", "."): v for k, v in changes.items()}) if changes else sc


def short(years: float = 1.0, **changes: Any) -> Scenario:
    return sjobo(simulation__years=years, **changes)


def run_on_small_disk(mount: Path, script: str, size_kb: int = 512, read_only: bool = False,
                      timeout: float = 240) -> subprocess.CompletedProcess[str]:
    """Run a Python script with a small tmpfs mounted at `mount` (a private mount namespace, so nothing on
    the machine sees it). Skips the test where the platform cannot make one (no unshare, no user namespaces).
    `read_only` remounts the tmpfs read-only after the script's optional setup section (see below).
    The script runs in the repository's folder with this interpreter."""
    import shutil

    if shutil.which("unshare") is None or sys.platform != "linux":
        pytest.skip("needs Linux's unshare to mount a small tmpfs in a private mount namespace")
    mount.mkdir(parents=True, exist_ok=True)
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs '{mount}'"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs in a private mount namespace here: {probe.stderr.strip()}")
    shell = (f"mount -t tmpfs -o size={size_kb}k tmpfs '{mount}' && "
             f"{shlex.quote(sys.executable)} -c \"$BARNTID_SETUP\" && "
             + (f"mount -o remount,ro '{mount}' && " if read_only else "")
             + f"exec {shlex.quote(sys.executable)} -c \"$BARNTID_SCRIPT\"")
    setup, _, main = script.partition("# --- then\n") if "# --- then\n" in script else ("pass", "", script)
    env = {**os.environ, "BARNTID_SETUP": setup or "pass", "BARNTID_SCRIPT": main, "PYTHONPATH": str(ROOT)}
    return subprocess.run(["unshare", "-rm", "sh", "-c", shell], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=timeout)
