"""Stopping a job's work part-way: the stop event and an executor that honours it. No Qt here.

A job's function (a scenario run, goal seeking, tornado, calibration) hands every replication to an
executor's ``submit``. `StoppableExecutor` wraps the application's process pool (or runs in the calling thread
when there is none): once `stop()` is called it cancels the replications still queued and refuses new ones, so
the calculation ends with `Stopped` (or the pool's CancelledError) within about one replication.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any, TypeVar

from barntid.gui.tasks.worker import call_politely

T = TypeVar("T")


class Stopped(Exception):  # noqa: N818 - reads well: except Stopped
    """The user stopped the calculation."""

    def __init__(self) -> None:
        super().__init__("Beräkningen avbröts")


class StoppableExecutor(Executor):
    """Submits to `inner` at lower priority (or runs at once, here, without one) until stopped."""

    def __init__(self, inner: Executor | None = None, stop_event: threading.Event | None = None) -> None:
        self.inner = inner
        self.stop_event = stop_event or threading.Event()
        self._lock = threading.Lock()
        self._futures: list[Future[Any]] = []

    @property
    def stopped(self) -> bool:
        return self.stop_event.is_set()

    def check(self) -> None:
        """Raise Stopped if a stop was asked for."""
        if self.stop_event.is_set():
            raise Stopped

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        self.check()
        if kwargs:
            return self.submit(_call_with_kwargs, fn, args, kwargs)
        if self.inner is None:
            done: Future[T] = Future()
            try:
                done.set_result(fn(*args))
            except BaseException as exc:  # delivered through the future, as a pool would
                done.set_exception(exc)
            return done
        future: Future[T] = self.inner.submit(call_politely, fn, *args)
        with self._lock:
            self._futures = [f for f in self._futures if not f.done()]
            self._futures.append(future)
        return future

    def stop(self) -> None:
        """Refuse new work and cancel what is queued; replications already running finish on their own."""
        self.stop_event.set()
        with self._lock:
            for f in self._futures:
                f.cancel()
            self._futures.clear()

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """The pool belongs to the application: only this calculation's queued work is cancelled."""
        if cancel_futures:
            self.stop()


def _call_with_kwargs(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    return fn(*args, **kwargs)
