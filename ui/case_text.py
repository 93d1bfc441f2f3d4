"""The fixed words of a case shown as text (sealed versions), in the interface language.

The core's :func:`fieldmon.exchange.text.render_case` is free of Qt and writes English unless it
is given translations keyed like :data:`fieldmon.exchange.text.WORDS`; they are spelled out here
as translate() calls so that pyside6-lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def case_text_words() -> dict[str, str]:
    """Translations of every key of ``WORDS``; ``{id}``, ``{who}``, ``{clinician}`` are kept."""
    return {
        "status": translate("CaseText", "Status"),
        "respondent_state": translate("CaseText", "Respondent State"),
        "language": translate("CaseText", "Language"),
        "also": translate("CaseText", "also"),
        "persons": translate("CaseText", "Persons"),
        "event": translate("CaseText", "Event {id}"),
        "when": translate("CaseText", "When"),
        "where": translate("CaseText", "Where"),
        "act": translate("CaseText", "Act {id}"),
        "victim": translate("CaseText", "victim"),
        "methods": translate("CaseText", "Methods"),
        "place": translate("CaseText", "Place"),
        "perpetrator": translate("CaseText", "Perpetrator"),
        "interview_with": translate("CaseText", "Interview {id}with {who}"),
        "consents": translate("CaseText", "Consents"),
        "withdrawn": translate("CaseText", "withdrawn"),
        "medical_by": translate("CaseText", "Medical evaluation {id}of {who} by {clinician}"),
        "evidence": translate("CaseText", "Evidence"),
        "remedies": translate("CaseText", "Domestic remedies"),
        "final": translate("CaseText", "final"),
        "violations": translate("CaseText", "Alleged violations"),
        "art": translate("CaseText", "art."),
        "acts": translate("CaseText", "acts"),
        "interventions": translate("CaseText", "Interventions"),
        "date_unknown": translate("CaseText", "date unknown"),
        "to": translate("CaseText", "to"),
    }
