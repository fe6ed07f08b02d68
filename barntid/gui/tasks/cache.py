"""Finished runs kept in memory, so an identical scenario is never run twice (no Qt here).

A run is identified by the scenario's content (its canonical JSON, hashed), the seed and the number of
replications: replication r always uses random streams from (seed, r), so a kept result is exactly what a
fresh run would give, serially or in parallel. The cache is shared between the GUI thread and background jobs
(theme day's precompute), hence the lock; the oldest results go first when it is full.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict

from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.scenario.io import to_dict
from barntid.sim.scenario.schema import Scenario

CACHE_SIZE = 64

Key = tuple[str, int, int]


def run_key(scenario: Scenario, replications: int) -> Key:
    """(content hash, seed, replications): equal exactly when a run would give the same numbers."""
    text = json.dumps(to_dict(scenario), sort_keys=True, default=str, ensure_ascii=False)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return digest, scenario.simulation.seed, replications


class ResultCache:
    """At most `size` finished results by `run_key`, least recently used dropped first; thread-safe."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[Key, ExperimentResult] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, scenario: Scenario, replications: int) -> ExperimentResult | None:
        key = run_key(scenario, replications)
        with self._lock:
            result = self._items.get(key)
            if result is not None:
                self._items.move_to_end(key)
            return result

    def __contains__(self, request: tuple[Scenario, int]) -> bool:
        with self._lock:
            return run_key(*request) in self._items

    def put(self, result: ExperimentResult, replications: int) -> None:
        """Keep a finished result (all `replications` of it; a partial one is never kept)."""
        if len(result.replications) != replications:
            return
        key = run_key(result.scenario, replications)
        with self._lock:
            self._items[key] = result
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)
