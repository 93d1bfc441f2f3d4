"""Benchmark the vault at headquarters scale: issue 16's table, each row against a bare baseline.

    .venv/bin/python bench/vault.py [--cases N] [--searches M] [--runs R] [--seed S]
        [--skip-evidence] [--evidence-mib MIB] [--skip-dossier] [--pages P] [--photos F]

One run generates N fictional cases (deterministic from the seed, not timed) and measures, each
against its baseline in the same run:

    import    Vault.store_cases of the cases in batches of 200 (validation, identity checks, rows,
              search index, custody log), against a bare FTS5 insert of the same searchable
              text (one row per record) into SQLCipher, in the same batches; goal >= 0.3 x its
              throughput
    search    Vault.search of M mixed queries (names in Azerbaijani and Russian, typed without
              the special letters or in the other script, narrative words, two-word queries,
              queries without a match), against a bare FTS5 MATCH of the same folded keys as
              prefixes on the bare database (no ranking, joins or snippets); goals p95 < 10 ms
              at 10,000 cases and < 50 ms above, <= 3 x the bare p95
    size      the vault's database file against the bare database; goal <= 1.5 x
    unlock    Vault.open then ui.cases.CaseListPage shown and painted (offscreen), less the key
              derivation (timed alone), against a bare SQLCipher open with the raw key plus the
              same SELECT of the list's first page; goal < 1 s
    evidence  attach and extract of a --evidence-mib file against the age command, through
              bench/blobs.py's rounds; goals >= 0.7 x age's throughput, < 100 MiB peak RSS
    dossier   an echr dossier of --pages pages with --photos photos against bare reportlab,
              through bench/dossier.py; goal <= 1.3 x

With --runs R every row is measured R times on fresh databases and the report gives the median
with the lowest and highest in brackets. Searches alternate which side goes first (the bare one
on even steps); the bare import goes first on even runs. The bare baselines are
bench/search_index.py's, the evidence rows bench/blobs.measure_blobs's (in a small child process,
so that its children's peak RSS is theirs), the dossier row bench/dossier.py's. It is a
benchmark, not a test: the exit status is 0 whether or not the goals are met. The report goes to
stdout, progress lines to stderr; the temporary files are removed at the end, also after Ctrl-C
or SIGTERM. At 100,000 cases a run takes long and needs several GiB in the temporary folder
(--dir).

Every name, place detail and narrative is invented; names are built from small lists of given
names and syllables, in Azerbaijani Latin and Cyrillic.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import platform
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import sqlcipher3

from bench.search_index import (
    bare_fts5_db,
    bare_match,
    index_size,
    percentile,
    searchable_texts,
)
from fieldmon.crypto import keyheader
from fieldmon.crypto.keys import KdfParams
from fieldmon.resources import vocabulary
from fieldmon.vault.layout import KEY_FILE, db_name
from fieldmon.vault.records import CaseDocument
from fieldmon.vault.search import CYRILLIC_TO_LATIN
from fieldmon.vault.store import Vault

BATCH = 200
WARMUP_SEARCHES = 20
UNLOCK_REPEATS = 3
PASSPHRASE = "bench vault: ostrich lantern quay 917 marmalade"
BENCH_KDF = KdfParams(1, 8192, 1)
MIB = 1 << 20

IMPORT_RATIO_GOAL = 0.3
SEARCH_P95_MS_10K = 10.0
SEARCH_P95_MS_100K = 50.0
SEARCH_RATIO_GOAL = 3.0
SIZE_RATIO_GOAL = 1.5
UNLOCK_GOAL_S = 1.0
EVIDENCE_RATIO_GOAL = 0.7
EVIDENCE_RSS_GOAL_MIB = 100.0
DOSSIER_RATIO_GOAL = 1.3

# -- names ---------------------------------------------------------------------------------------

AZ_MALE = (
    "Rəşad",
    "Orxan",
    "Elçin",
    "Tural",
    "Vüqar",
    "Şahin",
    "Ülvi",
    "Nicat",
    "Ramil",
    "Cavid",
    "Fərid",
    "Emin",
    "Səbuhi",
    "Toğrul",
)
AZ_FEMALE = (
    "Günel",
    "Səbinə",
    "Aygün",
    "Nərmin",
    "Ləman",
    "Könül",
    "Fidan",
    "Şəbnəm",
    "Gülnarə",
    "Aynur",
    "Xəyalə",
    "Çinarə",
)
# Surnames are two invented syllables and a suffix: "Əliyev", "Qulabova", "Tağüszadə", "Çalərli".
AZ_SYLLABLE_A = (
    "Əl",
    "Qul",
    "Səf",
    "Nər",
    "Tağ",
    "Bəş",
    "Gül",
    "Şır",
    "Xan",
    "Çal",
    "Zər",
    "Ağ",
    "Mir",
    "Dün",
    "Həs",
    "Kör",
)
AZ_SYLLABLE_B = ("iy", "ər", "ab", "ud", "ağ", "il", "üs", "an", "əm")

RU_MALE = (
    "Игорь",
    "Тимур",
    "Вадим",
    "Руслан",
    "Кирилл",
    "Эльдар",
    "Артём",
    "Глеб",
    "Ярослав",
    "Семён",
)
RU_FEMALE = (
    "Лейла",
    "Анна",
    "Ольга",
    "Марина",
    "Нина",
    "Зарина",
    "Дина",
    "Ксения",
    "Юлия",
    "Жанна",
)
RU_SYLLABLE_A = (
    "Бел",
    "Сок",
    "Вор",
    "Груш",
    "Лип",
    "Мор",
    "Тих",
    "Ряб",
    "Зим",
    "Крут",
    "Щег",
    "Жур",
)
RU_SYLLABLE_B = ("ан", "ен", "ол", "ур", "ищ", "ав", "")
RU_SUFFIXES = (("ов", "ова"), ("ин", "ина"), ("ский", "ская"))

_AZ_TO_CYRILLIC: dict[str, str] = {
    "a": "а",
    "b": "б",
    "c": "дж",
    "ç": "ч",
    "d": "д",
    "e": "е",
    "ə": "а",
    "f": "ф",
    "g": "г",
    "ğ": "г",
    "h": "г",
    "x": "х",
    "ı": "ы",
    "i": "и",
    "j": "ж",
    "k": "к",
    "q": "г",
    "l": "л",
    "m": "м",
    "n": "н",
    "o": "о",
    "ö": "ё",
    "p": "п",
    "r": "р",
    "s": "с",
    "ş": "ш",
    "t": "т",
    "u": "у",
    "ü": "ю",
    "v": "в",
    "y": "й",
    "z": "з",
}
# The same transliteration search indexes Cyrillic words under.
_RU_TO_LATIN = CYRILLIC_TO_LATIN


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def az_to_cyrillic(name: str) -> str:
    """A Russian-style Cyrillic spelling of an Azerbaijani name (Rəşad Əliyev: Рашад Алиев)."""
    words = []
    for word in name.split():
        low = word.lower().replace("iye", "ие").replace("ye", "е").replace("ya", "я")
        low = low.replace("yu", "ю")
        words.append(_capitalise("".join(_AZ_TO_CYRILLIC.get(c, c) for c in low)))
    return " ".join(words)


def ru_to_latin(name: str) -> str:
    return " ".join(
        _capitalise("".join(_RU_TO_LATIN.get(c, c) for c in word.lower())) for word in name.split()
    )


@dataclass(frozen=True)
class Name:
    full: str
    other: str
    sex: str
    script: str  # "az" (Latin) or "ru" (Cyrillic)


def az_surname(rng: random.Random, sex: str) -> str:
    root = rng.choice(AZ_SYLLABLE_A) + rng.choice(AZ_SYLLABLE_B)
    kind = rng.random()
    if kind < 0.7:
        male, female = ("ev", "eva") if root.endswith("y") else ("ov", "ova")
        return root + (female if sex == "female" else male)
    return root + ("li" if kind < 0.85 else "zadə")


def ru_surname(rng: random.Random, sex: str) -> str:
    male, female = rng.choice(RU_SUFFIXES)
    root = rng.choice(RU_SYLLABLE_A) + rng.choice(RU_SYLLABLE_B)
    return root + (female if sex == "female" else male)


def make_name(rng: random.Random, script: str) -> Name:
    sex = rng.choice(("male", "female"))
    if script == "az":
        given = rng.choice(AZ_MALE if sex == "male" else AZ_FEMALE)
        full = f"{given} {az_surname(rng, sex)}"
        return Name(full, az_to_cyrillic(full), sex, script)
    given = rng.choice(RU_MALE if sex == "male" else RU_FEMALE)
    full = f"{given} {ru_surname(rng, sex)}"
    return Name(full, ru_to_latin(full), sex, script)


# -- language packs for titles, summaries and narratives ----------------------------------------

CITIES: dict[str, tuple[str, ...]] = {
    "az": ("Bakı", "Gəncə", "Sumqayıt", "Lənkəran", "Şəki", "Mingəçevir"),
    "ru": ("Баку", "Гянджа", "Сумгайыт", "Ленкорань", "Шеки", "Мингечевир"),
    "en": ("Baku", "Ganja", "Sumgait", "Lankaran", "Shaki", "Mingachevir"),
}
MONTHS: dict[str, tuple[str, ...]] = {
    "az": (
        "yanvar",
        "fevral",
        "mart",
        "aprel",
        "may",
        "iyun",
        "iyul",
        "avqust",
        "sentyabr",
        "oktyabr",
        "noyabr",
        "dekabr",
    ),
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
PLACES: dict[str, tuple[str, ...]] = {
    "az": (
        "{n} saylı polis bölməsinə",
        "müvəqqəti saxlama təcridxanasına",
        "naməlum binaya",
        "Daxili İşlər Nazirliyinin binasına",
        "şəhər kənarındakı bağ evinə",
    ),
    "ru": (
        "отдел полиции № {n}",
        "изолятор временного содержания",
        "неизвестное здание",
        "здание министерства внутренних дел",
        "дачу за городом",
    ),
    "en": (
        "police station no. {n}",
        "the temporary detention facility",
        "an unmarked building",
        "the Interior Ministry building",
        "a country house outside the city",
    ),
}
TITLES: dict[str, tuple[str, ...]] = {
    "az": (
        "Jurnalistin saxlanılması və işgəncəyə məruz qalması",
        "Fəalın polis bölməsində döyülməsi",
        "Bloqerin oğurlanması və ailəsinə təzyiq",
        "Tələbənin etiraz aksiyasından sonra həbsi",
        "Vəkilin hava limanında qanunsuz saxlanılması",
    ),
    "ru": (
        "Задержание журналиста после публикации",
        "Пытки активиста в отделе полиции",
        "Избиение студента после акции протеста",
        "Похищение блогера и давление на семью",
        "Незаконное задержание адвоката в аэропорту",
    ),
    "en": (
        "Journalist detained and ill-treated after a critical video",
        "Activist beaten at a police station",
        "Student arrested after a street protest",
        "Blogger abducted and family threatened",
        "Lawyer unlawfully held at the airport",
    ),
}
SUMMARIES: dict[str, str] = {
    "az": "{victim} {date} tarixində {city} şəhərində mülki geyimli şəxslər tərəfindən saxlanılıb"
    " və {place} aparılıb. Orada döyülüb, hədələnib və vəkildən məhrum edilib.",
    "ru": "{victim} был(а) задержан(а) {date} в городе {city} людьми в гражданской одежде и"
    " доставлен(а) в {place}. Там его (её) избивали, угрожали и не допускали адвоката.",
    "en": "{victim} was detained on {date} in {city} by men in civilian clothes and taken to"
    " {place}, where they were beaten, threatened and denied a lawyer.",
}
OPENINGS: dict[str, str] = {
    "az": "{date} tarixində səhər saat {hour} radələrində evimin qarşısında mülki geyimli {n}"
    " nəfər məni saxladı.",
    "ru": "{date} около {hour} часов меня задержали у подъезда {n} человека в гражданской одежде.",
    "en": "On {date} at about {hour} o'clock, {n} men in civilian clothes stopped me outside my"
    " building.",
}
SENTENCES: dict[str, tuple[str, ...]] = {
    "az": (
        "Onlar özlərini təqdim etmədilər və heç bir sənəd göstərmədilər.",
        "Məni boz rəngli maşına oturtdular və gözlərimi qara parça ilə bağladılar.",
        "Təxminən yarım saatdan sonra məni {place} gətirdilər.",
        "Orada məndən telefonumun şifrəsini tələb etdilər.",
        "Şifrəni verməkdən imtina edəndə məni döyməyə başladılar.",
        "Başıma polietilen paket keçirdilər və nəfəs ala bilmirdim.",
        "Əllərimə naqil bağlayıb elektrik cərəyanı verdilər, ağrıdan huşumu itirdim.",
        "Mayor kimi təqdim olunan şəxs deyirdi ki, yazılarını silməsən, ailənə də zərər verəcəyik.",
        "Vəkil çağırmağı xahiş etdim, amma mənə vəkil verilmədi.",
        "Ailəmə mənim harada olduğum barədə heç bir məlumat verilmədi.",
        "Gecəni soyuq və pəncərəsiz otaqda, çılpaq döşəmənin üstündə keçirdim.",
        "Mənə yemək və su verilmədi, tualetə getməyə icazə vermirdilər.",
        "Səhər məni məhkəməyə apardılar, iclas on dəqiqədən az çəkdi.",
        "Hakim işgəncə barədə dediklərimi dinləmək istəmədi.",
        "Mənə oxumadığım bir ifadəni zorla imzalatdılar.",
        "Azad olunandan sonra həkimə müraciət etdim, bədənimdə göyərmələr və yanıq izləri var idi.",
        "Qonşum {witness} hadisəni pəncərədən görüb və sonra anama danışıb.",
        "{officer} adlı əməkdaş mənə dəfələrlə hədə-qorxu gəldi.",
        "Bu gün də yuxuda çətinlik çəkirəm, küçədə polis maşını görəndə qorxuram.",
        "Şikayət etmək istəyirəm, amma qohumlarım üçün narahatam.",
        "Həmin gün {city} şəhərində dinc etiraz aksiyası keçirilirdi.",
        "Məni saxlayanlar qara gödəkçə geyinmişdilər və üzləri maskalı idi.",
        "Ayaqlarımın altına dəyənəklə vurdular, bir neçə gün yeriyə bilmədim.",
        "Müstəntiq dedi ki, əgər ifadəni imzalasam, tezliklə buraxılacağam.",
        "Kameradakı digər məhbuslar da döyüldüklərini söylədilər.",
        "Saat {hour} radələrində otağa daha iki nəfər girdi və sual-cavab yenidən başladı.",
    ),
    "ru": (
        "Они не представились и не показали никаких документов.",
        "Меня посадили в серую машину и завязали глаза чёрной тряпкой.",
        "Примерно через полчаса меня привезли в {place}.",
        "Там от меня потребовали пароль от телефона.",
        "Когда я отказался назвать пароль, меня начали избивать.",
        "Мне надели на голову полиэтиленовый пакет, я не мог дышать.",
        "К рукам подключили провода и пускали электрический ток, я терял сознание от боли.",
        "Человек, которого называли майором, говорил, что если я не удалю публикации,"
        " пострадает моя семья.",
        "Я просил вызвать адвоката, но мне отказали.",
        "Родственникам не сообщили, где я нахожусь.",
        "Ночь я провёл на голом полу в холодной камере без окна.",
        "Мне не давали ни еды, ни воды, в туалет не выпускали.",
        "Утром меня отвезли в суд, заседание длилось меньше десяти минут.",
        "Судья не захотел слушать о пытках.",
        "Меня заставили подписать протокол, который я не читал.",
        "После освобождения я обратился к врачу, на теле были синяки и следы ожогов.",
        "Соседка {witness} видела всё из окна и потом рассказала моей матери.",
        "Сотрудник по фамилии {officer} несколько раз угрожал мне.",
        "До сих пор я плохо сплю и боюсь, когда вижу полицейскую машину.",
        "Я хочу подать жалобу, но боюсь за родственников.",
        "В тот день в городе {city} проходила мирная акция протеста.",
        "Задержавшие были в чёрных куртках, лица закрыты масками.",
        "Меня били дубинкой по ступням, несколько дней я не мог ходить.",
        "Следователь сказал, что если я подпишу признание, меня скоро отпустят.",
        "Другие задержанные в камере тоже говорили, что их избивали.",
        "Около {hour} часов в комнату вошли ещё двое, и допрос начался снова.",
    ),
    "en": (
        "They did not introduce themselves and showed no documents.",
        "They pushed me into a grey car and tied a black cloth over my eyes.",
        "About half an hour later I was brought to {place}.",
        "There they demanded the password of my phone.",
        "When I refused to give the password they started to beat me.",
        "They pulled a plastic bag over my head and I could not breathe.",
        "They attached wires to my hands and gave me electric shocks until I passed out.",
        "A man the others called the major said that if I did not delete my posts my family"
        " would suffer.",
        "I asked for a lawyer, but I was refused.",
        "My family was not told where I was.",
        "I spent the night on the bare floor of a cold cell without a window.",
        "I was given no food or water and was not allowed to use the toilet.",
        "In the morning I was taken to court; the hearing lasted less than ten minutes.",
        "The judge did not want to hear about the torture.",
        "They forced me to sign a statement I had not read.",
        "After my release I saw a doctor, who noted bruises and burn marks on my body.",
        "My neighbour {witness} saw everything from her window and later told my mother.",
        "An officer called {officer} threatened me several times.",
        "I still sleep badly and I am afraid whenever I see a police car.",
        "I want to file a complaint, but I am afraid for my relatives.",
        "That day a peaceful protest was taking place in {city}.",
        "The men who detained me wore black jackets and their faces were masked.",
        "They beat the soles of my feet with a truncheon and I could not walk for days.",
        "The investigator said that if I signed a confession I would soon be released.",
        "Other detainees in the cell said that they had been beaten too.",
        "At about {hour} o'clock two more men came in and the questioning started again.",
    ),
}
LANGUAGE_ROTATION = ("az", "ru", "en")
OCCUPATIONS = (
    "journalist",
    "video blogger",
    "student",
    "activist",
    "lawyer",
    "teacher",
    "taxi driver",
    "shop assistant",
    "economist",
    "musician",
)
EVENT_TITLES = (
    "Detention on the street",
    "Questioning at the police station",
    "Night in the temporary detention facility",
    "Court hearing",
    "Search of the family home",
    "Abduction near the metro station",
)
TORTURE_TYPES = frozenset({"torture", "ill_treatment"})
ARREST_TYPES = frozenset({"arrest", "detention", "abduction", "enforced_disappearance"})


def spoken_date(language: str, year: int, month: int, day: int) -> str:
    name = MONTHS[language][month - 1]
    if language == "ru":
        return f"{day} {name} {year} года"
    return f"{day} {name} {year}"


@dataclass(frozen=True)
class Codes:
    """The vocabulary codes the generator draws from, loaded from resources/vocab."""

    act_types: tuple[str, ...]
    location_types: tuple[str, ...]
    methods: tuple[str, ...]
    detention_types: tuple[str, ...]
    access_levels: tuple[str, ...]
    intents: tuple[str, ...]
    statements: tuple[str, ...]
    medical: tuple[str, ...]
    degrees: tuple[str, ...]
    perpetrator_types: tuple[str, ...]
    statuses: tuple[str, ...]

    @classmethod
    def load(cls) -> Codes:
        def codes(name: str) -> tuple[str, ...]:
            return tuple(vocabulary(name).codes)

        return cls(
            act_types=codes("act_types"),
            location_types=codes("location_types"),
            methods=codes("torture_methods"),
            detention_types=codes("detention_types"),
            access_levels=codes("access_levels"),
            intents=codes("torture_intents"),
            statements=codes("statements_signed"),
            medical=codes("medical_attention"),
            degrees=codes("involvement_degrees"),
            perpetrator_types=codes("perpetrator_types"),
            statuses=codes("case_statuses"),
        )


@dataclass
class GenStats:
    persons: int = 0
    events: int = 0
    acts: int = 0
    interviews: int = 0
    narrative_chars: int = 0
    narrative_bytes: int = 0
    languages: Counter[str] = field(default_factory=Counter)


class CaseGenerator:
    """Fictional cases, deterministic from the seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.codes = Codes.load()
        self.stats = GenStats()
        self._interviews_made = 0

    def _date(self, year_from: int = 2019, year_to: int = 2026) -> tuple[int, int, int]:
        rng = self.rng
        return rng.randint(year_from, year_to), rng.randint(1, 12), rng.randint(1, 28)

    def _narrative(self, language: str, slots: dict[str, str]) -> str:
        rng = self.rng
        target = rng.randint(1900, 2200)
        slots["n"] = str(rng.randint(2, 6))
        slots["hour"] = str(rng.randint(6, 11))
        sentences = [OPENINGS[language].format(**slots)]
        length = len(sentences[0])
        pool: list[str] = []
        while length < target:
            if not pool:
                pool = list(SENTENCES[language])
                rng.shuffle(pool)
            slots["hour"] = str(rng.randint(1, 23))
            slots["place"] = rng.choice(PLACES[language]).format(n=rng.randint(1, 40))
            sentence = pool.pop().format(**slots)
            sentences.append(sentence)
            length += len(sentence) + 1
        # Paragraphs of four to six sentences.
        paragraphs: list[str] = []
        while sentences:
            size = rng.randint(4, 6)
            paragraphs.append(" ".join(sentences[:size]))
            sentences = sentences[size:]
        return "\n\n".join(paragraphs)

    def _person(self, pid: str, name: Name, roles: list[str]) -> dict[str, Any]:
        rng = self.rng
        year, month, day = rng.randint(1955, 2005), rng.randint(1, 12), rng.randint(1, 28)
        person: dict[str, Any] = {
            "id": pid,
            "name": name.full,
            "sex": name.sex,
            "birth_date": f"{year}-{month:02d}" + ("" if rng.random() < 0.3 else f"-{day:02d}"),
            "nationality": ["AZ"] if name.script == "az" else [rng.choice(("RU", "AZ"))],
            "occupation": rng.choice(OCCUPATIONS),
            "roles": roles,
        }
        if rng.random() < 0.65:
            person["other_names"] = [name.other]
        if rng.random() < 0.3:
            city = rng.choice(CITIES["az"] if name.script == "az" else CITIES["ru"])
            person["address"] = f"{city}, {rng.randint(1, 120)} (fictional)"
        return person

    def _act(self, aid: str, victim: str, perpetrator: str | None, start: str) -> dict[str, Any]:
        rng, codes = self.rng, self.codes
        act_type = rng.choice(codes.act_types)
        act: dict[str, Any] = {
            "id": aid,
            "type": act_type,
            "victim": victim,
            "start": start,
            "location_type": rng.choice(codes.location_types),
        }
        if act_type in ARREST_TYPES:
            act["arrest"] = {
                "detention_type": rng.choice(codes.detention_types),
                "access_to_lawyer": rng.choice(codes.access_levels),
                "access_to_family": rng.choice(codes.access_levels),
                "family_notified": rng.choice((True, False, None)),
                "whereabouts_known": rng.random() < 0.5,
            }
        if act_type in TORTURE_TYPES:
            act["methods"] = rng.sample(codes.methods, rng.randint(1, 3))
            act["torture"] = {
                "intent": rng.sample(codes.intents, rng.randint(1, 2)),
                "statements_signed": rng.choice(codes.statements),
                "medical_attention": rng.choice(codes.medical),
            }
        if perpetrator is not None:
            act["involvements"] = [
                {
                    "perpetrator": perpetrator,
                    "degree": rng.choice(codes.degrees),
                    "perpetrator_type": rng.choice(codes.perpetrator_types),
                }
            ]
        return act

    def case(self, number: int) -> CaseDocument:
        rng, stats = self.rng, self.stats
        language = LANGUAGE_ROTATION[self._interviews_made % len(LANGUAGE_ROTATION)]
        city_index = rng.randrange(len(CITIES["en"]))

        scripts = [rng.choice(("az", "az", "ru")) for _ in range(rng.randint(2, 4))]
        names = [make_name(rng, s) for s in scripts]
        persons: list[dict[str, Any]] = []
        perpetrator: str | None = None
        officer = az_surname(rng, "male")
        witness_name = names[0].full
        for i, name in enumerate(names):
            pid = f"p{i + 1}"
            if i == 0:
                roles = ["victim", "applicant"] if rng.random() < 0.5 else ["victim"]
            else:
                role = rng.choice(("witness", "relative", "perpetrator", "lawyer", "victim"))
                roles = [role]
                if role == "perpetrator" and perpetrator is None:
                    perpetrator, officer = pid, name.full.split()[-1]
                if role == "witness":
                    witness_name = name.full
            persons.append(self._person(pid, name, roles))

        year, month, day = self._date()
        events: list[dict[str, Any]] = []
        act_number = 0
        for e in range(rng.randint(1, 2)):
            start = f"{year}-{month:02d}-{min(day + e, 28):02d}"
            acts = []
            for _ in range(rng.randint(1, 2)):
                act_number += 1
                acts.append(self._act(f"a{act_number}", "p1", perpetrator, start))
            events.append(
                {
                    "id": f"e{e + 1}",
                    "title": rng.choice(EVENT_TITLES),
                    "start": start,
                    "date_precision": "day",
                    "place": f"{CITIES['en'][city_index]}, "
                    + rng.choice(PLACES["en"]).format(n=rng.randint(1, 40))
                    + " (fictional)",
                    "description": rng.choice(SENTENCES["en"]).format(
                        place="the station",
                        witness=witness_name,
                        officer=officer,
                        city=CITIES["en"][city_index],
                        hour=rng.randint(1, 23),
                    ),
                    "acts": acts,
                }
            )
            stats.acts += len(acts)

        interviews: list[dict[str, Any]] = []
        for k in range(rng.randint(1, 2)):
            lang = LANGUAGE_ROTATION[self._interviews_made % len(LANGUAGE_ROTATION)]
            self._interviews_made += 1
            slots = {
                "date": spoken_date(lang, year, month, day),
                "city": CITIES[lang][city_index],
                "witness": az_to_cyrillic(witness_name) if lang == "ru" else witness_name,
                "officer": az_to_cyrillic(officer) if lang == "ru" else officer,
                "n": "",
                "hour": "",
                "place": "",
            }
            narrative = self._narrative(lang, slots)
            interviews.append(
                {
                    "id": f"i{k + 1}",
                    "interviewee": "p1" if k == 0 else f"p{len(persons)}",
                    "interviewers": [f"Monitor {rng.randint(1, 12)}"],
                    "interpreter": None,
                    "date": f"{min(year + 1, 2026)}-{rng.randint(1, 12):02d}"
                    f"-{rng.randint(1, 28):02d}",
                    "place": "private flat, not disclosed",
                    "language": lang,
                    "narrative": narrative,
                }
            )
            stats.narrative_chars += len(narrative)
            stats.narrative_bytes += len(narrative.encode("utf-8"))
            stats.languages[lang] += 1

        place = rng.choice(PLACES[language]).format(n=rng.randint(1, 40))
        summary = SUMMARIES[language].format(
            victim=names[0].full,
            date=spoken_date(language, year, month, day),
            city=CITIES[language][city_index],
            place=place,
        )
        stats.persons += len(persons)
        stats.events += len(events)
        stats.interviews += len(interviews)
        return {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "reference": f"BENCH-{number:06d}",
            "title": f"{rng.choice(TITLES[language])} ({CITIES[language][city_index]})",
            "language": language,
            "respondent_state": "AZ",
            "status": rng.choice(self.codes.statuses),
            "summary": summary,
            "persons": persons,
            "events": events,
            "interviews": interviews,
        }


# -- queries -------------------------------------------------------------------------------------

NARRATIVE_WORDS: dict[str, tuple[str, ...]] = {
    "az": (
        "işgəncə",
        "elektrik",
        "polis",
        "vəkil",
        "hakim",
        "paket",
        "maşın",
        "ifadə",
        "göyərmə",
        "dəyənək",
        "müstəntiq",
        "şikayət",
    ),
    "ru": (
        "задерж",
        "пакет",
        "адвокат",
        "полиц",
        "пытк",
        "судья",
        "протокол",
        "синяк",
        "дубинк",
        "следовател",
        "майор",
    ),
    "en": (
        "police",
        "lawyer",
        "beat",
        "electric",
        "confession",
        "bruises",
        "truncheon",
        "judge",
        "protest",
        "password",
        "detainees",
    ),
}
NO_MATCH = ("zqxjv", "blorfit", "xyzzyq", "щюкфыв", "qwplk", "vrrmzt", "ъэюжз", "kwyjibo")
_TYPING: dict[str, tuple[str, ...]] = {
    "ə": ("e", "a"),
    "ş": ("s", "sh"),
    "ç": ("c", "ch"),
    "ğ": ("g", "gh"),
    "ı": ("i",),
    "ö": ("o",),
    "ü": ("u",),
    "x": ("x", "kh"),
}


def typed(word: str, rng: random.Random) -> str:
    """How a monitor types a word on a keyboard without Azerbaijani letters."""
    return "".join(rng.choice(_TYPING.get(c, (c,))) for c in word.lower())


def prefix(word: str, rng: random.Random, shortest: int = 3) -> str:
    return word[: rng.randint(min(shortest, len(word)), len(word))]


@dataclass(frozen=True)
class Query:
    text: str
    kind: str


def make_queries(count: int, seed: int, person_names: Sequence[str]) -> list[Query]:
    """Deterministic queries; person_names are the names of generated persons ("resad aliy")."""
    rng = random.Random(f"queries-{seed}")
    az_given = AZ_MALE + AZ_FEMALE
    ru_given = RU_MALE + RU_FEMALE

    def az_name() -> str:
        return prefix(typed(rng.choice(az_given), rng), rng)

    def az_surname_prefix() -> str:
        return typed(rng.choice(AZ_SYLLABLE_A) + rng.choice(AZ_SYLLABLE_B), rng)

    def cyrillic_name() -> str:
        if rng.random() < 0.5:
            return prefix(rng.choice(ru_given), rng)
        return prefix(az_to_cyrillic(rng.choice(az_given)), rng)

    def latin_of_russian() -> str:
        return prefix(ru_to_latin(rng.choice(ru_given)).lower(), rng)

    def person() -> str:
        given, surname = rng.choice(person_names).split()[:2]
        return f"{prefix(typed(given, rng), rng)} {prefix(typed(surname, rng), rng, 4)}"

    def word(language: str) -> str:
        text = rng.choice(NARRATIVE_WORDS[language])
        return typed(text, rng) if language == "az" else text

    makers: list[tuple[float, str, Callable[[], str]]] = [
        (0.18, "az name", az_name),
        (0.08, "az surname", az_surname_prefix),
        (0.10, "cyrillic name", cyrillic_name),
        (0.05, "latin of russian", latin_of_russian),
        (0.07, "az word", lambda: word("az")),
        (0.07, "ru word", lambda: word("ru")),
        (0.07, "en word", lambda: word("en")),
        (0.08, "two: person of a case", person),
        (0.06, "two: name surname", lambda: f"{az_name()} {az_surname_prefix()}"),
        (0.06, "two: name word", lambda: f"{az_name()} {word(rng.choice(('az', 'en')))}"),
        (0.05, "two: cyrillic", lambda: f"{cyrillic_name()} {word('ru')}"),
        (0.05, "two: words", lambda: f"{word('en')} {word('en')}"),
        (0.08, "no match", lambda: rng.choice(NO_MATCH)),
    ]
    weights = [w for w, _, _ in makers]
    queries = []
    for _ in range(count):
        _, kind, make = rng.choices(makers, weights=weights)[0]
        queries.append(Query(make(), kind))
    return queries


# -- measurement ----------------------------------------------------------------------------------


def progress(message: str) -> None:
    """A line on stderr, so that a long run shows it is alive; the report goes to stdout."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def core_fingerprint() -> str:
    """A short hash of the vault code and migrations measured, and when they last changed."""
    import fieldmon.vault

    root = Path(fieldmon.vault.__file__).parent
    files = sorted(p for p in root.rglob("*") if p.suffix in (".py", ".sql"))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    newest = max((p.stat().st_mtime for p in files), default=0.0)
    changed = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(newest))
    return f"{digest.hexdigest()[:12]} ({len(files)} files, last changed {changed})"


@dataclass
class Run:
    """The figures of one run; each row of the table is the median of the runs."""

    import_s: float = 0.0
    bare_import_s: float = 0.0
    latencies: list[float] = field(default_factory=list)
    bare_latencies: list[float] = field(default_factory=list)
    hits: list[int] = field(default_factory=list)
    bare_hits: list[int] = field(default_factory=list)
    db_bytes: int = 0
    folder_bytes: int = 0
    bare_bytes: int = 0
    unlock_s: float = 0.0
    kdf_s: float = 0.0
    bare_open_s: float = 0.0
    listed_rows: int = 0
    extra: dict[str, float] = field(default_factory=dict)
    """Evidence and dossier figures: encrypt_ratio, encrypt_low, encrypt_high (and decrypt_),
    attach_s, age_encrypt_s, extract_s, age_decrypt_s (best rounds), attach_rss_mib,
    extract_rss_mib, dossier_s, reportlab_s, dossier_pages."""


def measure_import(run: Run, vault: Vault, batches: Sequence[Batch]) -> None:
    """Import the batches into the vault, a Vault.store_cases call each, timed one by one."""
    for step, batch in enumerate(batches):
        start = time.perf_counter()
        vault.store_cases(batch.cases)
        run.import_s += time.perf_counter() - start
        if step % 10 == 9 or step == len(batches) - 1:
            done = sum(len(b.cases) for b in batches[: step + 1])
            progress(f"imported {done} cases")


def measure_bare_import(run: Run, path: Path, batches: Sequence[Batch]) -> Any:
    """The bare FTS5 database of the same text, the same batches (bench/search_index.py)."""
    texts = [t for batch in batches for t in batch.texts]
    bare = bare_fts5_db(path, os.urandom(32), texts, batch=BATCH)
    run.bare_import_s = bare.seconds
    return bare


def measure_search(run: Run, vault: Vault, bare: Any, queries: Sequence[Query]) -> None:
    """Vault.search of each query against the bare MATCH of the same folded keys
    (bench/search_index.bare_match), alternating which goes first (the bare one on even steps).
    """
    for step, query in enumerate(queries):

        def ours(query: Query = query) -> None:
            start = time.perf_counter()
            hits = vault.search(query.text)
            run.latencies.append(time.perf_counter() - start)
            run.hits.append(len(hits))

        def theirs(query: Query = query) -> None:
            start = time.perf_counter()
            rows = bare_match(bare, query.text)
            run.bare_latencies.append(time.perf_counter() - start)
            run.bare_hits.append(len(rows))

        for do in (theirs, ours) if step % 2 == 0 else (ours, theirs):
            do()


def measure_unlock(run: Run, vault_dir: Path) -> None:
    """Unlock to the painted case list, less the key derivation, against a bare SQLCipher open
    with the raw key and the list's first page (the same SELECT) and count.

    The key derivation is timed alone (keyheader.unlock on the same header) and subtracted from
    Vault.open + ui.cases.CaseListPage shown and painted (offscreen). Median of UNLOCK_REPEATS.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from ui.cases import BATCH as LIST_BATCH
    from ui.cases import CaseListPage

    app = QApplication.instance() or QApplication([])

    class Painted(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    raw = (vault_dir / KEY_FILE).read_bytes()
    totals, kdfs, bares = [], [], []
    for _ in range(UNLOCK_REPEATS):
        start = time.perf_counter()
        unlocked = keyheader.unlock(raw, PASSPHRASE, vault_dir / KEY_FILE)
        kdfs.append(time.perf_counter() - start)
        key = keyheader.database_key(unlocked.master)

        gc.collect()
        start = time.perf_counter()
        vault = Vault.open(vault_dir, PASSPHRASE)
        page = CaseListPage(vault)
        painted = Painted()
        page.table.viewport().installEventFilter(painted)
        page.resize(1000, 700)
        page.show()
        while painted.count == 0:
            app.processEvents()
        totals.append(time.perf_counter() - start)
        run.listed_rows = page.model.rowCount()
        page.close()
        page.deleteLater()
        app.processEvents()
        vault.close()

        start = time.perf_counter()
        conn = sqlcipher3.connect(str(vault_dir / db_name(unlocked.compartment)))
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM cases").fetchone()
        conn.execute(LIST_SQL, (LIST_BATCH,)).fetchall()
        bares.append(time.perf_counter() - start)
        conn.close()
    run.kdf_s = statistics.median(kdfs)
    run.unlock_s = statistics.median(t - k for t, k in zip(totals, kdfs, strict=True))
    run.bare_open_s = statistics.median(bares)


LIST_SQL = (
    "SELECT reference, title, status, language,"
    " (SELECT count(*) FROM persons p WHERE p.case_rid = c.rid),"
    " (SELECT count(*) FROM events e WHERE e.case_rid = c.rid), updated_at"
    " FROM cases c ORDER BY reference LIMIT ? OFFSET 0"
)
"""The case list's first page, as fieldmon.vault.cases.list_cases asks for it."""


# bench/blobs.py's children report ru_maxrss, which Linux carries over exec from the process that
# starts them: started from this one (which holds every generated case) they would report its
# size. A small process that imports only bench.blobs (never fieldmon) runs them instead.
EVIDENCE_CHILD = """
import json, sys
from pathlib import Path
from bench.blobs import measure_blobs
f = measure_blobs(int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]))
r = f.results
print(json.dumps({
    "encrypt": [f.encrypt_ratio.median, f.encrypt_ratio.low, f.encrypt_ratio.high],
    "decrypt": [f.decrypt_ratio.median, f.decrypt_ratio.low, f.decrypt_ratio.high],
    "attach_s": min(r.vault_encrypt), "age_encrypt_s": min(r.age_encrypt),
    "extract_s": min(r.vault_decrypt), "age_decrypt_s": min(r.age_decrypt),
    "attach_rss_mib": f.attach_rss_mib, "extract_rss_mib": f.extract_rss_mib,
}))
"""


def measure_evidence(run: Run, base: Path, size_mib: int) -> None:
    """Attach and extract of one file against the age CLI: bench/blobs.measure_blobs (three
    rounds, per-round ratios of age's time to the vault's; peak RSS of the vault's children),
    run in a small child process of its own (see EVIDENCE_CHILD)."""
    progress(f"evidence: {size_mib} MiB, three rounds of age and the vault")
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", EVIDENCE_CHILD, str(size_mib), "3", str(base)],
        capture_output=True,
        text=True,
        check=False,
        cwd=root,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        progress(f"evidence: failed ({done.returncode}): {tail}")
        return
    data = json.loads(lines[-1])
    for name in ("encrypt", "decrypt"):
        run.extra[f"{name}_ratio"], run.extra[f"{name}_low"], run.extra[f"{name}_high"] = data[name]
    for name in (
        "attach_s",
        "age_encrypt_s",
        "extract_s",
        "age_decrypt_s",
        "attach_rss_mib",
        "extract_rss_mib",
    ):
        run.extra[name] = float(data[name])


def measure_dossier(run: Run, pages: int, photos: int) -> None:
    """The echr dossier against bare reportlab, through bench/dossier.py (best of two)."""
    from bench import dossier

    with tempfile.TemporaryDirectory(prefix="fieldmon-bench-dossier-") as tmp:
        work = Path(tmp)
        progress(f"dossier: building a vault for {pages} pages with {photos} photos")
        setup = dossier.build_vault(work, pages, photos, 2026)
        measured = dossier.measure(work, setup, 2, 0)
    if measured.ours and measured.base:
        run.extra.update(
            dossier_s=min(r.render for r in measured.ours),
            reportlab_s=min(r.render for r in measured.base),
            dossier_pages=float(measured.ours[-1].pages),
        )


@dataclass
class Batch:
    cases: list[CaseDocument]
    texts: list[list[str]]
    """Per case, its records' searchable text (bench/search_index.searchable_texts)."""


def one_run(
    number: int,
    root: Path,
    batches: Sequence[Batch],
    queries: Sequence[Query],
    warmup: Sequence[Query],
) -> Run:
    """Import, search, sizes and unlock on a fresh vault and a fresh bare database; the bare
    import goes first on even runs, the vault's on odd ones."""
    run = Run()
    vault_dir, bare_path = root / f"vault-{number}", root / f"bare-{number}.db"
    vault = Vault.create(vault_dir, PASSPHRASE, kdf=BENCH_KDF)
    bare = None
    try:
        gc.collect()
        if number % 2 == 0:
            progress("bare import")
            bare = measure_bare_import(run, bare_path, batches)
        measure_import(run, vault, batches)
        if bare is None:
            progress("bare import")
            bare = measure_bare_import(run, bare_path, batches)
        progress("searching")
        for query in warmup:
            vault.search(query.text)
            bare_match(bare, query.text)
        gc.collect()
        measure_search(run, vault, bare, queries)
        run.db_bytes = index_size(vault.db_path, vault.conn)
        run.bare_bytes = index_size(bare.path, bare.conn)
    finally:
        vault.close()
        if bare is not None:
            bare.close()
    run.folder_bytes = sum(p.stat().st_size for p in vault_dir.rglob("*") if p.is_file())
    progress("unlock to a painted case list")
    measure_unlock(run, vault_dir)
    shutil.rmtree(vault_dir)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{bare_path}{suffix}").unlink(missing_ok=True)
    return run


# -- report ---------------------------------------------------------------------------------------


def spread(values: Sequence[float], fmt: str) -> str:
    """The median, and the lowest and highest of the runs when there are several."""
    middle = format(statistics.median(values), fmt)
    if len(values) < 2:
        return middle
    return f"{middle} ({format(min(values), fmt)}-{format(max(values), fmt)})"


def verdict(met: bool) -> str:
    return "MET" if met else "MISSED"


def table_row(work: str, ours: str, baseline: str, ratio: str, goal: str, met: bool) -> None:
    print(f"  {work:<30} {ours:>24} {baseline:>24} {ratio:>18}  {goal:<26} {verdict(met)}")


def report(cases_count: int, runs: Sequence[Run], args: argparse.Namespace) -> None:
    """The issue's table: each row with its baseline measured in the same run, the ratio, the
    goal; medians of the runs with the lowest and highest in brackets."""
    med = statistics.median
    print()
    print(
        f"Goals of issue 16 at {cases_count:,} cases, {len(runs)} run(s): median (lowest-highest)"
    )
    table_row("work", "FieldMon", "baseline", "ratio", "goal", True)
    print("  " + "-" * 140)

    ours_rate = [cases_count / r.import_s for r in runs]
    bare_rate = [cases_count / r.bare_import_s for r in runs]
    ratios = [o / b for o, b in zip(ours_rate, bare_rate, strict=True)]
    table_row(
        f"import {cases_count:,} cases",
        spread(ours_rate, ".0f") + " c/s",
        spread(bare_rate, ".0f") + " c/s",
        spread(ratios, ".2f") + "x",
        f">= {IMPORT_RATIO_GOAL}x",
        med(ratios) >= IMPORT_RATIO_GOAL,
    )

    p95 = [percentile(r.latencies, 95) * 1000 for r in runs]
    bare_p95 = [percentile(r.bare_latencies, 95) * 1000 for r in runs]
    ratios = [o / b for o, b in zip(p95, bare_p95, strict=True)]
    limit = SEARCH_P95_MS_10K if cases_count <= 10_000 else SEARCH_P95_MS_100K
    table_row(
        f"search p95, {len(runs[0].latencies):,} queries",
        spread(p95, ".1f") + " ms",
        spread(bare_p95, ".2f") + " ms",
        spread(ratios, ".1f") + "x",
        f"< {limit:.0f} ms, <= {SEARCH_RATIO_GOAL}x",
        med(p95) < limit and med(ratios) <= SEARCH_RATIO_GOAL,
    )

    sizes = [r.db_bytes / MIB for r in runs]
    bare_sizes = [r.bare_bytes / MIB for r in runs]
    ratios = [o / b for o, b in zip(sizes, bare_sizes, strict=True)]
    table_row(
        "vault size (its database)",
        spread(sizes, ".1f") + " MiB",
        spread(bare_sizes, ".1f") + " MiB",
        spread(ratios, ".2f") + "x",
        f"<= {SIZE_RATIO_GOAL}x",
        med(ratios) <= SIZE_RATIO_GOAL,
    )

    unlock = [r.unlock_s for r in runs]
    bare_open = [r.bare_open_s for r in runs]
    ratios = [o / b for o, b in zip(unlock, bare_open, strict=True)]
    table_row(
        "unlock -> painted case list",
        spread(unlock, ".3f") + " s",
        spread(bare_open, ".3f") + " s",
        spread(ratios, ".1f") + "x",
        f"< {UNLOCK_GOAL_S:.0f} s after the KDF",
        med(unlock) < UNLOCK_GOAL_S,
    )

    if args.skip_evidence:
        print("  attach / extract: skipped (--skip-evidence)")
    elif not all("encrypt_ratio" in r.extra for r in runs):
        print("  attach / extract: not measured (bench/blobs.py failed: see the progress lines)")
    else:
        size = args.evidence_mib
        for step, name, ours_key, age_key, rss_key in (
            ("attach", "encrypt", "attach_s", "age_encrypt_s", "attach_rss_mib"),
            ("extract", "decrypt", "extract_s", "age_decrypt_s", "extract_rss_mib"),
        ):
            ours_speed = [size / r.extra[ours_key] for r in runs]
            age_speed = [size / r.extra[age_key] for r in runs]
            # Per-round ratios (bench/blobs.py): the median of the runs' medians, and the
            # lowest and highest round of all.
            ratio = med(r.extra[f"{name}_ratio"] for r in runs)
            low = min(r.extra[f"{name}_low"] for r in runs)
            high = max(r.extra[f"{name}_high"] for r in runs)
            rss = [r.extra[rss_key] for r in runs]
            table_row(
                # The speeds are each run's best round; the ratio is the median of the
                # rounds' own ratios (age and FieldMon alternate within a round).
                f"{step} {size} MiB (best round; ratio: median round)",
                spread(ours_speed, ".0f") + " MiB/s",
                spread(age_speed, ".0f") + " MiB/s age",
                f"{ratio:.2f} ({low:.2f}-{high:.2f})x",
                f">= {EVIDENCE_RATIO_GOAL}x",
                ratio >= EVIDENCE_RATIO_GOAL,
            )
            table_row(
                f"  {step} peak RSS (ru_maxrss)",
                spread(rss, ".1f") + " MiB",
                "",
                "",
                f"< {EVIDENCE_RSS_GOAL_MIB:.0f} MiB",
                max(rss) < EVIDENCE_RSS_GOAL_MIB,
            )

    if args.skip_dossier:
        print("  dossier: skipped (--skip-dossier)")
    elif all("dossier_s" in r.extra for r in runs):
        ours_s = [r.extra["dossier_s"] for r in runs]
        base_s = [r.extra["reportlab_s"] for r in runs]
        ratios = [o / b for o, b in zip(ours_s, base_s, strict=True)]
        table_row(
            f"dossier {runs[0].extra['dossier_pages']:.0f} pages, {args.photos} photos",
            spread(ours_s, ".2f") + " s",
            spread(base_s, ".2f") + " s (reportlab)",
            spread(ratios, ".2f") + "x",
            f"<= {DOSSIER_RATIO_GOAL}x",
            med(ratios) <= DOSSIER_RATIO_GOAL,
        )
    else:
        print("  dossier: not measured (the layout stalled; run bench/dossier.py for the cause)")

    details(cases_count, runs)


def details(cases_count: int, runs: Sequence[Run]) -> None:
    """What lies behind the rows: per-case times, the search by kind, files and the unlock."""
    med = statistics.median
    last = runs[-1]
    print()
    print("Details (median of the runs)")
    seconds = med(r.import_s for r in runs)
    print(
        f"  import: {seconds:.1f} s ({1000 * seconds / cases_count:.2f} ms a case) against"
        f" {med(r.bare_import_s for r in runs):.2f} s for the bare insert, batches of {BATCH}"
    )
    for label, key in (("FieldMon", "latencies"), ("bare", "bare_latencies")):
        lat = [getattr(r, key) for r in runs]
        print(
            f"  search {label:<9} p50 {med(percentile(v, 50) for v in lat) * 1000:6.2f} ms"
            f"  p95 {med(percentile(v, 95) for v in lat) * 1000:6.2f} ms"
            f"  p99 {med(percentile(v, 99) for v in lat) * 1000:6.2f} ms"
            f"  max {med(max(v) for v in lat) * 1000:7.2f} ms"
        )
    none, bare_none = (sum(1 for h in hits if h == 0) for hits in (last.hits, last.bare_hits))
    print(
        f"  hits (last run): FieldMon {sum(last.hits):,} in all, {none} queries without;"
        f" bare {sum(last.bare_hits):,}, {bare_none} without"
    )
    print(
        f"  files: vault database {med(r.db_bytes for r in runs) / MIB:.1f} MiB"
        f" ({med(r.db_bytes for r in runs) / cases_count / 1024:.1f} KiB a case),"
        f" whole vault folder {med(r.folder_bytes for r in runs) / MIB:.1f} MiB"
        " (with its other compartment),"
        f" bare {med(r.bare_bytes for r in runs) / MIB:.1f} MiB"
    )
    print(
        f"  unlock: key derivation alone {med(r.kdf_s for r in runs) * 1000:.0f} ms (bench KDF"
        f" {BENCH_KDF}; subtracted), then Vault.open + CaseListPage painted showing"
        f" {last.listed_rows} rows of {cases_count:,}"
    )


def search_by_kind(queries: Sequence[Query], run: Run) -> None:
    """Latency and hits by kind of query, for the last run."""
    print()
    print(
        "  by kind of query (last run)    count  mean hits  no hit  p50 ms  p95 ms   max ms"
        "  bare p95"
    )
    kinds: dict[str, list[int]] = {}
    for i, query in enumerate(queries):
        kinds.setdefault(query.kind, []).append(i)
    for kind, indices in kinds.items():
        hits = [run.hits[i] for i in indices]
        lat = [run.latencies[i] * 1000 for i in indices]
        bare = [run.bare_latencies[i] * 1000 for i in indices]
        print(
            f"  {kind:<30}{len(indices):>6}{sum(hits) / len(hits):>11.1f}"
            f"{sum(1 for h in hits if h == 0):>8}{percentile(lat, 50):>8.2f}"
            f"{percentile(lat, 95):>8.2f}{max(lat):>9.2f}{percentile(bare, 95):>10.2f}"
        )
    slowest = sorted(range(len(queries)), key=lambda i: run.latencies[i], reverse=True)[:5]
    print(
        "  slowest: "
        + ", ".join(
            f"{queries[i].text!r} {run.latencies[i] * 1000:.1f} ms ({run.hits[i]} hits)"
            for i in slowest
        )
    )


# -- main -----------------------------------------------------------------------------------------


def run_all(args: argparse.Namespace) -> None:
    cases_count = args.cases
    load = os.getloadavg()
    print("FieldMon vault benchmark (issue 16's table)")
    print(
        f"  Python {platform.python_version()}, SQLite {sqlcipher3.sqlite_version},"
        f" {platform.machine()}, {platform.system()}, {os.cpu_count()} CPUs;"
        f" load average {load[0]:.2f} at the start"
        + (
            " (other work is running: expect noisy times)"
            if load[0] > 0.5 * (os.cpu_count() or 1)
            else ""
        )
    )
    print(
        f"  cases {cases_count:,}, searches {args.searches:,}, seed {args.seed},"
        f" import batch {BATCH}, runs {args.runs}"
    )
    print(
        f"  fieldmon/vault code measured (SHA-256 of its .py and .sql files): {core_fingerprint()}"
    )

    start = time.perf_counter()
    generator = CaseGenerator(args.seed)
    batches: list[Batch] = []
    names: list[str] = []
    for first in range(0, cases_count, BATCH):
        cases = [generator.case(n + 1) for n in range(first, min(first + BATCH, cases_count))]
        texts = [searchable_texts(dict(case)) for case in cases]
        names.extend(p["name"] for case in cases for p in case["persons"])
        batches.append(Batch(cases, texts))
    queries = make_queries(args.searches, args.seed, names)
    warmup = make_queries(WARMUP_SEARCHES, args.seed + 1_000_003, names)
    # The generated cases live to the end: keep the collector from walking them again and again.
    gc.collect()
    gc.freeze()
    stats = generator.stats
    print(
        f"  generated in {time.perf_counter() - start:.1f} s (not timed):"
        f" {stats.persons:,} persons,"
        f" {stats.events:,} events, {stats.acts:,} acts, {stats.interviews:,} interviews;"
        f" {sum(len(c) for b in batches for c in b.texts):,} searchable records,"
        f" {sum(len(t) for b in batches for c in b.texts for t in c) / cases_count:,.0f}"
        " characters a case"
    )
    cipher = sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone()
    print(
        f"  baseline (bench/search_index.py): SQLCipher {cipher[0] if cipher else '?'}, one FTS5"
        " table (unicode61) of the same searchable text, folded to keys as the vault indexes it,"
        " a row per record, the same batches;"
    )
    print(
        "  its queries are the vault's own FTS5 expressions for the same typed text (keys as"
        " prefixes), 50 rows, no ranking; searches alternate which side goes first"
    )
    base = Path(args.dir) if args.dir else Path(tempfile.gettempdir())
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="fieldmon-bench-", dir=base) as tmp:
        for number in range(args.runs):
            progress(f"run {number + 1} of {args.runs}")
            run = one_run(number, Path(tmp), batches, queries, warmup)
            if not args.skip_evidence:
                measure_evidence(run, base, args.evidence_mib)
            if not args.skip_dossier:
                measure_dossier(run, args.pages, args.photos)
            runs.append(run)
    report(cases_count, runs, args)
    search_by_kind(queries, runs[-1])
    load = os.getloadavg()
    print(f"\n  load average {load[0]:.2f} at the end; total {time.perf_counter() - start:.0f} s")


def _terminate(signum: int, frame: FrameType | None) -> None:
    """On SIGTERM unwind like on Ctrl-C, so the vaults are closed and the temp dirs removed."""
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cases", type=int, default=10000, help="cases to generate (10000)")
    parser.add_argument("--searches", type=int, default=1000, help="searches to time (1000)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generator (1)")
    parser.add_argument("--runs", type=int, default=1, help="runs; medians and spread (1)")
    parser.add_argument("--skip-evidence", action="store_true", help="no attach/extract row")
    parser.add_argument("--skip-dossier", action="store_true", help="no dossier row")
    parser.add_argument("--evidence-mib", type=int, default=1024, help="evidence file (1024)")
    parser.add_argument("--pages", type=int, default=200, help="dossier pages (200)")
    parser.add_argument("--photos", type=int, default=40, help="dossier photos (40)")
    parser.add_argument("--dir", default=None, help="where the temporary files go (TMPDIR)")
    parser.epilog = (
        "The evidence and dossier rows take a few minutes and do not depend on --cases: a quick"
        " run of the rest is --cases 2000 --skip-evidence --skip-dossier."
    )
    args = parser.parse_args(argv)
    if args.cases < 1 or args.searches < 1 or args.runs < 1:
        parser.error("--cases, --searches and --runs must be at least 1")
    if args.dir is not None and not Path(args.dir).is_dir():
        parser.error(f"--dir {args.dir}: no such folder (the temporary files go there)")
    signal.signal(signal.SIGTERM, _terminate)
    run_all(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
