"""Entry of the committee-report process: the PDF drawn with its own offscreen Qt, in its main thread.

Nothing here imports Qt at module level; the spawned process imports it when it starts writing.
"""

from __future__ import annotations

import os
import signal
from typing import Any


def _exit_on_sigterm(_signum: int, _frame: object) -> None:
    raise SystemExit(1)  # unwinds run_experiment, which shuts its own pool down: no processes left behind


def write_report_process(base: Any, proposal: Any, path: str, workers: int | None, conn: Any,
                         info: Any = None) -> None:
    """Entry of the report process: the committee PDF drawn with its own offscreen Qt, in its main thread.

    Sends ("ok", path) or ("error", message) through conn; SIGTERM (cancel) ends it cleanly."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        from barntid.gui.report.pdf import write_report

        write_report(base, proposal, path, workers=workers, info=info)
    except Exception as exc:  # reported in the window, never lost
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    else:
        conn.send(("ok", path))
    finally:
        conn.close()
