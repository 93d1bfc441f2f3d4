"""Translatable names of record types and fields, shown in forms (one place for all of them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Each label is spelled out as a translate() call so that pyside6-lupdate finds it.
translate = QCoreApplication.translate


def field_label(key: str) -> str:
    labels = {
        "id": translate("Field", "Id"),
        "reference": translate("Field", "Reference"),
        "title": translate("Field", "Title"),
        "language": translate("Field", "Language"),
        "respondent_state": translate("Field", "Respondent State"),
        "status": translate("Field", "Status"),
        "summary": translate("Field", "Summary"),
        "name": translate("Field", "Name"),
        "other_names": translate("Field", "Other names"),
        "sex": translate("Field", "Sex"),
        "birth_date": translate("Field", "Date of birth"),
        "nationality": translate("Field", "Nationality"),
        "occupation": translate("Field", "Occupation"),
        "roles": translate("Field", "Roles"),
        "address": translate("Field", "Address"),
        "description": translate("Field", "Description"),
        "counting_unit": translate("Field", "Counted as"),
        "group_size": translate("Field", "Group size"),
        "start": translate("Field", "Start"),
        "end": translate("Field", "End"),
        "date_precision": translate("Field", "Date precision"),
        "place": translate("Field", "Place"),
        "type": translate("Field", "Type"),
        "victim": translate("Field", "Victim"),
        "location_type": translate("Field", "Type of place"),
        "methods": translate("Field", "Methods"),
        "arrest.detention_type": translate("Field", "Detention type"),
        "arrest.legal_basis": translate("Field", "Legal basis given"),
        "arrest.reason_given": translate("Field", "Reason given"),
        "arrest.access_to_lawyer": translate("Field", "Access to a lawyer"),
        "arrest.access_to_family": translate("Field", "Access to family"),
        "arrest.access_to_doctor": translate("Field", "Access to a doctor"),
        "arrest.family_notified": translate("Field", "Family notified"),
        "arrest.whereabouts_known": translate("Field", "Whereabouts known"),
        "arrest.released": translate("Field", "Released"),
        "torture.intent": translate("Field", "Apparent purpose"),
        "torture.statements_signed": translate("Field", "Statements signed"),
        "torture.medical_attention": translate("Field", "Medical attention"),
        "perpetrator": translate("Field", "Perpetrator"),
        "degree": translate("Field", "Degree of involvement"),
        "perpetrator_type": translate("Field", "Perpetrator type"),
        "notes": translate("Field", "Notes"),
        "interviewee": translate("Field", "Interviewee"),
        "interviewers": translate("Field", "Interviewers"),
        "interpreter": translate("Field", "Interpreter"),
        "present": translate("Field", "Also present"),
        "date": translate("Field", "Date"),
        "restrictions": translate("Field", "Conditions"),
        "narrative": translate("Field", "Narrative"),
        "person": translate("Field", "Person"),
        "recipient": translate("Field", "Recipient"),
        "identity": translate("Field", "May be named by"),
        "recorded_by": translate("Field", "Recorded by"),
        "explained": translate("Field", "Explained"),
        "withdrawn": translate("Field", "Withdrawn on"),
        "clinician": translate("Field", "Clinician"),
        "overall": translate("Field", "Overall assessment"),
        "location": translate("Field", "Location on the body"),
        "alleged_method": translate("Field", "Alleged method"),
        "consistency": translate("Field", "Consistency"),
        "file": translate("Field", "File name"),
        "source_type": translate("Field", "Source type"),
        "collected_by": translate("Field", "Collected by"),
        "collected": translate("Field", "Collected"),
        "authority": translate("Field", "Authority"),
        "decision": translate("Field", "Decision"),
        "final": translate("Field", "Final"),
        "instrument": translate("Field", "Instrument"),
        "article": translate("Field", "Article"),
        "acts": translate("Field", "Acts"),
        "body": translate("Field", "Body"),
        "transmission": translate("Field", "Agrees to transmission to the State (UN)"),
        "appears": translate("Field", "Who appears in the file"),
        "appears_recorded": translate("Field", "Who appears has been recorded"),
        "cleared_for": translate("Field", "Original cleared for"),
        "mentions": translate("Field", "Mentions of persons"),
    }
    return labels.get(key, key)


def record_label(name: str) -> str:
    labels = {
        "persons": translate("Field", "Persons"),
        "events": translate("Field", "Events"),
        "acts": translate("Field", "Acts"),
        "involvements": translate("Field", "Perpetrators involved"),
        "interviews": translate("Field", "Interviews"),
        "consents": translate("Field", "Consents"),
        "medical": translate("Field", "Medical evaluations"),
        "findings": translate("Field", "Findings"),
        "evidence": translate("Field", "Evidence"),
        "remedies": translate("Field", "Domestic remedies"),
        "violations": translate("Field", "Violations"),
        "interventions": translate("Field", "Interventions"),
        "mentions": translate("Field", "Mentions of persons"),
    }
    return labels.get(name, name)


def custody_action(code: str) -> str:
    """A custody log action ("attach", "view", ...) in the interface language."""
    actions = {
        "create": translate("Custody", "created"),
        "import": translate("Custody", "imported"),
        "attach": translate("Custody", "file stored"),
        "view": translate("Custody", "viewed"),
        "extract": translate("Custody", "file extracted"),
        "edit": translate("Custody", "edited"),
        "seal": translate("Custody", "sealed"),
        "export": translate("Custody", "exported"),
        "delete": translate("Custody", "deleted"),
    }
    return actions.get(code, code)
