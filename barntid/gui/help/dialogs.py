"""The user guide (Hjälp, F1) and Om Barntid: two dialogs, in the interface's language."""

from __future__ import annotations

import html
import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from barntid import __version__
from barntid.gui import settings
from barntid.gui.help import guide
from barntid.gui.help.crash import log_path
from barntid.gui.i18n import lang
from barntid.sim.experiment.storage import data_dir

LICENCE = "MIT"


class HelpDialog(QDialog):
    """The guide: a list of sections on the left, the text on the right; `show_section(anchor)` scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Barntid – hjälp"))
        self.sections = guide.sections()
        self.toc = QListWidget()
        self.toc.setObjectName("helpToc")
        self.toc.setStyleSheet("QListWidget { font-size: 13px; } QListWidget::item { padding: 6px 4px; }")
        for s in self.sections:
            self.toc.addItem(s.title)
        self.toc.setFixedWidth(max(230, min(300, self.toc.sizeHintForColumn(0) + 24)))
        self.text = QTextBrowser()
        self.text.setObjectName("helpText")
        self.text.setOpenLinks(False)  # in-document links scroll; others open in the system's browser
        self.text.anchorClicked.connect(self._link)
        self.text.setHtml(guide.document_html())
        self.toc.currentRowChanged.connect(lambda row: self.show_section(self.sections[row].anchor))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.toc)
        row.addWidget(self.text, 1)
        box = QVBoxLayout(self)
        box.addLayout(row, 1)
        box.addWidget(buttons)
        self.resize(1140, 780)
        self.current_anchor = self.sections[0].anchor

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("", "file") and url.fragment():
            self.show_section(url.fragment())
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def show_section(self, anchor: str) -> None:
        """Scroll to a section or a parameter (``field-<key>``) and mark its section in the list."""
        self.current_anchor = anchor
        self.text.scrollToAnchor(anchor)
        section = guide.DEFAULTS if anchor.startswith("field-") else anchor
        rows = [i for i, s in enumerate(self.sections) if s.anchor == section]
        if rows and self.toc.currentRow() != rows[0]:
            self.toc.blockSignals(True)
            self.toc.setCurrentRow(rows[0])
            self.toc.blockSignals(False)


def data_folder_text() -> str:
    try:
        return str(data_dir())
    except OSError as exc:
        return f"{exc.filename or ''} ({exc.strerror or exc})"


def about_html() -> str:
    """Version, licence, the sources of the published figures, and where the user's data is."""
    en = lang.current() == "en"
    esc = html.escape
    if en:
        intro = ("A workforce-planning simulator for Swedish child and youth social services: how much of social "
                 "workers' time goes to children and families, and what changes it.")
        sources_head = "Sources of the published figures the model reproduces"
        sources = [
            "Sjöbo municipality: 11% of social workers' time in direct contact with children in 2015, 18.5% in "
            "2017 (sjobo.se, 10 April 2017).",
            "The national coordinator's time study 2017 (1,302 social workers in about 50 municipalities, "
            "Akademikern 22 December 2017): 13% direct time with children and adults, 35% casework, "
            "11% administration, 9% travel.",
            "Socialstyrelsen 2018: 1,540 reports of concern per 10,000 children a year; 38% lead to an "
            "investigation.",
            "Statistics Sweden via Akademikerförbundet SSR: turnover 30–34% a year 2015–2017; Öppna jämförelser "
            "2019: 25% with under one year's experience.",
        ]
        more = "Every default and its source: Help → User guide → Where the defaults come from."
        licence = f"Licence: {LICENCE}. Built on Qt for Python (PySide6, LGPLv3), SimPy, NumPy, matplotlib, " \
                  "pydantic, openpyxl and platformdirs, each under its own licence."
        data_head, data_rows = "Your data", [("Data folder (autosave, run history, error log)",
                                              data_folder_text()),
                                             ("Error log", str(log_path())),
                                             ("Settings", settings.store().fileName())]
        versions = "Version"
    else:
        intro = ("Ett simuleringsprogram för bemanningsplanering i den sociala barn- och ungdomsvården: hur stor del "
                 "av socialsekreterarnas tid som går till barn och familjer, och vad som ändrar det.")
        sources_head = "Källor till de publicerade siffror modellen återger"
        sources = [
            "Sjöbo kommun: 11 % av socialsekreterarnas tid i direktkontakt med barn 2015, 18,5 % 2017 "
            "(sjobo.se, 10 april 2017).",
            "Den nationella samordnarens tidsstudie 2017 (1 302 socialsekreterare i cirka 50 kommuner, "
            "Akademikern 22 december 2017): direkt tid med barn och vuxna 13 %, handläggning 35 %, "
            "administration 11 %, resor 9 %.",
            "Socialstyrelsen 2018: 1 540 orosanmälningar per 10 000 barn och år; 38 % leder till utredning.",
            "SCB via Akademikerförbundet SSR: personalomsättning 30–34 % per år 2015–2017; Öppna jämförelser "
            "2019: 25 % med under ett års erfarenhet.",
        ]
        more = "Varje standardvärde och dess källa: Hjälp → Användarhandbok → Varifrån standardvärdena kommer."
        licence = f"Licens: {LICENCE}. Bygger på Qt for Python (PySide6, LGPLv3), SimPy, NumPy, matplotlib, " \
                  "pydantic, openpyxl och platformdirs, var och en under sin egen licens."
        data_head, data_rows = "Dina data", [("Datamapp (autosparning, körhistorik, fellogg)", data_folder_text()),
                                             ("Fellogg", str(log_path())),
                                             ("Inställningar", settings.store().fileName())]
        versions = "Version"
    runtime = (f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}, "
               f"{platform.system()} {platform.machine()}" + (", bundle" if getattr(sys, "frozen", False) else ""))
    rows = "".join(f"<tr><td style='padding-right: 12px'><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>"
                   for k, v in data_rows)
    items = "".join(f"<li>{esc(s)}</li>" for s in sources)
    return (f"<h2>Barntid {esc(__version__)}</h2><p>{esc(intro)}</p>"
            f"<p>{versions} {esc(__version__)} · {esc(runtime)}</p><p>{esc(licence)}</p>"
            f"<h3>{esc(sources_head)}</h3><ul>{items}</ul><p>{esc(more)}</p>"
            f"<h3>{esc(data_head)}</h3><table>{rows}</table>")


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Om Barntid"))
        self.text = QLabel(about_html())
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMinimumWidth(640)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.text, 1)
        box.addWidget(buttons)
