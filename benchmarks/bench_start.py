"""Start time to a visible window: the bundle (dist/Barntid/Barntid) against the pip-installed program
(.venv/bin/barntid), measured side by side in one run, alternating, so both see the same machine.

Each start runs ``PROGRAM gui`` with BARNTID_QUIT_WHEN_SHOWN=1: the program prints 'shown' as soon as its main
window is exposed on the screen and quits. The time is from starting the process to reading that line.
With DISPLAY set (e.g. Xvfb) the window is a real X11 window; without it Qt draws offscreen.

    .venv/bin/python benchmarks/bench_start.py [--rounds 7] [--bundle dist/Barntid/Barntid]
        [--installed .venv/bin/barntid]

Prints each round, then the medians and the ratio bundle / installed. A fresh, empty data folder and settings
folder for every start (no autosave to offer back, no recent files).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT_S = 120


def start_once(program: Path) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, BARNTID_QUIT_WHEN_SHOWN="1", HOME=home, BARNTID_DATA_DIR=str(Path(home) / "data"))
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            env.pop(var, None)
        if not env.get("DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        t0 = time.perf_counter()
        proc = subprocess.Popen([str(program), "gui"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True, env=env, cwd=home)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == "shown":
                elapsed = time.perf_counter() - t0
                break
        else:
            proc.wait(TIMEOUT_S)
            raise RuntimeError(f"{program}: the window never showed (exit code {proc.returncode})")
        proc.wait(TIMEOUT_S)
        return elapsed


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Barntid" / "Barntid")
    p.add_argument("--installed", type=Path, default=ROOT / ".venv" / "bin" / "barntid")
    args = p.parse_args(argv)
    programs = {"bundle": args.bundle, "pip install": args.installed}
    for name, prog in programs.items():
        if not prog.is_file():
            print(f"{name}: {prog} finns inte", file=sys.stderr)
            return 2
    where = f"X11 {os.environ['DISPLAY']}" if os.environ.get("DISPLAY") else "offscreen"
    print(f"Start till synligt fönster ({where}), {args.rounds} omgångar, varannan start")
    for prog in programs.values():  # one start each first: the file cache warm for both
        start_once(prog)
    times: dict[str, list[float]] = {name: [] for name in programs}
    for r in range(args.rounds):
        order = list(programs.items()) if r % 2 == 0 else list(reversed(programs.items()))
        for name, prog in order:
            times[name].append(start_once(prog))
        print(f"  omgång {r + 1}: " + ", ".join(f"{n} {times[n][-1]:.2f} s" for n in programs))
    med = {name: statistics.median(t) for name, t in times.items()}
    for name, t in times.items():
        print(f"{name:12s} median {med[name]:.2f} s (min {min(t):.2f}, max {max(t):.2f})")
    print(f"bundle / pip install: {med['bundle'] / med['pip install']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
