"""A case as readable text: for `fieldmon show` and the desktop app's version browser."""

from __future__ import annotations

from collections.abc import Mapping

from fieldmon.resources import vocabulary
from fieldmon.vault.records import CaseDocument

# The fixed words of the text, in English. The desktop app passes its own translations (keyed
# the same) so that a sealed version reads in the interface language; the core stays free of Qt.
WORDS: dict[str, str] = {
    "status": "Status",
    "respondent_state": "Respondent State",
    "language": "Language",
    "also": "also",
    "persons": "Persons",
    "event": "Event {id}",
    "when": "When",
    "where": "Where",
    "act": "Act {id}",
    "victim": "victim",
    "methods": "Methods",
    "place": "Place",
    "perpetrator": "Perpetrator",
    "interview_with": "Interview {id}with {who}",
    "consents": "Consents",
    "withdrawn": "withdrawn",
    "medical_by": "Medical evaluation {id}of {who} by {clinician}",
    "evidence": "Evidence",
    "remedies": "Domestic remedies",
    "final": "final",
    "violations": "Alleged violations",
    "art": "art.",
    "acts": "acts",
    "interventions": "Interventions",
    "date_unknown": "date unknown",
    "to": "to",
}


class _Text:
    def __init__(self, lang: str, words: Mapping[str, str] | None) -> None:
        self.lang = lang
        self.words = {**WORDS, **(words or {})}

    def w(self, key: str, **values: str) -> str:
        try:
            return self.words[key].format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return WORDS[key].format(**values)

    def label(self, vocab: str, code: object) -> str:
        if isinstance(code, list):
            return ", ".join(self.label(vocab, c) for c in code)
        return vocabulary(vocab).label(str(code), self.lang)

    def when(self, record: dict[str, object]) -> str:
        start = str(record.get("start") or record.get("date") or self.w("date_unknown"))
        end = f" {self.w('to')} {record['end']}" if record.get("end") else ""
        precision = record.get("date_precision")
        shown = f" ({self.label('date_precisions', precision)})" if precision else ""
        return start + end + shown


def render_case(
    case: CaseDocument,
    lang: str = "en",
    words: Mapping[str, str] | None = None,
    ids: bool = True,
) -> str:
    """The case as readable text, for `fieldmon show` and the app's sealed-version view.

    :param case: a case document (``fieldmon-case/1``).
    :param lang: language of vocabulary labels ("en", "ru", "az").
    :param words: translations of :data:`WORDS`, by key; missing keys stay English.
    :param ids: whether record ids (``p1``, ``e1``) are shown; the desktop app hides them.
    :return: plain text, one line per fact, ending in a newline.
    :raises KeyError: for a document without a field the fieldmon-case/1 schema requires
        (``reference``, ``title``, an event's ``title``…); a stored case has them all.
    """
    t = _Text(lang, words)
    _label, _when, w = t.label, t.when, t.w

    def rid(record: dict[str, object]) -> str:
        return f"{record.get('id', '')} " if ids and record.get("id") else ""

    persons = {p["id"]: p["name"] for p in case.get("persons", [])}
    lines = [f"{case['reference']}  {case['title']}"]
    lines.append(
        f"{w('status')}: {_label('case_statuses', case.get('status', '-'))}    "
        f"{w('respondent_state')}: {case.get('respondent_state', '-')}    "
        f"{w('language')}: {case.get('language', '-')}"
    )
    if case.get("summary"):
        lines += ["", case["summary"]]
    if case.get("persons"):
        lines += ["", w("persons")]
        for p in case["persons"]:
            other = f" ({w('also')} {', '.join(p['other_names'])})" if p.get("other_names") else ""
            lines.append(
                f"  {rid(p)}{rid(p)[-1:]}{p['name']}{other} — {_label('roles', p.get('roles', []))}"
            )
    for event in case.get("events", []):
        lines += [
            "",
            f"{w('event', id=rid(event)).strip()}: {event['title']}",
            f"  {w('when')}: {_when(event)}",
        ]
        if event.get("place"):
            lines.append(f"  {w('where')}: {event['place']}")
        if event.get("description"):
            lines.append(f"  {event['description']}")
        for act in event.get("acts", []):
            victim = persons.get(act["victim"], act["victim"])
            lines.append(
                f"  {w('act', id=rid(act)).strip()}: {_label('act_types', act['type'])}"
                f" — {w('victim')} {victim}"
            )
            if act.get("methods"):
                lines.append(f"    {w('methods')}: {_label('torture_methods', act['methods'])}")
            if act.get("location_type"):
                lines.append(f"    {w('place')}: {_label('location_types', act['location_type'])}")
            for inv in act.get("involvements", []):
                who = persons.get(inv["perpetrator"], inv["perpetrator"])
                degree = _label("involvement_degrees", inv["degree"]) if inv.get("degree") else ""
                lines.append(f"    {w('perpetrator')}: {who} {degree}".rstrip())
    for interview in case.get("interviews", []):
        who = persons.get(interview["interviewee"], interview["interviewee"])
        lines += ["", f"{w('interview_with', id=rid(interview), who=who)}, {_when(interview)}"]
        if interview.get("narrative"):
            lines.append(f"  {interview['narrative']}")
    if case.get("consents"):
        lines += ["", w("consents")]
        for c in case["consents"]:
            who = persons.get(c["person"], c["person"])
            withdrawn = f", {w('withdrawn')} {c['withdrawn']}" if c.get("withdrawn") else ""
            lines.append(
                f"  {who}: {_label('recipients', c['recipient'])} —"
                f" {_label('identity_levels', c['identity'])}{withdrawn}"
            )
    for m in case.get("medical", []):
        who = persons.get(m["person"], m["person"])
        lines += ["", w("medical_by", id=rid(m), who=who, clinician=m.get("clinician", "-"))]
        for f in m.get("findings", []):
            lines.append(
                f"  {f.get('location', '')}: {f['description']} —"
                f" {_label('consistency', f.get('consistency', '-'))}"
            )
    if case.get("evidence"):
        lines += ["", w("evidence")]
        for x in case["evidence"]:
            lines.append(f"  {rid(x)}{rid(x)[-1:]}{x['title']}")
    if case.get("remedies"):
        lines += ["", w("remedies")]
        for r in case["remedies"]:
            final = f" ({w('final')})" if r.get("final") else ""
            lines.append(
                f"  {r.get('date', '-')}  {r['authority']}: {r.get('decision', '')}{final}"
            )
    if case.get("violations"):
        lines += ["", w("violations")]
        act_names = {
            str(act["id"]): f"{_label('act_types', act['type'])} ({persons.get(act['victim'], '')})"
            for event in case.get("events", [])
            for act in event.get("acts", [])
        }
        for v in case["violations"]:
            named = [a if ids else act_names.get(a, a) for a in v.get("acts", [])]
            lines.append(
                f"  {v['instrument']} {w('art')} {v['article']} — {w('acts')} {', '.join(named)}"
            )
    if case.get("interventions"):
        lines += ["", w("interventions")]
        for i in case["interventions"]:
            kind = _label("intervention_types", i["type"]) if i.get("type") else ""
            lines.append(
                f"  {i.get('date', '-')}  {_label('recipients', i['body'])} {kind}".rstrip()
            )
    return "\n".join(lines) + "\n"
