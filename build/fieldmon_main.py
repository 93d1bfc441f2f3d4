"""The packaged app's entry point (build/fieldmon.spec): the same as the ``fieldmon`` command.

With no arguments it starts the desktop app; with a command it runs the command line
(:func:`fieldmon.cli.main`).
"""

from __future__ import annotations

import sys

from fieldmon.cli import main

if __name__ == "__main__":
    sys.exit(main())
