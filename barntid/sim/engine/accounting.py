"""Time-use categories, key-figure and series names: the stable vocabulary of the model, CLI, GUI and files."""

from __future__ import annotations

# Every worked hour of every social worker is booked to exactly one of these, in this order.
CATEGORIES: tuple[str, ...] = (
    "contact",
    "documentation",
    "administration",
    "travel",
    "collaboration",
    "supervision",
    "development",
    "induction",
    "practical",
    "unallocated",
)
CONTACT, DOCUMENTATION, ADMIN, TRAVEL, COLLAB, SUPERVISION, DEVELOPMENT, INDUCTION, PRACTICAL, UNALLOCATED = (
    range(len(CATEGORIES))
)

# Key figures every replication reports, in this order (labels, units and formats: barntid.present.labels).
KPI_NAMES: tuple[str, ...] = (
    "contact_share",
    "assessment_within_14d",
    "investigation_within_4m",
    "backlog",
    "caseload_per_worker",
    "turnover_rate",
    "vacancy_rate",
    "newcomer_share",
    "consultant_share",
    "annual_cost_sek",
    "visits_held_share",
    "protection_next_day",
    "investigation_days",
    "investigation_days_p90",
    "overtime_share",
    "sickness_share",
    "consultant_cost_sek",
    "child_contact_share",
    "veteran_share",
    "child_hours_per_case_month",
    "contact_share_ordinary_weeks",
    "followup_meetings_per_child_year",
    "meetings_rebooked_share",
)

# Weekly series every replication records.
SERIES: tuple[str, ...] = (
    "contact_share",
    "backlog",
    "caseload_per_worker",
    "experienced",
    "newcomers",
    "consultants",
    "vacant",
    "assessment_within_14d",
    "investigation_within_4m",
    "cost_sek",
    "overtime_share",
    "sickness_share",
    "stress",
    "child_contact_share",
)
