"""Pictures of each page of Arkiv > Ny enhet … for the README (docs/img/newunit-*.png).

Run under Xvfb from the repository root:  Xvfb :94 -screen 0 1600x1000x24 &  DISPLAY=:94 .venv/bin/python
scripts/newunit-screenshots.py. The pages are filled with a made-up unit (Ekby kommun); the last page runs the
creation, calibrated to a measured contact share of 12 %, before it is taken.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from barntid.gui.newunit.wizard import NewUnitWizard
from barntid.sim.experiment.runner import make_pool

OUT = Path(__file__).resolve().parents[1] / "docs" / "img"


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    pool = make_pool(2)
    wiz = NewUnitWizard(lambda: pool)
    wiz.show()
    m = wiz.municipality
    m.name.setText("Ekby kommun")
    wiz.fields["children"].edit.setText("2500")
    wiz.fields["share_to_investigation"].edit.setText("35")
    wiz.fields["open_investigations"].edit.setText("40")
    wiz.fields["posts"].edit.setText("12")
    wiz.fields["admin"].edit.setText("1,5")
    wiz.fields["turnover"].edit.setText("0,3")  # marked: shares are percent (shown on the staff page)
    wiz.fields["vacancies"].edit.setText("1")
    wiz.measures.boxes["checklists"].setChecked(True)
    wiz.measurement.by_share.setChecked(True)
    wiz.fields["measured_contact"].edit.setText("12")
    OUT.mkdir(parents=True, exist_ok=True)
    for i in range(6):
        settle()
        if i == 2:
            wiz.grab().save(str(OUT / "newunit-3-invalid.png"))
            wiz.fields["turnover"].edit.setText("30")
            settle()
        if i == 5:
            wiz.create_page.start()
            while wiz.new_unit is None:
                settle(500)
        wiz.grab().save(str(OUT / f"newunit-{i + 1}.png"))
        wiz.next()
    pool.shutdown()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
