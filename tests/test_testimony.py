"""Recording one interview as the records the full editor writes, in a real vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldmon.resources import sample_cases_path
from fieldmon.vault.ids import records_of
from fieldmon.vault.store import Vault
from fieldmon.vault.testimony import (
    NOT_ASKED,
    ActStep,
    CaseStep,
    EventStep,
    EvidenceFile,
    InterviewStep,
    Perpetrator,
    PersonStep,
    Testimony,
    TestimonyIncomplete,
    UnsavedEdits,
    apply_testimony,
    date_precision,
    draft_case,
    first_problem,
    new_case,
    new_reference,
    store_testimony,
    taken_references,
)

PHOTO = sample_cases_path().parent / "wrist.jpg"


def account(**consents: str) -> Testimony:
    """A fictional witness account: every name is invented."""
    return Testimony(
        person=PersonStep(
            name="Lalə Fərzəliyeva",
            other_names=["Лала Фарзалиева"],
            sex="female",
            birth_date="1988-05",
            nationality=["AZ"],
            occupation="teacher",
            roles=["victim", "witness"],
        ),
        event=EventStep(
            title="Beaten at the district police station",
            start="2026-02-03",
            place="Gəncə, police station no. 4 (fictional)",
            acts=[
                ActStep(
                    type="ill_treatment",
                    start="2026-02-03T21:00",
                    location_type="police_station",
                    methods=["beating"],
                    description="Kicked while handcuffed to a radiator.",
                    perpetrators=[
                        Perpetrator(
                            "Unknown officer B",
                            description="Short, moustache",
                            perpetrator_type="police",
                            degree="directly_carried_out",
                        )
                    ],
                ),
                ActStep(type="threats", victim_name="Orxan Fərzəliyev", start="2026-02"),
            ],
        ),
        interview=InterviewStep(
            date="2026-02-10T15:00",
            place="office of the monitoring group",
            language="az",
            interviewers=["Monitor 12"],
            interpreter="",
            narrative="I saw two officers kick my brother; they said worse would follow.",
        ),
        consents=dict(consents),
        consent_date="2026-02-10",
        consent_explained=True,
        recorded_by="Monitor 12",
        evidence=[EvidenceFile(PHOTO, title="Bruise on the shoulder", source_type="photograph")],
    )


def test_new_case_holds_every_record_and_passes_the_validator() -> None:
    case = new_case(CaseStep("Ill-treatment in Gəncə", "AZ", "en"), ["AZ-2026-001"], year=2026)
    assert case["reference"] == "AZ-2026-002" and case["status"] == "draft"
    done = apply_testimony(case, account(echr="full_name", pattern="pseudonym", wgad=NOT_ASKED))
    doc = done.case
    assert first_problem(doc) is None
    assert "persons" not in case  # the input is not changed
    person = next(p for p in doc["persons"] if p["id"] == done.person)
    assert person["name"] == "Lalə Fərzəliyeva" and person["roles"] == ["victim", "witness"]
    assert person["nationality"] == ["AZ"] and person["birth_date"] == "1988-05"
    acts = records_of(doc, "acts")
    assert [a["id"] for a in acts] == done.acts
    assert acts[0]["victim"] == done.person and acts[0]["date_precision"] == "minute"
    brother = next(p for p in doc["persons"] if p["name"] == "Orxan Fərzəliyev")
    assert acts[1]["victim"] == brother["id"] and brother["roles"] == ["victim"]
    assert acts[1]["date_precision"] == "unknown_day_known_month"  # month known, day not
    officer = next(p for p in doc["persons"] if p["roles"] == ["perpetrator"])
    assert acts[0]["involvements"][0]["perpetrator"] == officer["id"]
    assert acts[0]["involvements"][0]["degree"] == "directly_carried_out"
    (interview,) = doc["interviews"]
    assert interview["interviewee"] == done.person and "interpreter" not in interview
    assert interview["narrative"].startswith("I saw two officers")
    assert {(c["recipient"], c["identity"]) for c in doc["consents"]} == {
        ("echr", "full_name"),
        ("pattern", "pseudonym"),
    }
    assert all(c["explained"] is True for c in doc["consents"])
    (evidence,) = doc["evidence"]
    assert evidence["title"] == "Bruise on the shoulder" and evidence["file"] == "wrist.jpg"
    assert done.files == {evidence["id"]: PHOTO}


def test_not_asked_writes_no_consent_record() -> None:
    case = new_case(CaseStep("Quiet case"), [], year=2026)
    assert case["reference"] == "NEW-2026-001"
    everyone = {"echr": NOT_ASKED, "un-srt": NOT_ASKED, "pattern": NOT_ASKED}
    done = apply_testimony(case, account(**everyone))
    assert "consents" not in done.case
    assert first_problem(done.case) is None


def test_stored_in_a_real_vault_with_its_file(empty_vault: Vault) -> None:
    seen: list[str] = []
    stored = store_testimony(
        empty_vault,
        account(echr="initials"),
        case=CaseStep("Ill-treatment in Gəncə", "AZ"),
        progress=seen.append,
    )
    assert stored.failed == [] and seen == ["wrist.jpg"]
    case = empty_vault.get_case(stored.reference)
    assert [c["recipient"] for c in case["consents"]] == ["echr"]
    assert len(case["persons"]) == 3 and len(records_of(case, "acts")) == 2
    (attachment,) = empty_vault.attachments(stored.reference)
    assert attachment.evidence_id == case["evidence"][0]["id"]
    assert empty_vault.read_attachment(stored.reference, attachment.item) == PHOTO.read_bytes()


def test_dates_typed_as_people_write_them_are_stored_with_files(empty_vault: Vault) -> None:
    """A walkthrough found Finish refused ("Collected: use a date…") once a file was added and
    the interview date was typed 10.02.2026: every date goes through the date parser."""
    told = account(echr="initials")
    told.interview.date = "10.02.2026"
    told.person.birth_date = "05.1988"
    assert told.event is not None
    told.event.start = "09.02.2026"
    stored = store_testimony(empty_vault, told, case=CaseStep("Typed dates", "AZ"))
    case = empty_vault.get_case(stored.reference)
    assert stored.failed == []
    assert case["evidence"][0]["collected"] == "2026-02-10"
    assert case["interviews"][0]["date"] == "2026-02-10"
    person = next(p for p in case["persons"] if p["name"] == told.person.name)
    assert person["birth_date"] == "1988-05"
    assert case["events"][0]["start"] == "2026-02-09"
    assert case["events"][0]["date_precision"] == "day"


def test_metadata_stripped_copy_kept_beside_the_original(empty_vault: Vault) -> None:
    t = account()
    t.evidence = [EvidenceFile(PHOTO, source_type="photograph", strip_metadata=True)]
    stored = store_testimony(empty_vault, t, case=CaseStep("Photo case"))
    original, copy = stored.attachments
    assert copy.derived_from == original.item


def test_existing_case_gets_fresh_ids_that_clash_with_none(vault: Vault) -> None:
    before = vault.get_case("AZ-2026-001")
    ids_before = {
        name: {r.get("id") for r in records_of(before, name)}
        for name in ("persons", "events", "acts", "interviews", "evidence")
    }
    t = account(echr="pseudonym")
    t.event.acts[1].victim_name = None  # type: ignore[union-attr]
    t.event.acts[1].victim = "p1"  # type: ignore[union-attr]
    stored = store_testimony(vault, t, reference="AZ-2026-001")
    after = vault.get_case(stored.reference)
    assert stored.reference == "AZ-2026-001" and first_problem(after) is None
    for name, old in ids_before.items():
        new = {r.get("id") for r in records_of(after, name)}
        assert old < new, name
        assert len(new) == len(records_of(after, name))  # still unique
    assert len(after["consents"]) == len(before["consents"]) + 1
    act = records_of(after, "acts")[-1]
    assert act["victim"] == "p1"


def test_second_interview_with_someone_already_in_the_case(vault: Vault) -> None:
    t = account(echr="initials")
    t.person = PersonStep(existing="p4", roles=["witness"])
    t.event = None
    t.evidence = []
    store_testimony(vault, t, reference="AZ-2026-001")
    after = vault.get_case("AZ-2026-001")
    assert [i["interviewee"] for i in after["interviews"]][-1] == "p4"
    # the new answer replaces the earlier consent of p4 for the same recipient
    assert [c["identity"] for c in after["consents"] if c["person"] == "p4"].count("initials") == 1
    assert (
        len([c for c in after["consents"] if (c["person"], c["recipient"]) == ("p4", "echr")]) == 1
    )


@pytest.mark.parametrize(
    ("change", "step", "key", "words"),
    [
        (lambda t: setattr(t.person, "name", " "), "person", "name", "name or a pseudonym"),
        (lambda t: setattr(t.person, "roles", []), "person", "roles", "victim, a witness"),
        (lambda t: setattr(t.person, "birth_date", "1988-13"), "person", "birth_date", "1988-13"),
        (lambda t: setattr(t.event, "title", ""), "event", "title", "what happened"),
        (lambda t: setattr(t.event.acts[0], "start", "3 Feb"), "event", "acts[0].start", "date"),
        (lambda t: t.consents.update(echr="everything"), "consent", "echr", "level of consent"),
        (lambda t: setattr(t.evidence[0], "path", Path("/nonexistent/x.jpg")), "evidence", "", ""),
    ],
)
def test_incomplete_testimony_names_the_step_and_stores_nothing(
    empty_vault: Vault, change: object, step: str, key: str, words: str
) -> None:
    t = account()
    change(t)  # type: ignore[operator]
    with pytest.raises(TestimonyIncomplete) as raised:
        store_testimony(empty_vault, t, case=CaseStep("Nothing stored"))
    assert raised.value.step == step and raised.value.key.startswith(key)
    assert words in str(raised.value)
    assert empty_vault.list_cases() == []


def test_a_new_case_needs_a_title(empty_vault: Vault) -> None:
    with pytest.raises(TestimonyIncomplete, match="title"):
        store_testimony(empty_vault, account(), case=CaseStep("  "))
    assert empty_vault.list_cases() == []


def test_references_and_precision() -> None:
    assert new_reference(["GE-2026-001", "GE-2026-002"], "GE", 2026) == "GE-2026-003"
    assert new_reference([], "xx", 2026) == "NEW-2026-001"
    assert date_precision("2026") == "year" and date_precision("2026-02-30") is None


def test_a_case_with_unsaved_edits_is_left_alone(vault: Vault) -> None:
    case = vault.get_case("AZ-2026-002")
    vault.save_draft({**case, "title": "Edited, not saved"})
    with pytest.raises(UnsavedEdits, match="save or discard"):
        store_testimony(vault, account(), reference="AZ-2026-002")
    assert vault.draft(str(case["id"])) is not None
    assert vault.get_case("AZ-2026-002") == case


def test_a_draft_keeps_what_is_typed_however_unfinished() -> None:
    case = new_case(CaseStep("Begun in the field"), [], year=2026, case_id="0-draft")
    begun = Testimony(
        person=PersonStep(name="", roles=[]),  # no name yet: the person is left out
        event=EventStep(
            title="",
            start="2026-02-",  # half a date, kept as typed
            acts=[
                ActStep(type="", description="Kicked while handcuffed."),  # kind not chosen
                ActStep(type=""),  # says nothing: left out
                ActStep(type="threats", perpetrators=[Perpetrator("  ")]),
            ],
        ),
        interview=InterviewStep(interviewers=["Monitor 12"], narrative="They came at night"),
        consents={"echr": "full_name"},  # nobody to give it yet: left out
        evidence=[EvidenceFile(Path("/nonexistent/photo.jpg"))],
    )
    with pytest.raises(TestimonyIncomplete):
        apply_testimony(case, begun)
    doc = draft_case(case, begun)
    assert (doc["id"], doc["reference"], doc["title"]) == ("0-draft", "NEW-2026-001", case["title"])
    assert "persons" not in doc and "consents" not in doc and "persons" not in case
    (event,) = doc["events"]
    assert "title" not in event and event["start"] == "2026-02-" and "date_precision" not in event
    first, second = event["acts"]
    assert first["description"] == "Kicked while handcuffed." and "type" not in first
    assert "victim" not in first and second["type"] == "threats" and "involvements" not in second
    (interview,) = doc["interviews"]
    assert interview["narrative"] == "They came at night" and "interviewee" not in interview
    assert doc["evidence"][0]["file"] == "photo.jpg"
    # once the person is named, the records point at them; roles are never invented
    begun.person.name = "Lalə Fərzəliyeva"
    doc = draft_case(case, begun)
    (person,) = doc["persons"]
    assert person["roles"] == ["victim"]  # from the acts done to them, never "other"
    assert doc["interviews"][0]["interviewee"] == person["id"]
    assert doc["events"][0]["acts"][0]["victim"] == person["id"]
    assert [(c["person"], c["recipient"]) for c in doc["consents"]] == [(person["id"], "echr")]


def test_a_complete_draft_is_what_apply_writes() -> None:
    case = new_case(CaseStep("Ill-treatment in Gəncə", "AZ"), [], year=2026)
    t = account(echr="full_name", wgad=NOT_ASKED)
    assert draft_case(case, t) == apply_testimony(case, t).case


def test_storing_a_new_case_deletes_the_draft_it_was_typed_in(empty_vault: Vault) -> None:
    taken = taken_references(empty_vault, "11111111-2222-4333-8444-555555555555")
    case = new_case(CaseStep("Typed"), taken, case_id="11111111-2222-4333-8444-555555555555")
    empty_vault.save_draft(draft_case(case, account()))
    # another testimony begun meanwhile does not take the same reference
    assert taken_references(empty_vault) == [case["reference"]]
    assert taken_references(empty_vault, case["id"]) == []
    stored = store_testimony(
        empty_vault, account(), case=CaseStep("Typed"), case_id=str(case["id"])
    )
    assert stored.reference == case["reference"]
    assert empty_vault.get_case(stored.reference)["id"] == case["id"]
    assert empty_vault.drafts() == []


def test_the_testimony_own_draft_does_not_stop_it(vault: Vault) -> None:
    case = vault.get_case("AZ-2026-002")
    vault.save_draft(draft_case(case, account()))  # the testimony's own draft
    stored = store_testimony(vault, account(), reference="AZ-2026-002", check_draft=False)
    assert stored.reference == "AZ-2026-002" and vault.drafts() == []
