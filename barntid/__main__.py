"""``python -m barntid`` and the bundle's entry point: the command line (and, without arguments, the application).

``freeze_support()`` comes first: in the bundle (PyInstaller) the pool's spawned workers and the committee
report's process start this same program, which must then become the worker instead of a second window.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from barntid.cli.main import main

    sys.exit(main())
