"""Light processes on SimPy's event queue: a generator that yields delays, resumed by one reusable event.

Barntid's processes (social workers, cases, arrivals, the weekly round) only ever wait for time to pass;
none waits for another process or a resource. For that, SimPy's general `Process`, which creates a
`Timeout` for every wait and inspects each yielded event, is more than is needed. `spawn` runs such a
generator on the same event queue with the same ordering: it starts at once (urgent, like SimPy's
`Initialize`), and each `yield delay` schedules its one `Wake` event again, at normal priority, exactly as
`yield env.timeout(delay)` would. Results are identical; a bare loop runs 1.7 times as many events per
second (benchmarks/bench_core.py).

The wake is pushed onto the environment's heap directly (`_queue`, `_eid`, `_now`: what
`Environment.schedule` does, without the call). Those are SimPy internals, so SimPy is pinned in
pyproject.toml and tests/test_driver.py compares the order of events with SimPy's own processes.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from heapq import heappop, heappush
from typing import Any

from simpy import Environment
from simpy.events import NORMAL, URGENT, Event, EventCallbacks

Light = Generator[float, None, None]


class Wake(Event):
    """The one event of a light process, scheduled again after each delay it yields."""

    def __init__(self, env: Environment) -> None:
        self.env = env
        self.callbacks = []
        self._value = None
        self._ok = True


def spawn(env: Environment, gen: Light) -> None:
    """Run `gen` from now; each value it yields is a delay (days) after which it resumes."""
    wake = Wake(env)
    step = gen.__next__
    # What `env.schedule(wake, NORMAL, delay)` does, without the call: this runs once per event.
    queue, eid = env._queue, env._eid

    def resume(_: Any) -> None:
        try:
            delay = step()
        except StopIteration:
            return
        if delay < 0:
            raise ValueError(f"negative delay {delay!r} at t={env.now!r}")
        wake.callbacks = callbacks
        heappush(queue, (env._now + delay, NORMAL, next(eid), wake))

    callbacks: EventCallbacks = [resume]
    wake.callbacks = callbacks
    env.schedule(wake, URGENT, 0)


def call_soon(env: Environment, callback: Callable[[], None]) -> None:
    """Call `callback` at the current time, once the event being processed is done (as a process starts)."""
    wake = Wake(env)
    wake.callbacks = [lambda _: callback()]
    env.schedule(wake, URGENT, 0)


class Alarm:
    """One callback, rung at times the model keeps in order itself: one event on SimPy's queue at a time."""

    def __init__(self, env: Environment, callback: Callable[[], None]) -> None:
        self._wake = Wake(env)
        self._callbacks: EventCallbacks = [lambda _: callback()]
        self._queue, self._eid = env._queue, env._eid
        self.env = env

    def set(self, time: float) -> None:
        """Ring at exactly `time` (absolute, not before now). Only one ring may be pending."""
        if time < self.env.now:
            raise ValueError(f"alarm set for {time!r}, before now ({self.env.now!r})")
        self._wake.callbacks = self._callbacks
        heappush(self._queue, (time, NORMAL, next(self._eid), self._wake))


def run_until(env: Environment, until: float) -> None:
    """`env.run(until=until)` for a model whose events are all light processes' (`Wake`, never failing): the
    same events in the same order, without SimPy's per-event checks. It processes every event before `until`
    and none at it, and takes the two event ids SimPy's stop takes (scheduled, then put back when it stops), so
    event counts agree."""
    next(env._eid)
    next(env._eid)
    queue = env._queue
    while queue and queue[0][0] < until:
        env._now, _, _, event = heappop(queue)
        callbacks, event.callbacks = event.callbacks, None  # type: ignore[assignment]  # as SimPy does
        for callback in callbacks:
            callback(event)
    env._now = until
