"""Golden results of the shipped scenarios (the back-test's expected files, as pydesrap_mms keeps them).

Each shipped scenario runs its first REPLICATIONS replications with its own seed; everything a replication
reports (key figures, hours by category, worked and case hours, weekly series, event count) is stored in
``tests/exp_results/<scenario>.json`` and compared exactly by ``tests/test_backtest.py``.

Regenerate only in a commit that means to move results, and say why in its message:

    .venv/bin/python -m tests.backtest
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = ROOT / "tests" / "exp_results"
SCENARIOS = ("sjobo-2015", "sjobo-2017", "surge-2015", "national-time-study", "sjobo-2015-2017")
REPLICATIONS = 3


def _clean(x: Any) -> Any:
    """JSON has no NaN: store it as null (floats round-trip exactly through repr otherwise)."""
    if isinstance(x, float):
        return None if math.isnan(x) else x
    if isinstance(x, dict):
        return {k: _clean(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [_clean(v) for v in x]
    return x


def compute(stem: str) -> dict[str, Any]:
    """The results of one shipped scenario, as plain JSON-ready data."""
    from barntid.sim import load, run_replication

    scenario = load(ROOT / "scenarios" / f"{stem}.toml")
    reps = []
    for r in range(REPLICATIONS):
        res = run_replication(scenario, r)
        reps.append({"replication": res.replication, "seed": res.seed, "kpis": res.kpis, "hours": res.hours,
                     "worked_hours": res.worked_hours, "case_hours": res.case_hours, "events": res.events,
                     "series": res.series})
    return _clean({"scenario": scenario.name, "replications": reps})


def main() -> int:
    EXPECTED.mkdir(exist_ok=True)
    for stem in SCENARIOS:
        path = EXPECTED / f"{stem}.json"
        path.write_text(json.dumps(compute(stem), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"skrev {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
