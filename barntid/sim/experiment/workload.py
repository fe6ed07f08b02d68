"""A rough estimate of a run's work (model events) and memory, so a scenario beyond this machine is refused
before it starts instead of running for hours or exhausting memory.

The estimate counts reports of concern (the base inflow with its seasonal profile and surges, plus the
caseload on day one), about `EVENTS_PER_REPORT` events for each, and `BYTES_PER_WAITING_CASE` for each case
that can be waiting at once: the cases the unit cannot get to (demand beyond its hours) pile up for the
whole run, so memory grows with them. Both constants were measured on the shipped scenarios with generous
margins; the limits are set far above any real unit's needs.
"""

from __future__ import annotations

import os

from barntid.sim.scenario.io import Problem, ScenarioError
from barntid.sim.scenario.schema import Scenario

EVENTS_PER_REPORT = 60.0
BYTES_PER_WAITING_CASE = 2_000.0
BASE_BYTES = 60e6  # the interpreter and the model's fixed structures per process
MAX_EVENTS = 5e8  # per replication: a quarter of an hour or more of one core's work
MEMORY_SHARE = 0.5  # a run may use at most half of this machine's memory


def physical_memory() -> float:
    try:
        return float(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (AttributeError, ValueError, OSError):
        return 4e9


def _reports(sc: Scenario) -> float:
    weeks = sc.simulation.warmup_weeks + sc.simulation.years * 52
    d = sc.demand
    rate = d.reports_per_week * sum(d.seasonal) / 12
    extra = sum(rate * (s.multiplier - 1) * max(0.0, min(s.weeks, weeks - s.start_week)) for s in d.surges)
    i = sc.initial
    return rate * weeks + max(0.0, extra) + i.assessments + sum(i.investigations_by_month) + i.followups


def _hours_per_report(sc: Scenario) -> float:
    e, d = sc.efforts, sc.demand
    visit = e.visit_contact_hours + e.visit_travel_hours + e.visit_documentation_hours
    investigation = (e.investigation_casework_hours + e.investigation_admin_hours + e.investigation_collab_hours
                     + e.investigation_practical_hours + e.investigation_visits * visit)
    monthly = (e.followup_casework_hours + e.followup_admin_hours + e.followup_collab_hours
               + e.followup_practical_hours + e.followup_visits_per_month * visit)
    return (e.protection_hours + e.assessment_casework_hours + e.assessment_admin_hours + e.assessment_collab_hours
            + d.share_to_investigation * (investigation + d.share_to_followup * d.followup_months * monthly))


def estimate(sc: Scenario) -> tuple[float, float]:
    """(events, bytes) for one replication: rough, on the generous side."""
    reports = _reports(sc)
    weeks = sc.simulation.warmup_weeks + sc.simulation.years * 52
    capacity = sc.staff.social_workers * sc.staff.weekly_hours * weeks  # every hour on cases: an upper bound
    waiting = max(0.0, reports - capacity / max(_hours_per_report(sc), 1e-9))
    d = sc.demand
    rate = d.reports_per_week * max(d.seasonal)
    open_at_once = rate * (20 + d.share_to_investigation * d.share_to_followup * d.followup_months * 4.35)
    events = EVENTS_PER_REPORT * reports + 10 * weeks * (sc.staff.social_workers + 1)
    return events, BASE_BYTES + BYTES_PER_WAITING_CASE * (waiting + open_at_once)


def check(sc: Scenario, replications: int, parallel: int) -> None:
    """Raise ScenarioError, saying what to reduce, if the run is beyond this machine."""
    events, memory = estimate(sc)
    parallel = max(1, min(parallel, replications))
    available = MEMORY_SHARE * physical_memory()
    problems = []
    if memory * parallel > available:
        problems.append(Problem("", (
            f"scenariot '{sc.name}' är för stort för den här datorn: uppskattningsvis {memory / 1e9:.1f} GB minne "
            f"per replikering ({parallel} samtidigt), men högst {available / 1e9:.1f} GB finns att tillgå. Ärenden "
            "som enheten inte hinner med samlas på hög. Minska Orosanmälningar, Toppar eller Simulerade år, "
            "öka Socialsekreterare, eller kör med färre processer (--workers)")))
    if events > MAX_EVENTS:
        problems.append(Problem("", (
            f"scenariot '{sc.name}' är för stort: uppskattningsvis {events:.1e} händelser per replikering, högst "
            f"{MAX_EVENTS:.0e} tillåts. Minska Orosanmälningar, Toppar eller Simulerade år")))
    if problems:
        raise ScenarioError(problems)
