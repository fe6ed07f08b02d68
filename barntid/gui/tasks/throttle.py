"""Redraws while work goes on, kept to a share of one core so that the pool's workers (on a 2-core machine,
the other core and most of this one) keep the rest. A redraw is asked for as often as there is news
(`request`); requests within a pause make one redraw at its end, and the pause is `min_ms`, or longer when
redraws take long."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

SHARE = 1 / 6
"""At most this share of the time goes to redrawing while a run goes on."""


class Throttle(QObject):
    def __init__(self, draw: Callable[[], None], min_ms: int, parent: QObject | None = None,
                 share: float = SHARE) -> None:
        super().__init__(parent)
        self.draw, self.min_ms, self.share = draw, min_ms, share
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(min_ms)
        self.timer.timeout.connect(self.now)

    def request(self) -> None:
        """Redraw at the end of a pause from now; further requests until then are part of that redraw."""
        if not self.timer.isActive():
            self.timer.start()

    def now(self) -> None:
        """Redraw at once; the next requested one waits in proportion to how long this one took."""
        self.timer.stop()
        start = time.perf_counter()
        self.draw()
        spent_ms = 1000 * (time.perf_counter() - start)
        self.timer.setInterval(max(self.min_ms, int(spent_ms * (1 / self.share - 1))))

    def cancel(self) -> None:
        self.timer.stop()

    def is_pending(self) -> bool:
        return self.timer.isActive()
