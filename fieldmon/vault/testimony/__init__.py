"""One interview, recorded as the records the full case editor would write.

The most common job of a monitor is recording one interview. :class:`Testimony` holds what the
stepped dialog collects (the person, what happened, what was seen, consent per recipient, and
evidence files); :func:`apply_testimony` writes it into a case document as ordinary records
(a person, an event with acts, perpetrators with their involvement, an interview, consents and
evidence records) with generated ids (:func:`fieldmon.vault.ids.new_id`), and
:func:`store_testimony` validates and stores it, then attaches the files. While a testimony is
being typed, :func:`draft_case` writes whatever has been collected so far into the case, without
checking anything, so the document can be kept as an encrypted draft.

Consent is never assumed: a recipient the monitor did not ask (:data:`NOT_ASKED`) gets no
consent record at all.

This package is the public surface; its modules, each one concept:

- :mod:`~fieldmon.vault.testimony.steps`: what the steps collect (:class:`Testimony` and its
  parts);
- :mod:`~fieldmon.vault.testimony.errors`: :class:`TestimonyIncomplete`, :class:`UnsavedEdits`;
- :mod:`~fieldmon.vault.testimony.checks`: whether it may be stored (:func:`check_testimony`,
  :func:`is_date`, :func:`first_problem`);
- :mod:`~fieldmon.vault.testimony.cases`: a new case and its reference (:func:`new_case`);
- :mod:`~fieldmon.vault.testimony.apply`: a testimony as case records (:func:`apply_testimony`,
  :func:`draft_case`);
- :mod:`~fieldmon.vault.testimony.storing`: into the vault with its files
  (:func:`store_testimony`).
"""

from __future__ import annotations

from fieldmon.vault.testimony.apply import Applied, apply_testimony, draft_case
from fieldmon.vault.testimony.cases import new_case, new_reference, taken_references
from fieldmon.vault.testimony.checks import check_testimony, date_precision, first_problem, is_date
from fieldmon.vault.testimony.errors import TestimonyIncomplete, UnsavedEdits
from fieldmon.vault.testimony.steps import (
    NOT_ASKED,
    ActStep,
    CaseStep,
    EventStep,
    EvidenceFile,
    InterviewStep,
    Perpetrator,
    PersonStep,
    Testimony,
)
from fieldmon.vault.testimony.storing import STRIPPABLE, Stored, store_testimony

__all__ = [
    "NOT_ASKED",
    "STRIPPABLE",
    "ActStep",
    "Applied",
    "CaseStep",
    "EventStep",
    "EvidenceFile",
    "InterviewStep",
    "Perpetrator",
    "PersonStep",
    "Stored",
    "Testimony",
    "TestimonyIncomplete",
    "UnsavedEdits",
    "apply_testimony",
    "check_testimony",
    "date_precision",
    "draft_case",
    "first_problem",
    "is_date",
    "new_case",
    "new_reference",
    "store_testimony",
    "taken_references",
]
