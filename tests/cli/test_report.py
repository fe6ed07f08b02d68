"""The committee report: a Swedish PDF with the summary, the charts and the assumptions."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from barntid.cli.main import main
from tests.helpers import SCENARIOS


def _page_texts(pdf: Path) -> list[str]:
    """The text of each page, as a reader's PDF viewer extracts it (poppler's pdftotext)."""
    pages = []
    n = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
    for i in range(1, n + 1):
        done = subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(pdf), "-"],
                              capture_output=True, text=True, check=True)
        pages.append(done.stdout)
    return pages


def test_report_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "rapport.pdf"
    decision = tmp_path / "beslut.txt"
    decision.write_text("Socialnämnden beslutar\n\natt införa parbesök och bärbara datorer.\n", encoding="utf-8")
    code = main(["report", str(SCENARIOS / "sjobo-2015.toml"), str(SCENARIOS / "sjobo-2017.toml"), "--out",
                 str(out), "-n", "3", "--years", "0.5", "--workers", "1", "--municipality", "Sjöbo kommun",
                 "--author", "Anna Lindqvist", "--decision-text", str(decision)])
    assert code == 0, capsys.readouterr()
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert 4 <= len(re.findall(rb"/Type\s*/Page[^s]", data)) <= 6
    assert not list(tmp_path.glob("*.tmp*"))
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text is checked in tests/gui/report")
    pages = _page_texts(out)
    for i, text in enumerate(pages, start=1):
        assert f"Sida {i} av {len(pages)}" in text
        assert "Sjöbo kommun" in text  # in every footer
    first = pages[0]
    assert "Anna Lindqvist" in first and dt.date.today().isoformat() in first
    assert "Förslag till beslut" in first and "att införa parbesök och bärbara datorer." in first
    assert "Förslaget ”Sjöbo 2017” jämförs med utgångsläget ”Sjöbo 2015”" in first
    everything = "\n".join(pages)
    assert "−0,0" not in everything and "…" not in everything and "docs/" not in everything
    assert "0,38 andel" not in everything and "38 %" in everything
    for label in ("Skyddsbedömningar", "Övertid", "Sjukfrånvaro", "Konsultkostnad", "Erfarna (över 5 år)",
                  "% av avtalad tid", "mkr per år", "dagar"):
        assert label in everything, label


def test_report_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["report", str(SCENARIOS / "sjobo-2015.toml"), str(tmp_path / "missing.toml"), "--out",
                 str(tmp_path / "r.pdf")])
    assert code == 2 and "kan inte läsa filen" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_report_missing_decision_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["report", str(SCENARIOS / "sjobo-2015.toml"), str(SCENARIOS / "sjobo-2017.toml"), "--out",
                 str(tmp_path / "r.pdf"), "--decision-text", str(tmp_path / "saknas.txt")])
    assert code == 2 and "kan inte läsa filen" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()
