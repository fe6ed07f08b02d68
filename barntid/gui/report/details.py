"""Before the committee report is saved: the municipality, the author and the proposed decision.

What the user types is kept (QSettings) and offered again the next time."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from barntid.gui import settings
from barntid.present.report import ReportInfo


def _one_line(text: str) -> str:
    return "".join(c for c in text if ord(c) >= 0x20 and not 0x7F <= ord(c) < 0xA0).strip()


class ReportDetailsDialog(QDialog):
    """Kommun, handläggare and förslag till beslut; OK goes on to the save-file dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rapport till nämnden"))
        saved = settings.report_details()
        self.municipality = QLineEdit(saved["municipality"])
        self.municipality.setPlaceholderText(self.tr("t.ex. Sjöbo kommun"))
        self.municipality.setMaxLength(120)
        self.author = QLineEdit(saved["author"])
        self.author.setPlaceholderText(self.tr("namn och titel, t.ex. Anna Lindqvist, socialchef"))
        self.author.setMaxLength(120)
        self.decision = QPlainTextEdit(saved["decision_text"])
        self.decision.setPlaceholderText(self.tr(
            "Socialnämnden beslutar\n\natt …\n\n(Lämnas fältet tomt får rapporten en rad att fylla i.)"))
        self.decision.setMinimumSize(520, 160)
        form = QFormLayout()
        form.addRow(self.tr("Kommun:"), self.municipality)
        form.addRow(self.tr("Handläggare:"), self.author)
        form.addRow(self.tr("Förslag till beslut:"), self.decision)
        intro = QLabel(self.tr("Uppgifterna står på rapportens första sida och i sidfoten. Datum blir dagens."))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Välj fil …"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def details(self) -> dict[str, str]:
        text = self.decision.toPlainText()
        text = "".join(c for c in text if c in "\t\n" or (ord(c) >= 0x20 and not 0x7F <= ord(c) < 0xA0))
        return {"municipality": _one_line(self.municipality.text()), "author": _one_line(self.author.text()),
                "decision_text": text.strip()}

    def info(self) -> ReportInfo:
        d = self.details()
        return ReportInfo(municipality=d["municipality"], author=d["author"], decision_text=d["decision_text"])

    @classmethod
    def ask(cls, parent: QWidget | None) -> ReportInfo | None:
        """The details for one report, kept for the next (None when the user cancels)."""
        dialog = cls(parent)
        if not dialog.exec():  # rejected (0) or accepted (1)
            return None
        settings.set_report_details(dialog.details())
        return dialog.info()
