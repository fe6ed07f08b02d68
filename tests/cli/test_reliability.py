"""Bad files, crashes and kills never lose the user's work or reach them as a traceback."""

from __future__ import annotations

import json
import math
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from barntid.cli.main import main
from barntid.present.export import write_csv, write_xlsx
from barntid.sim import Scenario, ScenarioError, load, parse_text, run_experiment
from barntid.sim.experiment.history import History
from barntid.sim.scenario.io import MAX_FILE_BYTES, dumps, save, validate, with_changes
from tests.helpers import ROOT, SCENARIOS, short

SJOBO = (SCENARIOS / "sjobo-2015.toml").read_text(encoding="utf-8")


def _loads_or_explains(text: str) -> None:
    t = time.perf_counter()
    try:
        parse_text(text)
    except ScenarioError as exc:
        assert exc.problems and all(str(p) for p in exc.problems)
    assert time.perf_counter() - t < 1.0


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text_gets_a_message(text: str) -> None:
    _loads_or_explains(text)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, len(SJOBO)), st.integers(0, 60), st.text(max_size=20))
def test_mangled_scenario_gets_a_message(pos: int, cut: int, junk: str) -> None:
    _loads_or_explains(SJOBO[:pos] + junk + SJOBO[pos + cut:])


VALUES = st.one_of(st.none(), st.booleans(), st.integers(-10**30, 10**30), st.floats(allow_nan=True),
                   st.text(max_size=10), st.lists(st.integers(-5, 5), max_size=14),
                   st.dictionaries(st.text(max_size=5), st.integers(), max_size=3))
KEYS = [(s, k) for s, sec in Scenario().model_dump().items() if isinstance(sec, dict) for k in sec]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(KEYS), VALUES), max_size=4),
       st.lists(st.sampled_from([s for s, _ in KEYS]), max_size=3))
def test_wrong_values_are_named(changes: list, drop: list) -> None:  # type: ignore[type-arg]
    data = Scenario().model_dump()
    for (section, key), value in changes:
        if value is not None:
            data[section][key] = value
    for section in drop:
        data.pop(section, None)  # a missing section takes its defaults
    try:
        sc = validate(data)
        for (section, key), _ in changes:
            v = getattr(getattr(sc, section), key)
            assert not (isinstance(v, float) and not math.isfinite(v))
    except ScenarioError as exc:
        keys = {p.key for p in exc.problems}
        assert all(k for k in keys), exc.problems


def test_non_utf8_file(tmp_path: Path) -> None:
    p = tmp_path / "latin1.toml"
    p.write_bytes('name = "Sjöbo"\n'.encode("latin-1"))
    notes: list[str] = []
    assert load(p, notes).name == "Sjöbo" and "UTF-8" in notes[0]  # read, with a note (Windows-1252)
    p.write_bytes(b'name = "\x00\x81"\n')
    with pytest.raises(ScenarioError, match="UTF-8"):
        load(p)


def test_very_large_file_is_refused_quickly(tmp_path: Path) -> None:
    p = tmp_path / "huge.toml"
    p.write_text("# " + "x" * (MAX_FILE_BYTES + 10), encoding="utf-8")
    t = time.perf_counter()
    with pytest.raises(ScenarioError, match="gränsen"):
        load(p)
    assert time.perf_counter() - t < 1.0


def test_deep_nesting_gets_a_message() -> None:
    _loads_or_explains("x = " + "[" * 50_000)


def test_loading_opens_only_the_scenario_file(tmp_path: Path) -> None:
    """An audit hook records every file opened while loading: only the scenario itself."""
    script = textwrap.dedent(f"""
        import sys
        from barntid.sim import load
        load({str(SCENARIOS / 'sjobo-2015.toml')!r})  # first load imports codecs lazily
        opened = []
        record = False
        sys.addaudithook(lambda ev, args: opened.append(str(args[0])) if ev == "open" and record else None)
        record = True
        load({str(SCENARIOS / 'sjobo-2015.toml')!r})
        record = False
        print(sorted(set(opened)))
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == repr([str(SCENARIOS / "sjobo-2015.toml")])


def test_save_is_atomic_under_sigkill(tmp_path: Path) -> None:
    target = tmp_path / "scenario.toml"
    target.write_text(SJOBO, encoding="utf-8")
    big = with_changes(load(SCENARIOS / "sjobo-2015.toml"), {"description": "x" * 4000})
    writer = textwrap.dedent(f"""
        from barntid.sim import load, with_changes
        from barntid.sim.scenario.io import save
        sc = with_changes(load({str(SCENARIOS / 'sjobo-2015.toml')!r}), {{"description": "x" * 4000}})
        i = 0
        while True:
            save(with_changes(sc, {{"staff.social_workers": 10 + i % 50}}), {str(target)!r})
            i += 1
    """)
    seen = set()
    for delay in (0.9, 1.1, 1.3, 1.6):
        proc = subprocess.Popen([sys.executable, "-c", writer], cwd=ROOT)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        sc = load(target)  # always a whole, valid file: the old one or a new one
        assert sc.name == "Sjöbo 2015"
        seen.add(sc.staff.social_workers)
    assert seen - {23.0}, "the writer never got to save before it was killed: the test proved nothing"
    assert big.description.startswith("x")


def test_history_survives_sigkill_mid_write(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    writer = textwrap.dedent(f"""
        from barntid.sim import run_experiment
        from barntid.sim.experiment.history import History
        from tests.helpers import short
        res = run_experiment(short(years=0.25), replications=2, workers=1)
        h = History({str(db)!r})
        h.add(res)
        print("writing", flush=True)
        while True:
            h.add(res)
    """)
    proc = subprocess.Popen([sys.executable, "-c", writer], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "writing"  # however busy the machine, the writer is under way
    time.sleep(0.3)  # in the middle of later writes
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    h = History(db)
    assert h.notice == ""
    runs = h.list(limit=10_000)
    assert runs, "the writer should have stored some runs before it was killed"
    assert all(r.results["scenario"] == "Sjöbo 2015" and r.replications == 2 for r in runs)


def test_corrupt_history_is_moved_aside(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    h = History(db)
    assert "flyttats" in h.notice
    assert list(tmp_path.glob("history.sqlite3.damaged-*"))
    h.add(run_experiment(short(years=0.25), replications=2, workers=1))
    assert len(h.list()) == 1


def test_cli_run_is_recorded_in_history(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(SCENARIOS / "sjobo-2015.toml"), "-n", "2", "--years", "0.25", "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["history"]) == 0
    assert "Sjöbo 2015" in capsys.readouterr().out
    assert main(["history", "--show", "1"]) == 0
    assert json.loads(capsys.readouterr().out)["replications"] == 2


def test_failing_replication_names_scenario_and_seed(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from barntid.sim.engine import model

    def boom(self: model.UnitModel) -> model.UnitModel:
        raise ZeroDivisionError("test failure")

    monkeypatch.setattr(model.UnitModel, "run", boom)
    code = main(["run", str(SCENARIOS / "sjobo-2015.toml"), "-n", "2", "--seed", "42", "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert "Sjöbo 2015" in err and "frö 42" in err and "Traceback" not in err


def test_exports_neutralise_formulas(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    sc = with_changes(short(years=0.25), {"name": "=HYPERLINK(\"http://x\",\"klick\")"})
    res = run_experiment(sc, replications=2, workers=1)
    write_csv(tmp_path / "r.csv", [res])
    text = (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and ";=HYPERLINK" not in text and not text.startswith("=")
    write_xlsx(tmp_path / "r.xlsx", [res])
    ws = load_workbook(tmp_path / "r.xlsx")["Nyckeltal"]
    names = [row[0].value for row in ws.iter_rows(min_row=2)]
    assert all(n.startswith("'=") for n in names)
    means = [row[3].value for row in ws.iter_rows(min_row=2)]
    assert all(isinstance(m, float | int) for m in means if m is not None)
    assert ws.cell(row=2, column=4).data_type == "n"


def test_dumps_of_default_scenario_loads_back() -> None:
    sc = Scenario()
    assert parse_text(dumps(sc)) == sc


def test_save_then_load(tmp_path: Path) -> None:
    sc = with_changes(Scenario(), {"staff.admin_fte": 3.5})
    save(sc, tmp_path / "a.toml")
    assert load(tmp_path / "a.toml") == sc


def test_replication_error_survives_pickling() -> None:
    """A failure inside a pool worker reaches the user intact (not as BrokenProcessPool)."""
    import pickle

    from barntid.sim.experiment.runner import ReplicationError

    err = pickle.loads(pickle.dumps(ReplicationError("Sjöbo 2015", 42, 3, "ZeroDivisionError: x")))
    assert isinstance(err, ReplicationError)
    assert (err.scenario, err.seed, err.replication) == ("Sjöbo 2015", 42, 3)
    assert "frö 42" in str(err)


def test_failure_inside_a_pool_worker_names_scenario_and_seed() -> None:
    """An exception in a spawned worker arrives as ReplicationError, not as a broken pool."""
    from barntid.sim.experiment.runner import ReplicationError

    sc = short(years=0.25)
    broken = sc.model_copy(update={"staff": sc.staff.model_copy(update={"weekly_hours": 0.0})})  # unvalidated
    with pytest.raises(ReplicationError) as exc:
        run_experiment(broken, replications=2, seed=77, workers=2)
    assert exc.value.seed == 77 and exc.value.scenario == "Sjöbo 2015"
    assert "ZeroDivisionError" in exc.value.cause
