"""Theme day's storyline as one run: the steps as dated steps of one scenario's timeline, and the switch between
'Visa som en körning' and 'Visa steg för steg' (runs are not made here: the window's run is recorded instead)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from barntid.sim.scenario.io import ScenarioError
from barntid.sim.scenario.storyline import add_months, as_one_run, load_storyline, results_start
from tests.gui.gui_helpers import ROOT
from tests.gui.timeline.fakes import fake_result

STORY = ROOT / "scenarios" / "storylines" / "sjobo.toml"


def test_a_storyline_becomes_one_scenario_with_a_timeline() -> None:
    story = load_storyline(STORY)
    sc = as_one_run(story)
    first = story.steps[0].scenario
    assert sc.name == "Sjöbo 2015–2017 som en körning"
    assert sc.model_copy(update={"timeline": (), "name": first.name}) == first  # the first step's scenario
    begin = results_start(first)
    assert begin == dt.date(2015, 3, 2)  # 5 January 2015 and eight weeks of warm-up
    assert [s.date for s in sc.timeline] == [add_months(begin, 4 * i) for i in range(1, 7)]
    assert [s.title for s in sc.timeline] == [s.title for s in story.steps[1:]]
    assert [s.changes for s in sc.timeline] == [s.changes for s in story.steps[1:]]
    # Two months apart, and the run is made long enough to show half a year after the last step.
    short = as_one_run(story, months=2)
    assert short.timeline[-1].date == dt.date(2016, 3, 2)
    longer = as_one_run(story, months=8)
    assert longer.timeline[-1].date == dt.date(2019, 3, 2)
    assert longer.simulation.years == 4.5  # 48 months of steps and six after
    with pytest.raises(ScenarioError):
        as_one_run(story, months=0)


def test_a_step_a_timeline_cannot_make_is_refused_naming_it(tmp_path: Path) -> None:
    (tmp_path / "base.toml").write_text((ROOT / "scenarios" / "sjobo-2015.toml").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    story = tmp_path / "story.toml"
    story.write_text('name = "Test"\nbase = "base.toml"\n[[step]]\ntitle = "Start"\n'
                     '[[step]]\ntitle = "Fler anmälningar"\n'
                     'changes = { "demand.reports_per_week" = 20.0 }\n', encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        as_one_run(load_storyline(story))
    problem = info.value.problems[0]
    assert problem.label == "Steg 2 (Fler anmälningar)" and "Orosanmälningar kan inte ändras" in problem.message


def test_theme_day_switches_between_one_run_and_steps(plain_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    w = plain_window
    commands = w.storylines
    monkeypatch.setattr(commands.precompute, "start", lambda scenarios: None)  # no pool in these tests
    assert commands.open(STORY)
    assert w.is_theme_day
    panel = w.theme_view.story
    assert w.theme_view.mode_button.text() == "Visa som en körning" and commands.next_action.isEnabled()
    commands.go(2)
    step = commands.player.step
    runs = len(w.runs)

    w.theme_view.mode_button.click()
    whole = commands.player.whole
    assert whole is not None and w.document.scenario == whole and len(whole.timeline) == 6
    assert commands.player.one_run and not commands.player.modified
    assert w.theme_view.mode_button.text() == "Visa steg för steg"
    assert panel.count.text().startswith("En körning: 7 steg, ett var 4:e månad")
    assert not commands.next_action.isEnabled() and not panel.forward.isEnabled()
    assert w.theme_view.chart.limits is not None and w.theme_view.chart.limits[0] >= 156
    w.theme_rerun.timeout.emit()  # the window re-runs after any change on theme day
    assert len(w.runs) > runs

    # Its result: the chart marks each step; the panel says when the goal is reached.
    contact = [0.11] * 60 + [0.21] * 96
    result = fake_result(whole, contact, replications=whole.simulation.replications)  # final, not an estimate
    w.current = result
    w.refresh()
    assert [t for _x, t in w.theme_view.chart.step_marks][:2] == ["Bärbara datorer", "Checklistor"]
    assert len(w.theme_view.chart.step_marks) == 6
    assert panel.share_note.text() == "Mål 20 % · nås vecka 20 2016"
    assert w.theme_view.kpis.cards["contact_share"].subject.text() == "Hela berättelsen"

    w.edit("staff.admin_fte", 3.0)  # a control moved by hand: still the storyline as one run, changed
    assert commands.player.one_run and commands.player.one_run_modified
    assert panel.count.text().endswith("+ egen ändring") and w.theme_view.mode_button.text() == "Visa steg för steg"
    w.actions_.undo.trigger()
    assert w.document.scenario == whole and not commands.player.one_run_modified

    w.theme_view.mode_button.click()  # back to the step it came from
    assert w.document.scenario == step.scenario and not commands.player.one_run
    assert w.theme_view.mode_button.text() == "Visa som en körning" and commands.next_action.isEnabled()
    w.actions_.undo.trigger()  # undo goes back to the one run, keys and all
    assert w.document.scenario == whole and not commands.next_action.isEnabled()
    w.actions_.undo.trigger()
    assert w.document.scenario == step.scenario and commands.next_action.isEnabled()
