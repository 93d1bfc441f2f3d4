"""``python -m fieldmon.cli``: the `fieldmon` command, run as the console script runs it."""

import sys

from fieldmon.cli import main

sys.exit(main())
