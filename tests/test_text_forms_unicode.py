"""Text in any Unicode form is cut into words, searched and redacted like its NFC twin.

Decomposed letters (NFD), invisible format characters (category Cf) inside words, and names in
scripts without capital letters. Unit level: the normalisation, the word pattern, folding and
Redactor.clean on strings; tests/test_text_forms_cases.py takes the same inputs through a vault
and a dossier. Every name is fictional.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from fieldmon.consent.redactor import Redactor, initials
from fieldmon.dossier.texts import Texts
from fieldmon.vault import search
from fieldmon.vault.search import WORD, fold, normalise, normalise_mapped, spellings

SHY, ZWSP, ZWJ, ZWNJ, WJ, BOM, LRM, RLM = (
    "\u00ad",
    "\u200b",
    "\u200d",
    "\u200c",
    "\u2060",
    "\ufeff",
    "\u200e",
    "\u200f",
)
INVISIBLE = [SHY, ZWSP, ZWJ, ZWNJ, WJ, BOM, LRM, RLM, "\u202b", "\u2066"]
# Default-ignorable marks: grapheme joiner, variation selectors 16 and 17, Mongolian FVS 1.
IGNORABLE_MARKS = ["\u034f", "\ufe0f", "\U000e0100", "\u180b"]


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_the_scan_finds_every_mark_and_format_character() -> None:
    """search.py scans planes 0, 1 and part of 14 at import; a full scan finds nothing else."""
    everything = [chr(c) for c in range(0x110000)]
    formats = {c for c in everything if unicodedata.category(c) == "Cf"}
    marks = {c for c in everything if unicodedata.category(c)[0] == "M"}
    assert marks == search._MARKS
    assert formats <= search.FORMAT_CHARACTERS
    assert search.FORMAT_CHARACTERS - formats <= marks
    for c in INVISIBLE + IGNORABLE_MARKS:
        assert c in search.FORMAT_CHARACTERS


@pytest.mark.parametrize(
    "word",
    ["Şükür", "Güləşov", "Андрей", "Йолдаш", "Ёлка", "İlkin", "Xədicə", "Ğ̃ə́", "नमस्ते", "سَلِيم"],
)
def test_a_decomposed_word_is_one_word_and_folds_like_its_nfc_twin(word: str) -> None:
    composed = unicodedata.normalize("NFC", word)
    assert WORD.findall(nfd(word)) == [nfd(word)]  # marks never split a word
    assert WORD.findall(normalise(nfd(word))) == [composed]
    assert fold(nfd(word)) == fold(composed)
    assert spellings(nfd(word)) == spellings(composed)


@pytest.mark.parametrize("invisible", INVISIBLE + IGNORABLE_MARKS)
def test_an_invisible_character_never_splits_a_word(invisible: str) -> None:
    text = f"Tural Cəfər{invisible}zadə was held"
    assert WORD.findall(normalise(text)) == ["Tural", "Cəfərzadə", "was", "held"]
    assert search.query_terms(f"cəfər{invisible}zadə") == ["ceferzade"]
    assert spellings(f"Cəfər{invisible}zadə") == spellings("Cəfərzadə")


def test_normalised_positions_map_back_to_the_original() -> None:
    original = f"{BOM}My name is {nfd('Şükür')} Cəfər{SHY}zadə{ZWSP}, ok"
    mapped = normalise_mapped(original)
    assert mapped.text == "My name is Şükür Cəfərzadə, ok"
    start = mapped.text.index("Şükür")
    # The cluster S + cedilla, and the soft hyphen and trailing zero-width space, are covered.
    assert original[slice(*mapped.span(start, start + 5))] == nfd("Şükür")
    start = mapped.text.index("Cəfərzadə")
    assert original[slice(*mapped.span(start, start + 9))] == f"Cəfər{SHY}zadə{ZWSP}"
    # Text that needs nothing is its own normalised form, at no cost.
    assert normalise_mapped("Rəşad Əliyev").starts is None


def test_arabic_harakat_and_tatweel_fold_away() -> None:
    assert WORD.findall("سَلِيم نورانـي") == ["سَلِيم", "نورانـي"]
    assert fold("سَلِيم نورانـي") == fold("سليم نوراني") == "سليم نوراني"


def test_turkish_dotted_capital_i_lowercases_to_the_same_word() -> None:
    # str.lower() gives i + combining dot above; casefold the same; Turkish users type i.
    for form in ("İlkin", "İLKİN", "İlkin".lower(), "ilkin", "ILKIN", "ılkın"):
        assert fold(form) == "ilkin", form


def test_georgian_capitals_fold_to_the_letters_names_are_written_in() -> None:
    assert fold("ᲜᲝᲓᲐᲠ") == fold("ნოდარ") == "ნოდარ"


def test_initials_keep_composed_letters_and_georgian_small_letters() -> None:
    assert initials(nfd("Şükür Güləşov")) == "Ş. G."
    assert initials(f"{ZWSP}Tural Cəfər{SHY}zadə") == "T. C."
    assert initials("ნოდარ ფხაკაძე") == "ნ. ფ."


def _redactor(*persons: dict[str, Any], identity: str = "pseudonym") -> Redactor:
    redactor = Redactor("echr", Texts("en"))
    redactor.add_case(
        {
            "reference": "T-1",
            "persons": list(persons),
            "consents": [
                {"person": p["id"], "recipient": "echr", "identity": identity} for p in persons
            ],
        }
    )
    return redactor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (nfd("Şükür Güləşov was stopped near Gəncə."), nfd("Person A was stopped near Gəncə.")),
        (nfd("şükür güləşov, again"), nfd("Person A, again")),
        ("ŞÜKÜR GÜLƏŞOV", "Person A"),
        (f"They wrote Şükür{ZWJ} Gülə{SHY}şov{ZWSP} on it", "They wrote Person A on it"),
        # Invisible characters inside and right after a name go with it; those before stay.
        (f"Güləşov{RLM}, then {WJ}Şükür{BOM}.", f"Person A, then {WJ}Person A."),
        (f"A sof{SHY}t hyphen outside: Şükür", f"A sof{SHY}t hyphen outside: Person A"),
    ],
)
def test_redaction_replaces_the_original_span_and_keeps_the_rest(text: str, expected: str) -> None:
    redactor = _redactor({"id": "p1", "name": "Şükür Güləşov", "roles": ["victim"]})
    assert redactor.clean(text, "T-1") == expected


@pytest.mark.parametrize(
    ("name", "mention"),
    [
        ("ნოდარ ფხაკაძე", "ნოდარ ფხაკაძე"),
        ("ნოდარ ფხაკაძე", "ᲜᲝᲓᲐᲠ ᲤᲮᲐᲙᲐᲫᲔ"),  # Georgian capitals (Mtavruli)
        ("سليم نوراني", "سَلِيم نورانـي"),  # harakat and tatweel
        ("سليم نوراني", f"سليم{RLM} نوراني"),
        ("Андрей Зуйков", nfd("андрей зуйков")),  # й decomposed, lower case
        ("Ёлкин Артём", nfd("ЁЛКИН Артём")),
        ("İlkin Tağıyev", "İlkin".lower() + " tağıyev"),  # i + combining dot
        ("İlkin Tağıyev", "ILKIN TAGIYEV"),
        ("vüsal həsənli", "Vüsal Həsənli"),  # a name typed in lower case in the record
        (nfd("Şükür Güləşov"), "Şükür Güləşov"),  # a decomposed name in the record
        (f"Tural Cəfər{ZWSP}zadə", "Tural Cəfərzadə"),
        *(("Tural Cəfərzadə", f"Tural Cəfər{mark}zadə") for mark in IGNORABLE_MARKS),
    ],
)
def test_every_form_of_a_name_is_hidden(name: str, mention: str) -> None:
    for identity, label in (("pseudonym", "Person A"), ("none", "[identity withheld]")):
        redactor = _redactor({"id": "p1", "name": name, "roles": ["victim"]}, identity=identity)
        assert redactor.clean(f"Seen: {mention}; later.", "T-1") == f"Seen: {label}; later."


def test_particles_and_descriptive_words_are_still_not_names() -> None:
    redactor = _redactor(
        {"id": "p1", "name": "Rəşad Əliyev oğlu", "roles": ["victim"]},
        {"id": "p2", "name": "Unknown officer A", "roles": ["perpetrator"]},
    )
    assert redactor.clean("Əliyev oğlu", "T-1") == "Person A oğlu"
    assert redactor.clean("Rəşad's father, an unknown officer", "T-1") == (
        "Person A's father, an unknown officer"
    )


def test_a_group_keeps_lower_case_words_but_not_caseless_names() -> None:
    redactor = _redactor(
        {
            "id": "p1",
            "name": "detainees of the yard",
            "roles": ["victim"],
            "counting_unit": "group",
        },
        {"id": "p2", "name": "ჯგუფი ნოდარისა", "roles": ["victim"], "counting_unit": "group"},
        identity="none",
    )
    assert redactor.clean("the yard of ნოდარისა", "T-1") == "the yard of [identity withheld]"
