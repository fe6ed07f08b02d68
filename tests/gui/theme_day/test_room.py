"""Theme day in front of a room: preliminary figures look preliminary, axes stay put, intervals stay in 0-100 %,
steps come from the cache, header and card agree, Esc leaves, and everything is large enough to read."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from barntid.gui.results.kpi_panel import BAD, GOOD, PRELIMINARY, Shown, shown_state
from barntid.gui.theme_day.room import SMALL, Room, axis_limits
from barntid.sim.experiment.results import SHARES, ExperimentResult
from barntid.sim.experiment.runner import run_experiment
from barntid.sim.scenario.io import load, with_changes
from barntid.sim.scenario.storyline import load_storyline
from tests.gui.gui_helpers import ROOT, scenario_file

SJOBO_STORY = ROOT / "scenarios" / "storylines" / "sjobo.toml"


def fast_storyline(folder: Path, replications: int = 3, years: float = 0.5) -> Path:
    """The Sjöbo storyline on a base scenario that runs in a moment."""
    (folder / "storylines").mkdir()
    scenario_file(folder, "sjobo-2015.toml", simulation__replications=replications, simulation__years=years)
    story = folder / "storylines" / "sjobo.toml"
    story.write_bytes(SJOBO_STORY.read_bytes())
    return story


def final(result: Any, tag: str) -> bool:
    return tag != "quick"


def px(label: QLabel) -> int:
    label.ensurePolished()
    return QFontInfo(label.font()).pixelSize()


def open_fast(window: Any, qtbot: Any, tmp_path: Path, **kw: Any) -> Path:
    story = fast_storyline(tmp_path, **kw)
    with qtbot.waitSignal(window.run_finished, timeout=60_000, check_params_cb=final):
        assert window.storylines.open(story)
    return story


# -- preliminary and final ---------------------------------------------------------------------------------

def test_state_of_a_result_quick_running_final_or_stale(tmp_path: Path) -> None:
    sc = load(scenario_file(tmp_path, simulation__replications=2, simulation__years=0.5))
    quick = run_experiment(with_changes(sc, {"simulation.years": 0.25}), workers=1)
    full = run_experiment(sc, workers=1)
    partial = ExperimentResult(sc, sc.simulation.seed, full.replications[:1])
    assert shown_state(quick, sc, running=False) == Shown.PRELIMINARY  # fewer years: a quick estimate
    assert shown_state(partial, sc, running=False) == Shown.PRELIMINARY  # fewer replications
    assert shown_state(full, sc, running=True) == Shown.PRELIMINARY
    assert shown_state(full, sc, running=False) == Shown.FINAL
    assert shown_state(full, with_changes(sc, {"staff.admin_fte": 3.0}), running=False) == Shown.STALE


def test_quick_estimate_is_neutral_and_says_preliminary_final_has_the_goal_colour(window: Any, qtbot: Any,
                                                                                 tmp_path: Path) -> None:
    story = fast_storyline(tmp_path, replications=6, years=1.5)
    card = window.theme_view.kpis.cards["contact_share"]
    panel = window.theme_view.story
    seen: list[tuple[str, str, bool, str, str, str]] = []

    def look(_result: Any, tag: str) -> None:  # what the room saw when each result came in
        seen.append((tag, card.value.styleSheet(), card.tag.isVisible(), panel.share.text(), card.extra.text(),
                     panel.share_note.text()))

    window.run_finished.connect(look)
    with qtbot.waitSignal(window.run_finished, timeout=60_000, check_params_cb=final):
        assert window.storylines.open(story)
    (q_tag, q_style, q_tagged, q_share, q_extra, q_note) = seen[-2]
    (f_tag, f_style, f_tagged, f_share, f_extra, f_note) = seen[-1]
    assert q_tag == "quick" and f_tag == "refine"
    # The quick estimate: neutral, marked, without the chance of reaching the goal (four runs cannot say).
    assert PRELIMINARY in q_style and GOOD not in q_style and BAD not in q_style and q_tagged
    assert f"color: {PRELIMINARY}" in q_share and GOOD not in q_share and BAD not in q_share
    assert "Preliminärt" in q_note and "sannolikhet" not in q_extra
    # The final figure: the goal's colour, no mark.
    assert (GOOD in f_style) != (BAD in f_style) and not f_tagged
    assert (GOOD in f_share) != (BAD in f_share)
    assert "Preliminärt" not in f_note and "sannolikhet" in f_extra
    assert window.theme_view.chart.preliminary is False


def test_intervals_of_shares_stay_within_0_and_100_percent(window: Any, qtbot: Any, tmp_path: Path) -> None:
    sc = load(scenario_file(tmp_path, simulation__replications=4, simulation__years=0.5))
    quick = run_experiment(sc, workers=1)
    for name in SHARES:
        e = quick.kpis[name]
        assert not e.lo < 0.0 and not e.hi > 1.0, name
    # Replications all near 100 % (a quick estimate once read "99,3 % - 100,2 %").
    near = [0.999, 1.0, 0.993, 1.0]
    reps = [dataclasses.replace(r, kpis={**r.kpis, "contact_share": v}) for r, v in zip(quick.replications, near,
                                                                                        strict=True)]
    high = ExperimentResult(sc, sc.simulation.seed, reps)
    e = high.kpis["contact_share"]
    assert 0.0 <= e.lo <= e.mean <= e.hi <= 1.0
    card = window.theme_view.kpis.cards["contact_share"]
    card.show_result(high, None, Shown.PRELIMINARY, compact=True)
    numbers = [float(n.replace(",", ".")) for n in re.findall(r"\d+,\d+", card.interval.text())]
    assert numbers and max(numbers) <= 100.0


# -- fixed axes --------------------------------------------------------------------------------------------

def test_axes_are_fixed_for_the_whole_storyline(window: Any, qtbot: Any, tmp_path: Path) -> None:
    story = fast_storyline(tmp_path, replications=4, years=1.5)
    steps = load_storyline(story).steps
    assert axis_limits(s.scenario for s in steps) == (78, 40.0)
    limits: list[tuple[Any, Any]] = []

    def look(_result: Any, _tag: str) -> None:
        ax = window.theme_view.chart.figure.axes[0]
        limits.append((ax.get_xlim(), ax.get_ylim()))

    window.run_finished.connect(look)
    with qtbot.waitSignal(window.run_finished, timeout=60_000, check_params_cb=final):
        assert window.storylines.open(story)
    for _ in range(2):
        with qtbot.waitSignal(window.run_finished, timeout=60_000, check_params_cb=final):
            window.storylines.step(1)
    assert len(limits) >= 4  # quick (a year) and final (a year and a half) at least for the first step
    assert all(lim == limits[0] for lim in limits), limits
    assert limits[0] == ((1.0, 78.0), (0.0, 40.0))


# -- cache and precompute ----------------------------------------------------------------------------------

def test_storyline_steps_are_computed_in_the_background_and_stepping_is_instant(window: Any, qtbot: Any,
                                                                                tmp_path: Path) -> None:
    story = open_fast(window, qtbot, tmp_path)
    steps = [s.scenario for s in load_storyline(story).steps]
    # Only the first step was asked for: the others get into the cache in the background.
    qtbot.waitUntil(lambda: all(window.runner.is_cached(s) for s in steps), timeout=120_000)
    jobs = list(window.runner.jobs)
    got: list[tuple[Any, str]] = []
    window.run_finished.connect(lambda result, tag: got.append((result, tag)))
    for delta in (1, 1, -1):
        window.storylines.step(delta)
        qtbot.waitUntil(lambda: len(got) == 1, timeout=5_000)  # the coalescing timer, then at once
        result, tag = got.pop()
        assert tag == "refine" and result.scenario == window.document.scenario
        assert not window.runner.busy
    assert window.runner.jobs == jobs  # no run was started
    card = window.theme_view.kpis.cards["contact_share"]
    assert GOOD in card.value.styleSheet() or BAD in card.value.styleSheet()  # final at once
    # Leaving theme day stops the background work.
    window.set_theme_day(False)
    assert not window.storylines.precompute.running


# -- header and card, measures, Esc ------------------------------------------------------------------------

def test_after_a_change_by_hand_header_and_card_agree(window: Any, qtbot: Any, tmp_path: Path) -> None:
    open_fast(window, qtbot, tmp_path)
    view, panel = window.theme_view, window.theme_view.story
    card = view.kpis.cards["contact_share"]
    with qtbot.waitSignal(window.run_finished, timeout=60_000, check_params_cb=final):
        window.storylines.step(1)
        window.storylines.step(1)
        # Until step 3's figure is in, neither says a number that belongs to step 1.
        assert card.value.text() == "…" and panel.share_text.endswith("…")
        assert GOOD not in card.value.styleSheet() and BAD not in card.value.styleSheet()
    assert panel.count.text().startswith("Steg 3 av 7") and "egen ändring" not in panel.count.text()
    assert card.subject.text() == "Steg 3"
    assert panel.share_text.endswith(card.value.text())

    def changed(result: Any, tag: str) -> bool:
        return tag != "quick" and result.scenario.staff.admin_fte == 2.5

    with qtbot.waitSignal(window.run_finished, timeout=60_000, check_params_cb=changed):
        qtbot.mouseClick(view.sliders["staff.admin_fte"].plus, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(view.sliders["staff.admin_fte"].plus, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(view.sliders["staff.admin_fte"].plus, Qt.MouseButton.LeftButton)
    assert window.storylines.player.index == 2 and window.storylines.player.modified
    assert panel.count.text().startswith("Steg 3 av 7 + egen ändring")
    assert card.subject.text() == "Steg 3 + egen ändring"
    assert panel.share_text.endswith(card.value.text())  # the same figure on the card and in the header
    assert "Från steg 3" in panel.share_note.text()
    assert "Administrativt stöd: 2,5 (steget: 1)" in panel.measures.text().replace("&nbsp;", " ")


def test_every_measure_the_storyline_switches_is_in_the_panel(window: Any, qtbot: Any, tmp_path: Path) -> None:
    open_fast(window, qtbot, tmp_path)
    panel = window.theme_view.story
    window.storylines.go(6)
    text = panel.measures.text().replace("&nbsp;", " ")
    for name in ("Bärbara datorer", "Checklistor", "Möten i skolan", "Administrativt stöd: 1,5",
                 "Parbesök (utom uppföljningsmöten, möten i skolan)", "Assistenter: 1"):
        assert name in text, name
    window.storylines.go(0)
    text = panel.measures.text().replace("&nbsp;", " ")
    assert "✗ Checklistor" in text and "✗ Möten i skolan" in text and "uppföljningsmöten" not in text
    window.runner.cancel()


def test_escape_leaves_theme_day_even_while_a_run_goes_on(window: Any, qtbot: Any, tmp_path: Path) -> None:
    window.open_file(scenario_file(tmp_path, simulation__replications=200, simulation__years=2.0))
    with qtbot.waitSignal(window.runner.progressed, timeout=30_000):
        window.set_theme_day(True)
    assert window.runner.busy and window.is_theme_day
    window.activateWindow()
    window.theme_view.sliders["staff.social_workers"].slider.setFocus()
    qtbot.keyClick(window.theme_view.sliders["staff.social_workers"].slider, Qt.Key.Key_Escape)
    assert not window.is_theme_day and window.menuBar().isVisible()
    assert window.actions_.cancel.shortcut().toString() == "Esc"  # Esc cancels a run again outside theme day
    window.set_theme_day(True)
    window.setFocus()  # no control has the focus: Esc still leaves
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.is_theme_day
    window.runner.cancel()


# -- sizes -------------------------------------------------------------------------------------------------

def test_secondary_text_is_at_least_2_5_percent_of_the_screen_height(window: Any, qtbot: Any,
                                                                      tmp_path: Path) -> None:
    open_fast(window, qtbot, tmp_path)
    view = window.theme_view
    screen = view.screen().geometry().height()
    assert view.room == Room(screen)  # sized for the screen it is on
    for height in (720, 1000):
        view.apply_room(Room(height))
        view.chart.redraw()
        least = 0.025 * height
        card = view.kpis.cards["contact_share"]
        for label in (card.interval, card.extra, card.tag, view.story.share_note, view.story.measures,
                      view.story.count, view.status):
            assert px(label) >= least, (label.objectName(), px(label), height)
        ax = view.chart.figure.axes[0]
        to_px = view.chart.figure.dpi / 72
        texts = [*ax.get_xticklabels(), *ax.get_yticklabels(), *ax.get_legend().get_texts(), *ax.texts]
        assert any(t.get_text().startswith("Mål") for t in ax.texts)
        for t in texts:
            assert t.get_fontsize() * to_px >= least, (t.get_text(), t.get_fontsize())
    assert SMALL >= 0.025


def test_dialogs_opened_from_theme_day_use_the_large_type(window: Any, qtbot: Any, tmp_path: Path) -> None:
    window.open_file(scenario_file(tmp_path))
    with qtbot.waitSignal(window.run_finished, timeout=60_000, check_params_cb=final):
        window.set_theme_day(True)
    box = QMessageBox(QMessageBox.Icon.Warning, "Test", "Text", parent=window)
    box.show()
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    height = window.screen().geometry().height()
    assert px(label) >= 0.028 * height
    box.close()
    window.set_theme_day(False)
    normal = QMessageBox(QMessageBox.Icon.Warning, "Test", "Text", parent=window)
    normal.show()
    label = normal.findChild(QLabel, "qt_msgbox_label")
    assert label is not None and px(label) < 0.028 * height
    normal.close()


def test_chart_keeps_half_the_height_with_a_storyline_and_a_pinned_comparison(window: Any, qtbot: Any,
                                                                              tmp_path: Path) -> None:
    open_fast(window, qtbot, tmp_path)
    window.pin_baseline()
    with qtbot.waitSignal(window.run_finished, timeout=60_000, check_params_cb=final):
        window.storylines.go(6)  # the longest text and the most measures
    view = window.theme_view
    assert view.story.isVisible() and window.comparison.baseline is not None
    assert len(view.chart.entries) == 2
    for width, height in ((1600, 1000), (1280, 720)):
        window.resize(width, height)
        view.apply_room(Room(height))
        qtbot.waitUntil(lambda h=height: window.height() == h, timeout=5_000)
        qtbot.wait(50)  # the layout settles
        view.chart.redraw()
        assert view.chart.height() >= 0.5 * window.height(), (width, view.chart.height())
        for card in view.kpis.cards.values():  # none squeezed: each as tall as its text needs at its width
            need = card.heightForWidth(card.width())
            assert need > 0 and card.height() >= need - 2, (card.name, card.height(), need, height)
        fig = view.chart.figure
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
        ylabel = fig.axes[0].yaxis.label.get_window_extent(renderer)
        assert ylabel.x0 >= 0 and ylabel.y0 >= 0 and ylabel.y1 <= fig.bbox.height  # not clipped


def test_the_storyline_file_dialog_on_theme_day_is_large_enough_for_the_large_type(window: Any, qtbot: Any,
                                                                                  tmp_path: Path) -> None:
    window.open_file(scenario_file(tmp_path))
    window.set_theme_day(True)
    seen: list[tuple[int, int, int]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, answer)
            return
        label = dialog.findChild(QLabel)
        seen.append((dialog.width(), dialog.height(), px(label) if label is not None else 0))
        dialog.reject()

    QTimer.singleShot(50, answer)
    assert not window.storylines.open()
    assert seen, "no file dialog"
    width, height, text = seen[0]
    assert width >= 0.7 * window.width() and height >= 0.6 * window.height()
    assert text >= 0.028 * window.screen().geometry().height()
    window.runner.cancel()
