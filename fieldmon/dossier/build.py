"""Building a dossier: seal the cases, decide who may be named, lay out, embed, sign, log."""

from __future__ import annotations

import hashlib
import io
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from fieldmon import __version__
from fieldmon.consent.redactor import Redactor
from fieldmon.consent.review import ConsentBlocked, ReviewRequired
from fieldmon.crypto import identity
from fieldmon.dossier import profiles, signature
from fieldmon.dossier.annex_files import AnnexChoice as AnnexChoice
from fieldmon.dossier.annex_files import StoredRef as StoredRef
from fieldmon.dossier.annex_files import annexes_for
from fieldmon.dossier.annex_files import choose_annexes as choose_annexes
from fieldmon.dossier.layout import (
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
from fieldmon.dossier.naming import (
    AGGREGATED_PROFILES,
    all_candidates,
    naming_rows,
    redactor_for,
    reference_refusal,
)
from fieldmon.dossier.naming import NamingRow as NamingRow
from fieldmon.dossier.naming import preview as preview
from fieldmon.dossier.naming import review_list as review_list
from fieldmon.dossier.naming import save_decisions as save_decisions
from fieldmon.dossier.profiles import Annex, Context, DossierOptions, WithheldAnnex
from fieldmon.dossier.texts import Texts
from fieldmon.errors import FieldMonError
from fieldmon.vault import anchors, files, identities
from fieldmon.vault.store import Vault

# Where the visible signature sits on the cover: x1, y1, x2, y2 in points from bottom left.
SIGNATURE_BOX = (int(20 * mm), int(22 * mm), int(120 * mm), int(50 * mm))


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
    withheld_annexes: list[WithheldAnnex] = field(default_factory=list)
    """Evidence files withheld for consent reasons (:mod:`fieldmon.consent.annexes`)."""
    override_withdrawn: str | None = None
    """The user's written reason for writing a dossier about persons who withdrew consent."""
    options: DossierOptions = field(default_factory=DossierOptions)
    memo: dict[Any, Any] = field(default_factory=dict)
    """Shared by the contexts of this plan (:attr:`fieldmon.dossier.profiles.Context.memo`)."""
    warnings: list[str] = field(default_factory=list)
    """The profile's warnings for the user (:data:`fieldmon.dossier.profiles.WARNINGS`), in the
    dossier's language: shown before writing, and printed in the dossier where they matter."""

    def naming(self) -> list[NamingRow]:
        """Who appears in the dossier under which level.

        :return: one row per person, in the order the cases were planned.
        """
        return naming_rows(self.redactor)


def plan(
    vault: Vault,
    references: Sequence[str],
    profile: str,
    language: str,
    *,
    decisions: dict[str, str] | None = None,
    withhold_perpetrators: bool = False,
    override_withdrawn: str | None = None,
    options: DossierOptions | None = None,
) -> Plan:
    """Seal each case as it stands (if changed) and work out the dossier from the seals.

    Consent decides who appears (:mod:`fieldmon.consent.policy`); a victim or applicant who
    withdrew consent for the recipient stops the dossier unless ``override_withdrawn`` gives the
    reason in writing. Every uncertain name match must have a decision, stored in the vault or
    given in ``decisions`` (those given are stored, per case and recipient, before the check).

    :param vault: the open vault.
    :param references: the cases; a reference named twice counts once.
    :param profile: one of :data:`fieldmon.dossier.profiles.PROFILES`.
    :param language: one of :data:`fieldmon.resources.LANGUAGES`.
    :param decisions: review decisions by candidate key (``replace`` or ``keep``).
    :param withhold_perpetrators: replace alleged perpetrators' names.
    :param override_withdrawn: the user's written reason to write a dossier about a victim or
        applicant who withdrew consent for this recipient; recorded in the custody log.
    :param options: the pattern report's audience and recommendations.
    :return: the plan: sealed cases, naming, the annexes (none for ``pattern``), their files
        read from the vault, and the annexes withheld for consent reasons.
    :raises ConsentBlocked: a victim or applicant withdrew consent and no override was given.
    :raises ReviewRequired: uncertain name matches have no decision; nothing was sealed.
    :raises FieldMonError: for an unknown profile or language, no case, or more than one case
        for a Rule 39 request, an empty override, a profile's refusal of the cases
        (:data:`fieldmon.dossier.profiles.REFUSE`: a Court application without an applicant or
        an alleged violation), a case reference naming a person the dossier may not identify
        (:func:`~fieldmon.dossier.naming.reference_refusal`); ``NotFound`` for an unknown
        reference.
    """
    if override_withdrawn is not None and not override_withdrawn.strip():
        raise FieldMonError("An override of withdrawn consent needs its reason in writing.")
    options = options or DossierOptions()
    if options.audience is not None and options.audience not in profiles.AUDIENCES:
        raise FieldMonError(
            f"Unknown audience {options.audience!r}: one of {', '.join(profiles.AUDIENCES)}."
        )
    # Consent and review are settled on the cases as they stand, before anything is sealed.
    current, _, cases_now = redactor_for(
        vault, references, profile, language, withhold_perpetrators, decisions
    )
    refusal = reference_refusal(current, cases_now) or profiles.REFUSE[profile](
        cases_now, Texts(language)
    )
    if refusal:
        raise FieldMonError(refusal)
    blocking = current.blocking()
    if blocking and not override_withdrawn:
        raise ConsentBlocked((p.case_reference, p.person_id, p.name) for p in blocking)
    met = all_candidates(current, cases_now)  # one pass over the text, decided or not
    if decisions:
        save_decisions(vault, profile, [(c, decisions[c.key]) for c in met if c.key in decisions])
    unresolved = [c for c in met if c.key not in current.decisions]
    if unresolved:
        raise ReviewRequired(unresolved)
    texts = Texts(language)
    redactor = Redactor(
        current.recipient,
        texts,
        pattern=current.pattern,
        withhold_perpetrators=withhold_perpetrators,
        decisions=current.decisions,
    )
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
    annexes, withheld = (
        ([], []) if profile in AGGREGATED_PROFILES else annexes_for(vault, sealed, redactor, texts)
    )
    with vault.transaction():  # the log and the versions as of one moment
        history = [
            anchors.case_history(vault.conn, vault.case_uuid(ref), ref)
            for ref in (str(s["reference"]) for s in sealed)
        ]
    the_plan = Plan(
        profile,
        language,
        texts,
        redactor,
        cases,
        sealed,
        annexes,
        history,
        withheld,
        override_withdrawn if blocking else None,
        options,
    )
    the_plan.warnings = profiles.WARNINGS[profile](_context(the_plan, None, generated=None))
    return the_plan


def _context(plan: Plan, me: identities.Identity | None, generated: datetime | None) -> Context:
    return Context(
        plan.profile,
        plan.texts,
        plan.redactor,
        plan.cases,
        plan.annexes,
        generated or datetime.now(UTC).replace(microsecond=0),
        me.name if me else "",
        me.organisation if me else None,
        plan.withheld_annexes,
        plan.options,
        plan.memo,
    )


def _cover(
    plan: Plan, context: Context, dossier_id: str, generated: datetime, me: identities.Identity
) -> list[Flowable]:
    t = plan.texts
    s = styles()
    out: list[Flowable] = [
        Heading(t.heading("cover"), visible=False),
        para(t.title(plan.profile), s.title),
    ]
    out += profiles.COVER[plan.profile](context)
    for case in plan.cases:
        # A report over many cases never prints a case's title: a title often names the place
        # or the person ("Blogger detained ..."); the reference alone identifies it to us.
        aggregated = plan.profile in AGGREGATED_PROFILES
        title = "" if aggregated else f": {context.clean(case, case['title'])}"
        out.append(para(f"{case['reference']}{title}", s.h2))
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
    left_out = len(plan.redactor.left_out())
    if left_out:
        out.append(para(t.label("persons_left_out", count=left_out), s.small))
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


def _header_key(plan: Plan) -> str:
    # A pattern report's header names the body it is addressed to (CPT by default).
    if plan.profile == "pattern":
        return f"pattern-{plan.options.audience or profiles.AUDIENCES[0]}"
    return plan.profile


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
    context = _context(plan, me, generated)
    story = _cover(plan, context, dossier_id, generated, me)
    for section in profiles.SECTIONS[plan.profile]:
        story += section(context)
    references = ", ".join(c["reference"] for c in plan.cases)
    title = f"{plan.texts.title(plan.profile)} — {references}"
    decor = PageDecor(
        header_left=references if len(references) < 60 else references[:57] + "…",
        header_right=f"{plan.texts.short(_header_key(plan))} · {dossier_id[:8]}",
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
    record = f"dossier {the_plan.profile} {manifest['dossier']}"
    overridden: dict[str, list[str]] = {}
    if the_plan.override_withdrawn:
        for person in the_plan.redactor.blocking():
            overridden.setdefault(person.case_reference, []).append(person.person_id)
    references = [c["reference"] for c in the_plan.cases]
    plain = [r for r in references if r not in overridden]
    if plain:
        vault.log_dossier_export(plain, record, digest)
    for reference, persons in overridden.items():
        # The written override of withdrawn consent goes into the case's own custody log.
        vault.log_dossier_export(
            [reference],
            f"{record}; withdrawn consent of {', '.join(persons)} overridden in writing:"
            f" {the_plan.override_withdrawn}",
            digest,
        )
    say("done")
    return digest, manifest
