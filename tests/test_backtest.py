"""Back-test: the shipped scenarios give exactly the stored results (``tests/exp_results``).

A change that is meant to move results regenerates the files with ``python -m tests.backtest`` in the same
commit and says why; any other change must leave every number as it was.
"""

from __future__ import annotations

import json

import pytest

from tests.backtest import EXPECTED, SCENARIOS, compute


@pytest.mark.parametrize("stem", SCENARIOS)
def test_shipped_scenario_gives_the_stored_results(stem: str) -> None:
    expected = json.loads((EXPECTED / f"{stem}.json").read_text(encoding="utf-8"))
    actual = json.loads(json.dumps(compute(stem)))
    for exp, act in zip(expected["replications"], actual["replications"], strict=True):
        for part in ("kpis", "hours", "worked_hours", "case_hours", "events"):
            assert act[part] == exp[part], f"{stem}, replication {exp['replication']}: {part} moved"
        for name, values in exp["series"].items():
            assert act["series"][name] == values, f"{stem}, replication {exp['replication']}: series {name} moved"
    assert actual == expected
