"""The entry point (screenshot mode) and the English translation."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QImage

from barntid.gui import app as gui_app
from barntid.gui import settings
from barntid.gui.i18n import lang
from barntid.gui.i18n.lang import I18N_DIR
from barntid.gui.window.main_window import MainWindow
from tests.gui.gui_helpers import ROOT, scenario_file


def barntid(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The real command in a fresh process (a test must not end the shared QApplication's event loop)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    exe = Path(sys.executable).with_name("barntid")
    return subprocess.run([str(exe), "gui", *args], capture_output=True, text=True, timeout=timeout, env=env,
                          cwd=ROOT, check=False)


@pytest.mark.parametrize("theme_day", [False, True])
def test_screenshot_mode_runs_saves_and_exits_zero(qapp: Any, tmp_path: Path, theme_day: bool) -> None:
    shot = tmp_path / "shot.png"
    extra = ["--theme-day"] if theme_day else []
    done = barntid(str(scenario_file(tmp_path)), "--run", "--screenshot", str(shot), *extra)
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    # Theme day is full screen, as the room sees it (the offscreen screen here, the same in this process).
    screen = QGuiApplication.primaryScreen().geometry()
    size = (screen.width(), screen.height()) if theme_day else gui_app.SCREENSHOT_SIZE
    assert (image.width(), image.height()) == size


def test_screenshot_of_a_storyline_step_with_a_pinned_step_and_a_change_by_hand(tmp_path: Path) -> None:
    (tmp_path / "storylines").mkdir()
    scenario_file(tmp_path, "sjobo-2015.toml", simulation__replications=2, simulation__years=0.25)
    story = tmp_path / "storylines" / "sjobo.toml"
    story.write_bytes((ROOT / "scenarios" / "storylines" / "sjobo.toml").read_bytes())
    shot = tmp_path / "step.png"
    done = barntid("--storyline", str(story), "--step", "3", "--pin-step", "1", "--set", "staff.admin_fte=2",
                   "--screenshot", str(shot))
    assert done.returncode == 0, done.stderr
    assert not QImage(str(shot)).isNull()
    done = barntid("--storyline", str(story), "--step", "9", "--screenshot", str(tmp_path / "x.png"))
    assert done.returncode == 2 and "steg 1–7" in done.stderr
    done = barntid(str(scenario_file(tmp_path)), "--step", "2", "--screenshot", str(tmp_path / "x.png"))
    assert done.returncode == 2 and "--storyline" in done.stderr


def test_screenshot_with_the_committee_report_from_its_own_process(tmp_path: Path) -> None:
    """`gui --run --screenshot --report`: what the bundle's smoke test uses to check the report process."""
    shot, pdf = tmp_path / "shot.png", tmp_path / "rapport.pdf"
    done = barntid(str(scenario_file(tmp_path)), "--run", "--screenshot", str(shot), "--report", str(pdf))
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 0 and pdf.read_bytes().startswith(b"%PDF")


def test_the_window_can_report_when_it_is_shown(tmp_path: Path) -> None:
    """benchmarks/bench_start.py: BARNTID_QUIT_WHEN_SHOWN prints 'shown' once the window is on the screen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", gui_app.QUIT_WHEN_SHOWN: "1"}
    exe = Path(sys.executable).with_name("barntid")
    done = subprocess.run([str(exe), "gui"], capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
                          check=False)
    assert done.returncode == 0 and done.stdout.strip() == "shown", done.stderr


def test_screenshot_of_an_invalid_file_exits_two(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[staff]\nsocial_workers = -3\n", encoding="utf-8")
    done = barntid(str(bad), "--run", "--screenshot", str(tmp_path / "x.png"))
    assert done.returncode == 2
    assert "Socialsekreterare: värdet -3 är utanför" in done.stderr


def test_every_translation_is_finished_and_compiled() -> None:
    ts = ET.parse(I18N_DIR / "barntid_en.ts").getroot()
    messages = list(ts.iter("message"))
    assert len(messages) > 100
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
    assert unfinished == []



def test_committed_qm_matches_the_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), str(I18N_DIR / "barntid_en.ts"), "-qm", str(fresh)], check=True,
                   capture_output=True)
    assert fresh.read_bytes() == (I18N_DIR / "barntid_en.qm").read_bytes(), "run pyside6-lrelease on the .ts"


def test_english_window(qapp: Any, pool: Any) -> None:
    try:
        assert lang.install(QCoreApplication.instance(), "en") == "en"
        w = MainWindow(pool=pool, fullscreen_theme_day=False)
        menus = [a.text() for a in w.menuBar().actions()]
        assert menus[:2] == ["&File", "&Edit"]
        assert w.form.row("staff.social_workers").label.text() == "Social workers"
        assert w.form.row("staff.social_workers").editor.unit.text() == "full-time posts"
        assert w.form.nav.item(0).text() == "Staff"
        assert w.kpis.cards["contact_share"].title.text() == "Contact share"
        w.close()
    finally:
        lang.install(QCoreApplication.instance(), "sv")
    w = MainWindow(pool=pool, fullscreen_theme_day=False)
    assert w.menuBar().actions()[0].text() == "&Arkiv"
    w.close()


def test_language_setting_is_remembered(qapp: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    w = MainWindow(workers=1, fullscreen_theme_day=False)
    try:
        w.set_language("en")
        assert settings.language() == "en"
    finally:
        settings.set_language("sv")
        w.close()


def test_the_window_never_opens_larger_than_the_screen(qtbot: Any) -> None:
    """On a screen with less free room than the window's size (a 1366x768 laptop) it opens maximized, so
    nothing lies beyond the screen's edges; where there is room, at its size."""
    from PySide6.QtWidgets import QWidget

    free = QGuiApplication.primaryScreen().availableGeometry()
    small, roomy = QWidget(), QWidget()
    qtbot.addWidget(small)
    qtbot.addWidget(roomy)
    assert gui_app.show_fitted(small, (free.width() + 100, free.height()))
    assert small.isMaximized() and small.width() <= free.width()
    assert not gui_app.show_fitted(roomy, (free.width() // 2, free.height() // 2))
    assert not roomy.isMaximized() and roomy.width() == free.width() // 2
