"""Language: Swedish source strings, English through Qt's translator; schema labels picked by language.

UI strings are written in Swedish with ``self.tr()`` / ``QCoreApplication.translate``; the English
translation lives in ``barntid/gui/i18n/barntid_en.ts`` (compiled to ``.qm`` with ``pyside6-lrelease``). Field labels
come from the schema (``title`` in Swedish, ``label_en`` in English).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from pydantic.fields import FieldInfo
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).parent
LANGS = ("sv", "en")

_state = {"lang": "sv"}
_installed: list[QTranslator] = []


def current() -> str:
    """The language in use: 'sv' or 'en'."""
    return _state["lang"]


def install(app: QCoreApplication, lang: str) -> str:
    """Install the translators and default locale for lang; returns the language actually used."""
    lang = lang if lang in LANGS else "sv"
    _state["lang"] = lang
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        files = [(I18N_DIR, "barntid_en.qm")]
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        files = []
    qt_dir = qt_translations(f"qtbase_{lang}.qm")
    if qt_dir is not None:
        files.append((qt_dir, f"qtbase_{lang}.qm"))
    for folder, name in files:
        t = QTranslator(app)
        if t.load(str(folder / name)):
            app.installTranslator(t)
            _installed.append(t)
    if lang == "sv":
        gaps = QtGaps(app)
        app.installTranslator(gaps)  # installed last: asked first, answers only what Qt's own catalogue lacks
        _installed.append(gaps)
    return lang


def qt_translations(name: str) -> Path | None:
    """The folder holding Qt's own catalogue `name` (standard buttons, file dialog): where Qt says, else in the
    PySide6 package, else where the bundle puts it (packaging/barntid.spec)."""
    candidates = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    import PySide6

    candidates.append(Path(PySide6.__file__).parent / "Qt" / "translations")
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "PySide6" / "Qt" / "translations")
    return next((folder for folder in candidates if (folder / name).is_file()), None)


# Strings of Qt's file dialog that Qt's Swedish catalogue leaves in English.
QT_GAPS_SV = {
    ("QFileDialog", "Look in:"): "Leta i:",
    ("QFileDialog", "Files of type:"): "Filtyp:",
    ("QFileDialog", "Create New Folder"): "Skapa ny mapp",
    ("QFileDialog", "List View"): "Listvy",
}


class QtGaps(QTranslator):
    """Swedish for the few strings of Qt's standard dialogs that Qt's own catalogue does not translate."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QT_GAPS_SV.get((context, source))  # type: ignore[return-value]  # None: not ours, ask the next

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def extra(info: FieldInfo | None) -> dict[str, Any]:
    if info is None or not isinstance(info.json_schema_extra, dict):
        return {}
    return dict(info.json_schema_extra)


def field_label(info: FieldInfo | None, fallback: str = "") -> str:
    """The field's label in the current language."""
    if info is None:
        return fallback
    if current() == "en":
        return str(extra(info).get("label_en") or info.title or fallback)
    return str(info.title or fallback)


def unit(info: FieldInfo | None) -> str:
    """The field's unit, translated when a translation exists (context 'Units')."""
    text = str(extra(info).get("unit", ""))
    return QCoreApplication.translate("Units", text) if text else ""


def number(value: float, decimals: int = 1) -> str:
    """A number with the language's decimal sign and no trailing zeros: '17,5', '20'."""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"
    return text.replace(".", ",") if current() == "sv" else text


def percent(share: float, decimals: int = 1) -> str:
    """A share as a percentage: '20 %' in Swedish, '20%' in English."""
    text = number(100 * share, decimals)
    return f"{text} %" if current() == "sv" else f"{text}%"


def setting(info: FieldInfo | None, value: Any, decimals: int = 2) -> str:
    """A setting's value in words: 'på'/'av', a share as a percentage ('Parbesök 50 %'), or the number."""
    if isinstance(value, bool):
        return tr("Compare", "på") if value else tr("Compare", "av")
    if isinstance(value, int | float):
        if str(extra(info).get("unit", "")).startswith("andel"):
            return percent(float(value), max(0, decimals - 2))
        return number(float(value), decimals)
    return str(value)
