"""Building a dossier: seal the cases, decide who may be named, lay out, embed, sign, log."""

from __future__ import annotations

import hashlib
import io
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from fieldmon import __version__
from fieldmon.crypto import identity
from fieldmon.dossier import profiles, signature
from fieldmon.dossier.layout import (
    FittedImage,
    Heading,
    PageDecor,
    fields,
    markup,
    para,
    render,
    styles,
)
from fieldmon.dossier.manifest import MANIFEST_FORMAT as MANIFEST_FORMAT
from fieldmon.dossier.manifest import MANIFEST_NAME as MANIFEST_NAME
from fieldmon.dossier.manifest import build_manifest
from fieldmon.dossier.manifest import manifest_json as manifest_json
from fieldmon.dossier.profiles import Annex, Context
from fieldmon.dossier.redaction import Redactor, safe_filename
from fieldmon.dossier.texts import Texts
from fieldmon.errors import FieldMonError
from fieldmon.resources import LANGUAGES
from fieldmon.vault import anchors, files, identities
from fieldmon.vault.mediatype import bmff_media_type
from fieldmon.vault.store import Vault

# Where the visible signature sits on the cover: x1, y1, x2, y2 in points from bottom left.
SIGNATURE_BOX = (int(20 * mm), int(22 * mm), int(120 * mm), int(50 * mm))
PREVIEW_SCALE = 150 / 72  # render PDF annex pages at 150 dpi


@dataclass(frozen=True)
class NamingRow:
    """One person of a dossier and how they appear.

    :ivar case_reference: the case.
    :ivar person_id: the person's id (``p1``).
    :ivar name: the name as recorded.
    :ivar roles: the person's roles, joined with ", ".
    :ivar level: the identity level (``fieldmon.dossier.redaction.LEVELS``).
    :ivar shown_as: the label the dossier shows.
    """

    case_reference: str
    person_id: str
    name: str
    roles: str
    level: str
    shown_as: str


@dataclass
class Plan:
    """Everything decided before writing: what the dossier holds and how people appear."""

    profile: str
    language: str
    texts: Texts
    redactor: Redactor
    cases: list[dict[str, Any]]
    sealed: list[dict[str, Any]]
    annexes: list[Annex]
    history: list[dict[str, Any]] = field(default_factory=list)
    """Each case's history as it stood once sealed (:func:`fieldmon.vault.anchors.case_history`),
    for the manifest."""

    def naming(self) -> list[NamingRow]:
        """Who appears in the dossier under which level.

        :return: one row per person, in the order the cases were planned.
        """
        return [
            NamingRow(p.case_reference, p.person_id, p.name, ", ".join(p.roles), p.level, p.label)
            for p in self.redactor.people.values()
        ]


def preview(
    vault: Vault, references: Sequence[str], profile: str, language: str
) -> list[NamingRow]:
    """Who would appear under which level, from the cases as they stand (nothing is sealed).

    :param vault: the open vault.
    :param references: the cases; a reference named twice counts once.
    :param profile: one of :data:`fieldmon.dossier.profiles.PROFILES`.
    :param language: one of :data:`fieldmon.resources.LANGUAGES`.
    :return: one row per person.
    :raises FieldMonError: for an unknown profile or language, no case, or more than one case
        for a Rule 39 request; ``NotFound`` for an unknown reference.
    """
    _check_request(references, profile, language)
    redactor = Redactor(
        profiles.RECIPIENT[profile], Texts(language), pseudonymise_all=profile == "pattern"
    )
    for reference in dict.fromkeys(references):
        redactor.add_case(vault.get_case(reference))
    return [
        NamingRow(p.case_reference, p.person_id, p.name, ", ".join(p.roles), p.level, p.label)
        for p in redactor.people.values()
    ]


def _check_request(references: Sequence[str], profile: str, language: str) -> None:
    if profile not in profiles.PROFILES:
        raise FieldMonError(
            f"Unknown profile {profile!r}; choose one of {', '.join(profiles.PROFILES)}."
        )
    if language not in LANGUAGES:
        raise FieldMonError(f"No dossier texts in {language!r}; choose one of en, ru, az.")
    if not references:
        raise FieldMonError("Name at least one case.")
    if profile == "rule39" and len(set(references)) > 1:
        raise FieldMonError("A Rule 39 request concerns one case; name only one.")


def plan(vault: Vault, references: Sequence[str], profile: str, language: str) -> Plan:
    """Seal each case as it stands (if changed) and work out the dossier from the seals.

    :param vault: the open vault.
    :param references: the cases; a reference named twice counts once.
    :param profile: one of :data:`fieldmon.dossier.profiles.PROFILES`.
    :param language: one of :data:`fieldmon.resources.LANGUAGES`.
    :return: the plan: sealed cases, naming, and the annexes (none for ``pattern``), their
        files read from the vault.
    :raises FieldMonError: for an unknown profile or language, no case, or more than one case
        for a Rule 39 request; ``NotFound`` for an unknown reference.
    """
    _check_request(references, profile, language)
    texts = Texts(language)
    redactor = Redactor(profiles.RECIPIENT[profile], texts, pseudonymise_all=profile == "pattern")
    cases, sealed = [], []
    for reference in dict.fromkeys(references):
        version, _ = vault.seal(reference)
        content = vault.sealed_version(reference, version.version)
        cases.append(content["case"])
        sealed.append(
            {
                "reference": reference,
                "version": version.version,
                "sha256": version.content_hash,
                "content": content,
            }
        )
        redactor.add_case(content["case"])
    annexes = [] if profile == "pattern" else _annexes(vault, sealed, redactor, texts)
    with vault.transaction():  # the log and the versions as of one moment
        history = [
            anchors.case_history(vault.conn, vault.case_uuid(ref), ref)
            for ref in (str(s["reference"]) for s in sealed)
        ]
    return Plan(profile, language, texts, redactor, cases, sealed, annexes, history)


@dataclass(frozen=True)
class StoredRef:
    """What the choice of annexes needs to know of a stored file."""

    item: str
    evidence_id: str
    derived_from: str | None = None


@dataclass(frozen=True)
class AnnexChoice:
    """Which stored files of a case a dossier annexes, and which it leaves out.

    :ivar annexed: evidence id to (original item, item of its copy without metadata or None);
        the copy, where there is one, is the file embedded.
    :ivar another_file_annexed: items left out because their evidence record's annex is
        another file (only one file per evidence record is annexed).
    :ivar no_record: items whose evidence record is not in the case.
    """

    annexed: dict[str, tuple[str, str | None]]
    another_file_annexed: list[str]
    no_record: list[str]

    def embedded(self) -> list[str]:
        """The items whose bytes go into the dossier (the copy where there is one)."""
        return [copy or original for original, copy in self.annexed.values()]


def choose_annexes(evidence_ids: Sequence[str], stored: Sequence[StoredRef]) -> AnnexChoice:
    """One annex per evidence record with a stored file: its first original, or that
    original's copy without metadata where one exists. Every other file is left out.

    :param evidence_ids: the ids of the case's evidence records.
    :param stored: the case's stored files, in the order they were stored.
    :return: the files annexed and the files left out, with why.
    """
    records = set(evidence_ids)
    annexed: dict[str, tuple[str, str | None]] = {}
    for evidence_id in evidence_ids:
        files_of = [f for f in stored if f.evidence_id == evidence_id]
        original = next((f for f in files_of if not f.derived_from), None)
        if original is None:
            continue
        copy = next((f for f in files_of if f.derived_from == original.item), None)
        annexed[evidence_id] = (original.item, copy.item if copy else None)
    used = {item for pair in annexed.values() for item in pair if item}
    another = [f.item for f in stored if f.evidence_id in records and f.item not in used]
    no_record = [f.item for f in stored if f.evidence_id not in records]
    return AnnexChoice(annexed, another, no_record)


def _annexes(
    vault: Vault, sealed: list[dict[str, Any]], redactor: Redactor, texts: Texts
) -> list[Annex]:
    """One annex per evidence record with a stored file (`choose_annexes`), in the order
    they were collected.

    Where a copy without embedded metadata exists it is used (a photo's GPS position can
    reveal where a victim lives); the manifest names the original's hash beside it.
    """
    chosen = []
    for seal in sealed:
        case = seal["content"]["case"]
        records = {e["id"]: e for e in case.get("evidence", [])}
        stored = seal["content"]["attachments"]
        by_item = {a["item"]: a for a in stored}
        choice = choose_annexes(
            list(records),
            [StoredRef(a["item"], a["evidence"], a.get("derived_from")) for a in stored],
        )
        for evidence_id, record in records.items():
            if evidence_id not in choice.annexed:
                continue
            original_item, copy_item = choice.annexed[evidence_id]
            original = by_item[original_item]
            stripped = by_item[copy_item] if copy_item else None
            use = stripped or original
            collected = record.get("collected") or original["collected_at"]
            chosen.append((collected, case, record, use, by_item, stripped is not None, original))
    chosen.sort(key=lambda c: str(c[0]))
    annexes = []
    for number, (collected, case, record, use, _, is_copy, original) in enumerate(chosen, 1):
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
        )
        if annex.media_type == "application/pdf":
            annex.preview_pages = _pdf_pages(data)
        annexes.append(annex)
    return annexes


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


def _cover(
    plan: Plan, context: Context, dossier_id: str, generated: datetime, me: identities.Identity
) -> list[Flowable]:
    t = plan.texts
    s = styles()
    out: list[Flowable] = [
        Heading(t.heading("cover"), visible=False),
        para(t.title(plan.profile), s.title),
    ]
    if plan.profile == "rule39":
        out.append(para(t.label("urgent"), s.urgent))
    for case in plan.cases:
        out.append(para(f"{case['reference']}: {context.clean(case, case['title'])}", s.h2))
    out.append(Spacer(1, 4 * mm))
    rows = [
        (t.label("dossier_id"), dossier_id),
        (t.label("generated"), generated.strftime("%Y-%m-%d %H:%M:%S UTC")),
        (t.label("software"), f"FieldMon {__version__}"),
        (t.label("signer"), me.name + (f", {me.organisation}" if me.organisation else "")),
        (t.label("fingerprint"), identity.cert_fingerprint(me.monitor_cert)),
    ]
    for seal in plan.sealed:
        rows.append(
            (seal["reference"], t.label("sealed", version=seal["version"], hash=seal["sha256"]))
        )
    out.append(fields(rows))
    out.append(Spacer(1, 4 * mm))
    out.append(para(t.label("manifest_note"), s.small))
    out.append(para(t.heading("consent_note"), s.h2))
    out.append(para(t.label("consent_explained"), s.small))
    out.append(_SignatureSpace(t.label("signature_box")))
    out.append(PageBreak())
    return out


class _SignatureSpace(Flowable):
    """Marks the place on the cover where the visible signature is stamped when signing."""

    def __init__(self, note: str) -> None:
        super().__init__()
        self.note = note

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(colors.HexColor("#888888"))
        c.setDash(2, 2)
        x1, y1, x2, y2 = SIGNATURE_BOX
        # Drawn in page coordinates: undo the frame's translation.
        c.translate(-c._currentMatrix[4], -c._currentMatrix[5])
        c.rect(x1 - 2, y1 - 2, x2 - x1 + 4, y2 - y1 + 4)
        note = Paragraph(markup(self.note), styles().small)
        note.wrap(65 * mm, y2 - y1)
        note.drawOn(c, x2 + 5 * mm, y1)
        c.restoreState()


def render_dossier(
    plan: Plan,
    me: identities.Identity,
    generated: datetime | None = None,
    dossier_id: str | None = None,
) -> tuple[bytes, dict[str, Any]]:
    """The unsigned PDF and its manifest: the cover, then the profile's sections.

    :param plan: what the dossier holds.
    :param me: the monitor's identity, named on the cover and in the manifest.
    :param generated: when it is generated (UTC); now, to the second, if None. Time limits
        are counted to its date.
    :param dossier_id: the dossier's id; a new random UUID if None.
    :return: the PDF's bytes and the manifest.
    """
    generated = generated or datetime.now(UTC).replace(microsecond=0)
    dossier_id = dossier_id or str(uuid.uuid4())
    context = Context(
        plan.profile,
        plan.texts,
        plan.redactor,
        plan.cases,
        plan.annexes,
        generated,
        me.name,
        me.organisation,
    )
    story = _cover(plan, context, dossier_id, generated, me)
    for section in profiles.SECTIONS[plan.profile]:
        story += section(context)
    references = ", ".join(c["reference"] for c in plan.cases)
    title = f"{plan.texts.title(plan.profile)} — {references}"
    decor = PageDecor(
        header_left=references if len(references) < 60 else references[:57] + "…",
        header_right=f"{plan.profile.upper()} · {dossier_id[:8]}",
        page_of=lambda n: plan.texts.label("page_x_of_y", page=n),
        title=title,
        author=me.organisation or me.name,
        subject=f"FieldMon dossier {dossier_id}",
    )
    buffer = io.BytesIO()
    render(story, decor, buffer)
    return buffer.getvalue(), build_manifest(plan, dossier_id, generated, me)


def write_dossier(
    vault: Vault,
    the_plan: Plan,
    out: Path,
    *,
    force: bool = False,
    progress: Callable[[str], None] | None = None,
) -> tuple[str, dict[str, Any]]:
    """Render, sign and write the dossier; log the export in the custody log of each case.

    :param vault: the open vault; its identity signs.
    :param the_plan: what the dossier holds (:func:`plan`).
    :param out: the file to write, 0600.
    :param force: overwrite an existing file.
    :param progress: told each step: "laying out", "signing", "done".
    :return: the signed file's SHA-256 (hex) and its manifest.
    :raises FieldMonError: if ``out`` is a folder, exists without ``force``, or cannot be
        written; checked before the work as well as after.
    """
    out = Path(out)
    files.check_output(out, force)  # before the work, not only after it
    say = progress or (lambda _: None)
    me = vault.identity()
    say("laying out")
    pdf, manifest = render_dossier(the_plan, me)
    say("signing")
    signed = signature.embed_and_sign(
        pdf,
        manifest,
        [(a.file_name, a.data, a.media_type) for a in the_plan.annexes],
        vault.signer,
        me,
        SIGNATURE_BOX,
    )
    digest = hashlib.sha256(signed).hexdigest()
    with files.open_output(out, force) as handle:
        handle.write(signed)
    vault.log_dossier_export(
        [c["reference"] for c in the_plan.cases],
        f"dossier {the_plan.profile} {manifest['dossier']}",
        digest,
    )
    say("done")
    return digest, manifest
