"""Which evidence files a dossier annexes: one per evidence record, the copy consent allows
(:mod:`fieldmon.consent.annexes`), read from the vault; PDF annexes drawn as page images."""

from __future__ import annotations

import os
from collections.abc import Sequence
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


def annexes_for(
    vault: Vault, sealed: list[dict[str, Any]], redactor: Redactor, texts: Texts
) -> tuple[list[Annex], list[WithheldAnnex]]:
    """One annex per evidence record with a stored file (`choose_annexes`), in the order
    they were collected, where consent allows it (:func:`fieldmon.consent.annexes.annex_consent`);
    the others withheld, by hash.

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
        for evidence_id, record in records.items():
            if evidence_id not in choice.annexed:
                continue
            original_item, copy_item = choice.annexed[evidence_id]
            original = by_item[original_item]
            consent = annex_consent(
                record, reference, redactor, has_redacted_copy=evidence_id in choice.redacted
            )
            collected = record.get("collected") or original["collected_at"]
            if not consent.embed:
                withheld.append(
                    WithheldAnnex(
                        reference,
                        evidence_id,
                        redactor.clean(record.get("title"), reference, where="evidence/title"),
                        original["sha256"],
                        str(collected),
                        consent.reason,
                    )
                )
                continue
            if consent.use_redacted:
                copy = by_item[choice.redacted[evidence_id]]
            else:
                copy = by_item[copy_item] if copy_item else None
            use = copy or original
            chosen.append((collected, case, record, use, copy is not None, original))
    chosen.sort(key=lambda c: str(c[0]))
    annexes = []
    for number, (collected, case, record, use, is_copy, original) in enumerate(chosen, 1):
        reference = case["reference"]
        data = vault.read_attachment(reference, use["item"], log_view=False)
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
            collector=redactor.clean(record.get("collected_by") or use["collector"], reference),
            file_name=safe_filename(f"annex-{number:02d}{extension}"),
            data=data,
            derived_from_sha256=original["sha256"] if is_copy else None,
            derivation=use.get("derivation"),
            public_title=redactor.clean(
                record.get("title") or use["original_name"], reference, public=True
            ),
        )
        if annex.media_type == "application/pdf":
            annex.preview_pages = _pdf_pages(data)
        annexes.append(annex)
    withheld.sort(key=lambda w: w.collected)
    return annexes, withheld


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
