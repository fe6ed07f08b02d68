"""Display vocabulary the schema does not carry: section titles, choice labels and units to translate.

Strings are marked with QT_TRANSLATE_NOOP so ``pyside6-lupdate`` finds them; they are translated when shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Form pages in the order a unit chief thinks about them: (page title, schema sections on the page).
PAGES: tuple[tuple[Any, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Sections", "Personal"), ("staff",)),
    (QT_TRANSLATE_NOOP("Sections", "Efterfrågan"), ("demand",)),
    (QT_TRANSLATE_NOOP("Sections", "Tidsåtgång"), ("efforts",)),
    (QT_TRANSLATE_NOOP("Sections", "Åtgärder"), ("measures",)),
    (QT_TRANSLATE_NOOP("Sections", "Personalomsättning"), ("turnover",)),
    (QT_TRANSLATE_NOOP("Sections", "Semester och kalender"), ("calendar",)),
    (QT_TRANSLATE_NOOP("Sections", "Kostnader"), ("costs",)),
    (QT_TRANSLATE_NOOP("Sections", "Åtgärdernas effekter"), ("effects",)),
    (QT_TRANSLATE_NOOP("Sections", "Startläge"), ("initial",)),
    (QT_TRANSLATE_NOOP("Sections", "Scenario och simulering"), ("", "simulation")),
)

# Literal choices: (dotted key, value) -> label.
CHOICES: dict[tuple[str, str], Any] = {
    ("turnover.consultant_policy", "none"): QT_TRANSLATE_NOOP("Choices", "Inga konsulter"),
    ("turnover.consultant_policy", "after"): QT_TRANSLATE_NOOP("Choices", "Hyr in konsult efter en tid"),
}

# Units used in the schema, so that the English .ts can carry them.
UNITS: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("Units", "CV"),
    QT_TRANSLATE_NOOP("Units", "andel"),
    QT_TRANSLATE_NOOP("Units", "andel av lön"),
    QT_TRANSLATE_NOOP("Units", "andel per år"),
    QT_TRANSLATE_NOOP("Units", "barn/vecka"),
    QT_TRANSLATE_NOOP("Units", "dagar"),
    QT_TRANSLATE_NOOP("Units", "dagar/år"),
    QT_TRANSLATE_NOOP("Units", "gånger"),
    QT_TRANSLATE_NOOP("Units", "heltidstjänster"),
    QT_TRANSLATE_NOOP("Units", "index"),
    QT_TRANSLATE_NOOP("Units", "index per andel"),
    QT_TRANSLATE_NOOP("Units", "kr per person och år"),
    QT_TRANSLATE_NOOP("Units", "kr per rekrytering"),
    QT_TRANSLATE_NOOP("Units", "kr/månad"),
    QT_TRANSLATE_NOOP("Units", "kr/år"),
    QT_TRANSLATE_NOOP("Units", "månader"),
    QT_TRANSLATE_NOOP("Units", "möten per månad"),
    QT_TRANSLATE_NOOP("Units", "per månad"),
    QT_TRANSLATE_NOOP("Units", "per vecka"),
    QT_TRANSLATE_NOOP("Units", "st"),
    QT_TRANSLATE_NOOP("Units", "st per månad"),
    QT_TRANSLATE_NOOP("Units", "timmar"),
    QT_TRANSLATE_NOOP("Units", "timmar/månad"),
    QT_TRANSLATE_NOOP("Units", "timmar/vecka"),
    QT_TRANSLATE_NOOP("Units", "vecka"),
    QT_TRANSLATE_NOOP("Units", "veckor"),
    QT_TRANSLATE_NOOP("Units", "veckor per tjänst"),
    QT_TRANSLATE_NOOP("Units", "×"),
    QT_TRANSLATE_NOOP("Units", "× per månad"),
    QT_TRANSLATE_NOOP("Units", "× per stressenhet"),
    QT_TRANSLATE_NOOP("Units", "år"),
    QT_TRANSLATE_NOOP("Units", "möten/år"),  # a result's unit (present.labels.KPIS), in the comparison table
)


def page_title(title: Any) -> str:
    return QCoreApplication.translate("Sections", str(title))


def choice_label(key: str, value: str) -> str:
    text = CHOICES.get((key, value))
    return QCoreApplication.translate("Choices", str(text)) if text else value
