"""Swedish and English labels, units and number formats of the model's vocabulary (no Qt)."""

from __future__ import annotations

from barntid.sim.engine.accounting import CATEGORIES, KPI_NAMES, SERIES

CATEGORY_LABELS: dict[str, tuple[str, str]] = {
    "contact": ("Direktkontakt med barn och familj", "Direct contact"),
    "documentation": ("Dokumentation och handläggning", "Documentation and casework"),
    "administration": ("Administration", "Administration"),
    "travel": ("Resor", "Travel"),
    "collaboration": ("Samverkan och möten", "Collaboration and meetings"),
    "supervision": ("Handledning", "Supervision"),
    "development": ("Kompetensutveckling", "Development and training"),
    "induction": ("Introduktion och mentorskap", "Induction and mentoring"),
    "practical": ("Praktiska uppgifter", "Practical tasks"),
    "unallocated": ("Ej fördelad tid", "Unallocated"),
}

# KPI name -> (Swedish label, English label, unit, format)
KPIS: dict[str, tuple[str, str, str, str]] = {
    "contact_share": ("Andel tid i direktkontakt", "Contact share", "%", "pct"),
    "assessment_within_14d": ("Förhandsbedömningar inom 14 dagar", "Initial assessments within 14 days", "%",
                              "pct"),
    "investigation_within_4m": ("Utredningar inom 4 månader", "Investigations within 4 months", "%", "pct"),
    "backlog": ("Arbetsbalans", "Backlog", "timmar", "num"),
    "caseload_per_worker": ("Öppna ärenden per socialsekreterare", "Open cases per social worker", "st",
                            "num"),
    "turnover_rate": ("Personalomsättning", "Turnover rate", "% per år", "pct"),
    "vacancy_rate": ("Vakanta tjänster", "Vacancy rate", "%", "pct"),
    "newcomer_share": ("Nyanställda (under 12 månader)", "Newcomers (under 12 months)", "%", "pct"),
    "consultant_share": ("Konsulter", "Consultant share", "%", "pct"),
    "annual_cost_sek": ("Årskostnad", "Annual cost", "kr", "sek"),
    "visits_held_share": ("Planerade möten som hölls", "Planned meetings held", "%", "pct"),
    "protection_next_day": ("Skyddsbedömningar senast nästa dag", "Protection assessments by the next day", "%",
                            "pct"),
    "investigation_days": ("Utredningstid (medel)", "Investigation time (mean)", "dagar", "num"),
    "investigation_days_p90": ("Utredningstid, 90:e percentilen", "Investigation time, 90th percentile", "dagar",
                               "num"),
    "overtime_share": ("Övertid", "Overtime", "% av avtalad tid", "pct"),
    "sickness_share": ("Sjukfrånvaro", "Sickness absence", "% av arbetsdagarna", "pct"),
    "consultant_cost_sek": ("Konsultkostnad", "Consultant cost", "kr per år", "sek"),
    "child_contact_share": ("Barnens tid (varje möte en gång)", "Children's time (each meeting once)", "%", "pct"),
    "veteran_share": ("Erfarna (över 5 år)", "Experienced (over 5 years)", "%", "pct"),
    "child_hours_per_case_month": ("Barnens mötestid per ärende och månad", "Meeting hours per case and month",
                                   "timmar", "num"),
    "contact_share_ordinary_weeks": ("Tid i direktkontakt, vanliga veckor", "Contact share, ordinary weeks", "%",
                                     "pct"),
    "followup_meetings_per_child_year": ("Möten per barn i uppföljning och år", "Meetings per child in follow-up "
                                         "and year", "möten/år", "num"),
    "meetings_rebooked_share": ("Bokade möten som fick bokas om", "Booked meetings rebooked", "%", "pct"),
}

# Weekly series name -> (Swedish label, English label, unit, format), as in KPIS. A series with a key figure's
# name measures the same thing week by week and takes its label; these are the series of their own.
_SERIES_OWN: dict[str, tuple[str, str, str, str]] = {
    "experienced": ("Erfarna socialsekreterare", "Experienced social workers", "personer", "num"),
    "newcomers": ("Nyanställda (under 12 månader)", "Newcomers (under 12 months)", "personer", "num"),
    "consultants": ("Konsulter", "Consultants", "personer", "num"),
    "vacant": ("Vakanta tjänster", "Vacant posts", "tjänster", "num"),
    "cost_sek": ("Kostnad", "Cost", "kr per vecka", "sek"),
    "stress": ("Stressindex", "Stress index", "index", "num"),
}
SERIES_LABELS: dict[str, tuple[str, str, str, str]] = {name: _SERIES_OWN.get(name) or KPIS[name] for name in SERIES}

assert tuple(KPIS) == KPI_NAMES and tuple(CATEGORY_LABELS) == CATEGORIES and tuple(SERIES_LABELS) == SERIES

# The order key figures are listed in: the two contact measures side by side first, then time with children,
# then the rest as the model reports them.
CONTACT_FIRST = ("contact_share", "child_contact_share", "contact_share_ordinary_weeks",
                 "child_hours_per_case_month", "followup_meetings_per_child_year")
KPI_ORDER: tuple[str, ...] = (*CONTACT_FIRST, *[k for k in KPI_NAMES if k not in CONTACT_FIRST])

# The two contact measures in plain words (Swedish, English), wherever both are shown.
CONTACT_MEASURES_NOTE = (
    "Tid i direktkontakt räknar socialsekreterarnas tid: vid ett parbesök räknas mötet för båda, som i Sjöbos "
    "och den nationella tidsstudiens mätningar och i målet om 20 %. Barnens tid räknar varje möte en gång: den "
    "tid barnet och familjen faktiskt får. Utan parbesök är de lika.",
    "Contact share counts the social workers' time: a pair visit counts for both, as Sjöbo's and the national "
    "time study's measurements and the 20% goal do. Children's time counts each meeting once: the time the child "
    "and family actually get. Without pair visits the two are equal.")
