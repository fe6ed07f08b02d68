"""What a feature may ask of the main window.

Features (history, report, storylines, decision support) are typed against this Protocol and never import the
main window; the main window satisfies it (mypy checks that where it hands itself to a feature). The pattern is
sim-tools' ``ReplicationsAlgorithmModelAdapter``: a small structural interface instead of a concrete class.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QMenuBar, QStatusBar, QWidget

from barntid.gui.document.document import ScenarioDocument
from barntid.gui.results.compare import Comparison
from barntid.gui.tasks.runs import RunController
from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.scenario.io import ScenarioError


class WindowApi(Protocol):
    """The main window as the features see it."""

    document: ScenarioDocument
    comparison: Comparison
    runner: RunController
    current: ExperimentResult | None
    interactive: bool  # False in tests and screenshot mode: no modal message boxes

    @property
    def run_finished(self) -> SignalInstance:
        """(result, tag) after every finished run; tags as in the main window's docstring."""

    @property
    def is_theme_day(self) -> bool: ...

    def window(self) -> QWidget:
        """The top-level widget: parent for dialogs and for the features' QObjects."""

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 - Qt's name

    def show_error(self, title: str, text: str) -> None: ...

    def show_message(self, title: str, text: str) -> None: ...

    def problems_text(self, exc: ScenarioError) -> str: ...

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False if the user cancelled."""

    def forget_results(self) -> None: ...

    def has_invalid_fields(self) -> bool:
        """Whether the form shows a value the scenario does not hold (a red field)."""

    def refresh(self) -> None: ...

    def run(self, tag: str = "full", replications: int | None = None) -> bool: ...

    def set_theme_day(self, on: bool) -> None: ...

    def add_form_page(self, title: str, page: QWidget) -> None:
        """A page beside the scenario form's pages (listed after them)."""

    def show_form_page(self, page: QWidget) -> None:
        """Bring a page added with add_form_page into view."""

    def pin_baseline(self) -> None:
        """Pin the current result as the comparison."""
