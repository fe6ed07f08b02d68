"""Full factorial parameter sweeps: every combination of the varied values, with common random numbers.

`parse_vary` reads one ``--vary`` flag (``KEY=START:STOP:STEP`` with an inclusive STOP, or a list
``KEY=V1,V2,...``), `Design` is the product of all of them with every point validated up front, and
`run_sweep` runs replications 0..n-1 of the same seed at every point on an executor: the local process
pool (`runner.make_pool`), a Dask distributed cluster (`DaskCluster.executor`), or serially in this process.
Replication r of every point uses the streams spawned from (seed, r), so the numbers do not depend on
where or in which order the replications ran.

Memory stays flat however large the design: scenarios are rebuilt point by point as they are submitted,
at most `window` replications are in flight, and a point is reduced to its CSV row as soon as its last
replication arrives.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from barntid.sim.engine.accounting import KPI_NAMES
from barntid.sim.experiment import workload
from barntid.sim.experiment.results import ExperimentResult, ReplicationResult
from barntid.sim.experiment.runner import run_replication
from barntid.sim.scenario.files import atomic_write, safe_cell
from barntid.sim.scenario.io import Problem, ScenarioError, parse_value, with_changes
from barntid.sim.scenario.schema import Scenario

MAX_POINTS = 10_000
"""The largest design a sweep accepts (points, not replications)."""

FIXED_KEYS = {
    "simulation.seed": "alla punkter använder samma frö (common random numbers); ange det med --seed",
    "simulation.replications": "alla punkter använder samma antal replikeringar; ange det med --replications",
}
SYNTAX = ("ska skrivas NYCKEL=START:STOPP:STEG eller NYCKEL=V1,V2,..., t.ex. staff.social_workers=18:26:2 "
          "eller measures.pair_visits=false,true")
STATS = ("mean", "ci95_low", "ci95_high")

SweepProgress = Callable[[int, int, ReplicationResult | None], None]


def _bad(message: str) -> ScenarioError:
    return ScenarioError([Problem("--vary", message)])


def _decimal(text: str, item: str, what: str) -> Decimal:
    try:
        d = Decimal(text.strip())
    except InvalidOperation:
        raise _bad(f"'{item}': {what} '{text.strip()}' är inte ett tal; {SYNTAX}") from None
    if not d.is_finite():
        raise _bad(f"'{item}': {what} '{text.strip()}' är inte ett ändligt tal")
    return d


def frange(start: Decimal, stop: Decimal, step: Decimal, item: str = "") -> list[int | float]:
    """START, START+STEP, ... up to and including STOP, computed in decimal so 0.1 steps land exactly.

    Integers if all three are written as integers. A STOP within a billionth of a step of the last value
    counts as reached (and is used as the last value).
    """
    if step == 0:
        raise _bad(f"'{item}': STEG får inte vara 0")
    span = (stop - start) / step
    if span < 0:
        raise _bad(f"'{item}': STOPP {stop} nås inte från START {start} med STEG {step}")
    count = math.floor(span + Decimal("1e-9")) + 1
    if count > MAX_POINTS:
        raise _bad(f"'{item}' ger {count} värden; ett svep får högst {MAX_POINTS} punkter")
    values = [start + i * step for i in range(count)]
    if abs(values[-1] - stop) <= abs(step) * Decimal("1e-9"):
        values[-1] = stop
    integral = all(isinstance(e := d.as_tuple().exponent, int) and e >= 0 for d in (start, stop, step))
    return [int(v) for v in values] if integral else [float(v) for v in values]


def parse_vary(item: str) -> tuple[str, list[Any]]:
    """One --vary flag: 'KEY=START:STOP:STEP' (inclusive STOP) or 'KEY=V1,V2,...' (TOML values)."""
    key, sep, spec = item.partition("=")
    key, spec = key.strip(), spec.strip()
    if not sep or not key or not spec:
        raise _bad(f"'{item}' {SYNTAX}")
    if key in FIXED_KEYS:
        raise _bad(f"{key} kan inte varieras: {FIXED_KEYS[key]}")
    if ":" in spec:
        parts = spec.split(":")
        if len(parts) != 3:
            raise _bad(f"'{item}': ett intervall har tre delar START:STOPP:STEG; {SYNTAX}")
        start, stop, step = (_decimal(p, item, w) for p, w in zip(parts, ("START", "STOPP", "STEG"), strict=True))
        return key, frange(start, stop, step, item)
    texts = [t.strip() for t in spec.split(",")]
    if any(not t for t in texts):
        raise _bad(f"'{item}': tomt värde i listan; {SYNTAX}")
    values = [parse_value(t) for t in texts]
    for v in values:
        if isinstance(v, float) and not math.isfinite(v):
            raise _bad(f"'{item}': värdet {v} är inte ett ändligt tal")
    if len(values) > MAX_POINTS:
        raise _bad(f"'{item}' ger {len(values)} värden; ett svep får högst {MAX_POINTS} punkter")
    return key, values


def _point_text(keys: Sequence[str], values: Sequence[Any]) -> str:
    return ", ".join(f"{k}={_cell(v)}" for k, v in zip(keys, values, strict=True))


@dataclass(frozen=True)
class Design:
    """A validated full factorial design over a base scenario. Points are value tuples in --vary order."""

    base: Scenario
    keys: tuple[str, ...]
    levels: tuple[tuple[Any, ...], ...]

    @classmethod
    def from_flags(cls, base: Scenario, flags: Sequence[str], max_points: int = MAX_POINTS) -> Design:
        """Parse every --vary flag, refuse designs over `max_points`, and validate every point."""
        if not flags:
            raise _bad(f"ange minst en parameter att variera; {SYNTAX}")
        keys: list[str] = []
        levels: list[tuple[Any, ...]] = []
        for item in flags:
            key, values = parse_vary(item)
            if key in keys:
                raise _bad(f"{key} anges mer än en gång")
            keys.append(key)
            levels.append(tuple(values))
        size = math.prod(len(v) for v in levels)
        if size > max_points:
            shape = " × ".join(str(len(v)) for v in levels)
            raise _bad(f"försöket har {shape} = {size} punkter; högst {max_points} tillåts. "
                       "Minska intervallen, öka stegen eller dela upp svepet")
        design = cls(base, tuple(keys), tuple(levels))
        for point in design.points():
            workload.check(design.scenario(point), 1, 1)  # validates; ScenarioError names the key and point
        return design

    def __len__(self) -> int:
        return math.prod(len(v) for v in self.levels)

    def points(self) -> Iterator[tuple[Any, ...]]:
        return itertools.product(*self.levels)

    def scenario(self, values: Sequence[Any]) -> Scenario:
        try:
            return with_changes(self.base, dict(zip(self.keys, values, strict=True)))
        except ScenarioError as exc:
            where = f"{self.base.name}, punkten {_point_text(self.keys, values)}"
            raise ScenarioError(exc.problems, where) from None


def sweep_replication(scenario: Scenario, replication: int, seed: int) -> ReplicationResult:
    """run_replication without the weekly series (a sweep needs only the KPIs); runs on pool and Dask workers.

    A failure raises ReplicationError, which pickles, so it reaches the caller with scenario and seed."""
    return replace(run_replication(scenario, replication, seed), series={})


def _worker_version() -> str:
    from barntid import __version__

    return __version__


def run_sweep(
    design: Design,
    replications: int,
    seed: int,
    executor: Executor | None = None,
    progress: SweepProgress | None = None,
    window: int = 64,
) -> list[ExperimentResult]:
    """Run replications 0..n-1 of `seed` at every point; one ExperimentResult per point, in design order.

    Keeps the full (series-free) replications; for huge designs use `sweep_rows`, which keeps only rows.
    """
    out: list[ExperimentResult] = []
    for _, res in _run(design, replications, seed, executor, progress, window, keep=True):
        assert res is not None
        out.append(res)
    return out


def sweep_rows(
    design: Design,
    replications: int,
    seed: int,
    executor: Executor | None = None,
    progress: SweepProgress | None = None,
    window: int = 64,
) -> list[list[Any]]:
    """The sweep's table: a header, then one row per point in design order (see `header`)."""
    rows: list[list[Any]] = [header(design.keys)]
    rows += [row for row, _ in _run(design, replications, seed, executor, progress, window, keep=False)]
    return rows


def header(keys: Sequence[str]) -> list[Any]:
    return [*keys, *(f"{k}_{s}" for k in KPI_NAMES for s in STATS), "p_goal", "replications"]


def row(values: Sequence[Any], res: ExperimentResult) -> list[Any]:
    cells: list[Any] = list(values)
    for e in res.kpis.values():
        cells += [e.mean, e.lo, e.hi]
    return [*cells, res.p_goal, len(res.replications)]


def _run(
    design: Design,
    replications: int,
    seed: int,
    executor: Executor | None,
    progress: SweepProgress | None,
    window: int,
    keep: bool,
) -> Iterator[tuple[list[Any], ExperimentResult | None]]:
    """Yield (row, result) per point in design order. Only points still running are held in memory."""
    points = list(design.points())
    total = len(points) * replications
    partial: dict[int, ExperimentResult] = {}
    ready: dict[int, tuple[list[Any], ExperimentResult | None]] = {}
    next_out = 0
    done = 0

    def jobs() -> Iterator[tuple[int, Scenario, int]]:
        for i, values in enumerate(points):
            sc = design.scenario(values)
            partial[i] = ExperimentResult(sc, seed)
            for r in range(replications):
                yield i, sc, r

    def accept(i: int, rep: ReplicationResult) -> None:
        nonlocal done
        res = partial[i]
        res.replications.append(rep)
        done += 1
        if progress is not None:
            progress(done, total, rep)
        if len(res.replications) == replications:
            del partial[i]
            res.replications.sort(key=lambda x: x.replication)
            ready[i] = (row(points[i], res), res if keep else None)

    todo = jobs()
    if executor is None:
        for i, sc, r in todo:
            accept(i, sweep_replication(sc, r, seed))
            while next_out in ready:
                yield ready.pop(next_out)
                next_out += 1
        return
    pending: dict[Future[ReplicationResult], int] = {}
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                job = next(todo, None)
                if job is None:
                    exhausted = True
                    break
                i, sc, r = job
                pending[executor.submit(sweep_replication, sc, r, seed)] = i
            if not pending:
                break
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for f in finished:
                accept(pending.pop(f), f.result())
            while next_out in ready:
                yield ready.pop(next_out)
                next_out += 1
    finally:
        for f in pending:
            f.cancel()


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return safe_cell(value)


def write_csv(path: str | os.PathLike[str], rows: Sequence[Sequence[Any]]) -> None:
    """The sweep table as CSV, written atomically, in the dialect of `barntid run --out`: semicolons, UTF-8
    with BOM (Excel reads å, ä, ö), numbers with a decimal point, empty cells for undefined figures."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\n")
    for r in rows:
        writer.writerow([_cell(v) for v in r])
    atomic_write(path, "\ufeff" + buf.getvalue())


class DaskCluster:
    """A connection to a Dask distributed scheduler as a concurrent.futures Executor (`executor`).

    Dask is imported only here. The workers must have this version of Barntid installed.
    """

    def __init__(self, address: str, timeout: float = 15.0, wait_workers: float = 30.0) -> None:
        try:
            import dask.distributed
        except ImportError:
            raise ScenarioError([Problem("--scheduler", "Dask är inte installerat; installera med "
                                         "pip install .[dask]")]) from None
        try:
            client_class: Any = dask.distributed.Client  # untyped library: keep mypy strict elsewhere
            self.client: Any = client_class(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ScenarioError([Problem("--scheduler", f"kan inte ansluta till schemaläggaren {address}: "
                                         f"{exc}")]) from None
        try:
            self._check(address, wait_workers)
        except BaseException:
            self.client.close()
            raise
        self.executor: Executor = self.client.get_executor(pure=False)

    def _check(self, address: str, wait_workers: float) -> None:
        from barntid import __version__

        try:
            self.client.wait_for_workers(1, timeout=wait_workers)
        except (OSError, TimeoutError) as exc:
            raise ScenarioError([Problem("--scheduler", f"inga arbetare anslutna till {address} inom "
                                         f"{wait_workers:g} s ({exc}); starta dem med dask worker {address}")]) \
                from None
        versions = self.client.run(_worker_version, on_error="return")
        wrong = {w: v for w, v in versions.items() if v != __version__}
        if wrong:
            w, v = next(iter(wrong.items()))
            got = f"Barntid {v}" if isinstance(v, str) else f"inte Barntid ({type(v).__name__}: {v})"
            raise ScenarioError([Problem("--scheduler", f"{len(wrong)} av {len(versions)} arbetare har fel "
                                         f"version, t.ex. {w}: {got}; den här datorn har Barntid {__version__}. "
                                         "Installera samma version på arbetarna")])

    @property
    def threads(self) -> int:
        info = self.client.scheduler_info()
        return int(sum(w.get("nthreads", 1) for w in info.get("workers", {}).values())) or 1

    def close(self) -> None:
        self.executor.shutdown(wait=False)
        self.client.close()

    def __enter__(self) -> DaskCluster:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
