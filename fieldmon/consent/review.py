"""The review list: name matches the matcher is not sure of, and the monitor's decisions on them.

An uncertain match (a lone given name, a word that is also an ordinary word, a name inside a
place name, a surname relatives share) is neither replaced nor kept silently: it becomes a
:class:`Candidate`, keyed by a hash of the words and their context, and the dossier is not
written until each candidate has a decision (``replace`` or ``keep``). Decisions are stored in
the vault per case and recipient; a decision file (``fieldmon dossier --review FILE``) gives
them one line per candidate. A key names one candidate in one context, so a decision never
covers a candidate it was not made for: a new one still blocks.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fieldmon.errors import FieldMonError
from fieldmon.vault.textforms import normalise

DECISIONS = ("replace", "keep")
CONTEXT_CHARS = 40
"""Characters of context on each side of a candidate, in its key and in the review list."""
MAX_REVIEW_FILE_BYTES = 4 * 1024 * 1024
"""A review file larger than this (4 MiB) is refused unread."""
_LINE = re.compile(r"^\s*([0-9a-f]{16,64})\s+(replace|keep)\s*(?:#.*)?$")


@dataclass(frozen=True)
class Candidate:
    """One uncertain name match awaiting a decision.

    :ivar key: hex hash of the case, the words as written and their context (:func:`key_of`).
    :ivar case_reference: the case the text belongs to.
    :ivar field: where the text is (``interviews/i2/narrative``).
    :ivar text: the matched words as written.
    :ivar before: up to :data:`CONTEXT_CHARS` characters before it.
    :ivar after: up to :data:`CONTEXT_CHARS` characters after it.
    :ivar owners: the ids of the persons it could name (``p4``), in their case.
    :ivar reasons: why it is uncertain (the matcher's reasons: ``lone_given_name``,
        ``ordinary_word``, ``place_name``, ``shared``, ``approximate``).
    :ivar label: what it becomes if replaced.
    """

    key: str
    case_reference: str
    field: str
    text: str
    before: str
    after: str
    owners: tuple[str, ...]
    reasons: tuple[str, ...]
    label: str


def key_of(case_reference: str, recipient: str, text: str, before: str, after: str) -> str:
    """The key of a candidate: SHA-256 over the case, the recipient whose consent counts, the
    words and their context, each normalised (composed, no invisible characters) and
    case-folded; 16 bytes in hex. The recipient is in it so that a decision file made for one
    recipient (keep, say, for the Court) is never read as a decision for another.

    :param case_reference: the case.
    :param recipient: the recipient whose consent counts (``echr`` for a Rule 39 request).
    :param text: the matched words as written.
    :param before: the context before them.
    :param after: the context after them.
    :return: 32 hex digits.
    """
    parts = [case_reference, recipient, *(normalise(p).casefold() for p in (text, before, after))]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


class ReviewRequired(FieldMonError):
    """Uncertain name matches have no decision yet; nothing was written.

    :ivar candidates: the candidates without a decision, in the order met.
    """

    exit_status = 6

    def __init__(self, candidates: Iterable[Candidate], command: str | None = None) -> None:
        self.candidates = list(candidates)
        how = (
            f"{command} ... --review FILE"
            if command
            else "fieldmon dossier ... --review FILE, or the export dialog"
        )
        what = "export" if command else "dossier"
        super().__init__(
            f"{len(self.candidates)} possible name(s) need a decision before this {what} is"
            f" written: replace or keep each ({how})."
        )


class ConsentBlocked(FieldMonError):
    """A victim or applicant withdrew consent for this recipient; nothing was written.

    :ivar persons: (case reference, person id, label for the monitor) of each.
    """

    exit_status = 7

    def __init__(self, persons: Iterable[tuple[str, str, str]]) -> None:
        self.persons = list(persons)
        who = "; ".join(f"{ref} {pid} ({name})" for ref, pid, name in self.persons)
        super().__init__(
            f"Consent for this recipient was withdrawn by {who}: no dossier about them goes to"
            " it. To send it anyway, give the reason in writing with --override-withdrawn"
            " (recorded in the custody log)."
        )


def read_review_file(path: Path) -> dict[str, str]:
    """Decisions from a review file: one line per candidate, ``KEY replace`` or ``KEY keep``;
    blank lines and lines starting with ``#`` are skipped, and ``# ...`` may follow a decision.

    :param path: the file (UTF-8).
    :return: key to decision.
    :raises FieldMonError: if the file cannot be read, is over :data:`MAX_REVIEW_FILE_BYTES`,
        is not UTF-8, has a line that is neither, or gives one key two different decisions.
    """
    try:
        if path.stat().st_size > MAX_REVIEW_FILE_BYTES:
            raise FieldMonError(f"{path} is over 4 MiB; a review file holds one line per name.")
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise FieldMonError(f"{path} cannot be read ({error.strerror}).") from None
    except UnicodeDecodeError:
        raise FieldMonError(f"{path} is not UTF-8 text.") from None
    decisions: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LINE.match(line)
        if match is None and line.rstrip().endswith(" ?"):
            raise FieldMonError(
                f"{path}, line {number}: still undecided; change '?' to 'replace' or 'keep'."
            )
        if match is None:
            raise FieldMonError(
                f"{path}, line {number}: expected 'KEY replace' or 'KEY keep', got {line[:60]!r}."
            )
        key, decision = match.group(1), match.group(2)
        if decisions.get(key, decision) != decision:
            raise FieldMonError(f"{path}, line {number}: {key} is given two decisions.")
        decisions[key] = decision
    return decisions


def review_lines(candidates: Iterable[Candidate]) -> list[str]:
    """The review list as a review file the monitor completes: each candidate in context as
    comments, then ``KEY ?`` to be changed to ``replace`` or ``keep``.

    :param candidates: the candidates.
    :return: lines without line ends.
    """
    out = ["# Each line: KEY replace (hide the words) or KEY keep (leave them as written)."]
    for c in candidates:
        context = f"…{c.before}[{c.text}]{c.after}…".replace("\n", " ")
        out.append(f"# {c.case_reference} {c.field}: {context}")
        out.append(
            f"#   could be {', '.join(c.owners)}; replaced by {c.label!r};"
            f" uncertain: {', '.join(c.reasons) or 'ambiguous'}"
        )
        out.append(f"{c.key} ?")
    return out


def stored_decisions(conn: Any, case_uuid: str, recipient: str) -> dict[str, str]:
    """The decisions stored for a case and recipient.

    :param conn: the open vault database.
    :param case_uuid: the case.
    :param recipient: the recipient whose consent counts (``echr`` for a Rule 39 request).
    :return: key to decision.
    """
    rows = conn.execute(
        "SELECT key, decision FROM review_decisions WHERE case_uuid = ? AND recipient = ?",
        (case_uuid, recipient),
    ).fetchall()
    return {str(k): str(d) for k, d in rows}


def store_decisions(
    conn: Any, case_uuid: str, recipient: str, decisions: Mapping[str, tuple[str, str]]
) -> None:
    """Store decisions for a case and recipient, replacing earlier ones for the same keys. The
    caller holds the transaction.

    :param conn: the open vault database.
    :param case_uuid: the case.
    :param recipient: the recipient whose consent counts.
    :param decisions: key to (decision, the candidate's words as written).
    :raises ValueError: for a decision other than ``replace`` or ``keep``.
    """
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    for key, (decision, words) in decisions.items():
        if decision not in DECISIONS:
            raise ValueError(f"unknown review decision {decision!r}")
        conn.execute(
            "INSERT OR REPLACE INTO review_decisions"
            " (case_uuid, recipient, key, decision, candidate, decided_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (case_uuid, recipient, key, decision, words, now),
        )
