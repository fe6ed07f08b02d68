"""Chart weeks as calendar months from the scenario's start date (issue 12)."""

from __future__ import annotations

from datetime import date

from barntid.present.calendar import month_ticks, week_start


def test_week_one_begins_after_the_warm_up_on_a_monday() -> None:
    assert week_start(date(2015, 1, 5), 4, 1) == date(2015, 2, 2)
    assert week_start(date(2015, 1, 7), 0, 1) == date(2015, 1, 5)  # the Monday of the start's week


def test_a_three_year_run_is_labelled_by_quarter_with_the_year_in_january() -> None:
    ticks = month_ticks(date(2015, 1, 5), 4, 156, "sv")
    labels = [t for _, t in ticks]
    assert labels[:4] == ["apr\n2015", "juli", "okt", "jan\n2016"]
    assert labels[-1] == "jan\n2018"
    xs = [x for x, _ in ticks]
    assert xs == sorted(xs) and xs[0] >= 1 and xs[-1] <= 157
    assert abs((xs[3] - xs[0]) - 39.4) < 0.5  # April to January: 275 days


def test_a_year_is_labelled_by_month_and_english_names_exist() -> None:
    ticks = month_ticks(date(2016, 9, 1), 0, 52, "en")
    assert [t for _, t in ticks][:3] == ["Sep\n2016", "Oct", "Nov"]  # the run starts on Monday 29 August
    assert len(ticks) == 12
