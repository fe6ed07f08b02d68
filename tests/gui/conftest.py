"""GUI test fixtures: offscreen Qt, settings in a temporary folder, one shared warm process pool."""
# The platform must be chosen before anything can import Qt.

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from barntid.sim.experiment.runner import make_pool
from tests.gui.gui_helpers import scenario_file


def pytest_configure(config: pytest.Config) -> None:
    # matplotlib's Qt backend asks about a Qt attribute that Qt 6 deprecates; not ours to fix.
    config.addinivalue_line("filterwarnings",
                            "ignore:Enum value .Qt..ApplicationAttribute.AA_UseHighDpiPixmaps:DeprecationWarning")


@pytest.fixture(scope="session", autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Never touch the user's real settings (recent files, language)."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(scope="session")
def pool() -> Iterator[ProcessPoolExecutor]:
    """One process pool for the whole session, as the application keeps one for its lifetime."""
    p = make_pool(2)
    yield p
    p.shutdown(wait=True, cancel_futures=True)


@pytest.fixture
def fast_file(tmp_path: Path) -> Path:
    """The Sjöbo scenario with 2 replications of half a year."""
    return scenario_file(tmp_path)


@pytest.fixture
def window(qtbot: Any, pool: ProcessPoolExecutor) -> Iterator[Any]:
    from barntid.gui.window.main_window import MainWindow

    w = MainWindow(pool=pool, fullscreen_theme_day=False)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.document.undo_stack.setClean()  # no unsaved-changes prompt at teardown
    w.close()
    w.deleteLater()
