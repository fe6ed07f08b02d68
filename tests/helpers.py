"""Small scenario builders shared by the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from barntid.sim import Scenario, load, with_changes

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ROOT / "scenarios"


def sjobo(**changes: Any) -> Scenario:
    """Sjöbo 2015 with dotted-key changes given as keyword arguments (dots written as __)."""
    sc = load(SCENARIOS / "sjobo-2015.toml")
    return with_changes(sc, {k.replace("__", "."): v for k, v in changes.items()}) if changes else sc


def short(years: float = 1.0, **changes: Any) -> Scenario:
    return sjobo(simulation__years=years, **changes)
