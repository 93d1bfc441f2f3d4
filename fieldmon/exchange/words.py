"""The organisation root's fingerprint as a person compares it: ten words, hex, a QR code.

Before a monitor installs an organisation card for the first time, headquarters reads the
fingerprint of its root certificate to them over a separate channel (a call, a meeting) and
they compare it with what FieldMon shows. Anyone could hand over a card signed by a root of
their own; only the fingerprint, received another way, says it is headquarters' root.

- Words: SHA-256 of the root certificate (DER), its first 100 bits as ten words of the SLIP-39
  word list (1024 words, 10 bits each, all distinct in their first four letters; from the
  ``shamir_mnemonic`` package, the reference implementation of SLIP-0039).
- Hex: the full SHA-256 in groups of four digits
  (:func:`fieldmon.crypto.identity.cert_fingerprint`).
- QR code (ISO/IEC 18004, drawn by ``segno``): the text ``fieldmon-root:sha256:<hex>``.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence

import segno
from shamir_mnemonic.wordlist import WORDLIST

from fieldmon.crypto import identity

WORD_COUNT = 10
"""Words in a fingerprint: 10 words of 10 bits, 100 bits of SHA-256."""
BITS_PER_WORD = 10
QR_PREFIX = "fieldmon-root:sha256:"
"""What a QR code of a root's fingerprint holds before the lower-case hex SHA-256."""


def fingerprint_words(root_der: bytes) -> list[str]:
    """The root's fingerprint as ten words to read aloud.

    :param root_der: the root certificate, DER.
    :return: ten words of the SLIP-39 word list, from the first 100 bits of SHA-256 of
        root_der, most significant bits first.
    """
    digest = hashlib.sha256(root_der).digest()
    total = WORD_COUNT * BITS_PER_WORD
    bits = int.from_bytes(digest, "big") >> (len(digest) * 8 - total)
    mask = (1 << BITS_PER_WORD) - 1
    return [
        WORDLIST[(bits >> (BITS_PER_WORD * (WORD_COUNT - 1 - i))) & mask] for i in range(WORD_COUNT)
    ]


def normalise_words(words: Sequence[str]) -> list[str]:
    """Words as a person typed them, for comparing: lower case, split at any white space.

    :param words: the words, one per item or several per item ("w1 w2 ...").
    :return: the single words, lower case.
    """
    return " ".join(words).lower().split()


def words_match(root_der: bytes, words: Sequence[str]) -> bool:
    """Whether typed words are the root's fingerprint words, ignoring case and white space.

    :param root_der: the root certificate, DER.
    :param words: the words as typed (see :func:`normalise_words`).
    :return: True if they are the ten words of :func:`fingerprint_words`, in order.
    """
    return normalise_words(words) == fingerprint_words(root_der)


def hex_fingerprint(root_der: bytes) -> str:
    """The root's full SHA-256 fingerprint in groups of four hex digits, to read aloud.

    :param root_der: the root certificate, DER.
    :return: 16 groups of 4 upper-case hex digits separated by spaces.
    """
    digits = identity.cert_fingerprint(root_der).replace(":", "")
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def qr_text(root_der: bytes) -> str:
    """What the QR code of the root's fingerprint holds.

    :param root_der: the root certificate, DER.
    :return: ``fieldmon-root:sha256:`` and 64 lower-case hex digits.
    """
    return QR_PREFIX + hashlib.sha256(root_der).hexdigest()


def _qr(root_der: bytes) -> segno.QRCode:
    return segno.make(qr_text(root_der), error="m", micro=False)


def qr_svg(root_der: bytes, scale: int = 4) -> bytes:
    """The root's fingerprint as a QR code, SVG.

    :param root_der: the root certificate, DER.
    :param scale: size of a module in SVG user units.
    :return: an SVG document (UTF-8) of the QR code of :func:`qr_text`.
    """
    buffer = io.BytesIO()
    _qr(root_der).save(buffer, kind="svg", scale=scale)
    return buffer.getvalue()


def qr_png(root_der: bytes, scale: int = 4) -> bytes:
    """The root's fingerprint as a QR code, PNG.

    :param root_der: the root certificate, DER.
    :param scale: size of a module in pixels.
    :return: a PNG image of the QR code of :func:`qr_text`, with the standard quiet zone.
    """
    buffer = io.BytesIO()
    _qr(root_der).save(buffer, kind="png", scale=scale)
    return buffer.getvalue()
