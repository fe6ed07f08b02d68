"""Screenshots of a plan as a timeline, in the real window on an X server (Xvfb with a window manager):
the Tidslinje page of Sjöbo 2015–2017 with its steps, a step in its dialog, a refused value, the run with a
marker at each step and the week the goal is reached, and theme day's storyline as one run.

    Xvfb :85 -screen 0 1600x1000x24 & DISPLAY=:85 openbox &
    DISPLAY=:85 .venv/bin/python scripts/timeline-screenshots.py docs/img [--quick]

Writes timeline-editor.png, timeline-step.png, timeline-refused.png, timeline-run.png and
timeline-theme-day.png (the whole screen). `--quick` runs the main window's run with 4 replications (for a look
at the layout only; theme day runs the storyline in full).
Uses a temporary data folder and settings, never the user's.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import shots
from shots import pause, start_app, wait

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("out", type=Path)
    p.add_argument("--quick", action="store_true")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--skip-theme-day", action="store_true")
    args = p.parse_args()
    app = start_app("sv")
    if app is None:
        return 2
    args.out.mkdir(parents=True, exist_ok=True)


    from barntid.gui.window.main_window import MainWindow
    window = MainWindow(workers=args.workers, fullscreen_theme_day=False)
    window.interactive = False  # the dialogs are shown, not waited for
    window.resize(1560, 950)
    window.move(10, 10)
    window.show()

    def shoot(name: str) -> None:
        shots.shoot(args.out, name, 700)

    window.open_file(ROOT / "scenarios" / "sjobo-2015-2017.toml")
    if args.quick:
        window.edit("simulation.replications", 4)
    window.form.setMinimumWidth(640)
    timeline = window.timeline
    timeline.show()
    window.run()
    wait(window.run_finished)
    window.tabs.setCurrentIndex(0)
    timeline.panel.select(1)
    shoot("timeline-editor")

    dialog = timeline.open_edit(1)
    assert dialog is not None
    dialog.move(420, 160)
    shoot("timeline-step")
    posts = dialog.add_change("staff.social_workers")
    assert posts is not None
    posts.spin.lineEdit().setText("-3")
    dialog.try_accept()  # refused: the message names the step, the field and its range
    shoot("timeline-refused")
    dialog.reject()

    window.tabs.setCurrentIndex(1)  # staff and caseload: the new posts and the steps on the same weeks
    pause(300)
    shoot("timeline-run")
    window.tabs.setCurrentIndex(0)
    window.form.setMinimumWidth(0)

    if not args.skip_theme_day:
        window.document.undo_stack.setClean()
        window.storylines.open(ROOT / "scenarios" / "storylines" / "sjobo.toml")
        wait(window.run_finished)
        window.storylines.show_as_one_run(True)
        while True:  # the quick estimate, then the refined run of the whole storyline
            wait(window.run_finished)
            if not window.runner.busy:
                break
        shoot("timeline-theme-day")
        window.set_theme_day(False)
    window.document.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
