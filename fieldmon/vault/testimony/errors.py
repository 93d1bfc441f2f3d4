"""What goes wrong with a testimony: a step that needs attention, or a case with unsaved edits.

Both are :class:`~fieldmon.errors.FieldMonError`, so their message is meant for the monitor.
"""

from __future__ import annotations

from fieldmon.errors import FieldMonError

__all__ = ["TestimonyIncomplete", "UnsavedEdits"]


class UnsavedEdits(FieldMonError):
    """The case to add to has unsaved edits (a draft), which storing would discard."""


class TestimonyIncomplete(FieldMonError):
    """A testimony lacks something it needs, or holds a value that cannot be stored.

    :ivar step: which step of the testimony the problem is in (``"case"``, ``"person"``,
        ``"event"``, ``"interview"``, ``"consent"``, ``"evidence"``).
    :ivar key: the field of that step (``"name"``, ``"acts[0].start"``).
    """

    __test__ = False  # not a pytest test class, despite its name

    def __init__(self, step: str, key: str, message: str) -> None:
        super().__init__(message)
        self.step = step
        self.key = key
