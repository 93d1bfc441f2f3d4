"""Whether a later dossier's history of its cases extends an earlier one's, for
``fieldmon verify LATER.pdf --since EARLIER.pdf``; and the history a dossier records, shown.

Each manifest carries, per case, the custody chain head, the custody entry hashes and the sealed
versions (:mod:`fieldmon.vault.anchors`). The later history extends the earlier when, for every
case of both: the earlier entry hashes are a prefix of the later ones, and every sealed version
of the earlier is in the later with the same content hash and seal entry. Anything else was
rewritten, whoever re-signed it: a vault's own key can re-sign its whole log, but cannot change
a dossier that has already left the laptop.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyhanko.pdf_utils.misc import PdfError

from fieldmon.dossier import bounded_pdf
from fieldmon.dossier.bounded_pdf import shown
from fieldmon.dossier.manifest import MANIFEST_NAME
from fieldmon.dossier.xref_bounds import check_xref_bounds
from fieldmon.vault.anchors import HISTORY_FORMAT, chain_head
from fieldmon.vault.timestamps import check_token

__all__ = ["CaseHistory", "Comparison", "compare", "describe", "parse", "read_manifest", "report"]

_SHA256 = re.compile(r"[0-9a-f]{64}")
# What reading an attached manifest can raise on a damaged file (as fieldmon.dossier.verify).
_READ_ERRORS = (bounded_pdf.UnreadablePdf, PdfError, ValueError, KeyError, TypeError, IndexError)


@dataclass(frozen=True)
class CaseHistory:
    """One case's history as a manifest records it, checked for form.

    :ivar case: the case reference.
    :ivar entry_hashes: its custody entry hashes, in log order.
    :ivar head: the chain head over them (:func:`fieldmon.vault.anchors.chain_head`).
    :ivar sealed: version number -> (content SHA-256, seal entry hash or None, token or None).
    """

    case: str
    entry_hashes: list[str]
    head: str
    sealed: dict[int, tuple[str, str | None, bytes | None]]


def read_manifest(path: Path) -> dict[str, Any] | None:
    """The evidence manifest attached to a dossier, read within the limits of
    :mod:`fieldmon.dossier.bounded_pdf`; whether it is signed is :func:`verify_pdf`'s business.

    :param path: the PDF.
    :return: the manifest, or None when it cannot be read or is not a JSON object.
    :raises FieldMonError: the file is not a regular file, is too large or cannot be opened
        (:func:`fieldmon.dossier.bounded_pdf.open_regular_file`).
    """
    with bounded_pdf.open_regular_file(Path(path), bounded_pdf.MAX_PDF_BYTES) as handle:
        try:
            check_xref_bounds(handle)
            reader = bounded_pdf.pdf_reader(handle)
            stream = bounded_pdf.embedded_file_streams(reader).get(MANIFEST_NAME)
            if stream is None:
                return None
            raw = bounded_pdf.read_stream(stream, bounded_pdf.MAX_MANIFEST_BYTES)
            manifest = json.loads(raw)
        except (*_READ_ERRORS, bounded_pdf.TooLarge, RecursionError, OSError):
            return None
    return manifest if isinstance(manifest, dict) else None


def parse(manifest: dict[str, Any]) -> tuple[list[CaseHistory] | None, list[str]]:
    """The per-case histories a manifest records (or an export's ``history`` field holds).

    :param manifest: the manifest (or fieldmon-case/1 document).
    :return: the histories, or None when the manifest records none (a dossier made before
        FieldMon recorded it); and the problems of form, one line each (a head that is not the
        chain over its entries, a seal entry not among them, a malformed field).
    """
    history = manifest.get("history")
    if history is None:
        return None, []
    if not isinstance(history, dict) or history.get("format") != HISTORY_FORMAT:
        return [], [f"the history is not in the form {HISTORY_FORMAT}"]
    cases = history.get("cases")
    if not isinstance(cases, list):
        return [], ["the history lists no cases"]
    found, problems = [], []
    for index, item in enumerate(cases, start=1):
        case, problem = _parse_case(item)
        if case is None:
            problems.append(f"case {index} of the history {problem}")
        else:
            found.append(case)
            if problem:
                problems.append(f"{case.case}: {problem}")
    return found, problems


def _is_hash(value: Any) -> bool:
    return isinstance(value, str) and bool(_SHA256.fullmatch(value))


def _parse_case(item: Any) -> tuple[CaseHistory | None, str | None]:
    if not isinstance(item, dict) or not isinstance(item.get("case"), str):
        return None, "names no case"
    hashes, sealed_list = item.get("entry_hashes"), item.get("sealed")
    if not isinstance(hashes, list) or not all(_is_hash(h) for h in hashes):
        return None, "lists no custody entry hashes"
    if not isinstance(sealed_list, list):
        return None, "lists no sealed versions"
    sealed: dict[int, tuple[str, str | None, bytes | None]] = {}
    for seal in sealed_list:
        version = seal.get("version") if isinstance(seal, dict) else None
        if type(version) is not int or not _is_hash(seal.get("sha256")):
            return None, "has a sealed version without a number or a SHA-256"
        entry, token = seal.get("seal_entry"), seal.get("timestamp")
        try:
            raw = base64.b64decode(token, validate=True) if isinstance(token, str) else None
        except binascii.Error:
            raw = b""
        sealed[version] = (seal["sha256"], entry if _is_hash(entry) else None, raw)
    case = CaseHistory(shown(item["case"], 100), list(hashes), str(item.get("head")), sealed)
    if case.head != chain_head(case.entry_hashes):
        return case, "the recorded head is not the chain over the recorded entries"
    for number, (_, entry, _) in sorted(sealed.items()):
        if entry is not None and entry not in case.entry_hashes:
            return case, f"the seal entry of version {number} is not among its custody entries"
    return case, None


def describe(histories: list[CaseHistory] | None) -> list[str]:
    """The history a dossier records, one line per case, with each seal's timestamp checked.

    :param histories: what :func:`parse` found.
    :return: lines starting ``History:``; a timestamp that does not hold is named in it.
    """
    if histories is None:
        return ["History:       no history recorded (made before FieldMon recorded it)"]
    lines = []
    for case in histories:
        versions = ", ".join(str(n) for n in sorted(case.sealed)) or "none"
        lines.append(
            f"History:       {case.case}: {len(case.entry_hashes)} custody entries, head"
            f" {case.head}; sealed versions: {versions}"
        )
        for number, (_, entry, token) in sorted(case.sealed.items()):
            if token is None or entry is None:
                continue
            found = check_token(token, entry)
            if found.problem:
                lines.append(
                    f"Problem:       {case.case}: the timestamp of sealed version {number}"
                    f" {found.problem}"
                )
            else:
                lines.append(
                    f"Timestamp:     {case.case} version {number} sealed by {found.gen_time}"
                    f" (RFC 3161, {found.tsa}, certificate SHA-256 {found.tsa_sha256})"
                )
    return lines


@dataclass
class Comparison:
    """What :func:`compare` found.

    :ivar lines: one plain line per case (``"AZ-2026-001: extends ..."``, or the rewrite).
    :ivar rewritten: whether any case's history was rewritten, or nothing could be compared.
    :ivar compared: how many cases were compared (0: nothing could be).
    """

    lines: list[str] = field(default_factory=list)
    rewritten: bool = False
    compared: int = 0


def compare(earlier: list[CaseHistory] | None, later: list[CaseHistory] | None) -> Comparison:
    """Whether the later history extends the earlier, case by case (see the module's text).

    :param earlier: the earlier dossier's histories (:func:`parse`).
    :param later: the later dossier's.
    :return: one line per case of the earlier dossier; ``rewritten`` when any was rewritten,
        or when no case could be compared (either records no history, or no case is in both).
    """
    result = Comparison()
    if earlier is None or later is None:
        which = "earlier" if earlier is None else "later"
        result.lines.append(f"the {which} dossier records no history; nothing can be compared")
        result.rewritten = True
        return result
    now = {c.case: c for c in later}
    compared = 0
    for before in earlier:
        after = now.get(before.case)
        if after is None:
            result.lines.append(f"{before.case}: not in this dossier; not compared")
            continue
        compared += 1
        problems = _case_problems(before, after)
        result.lines += problems
        if problems:
            result.rewritten = True
        else:
            added = len(after.entry_hashes) - len(before.entry_hashes)
            result.lines.append(
                f"{before.case}: extends the earlier history (its {len(before.entry_hashes)}"
                f" custody entries unchanged, {added} added; every sealed version kept)"
            )
    if not compared:
        result.lines.append("no case of the earlier dossier is in this one; nothing compared")
        result.rewritten = True
    result.compared = compared
    return result


def _case_problems(before: CaseHistory, after: CaseHistory) -> list[str]:
    name, problems = before.case, []
    for number, (sha256, entry, _) in sorted(before.sealed.items()):
        now = after.sealed.get(number)
        if now is None:
            problems.append(
                f"{name}: sealed version {number} of the earlier dossier is missing from this one"
            )
        elif now[0] != sha256:
            problems.append(
                f"{name}: sealed version {number} was replaced (SHA-256 {sha256} in the earlier"
                f" dossier, {now[0]} in this one)"
            )
        elif entry is not None and now[1] != entry:
            problems.append(f"{name}: sealed version {number} was sealed again by another entry")
    old, new = before.entry_hashes, after.entry_hashes
    kept = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), None)
    if kept is None:
        kept = min(len(old), len(new))
    if kept < len(old):
        which = (
            f"entry {len(old)} of the earlier dossier is"
            if kept + 1 == len(old)
            else f"entries {kept + 1} to {len(old)} of the earlier dossier are"
        )
        problems.append(
            f"{name}: the custody history was rewritten after entry {kept} ({which}"
            + (" missing from this one)" if kept == len(new) else " different in this one)")
        )
    return problems


def report(
    later: Path, earlier: Path | None = None, *, later_unchanged: bool = True
) -> tuple[list[str], str | None]:
    """The history a dossier records, and with ``earlier`` whether it extends that dossier's,
    in lines for ``fieldmon verify``.

    A dossier's history is read only once it is known to be what was signed
    (``later_unchanged``, from its verdict; the earlier dossier is checked here with
    :func:`fieldmon.dossier.verify.verify_pdf`): nothing of a changed or unreadable file is
    read twice.

    :param later: the dossier being verified.
    :param earlier: an earlier dossier of the same cases, or None.
    :param later_unchanged: whether ``later``'s verdict found it unchanged since signed
        (:attr:`fieldmon.dossier.verify.Verdict.unchanged`); if not, its history is not read
        (its verdict already says it is not valid).
    :return: the lines (``History:``, ``Timestamp:``, ``Problem:``, ``Since:``), and None when
        the history holds, else why not in words that follow "NOT VALID: " (a problem in the
        recorded history or its timestamps; with ``earlier``, a case's history rewritten, or
        nothing that could be compared). A dossier recording no history holds (it predates
        history); compared with ``--since`` it does not.
    :raises FieldMonError: a file is not a regular file, is too large or cannot be opened.
    """
    from fieldmon.dossier.verify import verify_pdf

    if not later_unchanged:
        return ["History:       not read: the dossier is not what was signed"], None
    manifest = read_manifest(later)
    now, problems = parse(manifest) if manifest is not None else (None, [])
    lines = describe(now) + [f"Problem:       {p}" for p in problems]
    broken = problems or any(line.startswith("Problem:") for line in lines)
    note = "the history it records does not hold (see Problem above)" if broken else None
    if earlier is None:
        return lines, note
    named = shown(str(earlier), 200)
    verdict = verify_pdf(earlier)
    if not verdict.unchanged:
        lines.append(f"Since:         {named} is not what was signed; nothing was compared")
        return lines, note or f"the history could not be compared with {named}"
    before_manifest = read_manifest(earlier)
    before, before_problems = parse(before_manifest) if before_manifest is not None else (None, [])
    found = compare(before, now)
    lines += [f"Since:         {line}" for line in before_problems + found.lines]
    if found.rewritten and not found.compared:
        return lines, f"its history cannot be compared with that of {named} (see Since above)"
    if found.rewritten or before_problems:
        return lines, f"the history of its cases was rewritten since {named}, or cannot be shown"
    lines.append(f"History:       extends that of {named}")
    return lines, note
