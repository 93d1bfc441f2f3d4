"""Unpaired surrogate escapes in JSON text (``"\\ud800"``), found as the text streams past.

JSON (RFC 8259, section 8.2) allows a ``\\uD800``-``\\uDFFF`` escape that pairs with no other,
which names no character. The streaming parser (ijson's yajl backend) silently turns one into
``?``, so a case file holding one would be stored with a different text than it says: such a
file is refused instead. An escape is a backslash followed by ``u`` and four hex digits; an
escaped backslash (``\\\\``) is consumed as a whole, so ``\\\\ud800`` is not an escape.
"""

from __future__ import annotations

import re

__all__ = ["SurrogateScanner"]

# One escape at a time, left to right: \uXXXX, or a backslash and the character it escapes.
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|[^u])")
_LONGEST = 6  # \uXXXX


class SurrogateScanner:
    """Feed decoded JSON text in order; :meth:`feed` and :meth:`close` say whether an
    unpaired surrogate escape was found (escapes cut between two pieces are handled)."""

    def __init__(self) -> None:
        self._carry = ""
        self._base = 0  # where the carried text starts in the whole text
        self._low_expected_at: int | None = None

    def feed(self, text: str) -> bool:
        """Scan the next piece of text.

        :param text: the text following what was fed before.
        :return: True as soon as an unpaired surrogate escape is certain.
        """
        buffer = self._carry + text
        end = 0
        for match in _ESCAPE.finditer(buffer):
            at = self._base + match.start()
            expected = self._low_expected_at
            if expected is not None and at != expected:
                return True  # a high surrogate not followed at once by an escape
            hexa = match.group(1)
            value = int(hexa, 16) if hexa else -1
            if expected is not None:
                if not 0xDC00 <= value <= 0xDFFF:
                    return True
                self._low_expected_at = None
            elif 0xD800 <= value <= 0xDBFF:
                self._low_expected_at = self._base + match.end()
            elif 0xDC00 <= value <= 0xDFFF:
                return True  # a low surrogate with no high one before it
            end = match.end()
        rest = buffer[end:]
        start = rest.find("\\")
        # Keep an escape that may go on in the next piece; anything longer is not one.
        self._carry = rest[start:] if start >= 0 and len(rest) - start < _LONGEST else ""
        self._base += len(buffer) - len(self._carry)
        expected = self._low_expected_at
        return expected is not None and self._base > expected

    def close(self) -> bool:
        """The text has ended.

        :return: True if a high surrogate escape was left without its low one.
        """
        return self._low_expected_at is not None
