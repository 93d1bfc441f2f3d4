"""The application log, kept in memory only (a log file would outlive the session on a seized
laptop). Messages name operations, never content: no names, narratives or file names."""

from __future__ import annotations

import logging
from collections import deque

MAX_RECORDS = 1000
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class MemoryLog(logging.Handler):
    """A logging handler that keeps the last formatted lines in memory, and writes nothing.

    The lines are in :attr:`lines`, oldest first.

    :param capacity: how many lines are kept; older ones are dropped first.
    """

    def __init__(self, capacity: int = MAX_RECORDS) -> None:
        super().__init__()
        self.lines: deque[str] = deque(maxlen=capacity)
        self.setFormatter(logging.Formatter(_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        """Format the record and keep the line; a formatting error never reaches the caller
        (it goes to :meth:`logging.Handler.handleError`).

        :param record: the record logged.
        """
        try:
            self.lines.append(self.format(record))
        except Exception:  # a log line must never break the app
            self.handleError(record)


_handler: MemoryLog | None = None


def memory_log() -> MemoryLog:
    """Install (once) and return the in-memory handler on FieldMon's logger.

    The ``fieldmon`` logger then logs at INFO and above to this handler only: it does not
    propagate to the root logger, so no handler set up elsewhere writes FieldMon's log to a
    file.

    :return: the handler, the same one on every call.
    """
    global _handler
    if _handler is None:
        _handler = MemoryLog()
        logger = logging.getLogger("fieldmon")
        logger.addHandler(_handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False  # nothing reaches a handler someone else set up to write files
    return _handler


log = logging.getLogger("fieldmon")
