"""Results made by hand (no simulation): a known weekly contact share, so the goal week is known."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from barntid.sim.engine.accounting import CATEGORIES, KPI_NAMES, SERIES
from barntid.sim.experiment.results import ExperimentResult, ReplicationResult
from barntid.sim.scenario.io import load
from barntid.sim.scenario.schema import Scenario, TimelineStep
from barntid.sim.scenario.timeline import with_timeline
from tests.gui.gui_helpers import SJOBO

LAPTOPS = TimelineStep(date=dt.date(2015, 9, 1), title="Bärbara datorer",
                       changes={"measures.mobile_documentation": True})
ADMIN = TimelineStep(date=dt.date(2016, 1, 11), title="Stärkt administration", changes={"staff.admin_fte": 1.5})


def planned(*steps: TimelineStep) -> Scenario:
    """Sjöbo 2015 with these steps (laptops in September 2015 and an administrator in January 2016 by default)."""
    return with_timeline(load(SJOBO), list(steps or (LAPTOPS, ADMIN)))


def fake_result(sc: Scenario, contact: Sequence[float], replications: int = 5) -> ExperimentResult:
    """Every replication with the same weekly contact share; the other figures plausible constants."""
    weeks = len(contact)
    reps = []
    for i in range(replications):
        series = {name: [0.5] * weeks for name in SERIES}
        series["contact_share"] = list(contact)
        series["child_contact_share"] = list(contact)
        kpis = {name: 0.5 for name in KPI_NAMES}
        kpis["contact_share"] = kpis["child_contact_share"] = sum(contact) / weeks + 0.001 * i
        kpis["annual_cost_sek"] = 20e6
        hours = {c: 10.0 for c in CATEGORIES}
        reps.append(ReplicationResult(i, i, kpis, hours, 100.0, 80.0, series, 1000))
    return ExperimentResult(sc, sc.simulation.seed, reps)
