"""Intervals of shares stay inside 0-100 %, and of amounts above 0; elsewhere they are Student's t."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from barntid.sim.experiment.results import SHARES, estimate

SHARE_VALUES = st.lists(st.floats(0, 1), min_size=2, max_size=40)


@settings(max_examples=300, deadline=None)
@given(SHARE_VALUES, st.sampled_from(sorted(SHARES)))
def test_share_interval_stays_inside_0_1_and_holds_the_mean(values: list[float], name: str) -> None:
    e = estimate(values, name)
    assert 0.0 <= e.lo <= e.mean + 1e-12 and e.mean - 1e-12 <= e.hi <= 1.0


def test_examples_from_the_issue_now_stay_inside() -> None:
    near_zero = [0.0, 0.0, 0.012, 0.0, 0.003]  # a t interval reads -0,7 % - 1,2 %
    near_one = [1.0, 0.99, 1.0, 0.985, 1.0]  # a t interval reads 98,9 % - 100,6 %
    for values in (near_zero, near_one):
        e = estimate(values, "visits_held_share")
        assert 0 <= e.lo < e.mean < e.hi <= 1
        t = estimate(values)
        assert t.lo < 0 or t.hi > 1  # the plain t interval crossed the bound
    turnover = estimate([0.0, 0.0, 2.5, 0.0], "turnover_rate")
    assert turnover.lo == 0.0 and turnover.hi > turnover.mean


def test_far_from_the_bounds_it_is_the_t_interval() -> None:
    rng = np.random.default_rng(1)
    values = list(0.15 + 0.01 * rng.standard_normal(30))
    w, t = estimate(values, "contact_share"), estimate(values)
    assert math.isclose(w.lo, t.lo, abs_tol=2e-4) and math.isclose(w.hi, t.hi, abs_tol=2e-4)


def test_identical_values_give_a_point_interval() -> None:
    e = estimate([0.2, 0.2, 0.2], "contact_share")
    assert math.isclose(e.lo, 0.2) and math.isclose(e.hi, 0.2) and e.lo <= e.mean <= e.hi
    z = estimate([0.0, 0.0], "contact_share")
    assert (z.lo, z.hi) == (0.0, 0.0)
