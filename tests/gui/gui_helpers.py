"""Helpers shared by the GUI tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from barntid.sim.scenario.io import parse_text, read_text, save, with_changes

ROOT = Path(__file__).resolve().parents[2]
SJOBO = ROOT / "scenarios" / "sjobo-2015.toml"


def scenario_file(folder: Path, name: str = "fast.toml", **changes: Any) -> Path:
    """A copy of the Sjöbo scenario (comments kept) with simulation settings changed for speed."""
    text = read_text(SJOBO)
    values = {"simulation.replications": 2, "simulation.years": 0.5}
    values.update({k.replace("__", "."): v for k, v in changes.items()})
    path = folder / name
    save(with_changes(parse_text(text), values), path, text)
    return path
