"""A case as readable text: for `fieldmon show` and the desktop app's version browser."""

from __future__ import annotations

from fieldmon.resources import vocabulary
from fieldmon.vault.records import CaseDocument


def _label(vocab: str, code: object) -> str:
    if isinstance(code, list):
        return ", ".join(_label(vocab, c) for c in code)
    return vocabulary(vocab).label(str(code))


def _when(record: dict[str, object]) -> str:
    start = str(record.get("start") or record.get("date") or "date unknown")
    end = f" to {record['end']}" if record.get("end") else ""
    precision = record.get("date_precision")
    return start + end + (f" ({_label('date_precisions', precision)})" if precision else "")


def render_case(case: CaseDocument) -> str:
    """The case as readable text, for `fieldmon show`."""
    persons = {p["id"]: p["name"] for p in case.get("persons", [])}
    lines = [f"{case['reference']}  {case['title']}"]
    lines.append(
        f"Status: {_label('case_statuses', case.get('status', '-'))}    "
        f"Respondent State: {case.get('respondent_state', '-')}    "
        f"Language: {case.get('language', '-')}"
    )
    if case.get("summary"):
        lines += ["", case["summary"]]
    if case.get("persons"):
        lines += ["", "Persons"]
        for p in case["persons"]:
            other = f" (also {', '.join(p['other_names'])})" if p.get("other_names") else ""
            lines.append(f"  {p['id']}  {p['name']}{other} — {_label('roles', p.get('roles', []))}")
    for event in case.get("events", []):
        lines += ["", f"Event {event['id']}: {event['title']}", f"  When: {_when(event)}"]
        if event.get("place"):
            lines.append(f"  Where: {event['place']}")
        if event.get("description"):
            lines.append(f"  {event['description']}")
        for act in event.get("acts", []):
            victim = persons.get(act["victim"], act["victim"])
            lines.append(f"  Act {act['id']}: {_label('act_types', act['type'])} — victim {victim}")
            if act.get("methods"):
                lines.append(f"    Methods: {_label('torture_methods', act['methods'])}")
            if act.get("location_type"):
                lines.append(f"    Place: {_label('location_types', act['location_type'])}")
            for inv in act.get("involvements", []):
                who = persons.get(inv["perpetrator"], inv["perpetrator"])
                degree = _label("involvement_degrees", inv["degree"]) if inv.get("degree") else ""
                lines.append(f"    Perpetrator: {who} {degree}".rstrip())
    for interview in case.get("interviews", []):
        who = persons.get(interview["interviewee"], interview["interviewee"])
        lines += ["", f"Interview {interview['id']} with {who}, {_when(interview)}"]
        if interview.get("narrative"):
            lines.append(f"  {interview['narrative']}")
    if case.get("consents"):
        lines += ["", "Consents"]
        for c in case["consents"]:
            who = persons.get(c["person"], c["person"])
            withdrawn = f", withdrawn {c['withdrawn']}" if c.get("withdrawn") else ""
            lines.append(
                f"  {who}: {_label('recipients', c['recipient'])} —"
                f" {_label('identity_levels', c['identity'])}{withdrawn}"
            )
    for m in case.get("medical", []):
        who = persons.get(m["person"], m["person"])
        lines += ["", f"Medical evaluation {m['id']} of {who} by {m.get('clinician', '-')}"]
        for f in m.get("findings", []):
            lines.append(
                f"  {f.get('location', '')}: {f['description']} —"
                f" {_label('consistency', f.get('consistency', '-'))}"
            )
    if case.get("evidence"):
        lines += ["", "Evidence"]
        for x in case["evidence"]:
            lines.append(f"  {x['id']}  {x['title']}")
    if case.get("remedies"):
        lines += ["", "Domestic remedies"]
        for r in case["remedies"]:
            final = " (final)" if r.get("final") else ""
            lines.append(
                f"  {r.get('date', '-')}  {r['authority']}: {r.get('decision', '')}{final}"
            )
    if case.get("violations"):
        lines += ["", "Alleged violations"]
        for v in case["violations"]:
            lines.append(
                f"  {v['instrument']} art. {v['article']} — acts {', '.join(v.get('acts', []))}"
            )
    if case.get("interventions"):
        lines += ["", "Interventions"]
        for i in case["interventions"]:
            kind = _label("intervention_types", i["type"]) if i.get("type") else ""
            lines.append(
                f"  {i.get('date', '-')}  {_label('recipients', i['body'])} {kind}".rstrip()
            )
    return "\n".join(lines) + "\n"
