"""The one worker primitive: progress as data, states, stop with a partial result, failures in words.

Fast tests (no process pool) for the Job itself, then the run controller replacing a pool that broke.
"""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject

from barntid.gui.tasks.job import Job, JobContext, JobFailed, JobState, Progress
from barntid.gui.tasks.runs import RunController
from barntid.sim.scenario.io import load
from tests.gui.gui_helpers import scenario_file


class Receiver(QObject):
    """Lives in the GUI thread; records what a job sends and in which thread it arrives."""

    def __init__(self) -> None:
        super().__init__()
        self.progress: list[Progress] = []
        self.threads: set[bool] = set()

    def on_progress(self, progress: Progress) -> None:
        self.threads.add(threading.current_thread() is threading.main_thread())
        self.progress.append(progress)


def started(qtbot: Any, fn: Any, signal_name: str) -> tuple[Job, Receiver, Any]:
    job, receiver = Job(fn), Receiver()
    job.connect_to(progressed=receiver.on_progress)
    with qtbot.waitSignal(getattr(job, signal_name), timeout=10_000) as blocker:
        job.start()
    qtbot.waitUntil(job.isFinished, timeout=5_000)
    return job, receiver, blocker.args[0]


def test_progress_arrives_as_data_in_the_gui_thread(qtbot: Any) -> None:
    def work(ctx: JobContext) -> str:
        for i in range(1, 4):
            ctx.report(Progress(i, 3, f"{i} av 3", data={"step": i}))
        return "klart"

    job, receiver, result = started(qtbot, work, "succeeded")
    assert result == "klart" and job.state is JobState.SUCCEEDED and job.state == "succeeded"
    qtbot.waitUntil(lambda: len(receiver.progress) == 3, timeout=5_000)
    assert [p.data["step"] for p in receiver.progress] == [1, 2, 3]
    assert receiver.progress[-1].fraction == 1.0 and receiver.threads == {True}
    assert Progress(1, 4).fraction == 0.25 and Progress(text="busy").fraction is None


def test_stop_gives_the_partial_result(qtbot: Any) -> None:
    reported = threading.Event()

    def work(ctx: JobContext) -> None:
        step = 0
        while True:  # until stopped: report raises Stopped
            step += 1
            ctx.report(Progress(step, 0, data=step))
            reported.set()
            ctx.stop_event.wait(0.01)

    job, receiver = Job(work), Receiver()
    job.connect_to(progressed=receiver.on_progress)
    job.start()
    assert reported.wait(5)
    with qtbot.waitSignal(job.stopped, timeout=5_000) as blocker:
        job.stop()
    assert isinstance(blocker.args[0], int) and blocker.args[0] >= 1
    assert job.state is JobState.STOPPED
    job.wait()


@pytest.mark.parametrize(("error", "message"), [(JobFailed("Rapporten kunde inte skrivas"),
                                                 "Rapporten kunde inte skrivas"),
                                                (ZeroDivisionError("division by zero"),
                                                 "ZeroDivisionError: division by zero")])
def test_failure_is_said_in_words(qtbot: Any, error: Exception, message: str) -> None:
    def work(_ctx: JobContext) -> None:
        raise error

    job, _receiver, text = started(qtbot, work, "failed")
    assert text == message and job.state is JobState.FAILED and job.error is error


def test_signals_go_only_to_gui_thread_objects(qtbot: Any) -> None:
    job = Job(lambda _ctx: None)
    with pytest.raises(TypeError):
        job.connect_to(succeeded=lambda _r: None)


def test_a_broken_pool_is_replaced(qtbot: Any, tmp_path: Path) -> None:
    runner = RunController(workers=2)
    runner.warm_up()
    pool = runner.pool
    assert pool is not None
    failed: list[str] = []
    runner.failed.connect(lambda message, _tag: failed.append(message))
    long = load(scenario_file(tmp_path, simulation__replications=200, simulation__years=2.0))
    try:
        with qtbot.waitSignal(runner.progressed, timeout=60_000):
            runner.start(long)
        with qtbot.waitSignal(runner.busy_changed, timeout=30_000):
            os.kill(next(iter(pool._processes)), signal.SIGKILL)
        assert failed and "oväntat" in failed[0]
        assert runner.pool is not None and runner.pool is not pool
        with qtbot.waitSignal(runner.completed, timeout=60_000) as done:
            runner.start(long, replications=2, years=0.25)
        assert len(done.args[0].replications) == 2
    finally:
        runner.shutdown()
