"""The report's details (municipality, author, proposed decision) are asked before the file and kept."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from barntid.gui import settings
from barntid.gui.report.details import ReportDetailsDialog
from barntid.present.report import ReportInfo


def test_details_are_kept_between_reports(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    settings.set_report_details({"municipality": "", "author": "", "decision_text": ""})
    first = ReportDetailsDialog()
    qtbot.addWidget(first)
    assert first.municipality.text() == "" and first.decision.toPlainText() == ""

    def typed(self: ReportDetailsDialog) -> int:
        self.municipality.setText("  Sjöbo kommun\x07 ")
        self.author.setText("Anna Lindqvist, socialchef")
        self.decision.setPlainText("Socialnämnden beslutar\n\natt utöka det administrativa stödet.\n")
        return 1

    monkeypatch.setattr(ReportDetailsDialog, "exec", typed)
    info = ReportDetailsDialog.ask(None)
    assert info == ReportInfo("Sjöbo kommun", "Anna Lindqvist, socialchef",
                              "Socialnämnden beslutar\n\natt utöka det administrativa stödet.")
    again = ReportDetailsDialog()
    qtbot.addWidget(again)
    assert again.municipality.text() == "Sjöbo kommun" and again.author.text() == "Anna Lindqvist, socialchef"
    assert again.decision.toPlainText().startswith("Socialnämnden beslutar")

    monkeypatch.setattr(ReportDetailsDialog, "exec", lambda self: 0)
    assert ReportDetailsDialog.ask(None) is None  # cancelled: no report


def test_the_window_asks_before_the_file_and_passes_the_details_on(window: Any, monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Any) -> None:
    from barntid.sim import run_experiment
    from tests.helpers import short

    window.comparison.pin_baseline(run_experiment(short(years=0.25), replications=2, workers=1))
    asked: list[str] = []
    monkeypatch.setattr(ReportDetailsDialog, "ask", classmethod(lambda cls, parent: asked.append("details")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: asked.append("file") or ("", ""))
    assert not window.reports.write()
    assert asked == ["details"]  # cancelled in the details dialog: no file dialog, no report

    info = ReportInfo("Sjöbo kommun", "A. Författare", "att besluta")
    started: list[Any] = []
    monkeypatch.setattr(ReportDetailsDialog, "ask", classmethod(lambda cls, parent: info))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "r.pdf"), ""))
    monkeypatch.setattr(window.reports.job, "start", lambda *a: started.append(a))
    assert window.reports.write()
    assert started and started[0][-1] == info
