"""`barntid sweep`: the design, the CSV, exit codes, and identical numbers on the local pool and on Dask."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from barntid.cli.main import main
from barntid.sim import KPI_NAMES, ReplicationError, run_replication
from barntid.sim.experiment.results import estimate
from barntid.sim.experiment.sweep import MAX_POINTS, Design, _cell, parse_vary, run_sweep
from tests.helpers import SCENARIOS, short

S15 = str(SCENARIOS / "sjobo-2015.toml")
SMALL = ["--vary", "staff.social_workers=20:24:4", "--vary", "measures.pair_visits=false,true",
         "-n", "2", "--years", "0.25", "--seed", "7"]


def read(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


@pytest.fixture(scope="module")
def local_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sweep") / "local.csv"
    assert main(["sweep", S15, *SMALL, "--workers", "2", "--out", str(out)]) == 0
    return out


def test_ranges_include_stop_and_land_exactly_on_decimal_steps() -> None:
    assert parse_vary("demand.reports_per_week=0:1:0.1")[1] == [i / 10 for i in range(11)]
    assert parse_vary("staff.social_workers=18:26:2") == ("staff.social_workers", [18, 20, 22, 24, 26])
    assert parse_vary("staff.admin_fte=2:1:-0.25")[1] == [2.0, 1.75, 1.5, 1.25, 1.0]
    assert parse_vary("staff.admin_fte=0:1:0.33333333334")[1][-1] == 1.0
    assert parse_vary("measures.pair_visits=false,true")[1] == [False, True]
    assert parse_vary("turnover.consultant_policy=none,after")[1] == ["none", "after"]


def test_csv_has_one_row_per_point_in_vary_order(local_csv: Path) -> None:
    rows = read(local_csv)
    head = rows[0]
    assert head[:2] == ["staff.social_workers", "measures.pair_visits"]
    assert head[2:5] == ["contact_share_mean", "contact_share_ci95_low", "contact_share_ci95_high"]
    assert head[-2:] == ["p_goal", "replications"]
    assert len(head) == 2 + 3 * len(KPI_NAMES) + 2
    assert [r[:2] for r in rows[1:]] == [["20", "false"], ["20", "true"], ["24", "false"], ["24", "true"]]
    assert all(len(r) == len(head) and r[-1] == "2" for r in rows[1:])


def test_every_point_uses_the_same_replications_and_seed(local_csv: Path) -> None:
    """Common random numbers: point (24, true) is replications 0 and 1 of seed 7, as a plain run gives."""
    sc = short(0.25, staff__social_workers=24, measures__pair_visits=True)
    reps = [run_replication(sc, r, 7) for r in range(2)]
    row = dict(zip(read(local_csv)[0], read(local_csv)[4], strict=True))
    for k in ("contact_share", "backlog", "annual_cost_sek"):
        e = estimate([r.kpis[k] for r in reps], k)
        assert float(row[f"{k}_mean"]) == e.mean
        assert float(row[f"{k}_ci95_low"]) == e.lo and float(row[f"{k}_ci95_high"]) == e.hi


def test_serial_run_equals_the_pool(local_csv: Path) -> None:
    design = Design.from_flags(short(0.25), ["staff.social_workers=20:24:4", "measures.pair_visits=false,true"])
    results = run_sweep(design, 2, 7)
    rows = read(local_csv)[1:]
    assert [float(r[2]) for r in rows] == [res.kpis["contact_share"].mean for res in results]


def test_dask_cluster_gives_exactly_the_local_pools_numbers(local_csv: Path, tmp_path: Path) -> None:
    import dask.distributed as distributed  # a dev dependency: missing Dask must fail, not skip
    out = tmp_path / "dask.csv"
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                                  silence_logs=40) as cluster:
        assert main(["sweep", S15, *SMALL, "--scheduler", cluster.scheduler_address, "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == local_csv.read_text(encoding="utf-8")


@pytest.mark.parametrize("vary,needle", [
    ("staff.social_workers", "--vary: 'staff.social_workers' ska skrivas NYCKEL=START:STOPP:STEG"),
    ("staff.social_workers=1:2", "tre delar"),
    ("staff.social_workers=1:3:0", "STEG får inte vara 0"),
    ("staff.social_workers=3:1:1", "nås inte"),
    ("staff.social_workers=a:3:1", "'a' är inte ett tal"),
    ("simulation.seed=1:3:1", "--seed"),
    ("staff.socal_workers=18:20:2", "Menade du 'staff.social_workers'"),
    ("staff.social_workers=-2:2:2",
     "Socialsekreterare (staff.social_workers): värdet -2 är utanför det tillåtna intervallet 0–1000"),
    ("measures.checklists=false,maybe", "Checklistor (measures.checklists): värdet 'maybe' ska vara true eller false"),
    ("measures.pair_visits=0,maybe", "Parbesök (measures.pair_visits): värdet 'maybe' är inte ett tal"),
    ("demand.reports_per_week=0:1:0.00001", f"högst {MAX_POINTS} punkter"),
])
def test_bad_vary_exits_2_with_a_message(vary: str, needle: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s.csv"
    assert main(["sweep", S15, "--vary", vary, "-n", "1", "--years", "0.25", "--out", str(out)]) == 2
    assert needle in capsys.readouterr().err
    assert not out.exists()


def test_design_over_the_cap_is_refused_before_validation(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["sweep", S15, "--vary", "staff.social_workers=1:200:1", "--vary", "demand.reports_per_week=1:100:1",
            "--out", "x.csv"]
    assert main(args) == 2
    assert "200 × 100 = 20000 punkter; högst 10000" in capsys.readouterr().err


def test_failing_replication_exits_1_naming_the_seed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    def boom(sc: Any, r: int, seed: int) -> Any:
        raise ReplicationError(sc.name, seed, r, "ZeroDivisionError: test")

    monkeypatch.setattr("barntid.sim.experiment.sweep.run_replication", boom)
    args = ["sweep", S15, "--vary", "staff.admin_fte=1,2", "-n", "1", "--years", "0.25", "--workers", "1",
            "--out", str(tmp_path / "s.csv")]
    assert main(args) == 1
    assert "frö 2015" in capsys.readouterr().err


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(__import__("sys").modules, "dask.distributed", None)
    args = ["sweep", S15, "--vary", "staff.admin_fte=1,2", "-n", "1", "--scheduler", "tcp://127.0.0.1:1",
            "--out", str(tmp_path / "s.csv")]
    assert main(args) == 2
    assert "installera med pip install .[dask]" in capsys.readouterr().err


def test_text_cells_cannot_become_formulas() -> None:
    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert _cell(True) == "true" and _cell(0.5) == 0.5 and _cell(float("nan")) is None
