"""The committee report: a Swedish PDF with the summary, the charts and the assumptions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from barntid.cli.main import main
from tests.helpers import SCENARIOS


def test_report_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "rapport.pdf"
    code = main(["report", str(SCENARIOS / "sjobo-2015.toml"), str(SCENARIOS / "sjobo-2017.toml"), "--out",
                 str(out), "-n", "3", "--years", "0.5", "--workers", "1"])
    assert code == 0, capsys.readouterr()
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 5  # summary, 2 pages of charts, assumptions
    assert not list(tmp_path.glob("*.tmp"))


def test_report_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["report", str(SCENARIOS / "sjobo-2015.toml"), str(tmp_path / "missing.toml"), "--out",
                 str(tmp_path / "r.pdf")])
    assert code == 2 and "kan inte läsa filen" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()
