"""The question before saving over a file another program changed or removed since it was opened."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from barntid.gui.document.document import DiskChange

Answer = Literal["overwrite", "save_as", "cancel"]


def translate(text: str) -> str:
    return QCoreApplication.translate("DiskChange", text)


def ask_disk_change(parent: QWidget | None, path: Path, change: DiskChange) -> Answer:
    """Ask what to do: Skriv över (or, for a removed file, Spara igen), Spara som … or Avbryt (the default).

    Nothing the user typed is lost whatever the answer: the document is only ever written, never reloaded."""
    if change == "deleted":
        title = translate("Filen har tagits bort")
        text = translate("Filen har tagits bort av ett annat program sedan du öppnade den. Spara den igen, spara "
                         "som en ny fil, eller avbryta?")
        first = translate("Spara igen")
    else:
        title = translate("Filen har ändrats")
        text = translate("Filen har ändrats av ett annat program sedan du öppnade den. Skriva över den, spara som "
                         "en ny fil, eller avbryta?")
        first = translate("Skriv över")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setInformativeText(str(path))
    overwrite = box.addButton(first, QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton(translate("Spara som …"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(translate("Avbryt"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is overwrite:
        return "overwrite"
    if clicked is save_as:
        return "save_as"
    return "cancel"
