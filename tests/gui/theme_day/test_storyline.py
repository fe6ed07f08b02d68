"""Storylines on theme day: load one, step with the arrow keys, see each step's contact share in large type."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from barntid.gui.theme_day.storyline_panel import default_storyline
from barntid.sim.scenario.storyline import load_storyline
from tests.gui.gui_helpers import ROOT

SJOBO_STORY = ROOT / "scenarios" / "storylines" / "sjobo.toml"


def quick_for(step: Any) -> Any:
    def check(result: Any, tag: str) -> bool:
        return tag == "quick" and result.scenario.name == step.scenario.name
    return check


def test_storyline_steps_forward_and_back_with_the_keys(window: Any, qtbot: Any) -> None:
    steps = load_storyline(SJOBO_STORY).steps
    with qtbot.waitSignal(window.run_finished, timeout=30_000, check_params_cb=quick_for(steps[0])):
        assert window.storylines.open(SJOBO_STORY)
    assert window.is_theme_day and window.document.scenario == steps[0].scenario
    assert window.document.path is None and not window.document.modified
    panel = window.theme_view.story
    assert panel.isVisible() and panel.title.text() == "Sjöbo 2015"
    assert panel.count.text().startswith("Steg 1 av 7")
    first = panel.share_text
    assert first.endswith("%") and "→" not in first

    window.activateWindow()
    qtbot.waitActive(window)
    slider = window.theme_view.sliders["staff.social_workers"].slider
    slider.setFocus()  # the arrow keys step the storyline even when a slider has the focus
    before = slider.value()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert window.document.scenario == steps[1].scenario
    with qtbot.waitSignal(window.run_finished, timeout=30_000, check_params_cb=quick_for(steps[2])):
        qtbot.keyClick(slider, Qt.Key.Key_PageDown)  # presenter clickers send Page Down
    assert slider.value() == before
    assert window.document.scenario == steps[2].scenario
    assert window.storylines.player.index == 2 and panel.title.text() == "Checklistor"
    assert panel.count.text().startswith("Steg 3 av 7")
    assert panel.text.text().startswith("Nya checklistor")
    # Step 2 was left before its estimate was in, so the arrow starts from the last step measured (1).
    assert " → " in panel.share_text and panel.share_text.endswith("%")
    assert panel.share_text.startswith(first)

    qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert window.document.scenario == steps[1].scenario and window.storylines.player.index == 1
    assert panel.title.text() == "Bärbara datorer"
    # Every step is one undo step; undo walks the storyline back too.
    window.actions_.undo.trigger()
    assert window.document.scenario == steps[2].scenario and window.storylines.player.index == 2
    window.runner.cancel()


def test_arrow_keys_are_the_fields_own_outside_theme_day(window: Any, qtbot: Any) -> None:
    assert window.storylines.open(SJOBO_STORY)
    assert window.actions_.next_step.isEnabled()
    window.set_theme_day(False)
    assert not window.actions_.next_step.isEnabled() and not window.actions_.previous_step.isEnabled()
    window.set_theme_day(True)
    assert window.actions_.next_step.isEnabled()
    window.runner.cancel()


def test_open_storyline_offers_the_shipped_one_and_reports_bad_files(window: Any, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda _p, _t, start, _f: (asked.append(start), ("", ""))[1])
    assert default_storyline() == SJOBO_STORY
    assert not window.storylines.open()
    assert asked == [str(SJOBO_STORY)]

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    (tmp_path / "storylines").mkdir()
    bad = tmp_path / "storylines" / "bad.toml"
    bad.write_text(SJOBO_STORY.read_text(encoding="utf-8").replace("measures.checklists", "measures.checklist"),
                   encoding="utf-8")
    (tmp_path / "sjobo-2015.toml").write_bytes((ROOT / "scenarios" / "sjobo-2015.toml").read_bytes())
    before = window.document.scenario
    assert not window.storylines.open(bad)
    assert shown and "measures.checklist" in shown[0] and "Menade du" in shown[0]
    assert window.document.scenario is before and not window.is_theme_day and window.storylines.player.storyline is None
