"""Names that tell runs apart: runs of scenarios with the same name are named by what they change from the
first listed run of that name ("Sjöbo 2015 med Socialsekreterare 20 heltidstjänster"), as the committee
report names a proposal."""

from __future__ import annotations

from collections import Counter

from barntid.present.report import change_rows, proposal_title
from barntid.sim.experiment.history import RunRecord
from barntid.sim.scenario.io import ScenarioError, parse_text
from barntid.sim.scenario.schema import Scenario


def variant_names(records: list[RunRecord]) -> dict[int, tuple[str, str]]:
    """Run id -> (name to show, every change from the first run of that name, one per line; '' if none)."""
    repeated = {name for name, n in Counter(r.scenario_name for r in records).items() if n > 1}
    first: dict[str, Scenario] = {}
    out: dict[int, tuple[str, str]] = {}
    for rec in sorted(records, key=lambda r: r.id):
        if rec.scenario_name not in repeated:
            out[rec.id] = (rec.scenario_name, "")
            continue
        try:
            scenario = parse_text(rec.scenario_toml, f"körning {rec.id}")
        except ScenarioError:
            out[rec.id] = (rec.scenario_name, "")
            continue
        base = first.setdefault(rec.scenario_name, scenario)
        rows = change_rows(base, scenario)
        if not rows:
            out[rec.id] = (rec.scenario_name, "")
            continue
        changes = "\n".join(f"{label}: {before} → {after}" for label, before, after in rows)
        out[rec.id] = (proposal_title(base, scenario), changes)
    return out
