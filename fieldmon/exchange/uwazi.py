"""Cases for Uwazi's CSV import: a ZIP of ``import.csv``, the evidence files consent lets go,
``TEMPLATE.md`` for the Uwazi admin and ``withheld.txt`` (docs/uwazi.md).

Consent applies as in a dossier for the recipient ``public``
(:mod:`fieldmon.consent.policy`): the same redactor decides who may be named and cleans every
free-text value, with the same review of possible names (a possible name without a decision
stops the export with the dossier's own :class:`~fieldmon.consent.review.ReviewRequired`);
alleged perpetrators' names are always withheld; evidence files go only where
:func:`fieldmon.dossier.annex_files.annexes_for` annexes them, without their metadata. The ZIP
is plaintext by design (the user asked for a publication), written under a temporary name in
its own folder and renamed; nothing is written anywhere else.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import secrets
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldmon.consent import review as consent_review
from fieldmon.consent.redactor import Redactor
from fieldmon.consent.review import ReviewRequired
from fieldmon.dossier.annex_files import annexes_for
from fieldmon.dossier.naming import all_candidates
from fieldmon.dossier.profiles import Annex
from fieldmon.dossier.texts import Texts
from fieldmon.errors import ExchangeRefused, FieldMonError
from fieldmon.exchange.uwazi_rows import case_row, select_label
from fieldmon.exchange.uwazi_template import LANGUAGES, Thesauri, Value, columns, template_markdown
from fieldmon.resources import vocabulary
from fieldmon.vault import files
from fieldmon.vault.metadata import CannotStrip, can_strip, inspect, strip_metadata
from fieldmon.vault.store import Vault

RECIPIENT = "public"
"""The consent recipient of a publication (``resources/vocab/recipients.json``)."""
CSV_NAME = "import.csv"
"""Uwazi reads the rows from this name at the ZIP's root (``importFile.ts``)."""
TEMPLATE_NAME = "TEMPLATE.md"
WITHHELD_NAME = "withheld.txt"
UPLOAD_LIMIT = 50 * 1024 * 1024
"""The largest upload Uwazi's CSV import documents (50 MB); a larger ZIP is warned of."""

REASONS = {
    "not_recorded": "who appears in the file has not been recorded",
    "below_level": "the file shows or names a person who may not be identified to the public",
    "names_hidden_person": "the file's words name a person who may not be identified",
    "metadata": "the file carries metadata (a place, a device or an author) that cannot be removed",
}
"""Why a file is withheld, in words (the codes of :mod:`fieldmon.consent.annexes` and one of
this module's)."""


@dataclass
class UwaziExport:
    """What an export holds, decided before anything is written.

    :ivar references: the cases, in the order given.
    :ivar sealed: each case's sealed version: reference, version, sha256, content.
    :ivar redactors: the ``public`` redactor per language, with the sealed cases added.
    :ivar published: the files that go into the ZIP: (name in the ZIP, bytes, case reference).
    :ivar withheld: lines of ``withheld.txt``.
    """

    references: list[str]
    sealed: list[dict[str, Any]]
    redactors: dict[str, Redactor]
    published: list[tuple[str, bytes, str]] = field(default_factory=list)
    withheld: list[str] = field(default_factory=list)


def _redactor(language: str, decisions: dict[str, str]) -> Redactor:
    return Redactor(RECIPIENT, Texts(language), withhold_perpetrators=True, decisions=decisions)


def plan(
    vault: Vault, references: Sequence[str], decisions: dict[str, str] | None = None
) -> UwaziExport:
    """Settle consent and the review of possible names on the cases as they stand, then seal
    each case (if changed) and decide the files, as :func:`fieldmon.dossier.build.plan` does.

    :param vault: the open vault.
    :param references: the cases; none means every case of the vault.
    :param decisions: review decisions by candidate key (``replace`` or ``keep``), stored for
        the recipient ``public`` before the check.
    :return: the export.
    :raises ExchangeRefused: a case reference names a person who may not be identified, or a
        victim withdrew consent to publication.
    :raises ReviewRequired: possible names have no decision; nothing was sealed.
    :raises NotFound: an unknown reference.
    """
    refs = list(dict.fromkeys(references)) or [c.reference for c in vault.list_cases()]
    if not refs:
        raise ExchangeRefused("The vault holds no case to export.")
    stored: dict[str, str] = {}
    with vault.transaction():
        uuids = {ref: vault.case_uuid(ref) for ref in refs}
        for ref in refs:
            stored.update(consent_review.stored_decisions(vault.conn, uuids[ref], RECIPIENT))
    current = _redactor("en", {**stored, **(decisions or {})})
    cases_now = [vault.get_case(ref) for ref in refs]
    for case in cases_now:
        current.add_case(case)
    for case in cases_now:
        reference = str(case["reference"])
        # As reference_refusal for a dossier: every possible match counts (public=True).
        if current.clean(reference, reference, public=True) != reference:
            raise ExchangeRefused(
                f"The case reference {reference!r} names a person who may not be identified to"
                " the public, and the reference is published with the case: give the case"
                " another reference before exporting."
            )
    blocking = current.blocking()
    if blocking:
        who = ", ".join(f"{p.case_reference} {p.person_id}" for p in blocking)
        raise ExchangeRefused(
            f"Consent to publication was withdrawn by {who}: leave their case(s) out of the export."
        )
    met = all_candidates(current, cases_now)
    given = [(c, (decisions or {})[c.key]) for c in met if c.key in (decisions or {})]
    if given:
        with vault.transaction():
            for candidate, decision in given:
                consent_review.store_decisions(
                    vault.conn,
                    uuids[candidate.case_reference],
                    RECIPIENT,
                    {candidate.key: (decision, candidate.text)},
                )
    unresolved = [c for c in met if c.key not in current.decisions]
    if unresolved:
        raise ReviewRequired(unresolved)
    sealed = []
    redactors = {lang: _redactor(lang, dict(current.decisions)) for lang in LANGUAGES}
    for ref in refs:
        version, _ = vault.seal(ref)
        content = vault.sealed_version(ref, version.version)
        sealed.append(
            {
                "reference": ref,
                "version": version.version,
                "sha256": version.content_hash,
                "content": content,
            }
        )
        for redactor in redactors.values():
            redactor.add_case(content["case"])
    export = UwaziExport(refs, sealed, redactors)
    annexes, withheld = annexes_for(vault, sealed, redactors["en"], Texts("en"))
    for w in withheld:
        export.withheld.append(_withheld_line(w.case_reference, w.evidence_id, w.reason, w.sha256))
    for annex in annexes:
        _publish(export, annex)
    for reference in refs:
        left_out = [p for p in redactors["en"].left_out() if p.case_reference == reference]
        if left_out:
            export.withheld.append(
                f"{reference}: {len(left_out)} person(s) left out, counted only: no consent to"
                " publication recorded (or consent at level none)."
            )
        perpetrators = [
            p
            for p in redactors["en"].people.values()
            if p.case_reference == reference and p.decision.basis == "perpetrator_withheld"
        ]
        if perpetrators:
            export.withheld.append(
                f"{reference}: the names of {len(perpetrators)} alleged perpetrator(s) withheld"
                " (replaced by 'Alleged perpetrator A'...)."
            )
    return export


def _withheld_line(reference: str, evidence_id: str, reason: str, sha256: str) -> str:
    words = REASONS.get(reason, reason)
    return f"{reference} evidence {evidence_id}: file withheld ({words}); SHA-256 {sha256}."


def _publish(export: UwaziExport, annex: Annex) -> None:
    """Add an annexed file to the export without its metadata: a copy FieldMon stored without
    it or a redacted copy as annexed; an original of a kind FieldMon can strip (JPEG, PNG),
    stripped here in memory; any other original only when it carries no place, device or
    author (:func:`fieldmon.vault.metadata.inspect`), else withheld."""
    data = annex.data
    if annex.derived_from_sha256 is None:  # the original itself
        if can_strip(annex.media_type):
            try:
                data = strip_metadata(data, annex.media_type)
            except CannotStrip:
                data = b""
        else:
            report = inspect(data, annex.media_type)
            if not report.checked or report.sensitive:
                data = b""
        if not data:
            export.withheld.append(
                _withheld_line(annex.case_reference, annex.evidence_id, "metadata", annex.sha256)
            )
            return
    extension = os.path.splitext(annex.file_name)[1] or ".bin"
    name = files.safe_filename(f"{annex.case_reference}-{annex.evidence_id}{extension}")
    taken = {n for n, _, _ in export.published}
    stem, number = name[: -len(extension)], 2
    while name in taken:  # two references that read alike as file names
        name, number = f"{stem}-{number}{extension}", number + 1
    export.published.append((name, data, annex.case_reference))


def _vocab_values(name: str) -> list[Value]:
    return [
        tuple(select_label(t.label(lang)) for lang in LANGUAGES) for t in vocabulary(name).terms
    ]


def render(export: UwaziExport) -> tuple[bytes, str, int]:
    """``import.csv`` and ``TEMPLATE.md`` of an export.

    :param export: the export (:func:`plan`).
    :return: the CSV's bytes (UTF-8, comma-separated, quoted as RFC 4180), the template
        document, and how many rows.
    """
    thesauri = Thesauri.empty()
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns(), lineterminator="\r\n")
    writer.writeheader()
    for seal in export.sealed:
        reference = str(seal["reference"])
        attached = [name for name, _, ref in export.published if ref == reference]
        writer.writerow(case_row(seal["content"]["case"], export.redactors, attached, thesauri))
    vocabularies = {
        "Case status": _vocab_values("case_statuses"),
        "Acts": _vocab_values("act_types"),
        "Perpetrator types": _vocab_values("perpetrator_types"),
    }
    document = template_markdown(thesauri, vocabularies, len(export.sealed))
    return out.getvalue().encode("utf-8"), document, len(export.sealed)


def write(vault: Vault, export: UwaziExport, out: Path, *, force: bool = False) -> str:
    """Write the ZIP and log an ``export`` custody entry per case with its SHA-256.

    The ZIP is written under a temporary name in ``out``'s folder (0600) and renamed into
    place: without ``force`` by a hard link, which fails if the name exists (POSIX link(2)),
    so nothing is ever overwritten unasked; the temporary name is removed on any failure.

    :param vault: the open vault.
    :param export: the export (:func:`plan`).
    :param out: the ZIP to write.
    :param force: replace an existing file.
    :return: the ZIP's SHA-256 (hex).
    :raises FieldMonError: ``out`` is a folder or a symbolic link, exists without ``force``,
        or cannot be written.
    """
    files.check_output(out, force)
    data, document, _ = render(export)
    temporary = out.parent / f".{out.name}.{secrets.token_hex(8)}.part"
    digest = hashlib.sha256()
    try:
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        with os.fdopen(os.open(temporary, flags, 0o600), "w+b") as handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(CSV_NAME, data)
                archive.writestr(TEMPLATE_NAME, document)
                archive.writestr(WITHHELD_NAME, "\n".join(export.withheld) + "\n")
                for name, content, _ in export.published:
                    archive.writestr(name, content)
            handle.flush()
            os.fsync(handle.fileno())
            handle.seek(0)
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        files.check_output(out, force)
        if force:
            os.replace(temporary, out)
        else:
            _link_or_rename(temporary, out)
    except FileExistsError:
        raise FieldMonError(f"{out} exists; add --force to overwrite it.") from None
    except OSError as error:
        raise FieldMonError(f"{out} cannot be written ({error.strerror}).") from None
    finally:
        temporary.unlink(missing_ok=True)
    hexdigest = digest.hexdigest()
    vault.log_dossier_export(export.references, f"uwazi {RECIPIENT} {out.name}", hexdigest)
    return hexdigest


def _link_or_rename(temporary: Path, out: Path) -> None:
    """Give the written file its name without replacing one: a hard link fails if the name
    exists (POSIX link(2)); where the file system has no hard links (FAT on a USB stick), a
    rename after a last check."""
    try:
        os.link(temporary, out)
    except FileExistsError:
        raise
    except OSError:
        files.check_output(out, force=False)
        os.rename(temporary, out)


def withheld_annexes(export: UwaziExport) -> list[str]:
    """The lines of ``withheld.txt`` about files (not about persons).

    :param export: the export.
    :return: the lines.
    """
    return [line for line in export.withheld if " evidence " in line]


__all__ = ["RECIPIENT", "UwaziExport", "plan", "render", "write"]
