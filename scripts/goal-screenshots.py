"""Screenshots of 'Nå målet' as a chief sees it, in the real window on an X server (Xvfb with a window manager):
the dialog opened on Sjöbo 2015 before any run (it starts the main window's run, the dialog's 'today', and a
search started meanwhile waits for it), then the search with the dialog's defaults while it runs (live
frontier, time left) and when done; then with 'Barnens tid får inte minska'; then a goal out of reach (no
plan, the nearest candidate).

    Xvfb :95 -screen 0 1600x1000x24 & DISPLAY=:95 openbox &
    DISPLAY=:95 .venv/bin/python scripts/goal-screenshots.py out/goal [--quick]

Writes goal-waiting.png, goal-running.png, goal-plan.png, goal-children.png and goal-none.png (the whole
screen). `--quick` runs a quarter of a year with 4 replications (for a look at the layout only). Uses a
temporary data folder.
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
    args = p.parse_args()
    app = start_app("sv")
    if app is None:
        return 2
    args.out.mkdir(parents=True, exist_ok=True)


    from barntid.gui.window.main_window import MainWindow
    window = MainWindow(workers=args.workers)
    window.resize(1500, 940)
    window.move(20, 20)
    window.show()
    window.open_file(ROOT / "scenarios" / "sjobo-2015.toml")
    if args.quick:
        window.edit("simulation.years", 0.25)
        window.edit("simulation.replications", 4)

    def shoot(name: str) -> None:
        shots.shoot(args.out, name, 600)

    dialog = window.decision_menu.open("goal")  # starts the main window's run: the dialog's 'today'
    dialog.resize(1560, 930)
    dialog.move(10, 30)
    pause(500)
    dialog.controls.start_button.click()  # during that run: the search waits for it
    pause(1_000)
    shoot("goal-waiting")
    if window.runner.busy:
        wait(window.run_finished)
    pause(12_000 if not args.quick else 3_000)
    shoot("goal-running")
    wait(dialog.controls.succeeded)
    shoot("goal-plan")
    dialog.keep_child.setChecked(True)
    dialog.controls.start_button.click()
    wait(dialog.controls.succeeded)
    shoot("goal-children")
    dialog.keep_child.setChecked(False)
    for r in range(dialog.table.rowCount()):
        key = dialog.lever_item(r).data(0x0100)
        dialog.set_lever(key, key in ("staff.admin_fte", "staff.assistant_fte"))
    dialog.target.setValue(30)
    dialog.controls.start_button.click()
    wait(dialog.controls.succeeded)
    shoot("goal-none")
    dialog.close()
    window.document.undo_stack.setClean()  # --quick edited the scenario: no question about saving
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
