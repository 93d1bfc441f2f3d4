"""The name matcher (issue 13, item 2): each way a name hides in free text, and each kind of
match. Names are the fictional ones of resources/samples/cases.json and invented ones.

Before fieldmon/consent/matcher.py existed the import below failed; today's redaction
(fieldmon/dossier/redaction.py) left every one of these names in the text.
"""

from __future__ import annotations

import pytest

from fieldmon.consent.matcher import Match, Matcher, NameOwner

RESAD = NameOwner("AZ-1/p1", ("Rəşad Əliyev",))
ORXAN = NameOwner("AZ-1/p2", ("Orxan Nəbiyev",))
GUNEL = NameOwner("AZ-1/p3", ("Günel Hüseynova",))
SEBINE = NameOwner("AZ-1/p4", ("Səbinə Quliyeva",))
LEYLA = NameOwner("AZ-2/p1", ("Лейла Мамедова",))
OFFICERS = NameOwner("AZ-1/p5", ("Unknown police officers",), is_group=True)
EVERYONE = [RESAD, ORXAN, GUNEL, SEBINE, LEYLA, OFFICERS]


def only(text: str, owners: list[NameOwner] = EVERYONE) -> Match:
    matches = Matcher(owners).find(text)
    assert len(matches) == 1, matches
    return matches[0]


def test_azerbaijani_case_endings_are_forms_of_the_name() -> None:
    matches = Matcher(EVERYONE).find("Rəşadı döydülər, Əliyevin telefonunu aldılar, Orxanı da.")
    assert [(m.text, m.kind, m.owners) for m in matches] == [
        ("Rəşadı", "given", frozenset({"AZ-1/p1"})),
        ("Əliyevin", "surname", frozenset({"AZ-1/p1"})),
        ("Orxanı", "given", frozenset({"AZ-1/p2"})),
    ]
    # Exact forms of the recorded spelling: nothing approximate about them.
    assert all("approximate" not in m.reasons for m in matches)
    assert matches[0].reasons == frozenset({"lone_given_name"})
    assert matches[1].reasons == frozenset()


@pytest.mark.parametrize(
    "word",
    ["Rəşada", "Rəşadla", "Rəşadgil", "Rəşaddan", "Əliyevə", "Əliyevdən", "Əliyevlər", "Əliyevi"],
)
def test_more_azerbaijani_endings(word: str) -> None:
    assert only(f"Dünən {word} gördüm.").text == word


@pytest.mark.parametrize("text", ["Rəşadətli", "Rəşadova", "Əliyevskiy", "Orxanlıq"])
def test_a_word_that_only_starts_like_a_name_is_not_matched(text: str) -> None:
    assert Matcher(EVERYONE).find(f"Bu {text} idi.") == []


def test_ali_does_not_match_alice_or_alina_but_its_own_forms() -> None:
    matcher = Matcher([NameOwner("p", ("Əli Kazımov",))])
    assert matcher.find("Alice and Alina met Alimov.") == []
    assert [m.text for m in matcher.find("Əlinin evi, Əliyə dedim")] == ["Əlinin", "Əliyə"]


def test_russian_declension_across_scripts_is_a_full_match() -> None:
    match = only("Рашада Алиева задержали у дома.")
    assert (match.text, match.kind, match.owners) == (
        "Рашада Алиева",
        "full",
        frozenset({"AZ-1/p1"}),
    )
    # Recorded in Latin letters: the Cyrillic form is a skeleton match.
    assert match.reasons == frozenset({"approximate"})
    assert match.person_tokens == ("Rəşad", "Əliyev")


@pytest.mark.parametrize(
    "text", ["Лейлу Мамедову", "Лейлы Мамедовой", "Лейле Мамедовой", "Лейлой Мамедовой"]
)
def test_russian_declension_of_a_name_recorded_in_cyrillic_is_exact(text: str) -> None:
    match = only(f"Мы видели {text} вчера.")
    assert (match.text, match.kind, match.owners, match.reasons) == (
        text,
        "full",
        frozenset({"AZ-2/p1"}),
        frozenset(),
    )


def test_a_name_recorded_in_cyrillic_found_in_azerbaijani_latin() -> None:
    match = only("Leyla Məmmədovanın pasportunu aldılar.")
    assert (match.text, match.kind, match.owners) == (
        "Leyla Məmmədovanın",
        "full",
        frozenset({"AZ-2/p1"}),
    )
    assert match.reasons == frozenset({"approximate"})


def test_cyrillic_spelling_of_an_azerbaijani_name() -> None:
    match = only("Гюнель Гусейнова видела это.")
    assert (match.text, match.kind, match.owners) == (
        "Гюнель Гусейнова",
        "full",
        frozenset({"AZ-1/p3"}),
    )


def test_english_spelling_is_one_full_match_not_a_given_name_and_a_leftover() -> None:
    match = only("Sabina Guliyeva was present.")
    assert (match.text, match.kind, match.owners) == (
        "Sabina Guliyeva",
        "full",
        frozenset({"AZ-1/p4"}),
    )
    assert match.reasons == frozenset({"approximate"})
    assert only("Rashad Aliev was beaten.").text == "Rashad Aliev"
    assert only("Günel Huseynova saw it.").text == "Günel Huseynova"


@pytest.mark.parametrize(
    "text",
    ["R. Aliyev", "Aliyev R.", "Р. Алиев", "Алиев Р.Ш.", "R.Ş. Əliyev", "Р.Ш.Алиев", "Rəşad Ə."],
)
def test_initials_with_a_surname_in_either_order(text: str) -> None:
    match = only(f"Protokolda {text} yazılıb.")
    assert (match.text, match.kind, match.owners) == (text, "initials", frozenset({"AZ-1/p1"}))


def test_an_initial_of_someone_else_leaves_a_shared_surname() -> None:
    # T. is not Rəşad: another Əliyev, so the surname alone is not certain.
    match = only("Protokolda T. Əliyev yazılıb.")
    assert (match.text, match.kind) == ("Əliyev", "surname")
    assert "shared" in match.reasons


def test_initials_alone_are_proposed_as_approximate() -> None:
    match = only("Examinee: R. Ə., 34 years old.")
    assert (match.text, match.kind, match.owners) == ("R. Ə.", "initials", frozenset({"AZ-1/p1"}))
    assert "approximate" in match.reasons


def test_a_group_is_never_matched_by_its_descriptive_words() -> None:
    assert Matcher(EVERYONE).find("Unknown police officers beat the detainees.") == []
    group = NameOwner("g", ("Officers of the Binagadi Police",), is_group=True)
    assert [m.text for m in Matcher([group]).find("The Binagadi officers")] == ["Binagadi"]
    assert Matcher([group]).find("the officers of the police") == []


def test_words_of_one_letter_are_never_names() -> None:
    matcher = Matcher([NameOwner("p", ("A B",)), NameOwner("q", ("Ə Q",))])
    assert matcher.find("A B and Ə Q") == []
