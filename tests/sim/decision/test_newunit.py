"""A new unit calibrated to its measurement: within 1 point, confirmed with another seed."""

from __future__ import annotations

import pytest

from barntid.sim.decision.newunit import CONTACT_KPI, create
from barntid.sim.scenario.io import ScenarioError, parse_text
from barntid.sim.scenario.newunit import UnitFigures


@pytest.mark.parametrize(("target", "fit_posts"), [(0.14, False), (0.10, True)])
def test_calibrated_to_a_measured_contact_share_within_one_point(target: float, fit_posts: bool) -> None:
    f = UnitFigures(name="Ekby", posts=10, children=2000, measured_contact=target)
    unit = create(f, fit_posts=fit_posts, replications=6, confirm_replications=8)
    (check,) = unit.checks
    assert check.name == CONTACT_KPI and check.seed == unit.scenario.simulation.seed + 1
    assert abs(check.error) <= 0.01, check
    assert check.estimate.lo <= check.estimate.mean <= check.estimate.hi
    assert parse_text(unit.text) == unit.scenario
    if fit_posts:
        assert unit.scenario.staff.social_workers != 10
        assert "# Socialsekreterare (heltidstjänster). Kalibrerat: antalet tjänster" in unit.text
        assert unit.scenario.efforts == parse_text(create(UnitFigures(name="E", posts=10, children=2000)).text).efforts
    else:
        assert unit.scenario.staff.social_workers == 10
        assert "Kalibrerat: tiden för indirekt arbete" in unit.text


def test_calibrated_to_a_time_use_table() -> None:
    table = {"contact": 0.12, "documentation": 0.36, "supervision": 0.03}
    unit = create(UnitFigures(name="Ekby", posts=10, children=2000), table, replications=4, confirm_replications=6)
    assert {c.name for c in unit.checks} == set(table)
    assert all(abs(c.error) <= 0.015 for c in unit.checks), unit.checks
    assert unit.scenario.measures.supervision_hours_per_week == pytest.approx(0.03 * 40)


def test_a_share_and_a_table_together_are_refused() -> None:
    with pytest.raises(ScenarioError, match="inte båda"):
        create(UnitFigures(name="E", posts=10, children=2000, measured_contact=0.1), {"contact": 0.1})
