"""The layers themselves are import-linter contracts in pyproject.toml (run by scripts/test.sh); this checks
what they cannot see: what a spawned pool worker and the command line actually load at run time."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import ROOT


def test_importing_the_model_and_the_command_line_loads_no_gui_library() -> None:
    code = ("import sys, barntid.sim, barntid.cli.main, barntid.sim.experiment.runner, barntid.present.format; "
            "from barntid.sim import load, run_replication, with_changes; "
            "run_replication(with_changes(load('scenarios/sjobo-2015.toml'), {'simulation.years': 0.25})); "
            "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'matplotlib')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
