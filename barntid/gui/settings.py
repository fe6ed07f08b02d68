"""User settings kept between sessions (QSettings, INI format): language and recently opened files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "Barntid"
APPLICATION = "barntid"
MAX_RECENT = 8


def store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def language() -> str:
    value = store().value("language", "sv")
    return value if value in ("sv", "en") else "sv"


def set_language(lang: str) -> None:
    store().setValue("language", lang)


def recent_files() -> list[str]:
    value = store().value("recent_files", [])
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value if v] if isinstance(value, list | tuple) else []


def add_recent_file(path: str | Path) -> list[str]:
    p = str(Path(path).resolve())
    files = [p, *(f for f in recent_files() if f != p)][:MAX_RECENT]
    store().setValue("recent_files", files)
    return files


def clear_recent_files() -> None:
    store().setValue("recent_files", [])


REPORT_FIELDS = ("municipality", "author", "decision_text")


def report_details() -> dict[str, str]:
    """What the user last typed for the committee report: municipality, author and the proposed decision."""
    s = store()
    return {k: str(s.value(f"report/{k}", "") or "") for k in REPORT_FIELDS}


def set_report_details(details: dict[str, str]) -> None:
    s = store()
    for k in REPORT_FIELDS:
        s.setValue(f"report/{k}", details.get(k, ""))
