"""``python -m barntid``: the command line (and, without arguments, the application)."""

import sys

from barntid.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
