"""Names an attacker review found the matcher missing silently (issue 13, item 2): look-alike
letters, bidi overrides, words split or joined by what a reader passes over, English and
French spellings, a surname cut short, Russian short forms and Arabic-script spellings. Every
name is fictional ("Tural Səfərov", recorded with no other names; "Алексей Воронов").

Before this change fieldmon/consent/matcher.py found none of the evasions below (each returned
[]), except where a comment says otherwise.
"""

from __future__ import annotations

import pytest

from fieldmon.consent.matcher import Match, Matcher, NameOwner

TURAL = NameOwner("AZ-9/p1", ("Tural Səfərov",))
ALEKSEY = NameOwner("RU-9/p1", ("Алексей Воронов",))
RESAD = NameOwner("AZ-9/p2", ("Rəşad Əliyev",))
BOTH = [TURAL, ALEKSEY]


def only(text: str, owners: list[NameOwner] = BOTH) -> Match:
    matches = Matcher(owners).find(text)
    assert len(matches) == 1, matches
    return matches[0]


def seen(text: str, owners: list[NameOwner] = BOTH) -> list[tuple[str, str, frozenset[str]]]:
    return [(m.text, m.kind, m.reasons) for m in Matcher(owners).find(text)]


# -- 1. look-alike letters ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("\u03a4ural S\u0259f\u0259r\u03bfv", "full"),  # Greek capital tau, small omicron
        ("S\u0259f\u0259r\u0585v", "surname"),  # Armenian oh
        ("\u0455\u0259f\u0259rov", "surname"),  # Cyrillic dze for s
        ("S\u0259f\u0259r\u03bf\u03bd Tural", "full"),  # Greek omicron and nu
        ("T\u1d1cral", "given"),  # Latin small capital u
        ("Tur\u0251l", "given"),  # Latin alpha
        ("Tu\u0280al", "given"),  # Latin small capital r (by Unicode name, not UTS #39)
        ("Tural S\u01ddf\u04d9rov", "full"),  # turned e and Cyrillic schwa for ə
    ],
)
def test_look_alike_letters_in_a_latin_name(text: str, kind: str) -> None:
    match = only(f"Dünən {text} saxlanıldı.")
    assert (match.text, match.kind, match.owners) == (text, kind, frozenset({"AZ-9/p1"}))
    assert "approximate" in match.reasons


def test_latin_look_alikes_in_a_cyrillic_name() -> None:
    text = "\u0410\u043b" + "e\u043acей B" + "\u043e" + "p" + "o" + "нов"  # Latin e, B, p, o
    match = only(f"Вчера {text} задержали.")
    assert (match.text, match.kind, match.owners) == (text, "full", frozenset({"RU-9/p1"}))
    assert match.reasons == frozenset({"approximate"})
    # Before: only "Алeксей" (skeleton), a lone given name; the surname was missed.


def test_a_word_in_one_script_is_not_read_through_look_alikes() -> None:
    # Cyrillic Рашад stays Рашад (р is r, not p): still a skeleton match of Rəşad. Words of
    # Cyrillic letters that look like Latin ones are no Latin words. Mathematical bold
    # letters were folded by NFKC before this change too.
    bold = "\U0001d413\U0001d42e\U0001d42b\U0001d41a\U0001d425"  # Tural in bold
    text = f"Рашад пришёл. Сор рос, рор сох, Рус. {bold}, Rə\u0455ad."
    assert seen(text, [RESAD, TURAL]) == [
        ("Рашад", "given", frozenset({"approximate", "lone_given_name"})),
        (bold, "given", frozenset({"lone_given_name"})),
        ("Rə\u0455ad", "given", frozenset({"approximate", "lone_given_name"})),
    ]


# -- 2. bidi overrides -------------------------------------------------------------------


def test_right_to_left_override_shows_a_reversed_name() -> None:
    text = "Şahid: \u202evor\u0259f\u0259S laruT\u202c dedi."
    match = only(text)
    assert (match.kind, match.owners) == ("full", frozenset({"AZ-9/p1"}))
    assert match.text == "vor\u0259f\u0259S laruT"
    assert text[match.start : match.end] == match.text


def test_override_without_its_closing_character_runs_to_the_line_end() -> None:
    hidden = "Алексей Воронов"[::-1]
    match = only(f"A: \u202e{hidden}\nB: Nothing.")
    assert (match.kind, match.owners, match.text) == ("full", frozenset({"RU-9/p1"}), hidden)


def test_left_to_right_override_shows_arabic_reversed() -> None:
    salma = NameOwner("AR-9/p1", ("سلمى حداد",))
    hidden = "سلمى حداد"[::-1]
    text = f"قالت \u202d{hidden}\u202c إنها"
    match = only(text, [salma])
    assert (match.kind, match.text) == ("full", hidden)


def test_an_override_over_text_in_its_own_direction_changes_nothing() -> None:
    # Latin under LRO reads as stored: the reversed name is no name; under RLO it is.
    text = "\u202dvor\u0259f\u0259S laruT\u202c, \u202evor\u0259f\u0259S laruT\u202c"
    match = only(text)
    assert (match.start, match.kind) == (text.rindex("v"), "full")


# -- 3. words split or joined ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tural_S\u0259f\u0259rov", "full"),
        ("TURAL__S\u018fF\u018fROV", "full"),
        ("tural_s\u0259f\u0259rov", "full"),
        ("TuralS\u0259f\u0259rov", "full"),
        ("S\u0259f\u0259-\nrov", "surname"),
        ("S\u0259f\u0259-\n  rov", "surname"),
        ("S\u0259\u00b7f\u0259\u00b7rov", "surname"),
        ("S\u0259f\u0259r'ov", "surname"),
        ("S\u0259f\u0259r\u2019ov", "surname"),
        ("S.\u0259.f.\u0259.r.o.v", "surname"),
        ("T u r a l S \u0259 f \u0259 r o v", "full"),
        ("T u r a l  S \u0259 f \u0259 r o v", "full"),
        ("S\u0259</b>f\u0259rov", "surname"),
        ("S\u0259**f\u0259rov", "surname"),  # Markdown bold inside the word
        ("Tural-S\u0259f\u0259rov", "full"),  # before: two matches, given and surname
    ],
)
def test_split_and_joined_words(text: str, kind: str) -> None:
    match = only(f"Protokolda <b>{text} yazılıb.")
    assert (match.text, match.kind, match.owners) == (text, kind, frozenset({"AZ-9/p1"}))
    assert "approximate" not in match.reasons


def test_markup_inside_a_word_and_the_span_covers_the_whole_run() -> None:
    text = "<p>Bu <b>S\u0259</b>f\u0259<i>rov</i> idi</p>"
    match = only(text)
    assert match.text == "S\u0259</b>f\u0259<i>rov"
    assert text[match.start : match.end] == match.text


def test_joined_view_adds_no_match_to_ordinary_text() -> None:
    text = (
        "He didn't say it's well-known; the U.N. and McDonald's. "
        "a b c; x y z. <br>Səfər zamanı orqanlar gəldi.</br> Tural_Səfərov"
    )
    assert [m.text for m in Matcher(BOTH).find(text)] == ["Tural_Səfərov"]


def test_partly_overlapping_views_leave_nothing_out() -> None:
    # Joined view: "Tural Səfərov" over "Tu-ral Səfərov"; stored view: "Səfərov" alone.
    text = "Tu-ral Səfərov gəldi"
    match = only(text)
    assert (match.text, match.kind) == ("Tu-ral Səfərov", "full")


# -- 4. English and French spellings, cut surnames ---------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Toural Safaroff", "full"),
        ("Tooral Seferov", "full"),
        ("Toural Safarow", "full"),
    ],
)
def test_english_and_french_spellings(text: str, kind: str) -> None:
    match = only(f"Witness {text} said so.")
    assert (match.text, match.kind, match.owners) == (text, kind, frozenset({"AZ-9/p1"}))
    assert "approximate" in match.reasons


@pytest.mark.parametrize("text", ["Səf. T.", "T. Səf.", "Саф. Т."])
def test_a_surname_cut_short_beside_the_given_initial(text: str) -> None:
    match = only(f"Protokolda {text} imzalayıb.")
    assert (match.text, match.kind, match.owners) == (text, "initials", frozenset({"AZ-9/p1"}))
    assert match.reasons == frozenset({"approximate"})


def test_a_cut_word_without_the_persons_initial_is_nothing() -> None:
    text = "Sat. T. came; Səf. R. signed; Tu. S. left; Səf. T. stayed."
    assert [m.text for m in Matcher(BOTH).find(text)] == ["Səf. T."]


# -- 5. Russian short forms --------------------------------------------------------------


@pytest.mark.parametrize("word", ["Лёша", "Леша", "Алёша", "Лёшка", "Алёшку", "Лёше", "Alyosha"])
def test_short_forms_of_a_given_name(word: str) -> None:
    match = only(f"Потом {word} ушёл.")
    assert (match.text, match.kind, match.owners) == (word, "given", frozenset({"RU-9/p1"}))
    assert match.reasons == frozenset({"approximate", "lone_given_name"})
    assert match.person_tokens == ("Алексей",)


def test_a_short_form_with_the_surname_is_a_full_match_still_approximate() -> None:
    match = only("Лёша Воронов пришёл.")
    assert (match.text, match.kind, match.reasons) == (
        "Лёша Воронов",
        "full",
        frozenset({"approximate"}),
    )


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Александр", "Саша"),
        ("Дмитрий", "Дима"),
        ("Екатерина", "Катя"),
        ("Мария", "Маша"),
        ("Наталья", "Наташа"),
        ("Михаил", "Миша"),
        ("Татьяна", "Таня"),
        ("Елена", "Лена"),
        ("Сергей", "Серёжа"),
        ("Владимир", "Вова"),
        ("Владимир", "Володя"),
        ("Dmitriy", "Дима"),
    ],
)
def test_the_table_of_short_forms(name: str, short: str) -> None:
    owner = NameOwner("p", (f"{name} Лебедев",))
    match = only(f"Сказал {short}.", [owner])
    assert (match.kind, "approximate" in match.reasons) == ("given", True)


def test_short_forms_belong_to_their_name_only() -> None:
    matches = Matcher([NameOwner("p", ("Алексей Воронов",))]).find("Саша, Дима, Şura, Лёша")
    assert [m.text for m in matches] == ["Лёша"]


# -- 6. Arabic-script spelling of a name recorded in Latin letters -----------------------


def test_arabic_script_spelling_by_consonants() -> None:
    match = only("قال تورال صفروف إنه")
    assert (match.text, match.kind, match.owners) == (
        "تورال صفروف",
        "full",
        frozenset({"AZ-9/p1"}),
    )
    assert match.reasons == frozenset({"approximate"})


def test_arabic_words_without_a_long_vowel_letter_are_not_compared_by_consonants() -> None:
    # رصد (monitoring) has Rəşad's consonants r-ş-d; رشاد spells the name.
    assert Matcher([RESAD]).find("رصد المراقبون السفر") == []
    assert seen("رشاد", [RESAD])[0][1] == "given"


# -- no new false positives --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The organ was damaged on the safari; a natural shape, a tutorial.",
        "Səfər zamanı orqanlar onu saxladılar; səfərdə idik, safarilər gördük.",
        "Мы были на сафари, орган власти сообщил, что воронок стоял у дома; ворона села.",
        "Ədliyyə-Hüquq Şurası qərar verdi, sürətlə getdi.",
        "Aleks came, Alexa left, Voron is a band.",
    ],
)
def test_ordinary_sentences_stay_unmatched(text: str) -> None:
    # Only the hidden name at the end is found, none of the ordinary words before it.
    matches = Matcher(BOTH).find(f"{text} \u03a4ural_S\u0259f\u0259r\u03bfv.")
    assert [(m.text, m.kind) for m in matches] == [("\u03a4ural_S\u0259f\u0259r\u03bfv", "full")]
