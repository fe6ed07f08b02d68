"""What every subcommand shares: exit codes, the progress line, the common options and reading them."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

from barntid.sim.experiment.results import ReplicationResult
from barntid.sim.scenario.files import resolve_target
from barntid.sim.scenario.io import Problem, ScenarioError, load, parse_value, with_changes
from barntid.sim.scenario.schema import Scenario

EXIT_BAD_INPUT = 2
EXIT_FAILED = 1


class Progress:
    """A one-line progress bar on stderr, shown only on a terminal."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.on = sys.stderr.isatty()
        self.start = time.perf_counter()

    def __call__(self, done: int, total: int, _: ReplicationResult | None = None) -> None:
        if not self.on:
            return
        width = 30
        filled = int(width * done / max(1, total))
        sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} "
                         f"{time.perf_counter() - self.start:.1f} s")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def load_noting(path: str) -> Scenario:
    """Load a scenario file; a note on how it was read (another encoding) goes to stderr."""
    notes: list[str] = []
    sc = load(path, notes)
    for note in notes:
        print(f"Obs: {path}: {note}", file=sys.stderr)
    return sc


def parse_sets(items: list[str]) -> dict[str, Any]:
    """--set KEY=VALUE items as {key: value}; raises ScenarioError for an item without '='."""
    changes: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise ScenarioError([Problem("--set", f"'{item}' ska skrivas NYCKEL=VÄRDE, "
                                                               "t.ex. staff.social_workers=20")])
        changes[key.strip()] = parse_value(value.strip())
    return changes


def scenario_from_args(path: str, args: argparse.Namespace) -> Scenario:
    """The scenario file with the --set, --years, --seed and --replications changes applied."""
    sc = load_noting(path)
    changes = parse_sets(getattr(args, "set", None) or [])
    for flag, key in (("years", "simulation.years"), ("seed", "simulation.seed"),
                      ("replications", "simulation.replications")):
        value = getattr(args, flag, None)
        if value is not None:
            changes[key] = value
    return with_changes(sc, changes) if changes else sc


def check_out(path: str, suffixes: tuple[str, ...], flag: str = "--out") -> None:
    """Refuse an output file before the run, not after it: a wrong ending, a missing folder, a folder or a
    device in its place."""
    if not path.lower().endswith(suffixes):
        raise ScenarioError([Problem(flag, f"'{path}' ska sluta på {' eller '.join(suffixes)}")])
    folder = Path(os.path.realpath(path)).parent
    if not folder.is_dir():
        raise ScenarioError([Problem(flag, f"mappen {folder} finns inte")])
    try:
        resolve_target(path)
    except OSError as exc:
        raise ScenarioError([Problem(flag, f"{path} {exc.strerror}")]) from None


def workers_from_args(args: argparse.Namespace) -> int | None:
    w = getattr(args, "workers", None)
    if w is not None and not 1 <= w <= 256:
        raise ScenarioError([Problem("--workers", f"värdet {w} är utanför det tillåtna intervallet "
                                                               "1–256")])
    return int(w) if w is not None else None


def common(sp: argparse.ArgumentParser) -> None:
    """The options every running subcommand shares."""
    sp.add_argument("--replications", "-n", type=int, help="antal replikeringar (1–1000)")
    sp.add_argument("--years", type=float, help="simulerade år (0,25–20)")
    sp.add_argument("--seed", type=int, help="slumpfrö (heltal ≥ 0)")
    sp.add_argument("--set", action="append", metavar="KEY=VALUE",
                    help="ändra en parameter, t.ex. --set staff.social_workers=20")
    sp.add_argument("--workers", type=int, help="antal processer (standard: alla kärnor)")
    sp.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    sp.add_argument("--lang", choices=["sv", "en"], default="sv", help="språk i tabellen")
