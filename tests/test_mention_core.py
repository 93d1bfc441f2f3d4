"""Person mentions as data (issue 13, item 2): the core helpers of fieldmon.consent.mentions.

Names are fictional."""

from __future__ import annotations

import copy
import unicodedata
from typing import Any

import pytest

from fieldmon.consent.mentions import (
    MentionRefused,
    add_mention,
    find_words,
    mention_of_words,
    mentions_in,
    path_of,
    stale_mentions,
    text_at,
)
from fieldmon.errors import FieldMonError
from fieldmon.vault.store import Vault

NARRATIVE = "Then Nigar Vəliyeva came in. Later nigar vəliyeva said nothing; Nigarın bacısı ağladı."


def _case() -> dict[str, Any]:
    return {
        "id": "7d1f6a2e-8a8e-4b53-9d55-5b7c1c0d2a11",
        "reference": "T-MENTION-1",
        "title": "A fictional case",
        "summary": "Kamran Şirinov was held for a day.",
        "persons": [
            {"id": "p1", "name": "Kamran Şirinov", "roles": ["victim"]},
            {"id": "p2", "name": "Nigar Vəliyeva", "roles": ["witness"]},
        ],
        "events": [
            {
                "id": "e1",
                "title": "Arrest",
                "description": "Officers took Kamran from his flat.",
                "acts": [
                    {
                        "id": "a2",
                        "type": "arrest",
                        "victim": "p1",
                        "description": "Kamran was not told why.",
                        "arrest": {"reason_given": "Kamran was told: resisting the police."},
                    }
                ],
            }
        ],
        "interviews": [{"id": "i2", "interviewee": "p2", "narrative": NARRATIVE}],
        "consents": [{"person": "p2", "recipient": "echr", "identity": "pseudonym", "notes": "x"}],
        "medical": [
            {"id": "m1", "person": "p1", "findings": [{"description": "Bruise seen by Nigar."}]}
        ],
    }


def test_text_at_resolves_paths_and_refuses_what_is_no_free_text() -> None:
    case = _case()
    assert text_at(case, "summary") == case["summary"]
    assert text_at(case, "interviews/i2/narrative") == NARRATIVE
    assert text_at(case, "events/e1/acts/a2/description") == "Kamran was not told why."
    assert text_at(case, "events/e1/acts/a2/arrest.reason_given") == (
        "Kamran was told: resisting the police."
    )
    # A record without an id is named by its index, as the redactor names it.
    assert text_at(case, "medical/m1/findings/0/description") == "Bruise seen by Nigar."
    assert text_at(case, "persons/p1/description") == ""  # a free-text field not filled in
    for no_text in (
        "",
        "interviews/i9/narrative",  # no such record
        "interviews/i2",  # no field
        "interviews/i2/nonsense",  # no such field
        "persons/p1/name",  # a person's own name is shown through their label
        "persons/p1/roles",  # a vocabulary
        "interviews/i2/interviewee",  # a reference
        "consents/0/notes",  # consents are never printed
        "reference",
        "events//description",
        "nothing/e1/description",
    ):
        assert text_at(case, no_text) is None, no_text


def test_add_mention_appends_to_a_copy_and_trims_spaces() -> None:
    case = _case()
    before = copy.deepcopy(case)
    start = NARRATIVE.index("Nigar Vəliyeva")
    changed = add_mention(case, "interviews/i2/narrative", start - 1, start + 15, "p2")
    assert case == before  # the case given is not changed
    assert changed["mentions"] == [
        {
            "field": "interviews/i2/narrative",
            "start": start,
            "end": start + 14,
            "text": "Nigar Vəliyeva",
            "person": "p2",
        }
    ]
    assert mentions_in(changed, "interviews/i2/narrative") == changed["mentions"]
    assert mentions_in(changed, "summary") == []
    assert stale_mentions(changed) == []


@pytest.mark.parametrize(
    ("field", "start", "end", "person", "says"),
    [
        ("interviews/i9/narrative", 0, 5, "p2", "is not a free-text field"),
        ("persons/p2/name", 0, 5, "p2", "is not a free-text field"),
        ("interviews/i2/narrative", 0, 999, "p2", "is not inside the text"),
        ("interviews/i2/narrative", -1, 4, "p2", "is not inside the text"),
        ("interviews/i2/narrative", 7, 7, "p2", "is not inside the text"),
        ("interviews/i2/narrative", 4, 5, "p2", "holds no words"),
        ("interviews/i2/narrative", 5, 8, "p2", "cuts a word"),  # "Nig" of "Nigar"
        ("interviews/i2/narrative", 5, 10, "p9", "no person 'p9'"),
    ],
)
def test_add_mention_refusals(field: str, start: int, end: int, person: str, says: str) -> None:
    case = _case()
    before = copy.deepcopy(case)
    with pytest.raises(MentionRefused) as raised:
        add_mention(case, field, start, end, person)
    message = str(raised.value)
    assert says in message
    assert "\n" not in message
    assert isinstance(raised.value, FieldMonError) and raised.value.exit_status != 0
    assert case == before


def test_the_same_words_cannot_name_two_persons() -> None:
    case = mention_of_words(_case(), "summary", "Kamran", "p1")
    # The redactor replaces every occurrence of a mention's words in the case: "Kamran" in the
    # events would be the same mention, and naming somebody else with it would be ambiguous.
    with pytest.raises(MentionRefused, match="already marked as naming p1 Kamran Şirinov"):
        mention_of_words(case, "events/e1/description", "KAMRAN", "p2")
    with pytest.raises(MentionRefused, match="already marked"):
        mention_of_words(case, "summary", "kamran", "p1")
    # The same person in another field is allowed.
    again = mention_of_words(case, "events/e1/description", "Kamran", "p1")
    assert len(again["mentions"]) == 2


def test_mention_of_words_finds_normalised_caseless_whole_words() -> None:
    case = _case()
    # Typed decomposed (NFD: "Ş" as S + combining cedilla) and in capitals.
    typed = unicodedata.normalize("NFD", "KAMRAN ŞIRINOV")
    assert len(typed) == len("KAMRAN ŞIRINOV") + 1
    in_summary = mention_of_words(case, "summary", typed, "p1")["mentions"][0]
    assert (in_summary["start"], in_summary["end"]) == (0, 14)
    assert in_summary["text"] == "Kamran Şirinov"  # as written in the field
    changed = mention_of_words(
        case, "interviews/i2/narrative", "NIGAR VƏLIYEVA", "p2", occurrence=2
    )
    mention = changed["mentions"][0]
    assert mention["text"] == "nigar vəliyeva"
    assert NARRATIVE[mention["start"] : mention["end"]] == "nigar vəliyeva"
    with pytest.raises(MentionRefused, match="occurs 2 time"):
        mention_of_words(case, "interviews/i2/narrative", "Nigar Vəliyeva", "p2", occurrence=3)
    with pytest.raises(MentionRefused, match="does not occur"):
        mention_of_words(case, "interviews/i2/narrative", "Leyla", "p2")
    with pytest.raises(MentionRefused, match="No words"):
        mention_of_words(case, "interviews/i2/narrative", " \u00ad ", "p2")
    # "Nigar" inside the inflected "Nigarın" is no whole word: one occurrence each for the
    # two full names, none for the inflected form.
    assert find_words(NARRATIVE, "nigar") == [
        (5, 10),
        (NARRATIVE.index("nigar"), NARRATIVE.index("nigar") + 5),
    ]


def test_find_words_maps_back_over_invisible_and_decomposed_characters() -> None:
    text = "Seen: Ni\u00adgar Ve\u0301liyeva."  # soft hyphen inside, e + combining acute
    spans = find_words(text, "nigar véliyeva")
    assert spans == [(6, len(text) - 1)]


def test_stale_mentions_after_an_edit_or_a_removed_record() -> None:
    case = mention_of_words(_case(), "interviews/i2/narrative", "Nigar Vəliyeva", "p2")
    case = mention_of_words(case, "events/e1/acts/a2/description", "Kamran", "p1")
    assert stale_mentions(case) == []
    case["interviews"][0]["narrative"] = "Then N. V. came in."
    assert stale_mentions(case) == [case["mentions"][0]]
    case["events"][0]["acts"] = []
    assert stale_mentions(case) == case["mentions"]


def test_path_of_finds_the_record_by_identity() -> None:
    case = _case()
    act = case["events"][0]["acts"][0]
    finding = case["medical"][0]["findings"][0]
    assert path_of(case, case, "summary") == "summary"
    assert path_of(case, act, "description") == "events/e1/acts/a2/description"
    assert path_of(case, finding, "description") == "medical/m1/findings/0/description"
    assert path_of(case, dict(act), "description") is None  # an equal copy is not the record
    for record, key in ((act, "description"), (finding, "description"), (case, "summary")):
        path = path_of(case, record, key)
        assert path is not None and text_at(case, path) == record[key]


def test_a_case_with_mentions_is_stored_and_read_back(empty_vault: Vault) -> None:
    case = mention_of_words(_case(), "interviews/i2/narrative", "Nigar Vəliyeva", "p2")
    case = mention_of_words(case, "events/e1/acts/a2/arrest.reason_given", "Kamran", "p1")
    empty_vault.store_cases([case])
    stored = empty_vault.get_case("T-MENTION-1")
    assert stored["mentions"] == case["mentions"]
    assert stale_mentions(stored) == []
