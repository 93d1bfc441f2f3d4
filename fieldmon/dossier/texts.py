"""The words of a dossier in its language: headings, labels, dates shown with honest precision."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from fieldmon.dossier.date_words import DASH, DateWords, moment
from fieldmon.dossier.legal_refs import az_ordinal, instrument_code, parse_article, write_ref
from fieldmon.resources import LANGUAGES, resources_dir, vocabulary


@cache
def _texts() -> dict[str, Any]:
    # texts.json holds what every profile shares; resources/dossier/texts/<part>.json what one
    # profile or section adds. Tables merge; a key given twice is an error, not a silent win.
    folder = resources_dir() / "dossier"
    data: dict[str, Any] = json.loads((folder / "texts.json").read_text(encoding="utf-8"))
    for part in sorted((folder / "texts").glob("*.json")):
        extra: dict[str, Any] = json.loads(part.read_text(encoding="utf-8"))
        for table, entries in extra.items():
            merged = data.setdefault(table, {})
            clash = set(merged) & set(entries)
            if clash:
                raise ValueError(f"{part.name}: {table} keys also given elsewhere: {sorted(clash)}")
            merged.update(entries)
    return data


@dataclass(frozen=True)
class Texts:
    """The words of a dossier in one language: headings, labels, country names and months from
    ``resources/dossier/texts.json`` (read once), vocabulary labels from ``resources/vocab``.

    :param language: one of :data:`fieldmon.resources.LANGUAGES` (en, ru, az).
    :raises ValueError: for a language without dossier texts.
    """

    language: str

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"no dossier texts in {self.language!r}")

    def _pick(self, table: str, key: str) -> str:
        return str(_texts()[table][key][self.language])

    def title(self, profile: str) -> str:
        """The title of a profile's dossier.

        :param profile: the profile name (``echr`` ...).
        :return: the title.
        :raises KeyError: for an unknown profile.
        """
        return self._pick("profile_title", profile)

    def short(self, profile: str) -> str:
        """The recipient's own short name for a profile, for page headers ("ECtHR", "ЕСПЧ").

        :param profile: the profile name (``echr`` ...).
        :return: the short name.
        :raises KeyError: for an unknown profile.
        """
        return self._pick("profile_short", profile)

    def heading(self, key: str) -> str:
        """A section heading.

        :param key: the heading's key in ``texts.json`` (``facts`` ...).
        :return: the heading.
        :raises KeyError: for an unknown key.
        """
        return self._pick("heading", key)

    def label(self, key: str, **values: Any) -> str:
        """A label or sentence, with its ``{placeholders}`` filled in.

        :param key: the label's key in ``texts.json``.
        :param values: the values of its placeholders.
        :return: the text.
        :raises KeyError: for an unknown key or a placeholder without a value.
        """
        return self._pick("label", key).format(**values)

    def vocab(self, name: str, code: Any) -> str:
        """The label of a vocabulary term, or of several joined with ", ".

        :param name: the vocabulary (``act_types`` ...).
        :param code: a term's code, or a list of codes.
        :return: the label(s); a code the vocabulary lacks is shown as it is.
        """
        if isinstance(code, list):
            return ", ".join(self.vocab(name, c) for c in code)
        return vocabulary(name).label(str(code), self.language)

    def quote(self, text: str) -> str:
        """Text in the language's quotation marks: “…” in English, «…» in Russian (the
        Russian norm of punctuation) and in Azerbaijani (its usual marks in print).

        :param text: the quoted text.
        :return: the text between the marks.
        """
        marks = self._pick("instrument_ref", "quotes")
        return f"{marks[0]}{text}{marks[1]}"

    def letter(self, index: int) -> str:
        """The letter that tells pseudonymised persons apart ("Person A", "Лицо Б", "Şəxs Ç"),
        from the language's own alphabet: Latin A-Z in English; Cyrillic in Russian without
        Ё, Й, Ъ, Ы, Ь (letters no word starts with, or read as another); Azerbaijani Latin in
        Azerbaijani without Ğ (no word starts with it) and dotless I (read as a numeral). Past
        the last letter: two letters (AA, AB ...), as spreadsheet columns.

        :param index: 0 for the first person.
        :return: the letter(s).
        :raises ValueError: for a negative index.
        """
        if index < 0:
            raise ValueError("no letter for a negative index")
        alphabet = self._pick("letters", "pseudonym")
        out, n = "", index + 1
        while n:
            n, r = divmod(n - 1, len(alphabet))
            out = alphabet[r] + out
        return out

    def instrument(self, name: str) -> str:
        """An instrument's name in the dossier's language.

        :param name: the instrument as recorded: free text ("ECHR", "Protocol 4",
            "Protocol No. 4", "ICCPR", "CAT") or a code of ``resources/vocab/instruments.json``
            (:func:`fieldmon.dossier.legal_refs.instrument_code` maps the spellings).
        :return: its translated name ("European Convention on Human Rights", "Протокол № 4 к
            Конвенции"); an unknown instrument as written.
        """
        code = instrument_code(name)
        if code is None:
            return name.strip()
        if code.startswith("protocol_"):
            known = vocabulary("instruments").label(code, self.language)
            if known != code:
                return known
            return self._pick("instrument_ref", "protocol_name").format(n=code[9:])
        return vocabulary("instruments").label(code, self.language)

    def article_ref(self, instrument: str, article: str, *, start: bool = False) -> str:
        """An article of an instrument as the dossier's language writes it: en "Article 3 of
        the Convention", "Article 2 of Protocol No. 4", "Article 5 § 1 (c) of the Convention"
        (the Court's usage); ru "статья 3 Конвенции", "статья 2 Протокола № 4 к Конвенции",
        "пункт 1 статьи 5 Конвенции" (as in the Russian text of the Convention); az
        "Konvensiyanın 3-cü maddəsi" (ordinals: :func:`fieldmon.dossier.legal_refs.az_ordinal`).

        :param instrument: the instrument as recorded (see :meth:`instrument`).
        :param article: the article as recorded ("3", "5 § 1", "5(1)(c)", "Art. 3").
        :param start: True at the start of a sentence or heading: the first letter capitalised.
        :return: the reference. An unknown instrument is written as recorded, followed by the
            translated word for "Article" ("Charter X, статья 3"); an article that is not a
            number with an optional paragraph and letter is written as recorded.
        """
        code = instrument_code(instrument)
        parts = parse_article(article)
        quotes = self._pick("instrument_ref", "quotes")
        if code is None or code == "other" or parts is None:
            number = article.strip()
            if parts and self.language == "az" and not parts.paragraph and not parts.letter:
                number = az_ordinal(int(parts.article))
            name = self.instrument(instrument) if code and code != "other" else instrument
            text = self._pick("instrument_ref", "unknown").format(
                instrument=name.strip(), article=number
            )
        else:
            if code.startswith("protocol_"):
                of = self._pick("instrument_ref", "protocol").format(n=code[9:])
            else:
                of = self._pick("instrument_ref", code)
            text = write_ref(self.language, parts, of, (quotes[0], quotes[1]))
        return text[:1].upper() + text[1:] if start else text

    def country(self, code: str | None) -> str:
        """A country's name.

        :param code: the country's code as recorded (ISO 3166-1 alpha-2), or None.
        :return: its name; the code itself if ``texts.json`` has no name for it; ``"-"`` for none.
        """
        if not code:
            return "-"
        names = _texts()["countries"].get(code)
        return str(names[self.language]) if names else code

    def yes_no(self, value: Any) -> str:
        """Yes or no.

        :param value: any value, taken as true or false.
        :return: the word for yes or no.
        """
        return self.label("yes") if value else self.label("no")

    def _date_words(self) -> DateWords:
        months = _texts()["months"]
        return DateWords(
            self.language,
            list(months[self.language]),
            list(months["ru_genitive" if self.language == "ru" else self.language]),
            self.label("date_unknown"),
            self.label("day_unknown"),
        )

    def date(self, value: str | None, precision: str | None = None) -> str:
        """A date as precise as it is known, never more: "January 2026", "day unknown".

        :param value: an ISO 8601 date or date and time (``2026-01``, ``2026-01-09T14:30``), or
            None.
        :param precision: the recorded precision (``minute``, ``day``, ``month``,
            ``unknown_day_known_month``, ``year``, ``unknown``), or None to show what ``value``
            holds (a time to the minute).
        :return: the date in the dossier's language; "date unknown" for none.
        """
        if not value:
            return self.label("date_unknown")
        note = precision == "unknown_day_known_month"
        return self._date_words().one(moment(value, precision), note)

    def date_range(self, start: str | None, end: str | None, precision: str | None = None) -> str:
        """A period as precise as it is known, its shared parts written once: "9 January 2026"
        (a range of one day, also when only one end has a time), "9 January 2026,
        14:30–16:00", "9–12 January 2026", "30 January – 2 February 2026", "January–March
        2026"; ru "9–12 января 2026 г."; az "9–12 yanvar 2026".

        :param start: its start as ISO 8601, or None if unknown ("date unknown – ...").
        :param end: its end as ISO 8601, or None for a moment (or an unknown end).
        :param precision: the recorded precision of both ends (see :meth:`date`); a day is never
            shown when only the month is known.
        :return: the period in the dossier's language; "date unknown" if neither end is known.
        """
        if not start and not end:
            return self.label("date_unknown")
        words = self._date_words()
        note = precision == "unknown_day_known_month"
        a = moment(start, precision) if start else None
        b = moment(end, precision) if end else None
        if not start:
            return f"{words.unknown} {DASH} {words.one(b, note)}"
        if not end:
            return words.one(a, note)
        return words.range(a, b, note)
