"""What a plan costs a year by the budget: salaries of the posts, laptops, the out-of-hours service and hired
consultants, from the scenario's own cost parameters. Deterministic, so 'cheapest' is a property of the
lever grid (every step of a lever has a price) and not of the noise of a simulation.

Posts are priced as filled (a budget counts the post, not the vacancy). Consultants are priced from today's
vacancies: with the policy 'after' a vacancy is filled by a consultant at the consultant's price instead of
the salary. Working methods (pair visits, school meetings, checklists) cost nothing here; the time they take
or free is in the simulation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from barntid.sim.scenario.io import get
from barntid.sim.scenario.schema import Scenario

MONTHS = 12.0
BUDGET_KEYS = frozenset({
    "costs.employer_fee", "costs.social_worker_salary", "costs.admin_salary", "costs.assistant_salary",
    "costs.laptop_per_year", "costs.socialjour_per_year", "costs.consultant_monthly", "staff.social_workers",
    "staff.admin_fte", "staff.assistant_fte", "measures.mobile_documentation", "measures.socialjour",
    "turnover.consultant_policy"})
"""The settings `budget` reads; any other lever costs nothing."""


def budget(sc: Scenario, vacancy_rate: float = 0.0, changes: Mapping[str, Any] | None = None) -> float:
    """Annual budget cost (kr) of the unit's posts and measures, with `changes` (dotted keys) applied;
    `vacancy_rate` is today's share of vacant posts (it prices consultants)."""
    ch = changes or {}

    def v(key: str) -> Any:
        return ch[key] if key in ch else get(sc, key)

    fee = 1 + float(v("costs.employer_fee"))
    salary = float(v("costs.social_worker_salary"))
    workers, admin, assistants = (float(v(f"staff.{k}")) for k in ("social_workers", "admin_fte", "assistant_fte"))
    salaries = (workers * salary + admin * float(v("costs.admin_salary"))
                + assistants * float(v("costs.assistant_salary"))) * fee * MONTHS
    laptops = float(v("costs.laptop_per_year")) * (workers + admin + assistants) \
        if v("measures.mobile_documentation") else 0.0
    jour = float(v("costs.socialjour_per_year")) if v("measures.socialjour") else 0.0
    consultants = 0.0
    if v("turnover.consultant_policy") != "none":
        extra = max(0.0, float(v("costs.consultant_monthly")) - salary * fee)
        consultants = max(0.0, vacancy_rate) * workers * extra * MONTHS
    return salaries + laptops + jour + consultants
