"""Translatable names of record types and fields, shown in forms (one place for all of them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Each label is spelled out as a translate() call so that pyside6-lupdate finds it.
translate = QCoreApplication.translate


def field_label(key: str, record_type: str | None = None) -> str:
    """A field's name in the interface language.

    :param key: the field's key (``birth_place``, ``arrest.place``).
    :param record_type: the record type the field belongs to (``medical``), when known: a few
        keys mean different things in different records (``restrictions`` of an interview are
        its conditions, of a medical evaluation what restricted the examination; ``final`` of a
        remedy is yes/no, of a judgment the date it became final). Without it, a wording right
        for every record having the key is given.
    :return: the label; the key itself for a key without one.
    """
    if record_type is not None:
        specific = _record_field_label(record_type, key)
        if specific is not None:
            return specific
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
        "restrictions": translate("Field", "Restrictions and conditions"),
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
        # Schema 10 (issue 14): registry-ready dossiers.
        "birth_place": translate("Field", "Place of birth"),
        "phone": translate("Field", "Telephone"),
        "fax": translate("Field", "Fax"),
        "email": translate("Field", "E-mail"),
        "organisation": translate("Field", "Organisation"),
        "authority_form": translate("Field", "Form of authority"),
        "authority_date": translate("Field", "Date of the authority"),
        "arrest.place": translate("Field", "Place of detention (name)"),
        "kind": translate("Field", "Kind of finding"),
        "conditions": translate("Field", "Conditions of the examination"),
        "opinion": translate("Field", "Opinion on the likelihood of torture"),
        "truthfulness": translate("Field", "Statement of truthfulness"),
        "document_date": translate("Field", "Date of the document"),
        "served": translate("Field", "Served on"),
        "documents": translate("Field", "Decision documents (evidence)"),
        "limb": translate("Field", "Limb"),
        "argument": translate("Field", "Argument"),
        "remedies": translate("Field", "Remedies used"),
        "no_remedy": translate("Field", "No effective remedy exists"),
        "continuing": translate("Field", "Continuing situation"),
        "situation_end": translate("Field", "End of the situation"),
        "contact": translate("Field", "Contact person"),
        "feared_date": translate("Field", "Date of the feared event"),
        "measure": translate("Field", "Measure sought"),
        "risk": translate("Field", "Risk (imminent and irreparable harm)"),
        "category": translate("Field", "Category"),
        "analysis": translate("Field", "Analysis"),
        "application": translate("Field", "Application no."),
        "group": translate("Field", "Group of cases"),
        "supervision": translate("Field", "Supervision"),
        "individual_measures": translate("Field", "Individual measures"),
        "general_measures": translate("Field", "General measures"),
        "recommendations": translate("Field", "Recommendations"),
        "translator": translate("Field", "Translator"),
    }
    return labels.get(key, key)


def _record_field_label(record_type: str, key: str) -> str | None:
    """The label of ``key`` where ``record_type`` gives it its own meaning, else None."""
    if record_type == "interviews" and key == "restrictions":
        return translate("Field", "Conditions")
    if record_type == "medical" and key == "restrictions":
        return translate("Field", "Restrictions on the examination")
    if record_type == "judgments" and key == "final":
        return translate("Field", "Final on")
    if record_type == "judgments" and key == "date":
        return translate("Field", "Date of the judgment")
    if record_type == "judgments" and key == "title":
        return translate("Field", "Case or group title")
    if record_type == "translations" and key == "narrative":
        return translate("Field", "Translated statement")
    if record_type == "translations" and key == "date":
        return translate("Field", "Date of the translation")
    if record_type == "wgad_categories" and key == "acts":
        return translate("Field", "Acts supporting it")
    return None


def record_label(name: str) -> str:
    """A record type's name (plural, as a list or tab is titled) in the interface language.

    :param name: the record type (``interim``, ``judgments``).
    :return: the label; the name itself for a type without one.
    """
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
        "translations": translate("Field", "Translations"),
        "interim": translate("Field", "Rule 39 request"),
        "wgad_categories": translate("Field", "WGAD categories"),
        "judgments": translate("Field", "Judgments under execution"),
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
