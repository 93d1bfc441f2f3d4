"""The evidence manifest: embedded in every dossier as ``manifest.json`` before it is signed,
it names the sealed versions, every record's hash and every annex's hash, so that a reader can
check the attached files without FieldMon (``fieldmon verify`` does)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from fieldmon import __version__
from fieldmon.crypto import identity
from fieldmon.vault import identities
from fieldmon.vault.anchors import HISTORY_FORMAT
from fieldmon.vault.custody import canonical, sha256_hex

if TYPE_CHECKING:
    from fieldmon.dossier.build import Plan

MANIFEST_FORMAT = "fieldmon-dossier-manifest/1"
MANIFEST_NAME = "manifest.json"
"""The name the manifest is embedded under."""


def build_manifest(
    plan: Plan, dossier_id: str, generated: datetime, me: identities.Identity
) -> dict[str, Any]:
    """The evidence manifest of a dossier: what it holds, each record and annex by its SHA-256.

    Each record of each sealed case (every item of a list of records) is hashed in its
    canonical form (:func:`fieldmon.vault.custody.canonical`); each annex is listed with
    its file name, SHA-256, size in bytes, media type and collection, and the original's
    SHA-256 where a copy without metadata is annexed. ``history`` carries, for each case of the
    dossier and no other, its custody chain head, its custody entry hashes and its sealed
    versions with their seal entries and RFC 3161 tokens (:mod:`fieldmon.vault.anchors`), so
    that a later dossier can be shown to extend this one (:mod:`fieldmon.dossier.history`).

    :param plan: what the dossier holds.
    :param dossier_id: the dossier's id.
    :param generated: when it is generated (UTC), written to the second.
    :param me: the monitor's identity; its certificate's SHA-256 is named.
    :return: the manifest, format :data:`MANIFEST_FORMAT`.
    """
    records = []
    for seal in plan.sealed:
        case = seal["content"]["case"]
        for kind, items in case.items():
            if kind in _UNLISTED:
                continue
            if isinstance(items, list) and items and isinstance(items[0], dict):
                for i, item in enumerate(items):
                    if kind == "persons" and _hidden(plan, case, item):
                        continue
                    records.append(
                        {
                            "case": seal["reference"],
                            "type": kind,
                            "id": item.get("id", str(i)),
                            "sha256": sha256_hex(canonical(item)),
                        }
                    )
    return {
        "format": MANIFEST_FORMAT,
        "dossier": dossier_id,
        "profile": plan.profile,
        "language": plan.language,
        "generated": generated.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "software": f"FieldMon {__version__}",
        "signer_certificate_sha256": identity.cert_fingerprint(me.monitor_cert),
        "cases": [
            {
                "reference": s["reference"],
                "sealed_version": s["version"],
                "sealed_sha256": s["sha256"],
            }
            for s in plan.sealed
        ],
        "records": records,
        "annexes": [
            {
                "number": a.number,
                "file": a.file_name,
                # The manifest travels with every copy: no applicant who asked for anonymity.
                "title": a.public_title or a.title,
                "sha256": a.sha256,
                "size": a.size,
                "media_type": a.media_type,
                "collected": a.collected,
                "collected_by": a.public_collector or a.collector,
                **({"original_sha256": a.derived_from_sha256} if a.derived_from_sha256 else {}),
            }
            for a in plan.annexes
        ],
        "withheld_annexes": [
            {
                "case": w.case_reference,
                "evidence": w.evidence_id,
                "sha256": w.sha256,
                "reason": w.reason,
            }
            for w in plan.withheld_annexes
        ],
        "history": {"format": HISTORY_FORMAT, "cases": plan.history},
        "withheld_statements": sum(
            1
            for case in plan.cases
            for i in case.get("interviews", [])
            if not plan.redactor.appears(case["reference"], i["interviewee"])
        ),
        "persons_left_out": len(plan.redactor.left_out()),
    }


# The hash of a short record is a test of a guess: whoever guesses a hidden person's record
# (name, sex, roles, occupation) could confirm it against the manifest. Consents and mentions
# name people; a hidden person's own record is left out too. The sealed version's hash still
# covers them all.
_UNLISTED = frozenset({"consents", "mentions"})


def _hidden(plan: Plan, case: dict[str, Any], person: dict[str, Any]) -> bool:
    found = plan.redactor.people.get((case["reference"], str(person.get("id"))))
    return found is None or found.hidden(public=True)


def manifest_json(manifest: dict[str, Any]) -> bytes:
    """The manifest as a JSON file: UTF-8, not ASCII-escaped, indented by 2.

    :param manifest: the manifest (:func:`render_dossier`).
    :return: the file's bytes.
    """
    return json.dumps(manifest, ensure_ascii=False, indent=2).encode()
