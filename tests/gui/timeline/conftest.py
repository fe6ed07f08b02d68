"""A main window without a process pool: the timeline's tests edit, draw and save, and never run the model."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def plain_window(qtbot: Any) -> Iterator[Any]:
    from barntid.gui.window.main_window import MainWindow

    w = MainWindow(pool=None, fullscreen_theme_day=False)
    w.interactive = False  # no modal boxes: messages go to stderr
    w.runs = []  # what would have been run
    w.run = lambda tag="full", replications=None: w.runs.append(tag) or True
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.document.undo_stack.setClean()
    w.close()
    w.deleteLater()
