"""The committee report shows both contact measures side by side and says what they mean."""

from __future__ import annotations

from barntid.present.report import kpi_rows, summary
from barntid.sim import run_experiment, with_changes
from tests.helpers import short


def test_report_puts_childrens_time_beside_staff_contact_time() -> None:
    base = run_experiment(short(years=0.25), replications=2, workers=1)
    pairs = run_experiment(with_changes(base.scenario, {"measures.pair_visits": True}), replications=2, workers=1)
    rows = kpi_rows(base, pairs)
    assert [r.label for r in rows[:2]] == ["Andel tid i direktkontakt", "Barnens tid (varje möte en gång)"]
    assert rows[2].label.startswith("Körningar som når målet")
    text = " ".join(summary(base, pairs, "I dag", "Parbesök"))
    assert "Barnens tid, där ett parbesök räknas en gång, blir" in text and "faktiskt får" in text
    same = " ".join(summary(base, base, "I dag", "I dag"))
    assert "densamma i båda alternativen" in same
