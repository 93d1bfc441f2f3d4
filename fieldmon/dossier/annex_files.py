"""Which evidence files a dossier annexes: one per evidence record, the copy consent allows
(:mod:`fieldmon.consent.annexes`), read from the vault; PDF annexes drawn as page images."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from reportlab.lib.utils import ImageReader

from fieldmon.consent.annexes import annex_consent
from fieldmon.consent.redactor import Redactor
from fieldmon.dossier.layout import FittedImage
from fieldmon.dossier.profiles import Annex, WithheldAnnex
from fieldmon.dossier.texts import Texts
from fieldmon.vault.files import safe_filename
from fieldmon.vault.mediatype import bmff_media_type
from fieldmon.vault.store import Vault

PREVIEW_SCALE = 150 / 72  # render PDF annex pages at 150 dpi


@dataclass(frozen=True)
class StoredRef:
    """What the choice of annexes needs to know of a stored file."""

    item: str
    evidence_id: str
    derived_from: str | None = None
    derivation: str | None = None


@dataclass(frozen=True)
class AnnexChoice:
    """Which stored files of a case a dossier annexes, and which it leaves out.

    :ivar annexed: evidence id to (original item, item of its copy without metadata or None);
        the copy, where there is one, is the file embedded.
    :ivar another_file_annexed: items left out because their evidence record's annex is
        another file (only one file per evidence record is annexed).
    :ivar no_record: items whose evidence record is not in the case.
    :ivar redacted: evidence id to the item of the original's latest redacted copy, which is
        embedded instead of either where consent requires (:mod:`fieldmon.consent.annexes`).
    """

    annexed: dict[str, tuple[str, str | None]]
    another_file_annexed: list[str]
    no_record: list[str]
    redacted: dict[str, str] = field(default_factory=dict)

    def embedded(self) -> list[str]:
        """The items whose bytes go into the dossier (the copy where there is one)."""
        return [copy or original for original, copy in self.annexed.values()]


def choose_annexes(evidence_ids: Sequence[str], stored: Sequence[StoredRef]) -> AnnexChoice:
    """One annex per evidence record with a stored file: its first original, or that
    original's copy without metadata where one exists, or its latest redacted copy. Every other
    file is left out.

    :param evidence_ids: the ids of the case's evidence records.
    :param stored: the case's stored files, in the order they were stored.
    :return: the files annexed and the files left out, with why.
    """
    records = set(evidence_ids)
    annexed: dict[str, tuple[str, str | None]] = {}
    redacted: dict[str, str] = {}
    for evidence_id in evidence_ids:
        files_of = [f for f in stored if f.evidence_id == evidence_id]
        original = next((f for f in files_of if not f.derived_from), None)
        if original is None:
            continue
        copies = [f for f in files_of if f.derived_from == original.item]
        copy = next((f for f in copies if f.derivation != "redacted"), None)
        annexed[evidence_id] = (original.item, copy.item if copy else None)
        masked = [f for f in copies if f.derivation == "redacted"]
        if masked:
            redacted[evidence_id] = masked[-1].item
    used = {item for pair in annexed.values() for item in pair if item} | set(redacted.values())
    another = [f.item for f in stored if f.evidence_id in records and f.item not in used]
    no_record = [f.item for f in stored if f.evidence_id not in records]
    return AnnexChoice(annexed, another, no_record, redacted)


@dataclass(frozen=True)
class _Settled:
    """One evidence record's annex under consent: the item embedded and its bytes, or why it
    is withheld."""

    item: str | None
    data: bytes | None
    reason: str | None


def _settle(
    record: dict[str, Any],
    reference: str,
    redactor: Redactor,
    choice: AnnexChoice,
    read: Callable[[str], tuple[bytes, str]],
) -> _Settled:
    """The one rule for the dossier and the export dialog's preview: consent first
    (:func:`~fieldmon.consent.annexes.annex_consent`), then the words of the file that would be
    embedded (:func:`names_hidden_person`), except for a redacted copy (pixels only).
    ``read(item)`` gives a stored file's bytes and media type."""
    evidence_id = str(record["id"])
    original, copy = choice.annexed[evidence_id]
    consent = annex_consent(
        record, reference, redactor, has_redacted_copy=evidence_id in choice.redacted
    )
    if not consent.embed:
        return _Settled(None, None, consent.reason)
    item = choice.redacted[evidence_id] if consent.use_redacted else copy or original
    data, media_type = read(item)
    if not consent.use_redacted and names_hidden_person(data, media_type, redactor):
        # Whatever was recorded or cleared: the file's own words name someone hidden.
        return _Settled(None, None, "names_hidden_person")
    return _Settled(item, data, None)


def _withheld(
    record: dict[str, Any],
    reference: str,
    redactor: Redactor,
    original: tuple[str, str, str],
    reason: str,
) -> WithheldAnnex:
    """The listing of a withheld annex; ``original`` is its file's (name, SHA-256, time
    stored)."""
    name, sha256, stored_at = original
    title = redactor.clean(record.get("title") or name, reference, where="evidence/title")
    collected = str(record.get("collected") or stored_at)
    return WithheldAnnex(
        reference,
        str(record["id"]),
        title,
        sha256,
        collected,
        reason,
        str(record.get("document_date") or ""),
    )


def annexes_for(
    vault: Vault, sealed: list[dict[str, Any]], redactor: Redactor, texts: Texts
) -> tuple[list[Annex], list[WithheldAnnex]]:
    """One annex per evidence record with a stored file (`choose_annexes`), in the order
    they were collected, where consent allows it (:func:`_settle`); the others withheld, by
    hash.

    Where a redacted copy exists it is embedded; otherwise, where a copy without embedded
    metadata exists it is used (a photo's GPS position can reveal where a victim lives); the
    manifest names the original's hash beside either.
    """
    chosen = []
    withheld: list[WithheldAnnex] = []
    for seal in sealed:
        case = seal["content"]["case"]
        reference = str(case["reference"])
        records = {e["id"]: e for e in case.get("evidence", [])}
        stored = seal["content"]["attachments"]
        by_item = {a["item"]: a for a in stored}
        choice = choose_annexes(
            list(records),
            [
                StoredRef(a["item"], a["evidence"], a.get("derived_from"), a.get("derivation"))
                for a in stored
            ],
        )

        def read(
            item: str, reference: str = reference, by_item: dict[str, Any] = by_item
        ) -> tuple[bytes, str]:
            data = vault.read_attachment(reference, item, log_view=False)
            return data, str(by_item[item]["media_type"])

        for evidence_id, record in records.items():
            if evidence_id not in choice.annexed:
                continue
            original = by_item[choice.annexed[evidence_id][0]]
            settled = _settle(record, reference, redactor, choice, read)
            if settled.item is None or settled.data is None:
                listed = (original["original_name"], original["sha256"], original["collected_at"])
                withheld.append(_withheld(record, reference, redactor, listed, str(settled.reason)))
                continue
            use = by_item[settled.item]
            collected = record.get("collected") or original["collected_at"]
            is_copy = use is not original
            chosen.append((collected, case, record, use, is_copy, original, settled.data))
    chosen.sort(key=lambda c: str(c[0]))
    annexes = []
    for number, (collected, case, record, use, is_copy, original, data) in enumerate(chosen, 1):
        reference = case["reference"]
        extension = os.path.splitext(use["original_name"])[1].lower() or ".bin"
        annex = Annex(
            number=number,
            case_reference=reference,
            evidence_id=record["id"],
            item=use["item"],
            title=redactor.clean(record.get("title") or use["original_name"], reference),
            sha256=use["sha256"],
            size=use["size"],
            media_type=_annex_media_type(use["media_type"], data),
            collected=str(collected),
            document_date=str(record.get("document_date") or ""),
            collector=redactor.clean(record.get("collected_by") or use["collector"], reference),
            file_name=safe_filename(f"annex-{number:02d}{extension}"),
            data=data,
            derived_from_sha256=original["sha256"] if is_copy else None,
            derivation=use.get("derivation"),
            public_title=redactor.clean(
                record.get("title") or use["original_name"], reference, public=True
            ),
            public_collector=redactor.clean(
                record.get("collected_by") or use["collector"], reference, public=True
            ),
        )
        if annex.media_type == "application/pdf":
            annex.preview_pages = _pdf_pages(data)
        annexes.append(annex)
    withheld.sort(key=lambda w: w.collected)
    return annexes, withheld


def withheld_preview(vault: Vault, reference: str, redactor: Redactor) -> list[WithheldAnnex]:
    """The annexes of a case, as it stands (nothing sealed), that a dossier would withhold for
    consent reasons: the rule of :func:`annexes_for` (:func:`_settle`), for the export
    dialog's preview. Reads each file that would be embedded, for names in its words.

    :param vault: the open vault.
    :param reference: the case; added to ``redactor`` already.
    :param redactor: the dossier's redactor.
    :return: the annexes withheld, in the order of the case's evidence records.
    :raises NotFound: no such case.
    """
    case = vault.get_case(reference)
    records = {str(r["id"]): r for r in case.get("evidence", []) if r.get("id")}
    stored = vault.attachments(reference)
    by_item = {a.item: a for a in stored}
    choice = choose_annexes(
        list(records),
        [StoredRef(a.item, a.evidence_id, a.derived_from, a.derivation) for a in stored],
    )

    def read(item: str) -> tuple[bytes, str]:
        return vault.read_attachment(reference, item, log_view=False), by_item[item].media_type

    out = []
    for evidence_id, (original_item, _) in choice.annexed.items():
        record, original = records[evidence_id], by_item[original_item]
        settled = _settle(record, reference, redactor, choice, read)
        if settled.reason is not None:
            listed = (original.original_name, original.sha256, original.collected_at)
            out.append(_withheld(record, reference, redactor, listed, settled.reason))
    return out


MAX_SCANNED_PAGES = 2000
"""A PDF annex's text is read for names on at most this many pages; a longer one is withheld."""


def annex_words(data: bytes, media_type: str) -> str | None:
    """The words a file carries that a reader of the dossier can get at: a PDF's text layer
    (every page, read in memory with PDFium) and its document information; any file's
    recorded author, place, device and other metadata fields (:func:`fieldmon.vault.metadata.
    inspect`).

    :param data: the file's content.
    :param media_type: its media type.
    :return: the words, one field or page per line; None when they cannot all be read (a PDF
        that does not open or has more than :data:`MAX_SCANNED_PAGES` pages).
    """
    import pypdfium2

    from fieldmon.vault.metadata import inspect

    report = inspect(data, media_type)
    parts = [v for v in (report.author, report.place, report.camera) if v]
    parts += [str(v) for v in report.other.values()]
    if media_type == "application/pdf":
        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError:
            return None
        try:
            if len(document) > MAX_SCANNED_PAGES:
                return None
            parts += [str(v) for v in document.get_metadata_dict().values() if v]
            for index in range(len(document)):
                page = document[index]
                text = page.get_textpage()
                parts.append(text.get_text_range())
                text.close()
                page.close()
        finally:
            document.close()
    return "\n".join(parts)


def names_hidden_person(data: bytes, media_type: str, redactor: Redactor) -> bool:
    """Whether a file's own words name anyone the dossier hides, as the matcher finds names,
    certain or not: such a file is withheld whatever was recorded or cleared for it.

    :param data: the file embedded (the original or its copy without metadata).
    :param media_type: its media type.
    :param redactor: the dossier's redactor, with every case added.
    :return: True if a name of a person below ``full_name`` occurs, or the words cannot all be
        read (a PDF that does not open, or is too long to read whole).
    """
    words = annex_words(data, media_type)
    if words is None:
        return True
    for match in redactor.matcher().find(words):
        for key in match.owners:
            reference, _, person_id = key.partition("\x1f")
            plan = redactor.people.get((reference, person_id))
            if plan is not None and plan.hidden(public=False):
                return True
    return False


def _annex_media_type(recorded: str, data: bytes) -> str:
    """The recorded media type, unless the file's ISO BMFF brands say it is a HEIF photo: vaults
    filled before the brands were read recorded phones' HEIC photos as video/mp4."""
    declared = bmff_media_type(data[:256])
    return declared if declared is not None and declared.startswith("image/") else recorded


def _pdf_pages(data: bytes) -> list[FittedImage]:
    """Each page of a PDF annex, drawn as an image rendered in memory when its page is laid out.
    The original file is attached whole; drawing it as images keeps its fonts, forms and
    scripts out of the signed dossier."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        sizes = [document[i].get_size() for i in range(len(document))]
    finally:
        document.close()

    def render(index: int) -> Any:
        source = pypdfium2.PdfDocument(data)
        try:
            return ImageReader(source[index].render(scale=PREVIEW_SCALE).to_pil())
        finally:
            source.close()

    return [
        FittedImage(partial(render, i), (w * PREVIEW_SCALE, h * PREVIEW_SCALE))
        for i, (w, h) in enumerate(sizes)
    ]
