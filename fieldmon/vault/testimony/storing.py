"""Storing a testimony in the vault: its records in one transaction, then its files.

:func:`store_testimony` is what the dialog's last step calls: it builds the case (new, or read
by reference), writes the testimony into it (:func:`~fieldmon.vault.testimony.apply_testimony`),
stores it, and then attaches each evidence file, reporting those that could not be stored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fieldmon.errors import FieldMonError
from fieldmon.vault.store import Attachment, Vault
from fieldmon.vault.testimony.apply import apply_testimony
from fieldmon.vault.testimony.cases import new_case, taken_references
from fieldmon.vault.testimony.errors import UnsavedEdits
from fieldmon.vault.testimony.steps import CaseStep, Testimony

__all__ = ["STRIPPABLE", "Stored", "store_testimony"]


@dataclass(frozen=True)
class Stored:
    """What :func:`store_testimony` did.

    :ivar reference: the case the testimony was stored in.
    :ivar attachments: the stored files (with a stripped copy after its original).
    :ivar failed: files that could not be stored, with the reason; their evidence records
        stay in the case so the file can be added later.
    """

    reference: str
    attachments: list[Attachment]
    failed: list[tuple[Path, str]]


STRIPPABLE = frozenset({".jpg", ".jpeg", ".png"})
"""File name endings whose metadata the vault can remove (JPEG and PNG)."""


def store_testimony(
    vault: Vault,
    testimony: Testimony,
    *,
    reference: str | None = None,
    case: CaseStep | None = None,
    case_id: str | None = None,
    check_draft: bool = True,
    progress: Callable[[str], None] | None = None,
) -> Stored:
    """Store a testimony in an existing case (by reference) or a new one, then its files.

    The records are stored in one transaction (all or none). The files are then stored one by
    one (with a copy without metadata when asked, for JPEG and PNG); a file that cannot be
    stored is reported in :attr:`Stored.failed` and its evidence record stays, so the file can
    be added later from the case's evidence tab.

    :param vault: an open vault.
    :param testimony: what the steps collected.
    :param reference: the existing case to add to; exactly one of reference and case.
    :param case: the new case to create.
    :param case_id: the UUID to give the new case: the one a draft of the testimony was kept
        under (see :func:`~fieldmon.vault.testimony.draft_case`), so that storing deletes that
        draft. A fresh one when
        None.
    :param check_draft: refuse an existing case that has a draft (:class:`UnsavedEdits`).
        False only when the caller checked this before the testimony began and any draft of
        the case since is the testimony's own: storing deletes it.
    :param progress: called with the name of each file before it is stored.
    :return: the reference, the stored files and those that failed.
    :raises ValueError: when both or neither of reference and case are given.
    :raises TestimonyIncomplete: naming the step and field to fix; nothing is stored.
    :raises InvalidCase: when the result fails the validator; nothing is stored.
    :raises ~fieldmon.errors.NotFound: when reference names no case of the vault.
    :raises UnsavedEdits: when that case has a draft (edits not saved) and check_draft is
        true; nothing is stored.
    """
    if (reference is None) == (case is None):
        raise ValueError("give either the reference of an existing case or a new case")
    if reference is not None:
        document = vault.get_case(reference)
        if check_draft and vault.draft(str(document["id"])) is not None:
            # Storing a case discards its draft: unsaved edits would be lost without a word.
            raise UnsavedEdits(
                f"Case {reference} has edits that are not saved yet; save or discard them first."
            )
    else:
        assert case is not None
        document = new_case(case, taken_references(vault, case_id), case_id=case_id)
    applied = apply_testimony(document, testimony)
    stored_reference = vault.store_cases([applied.case])[0]
    attachments: list[Attachment] = []
    failed: list[tuple[Path, str]] = []
    for evidence_id, path in applied.files.items():
        if progress is not None:
            progress(path.name)
        strip = evidence_id in applied.strip and path.suffix.lower() in STRIPPABLE
        try:
            attachments.extend(
                vault.attach(stored_reference, path, evidence_id=evidence_id, strip_metadata=strip)
            )
        except FieldMonError as error:
            failed.append((path, str(error)))
    return Stored(stored_reference, attachments, failed)
