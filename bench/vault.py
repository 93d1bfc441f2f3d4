"""Benchmark the encrypted vault against the same vault code on plain SQLite.

    .venv/bin/python bench/vault.py [--cases N] [--searches M] [--seed S]

One run generates N fictional cases (deterministic from the seed), imports them with
Vault.store_cases into a real SQLCipher vault and into an unencrypted SQLite database driven by the
same Vault code, runs M searches on each, and prints throughput, latency and the project's goals:

    import    SQLCipher cases/s >= 0.7 x plain SQLite cases/s
    search    SQLCipher searches/s >= 0.7 x plain SQLite searches/s, SQLCipher p95 < 20 ms

Fairness: import batches and searches alternate which database goes first (plain first on even
steps, SQLCipher first on odd ones), and both get the same untimed warm-up searches. Case
generation is not timed. It is a benchmark, not a test: the exit status is 0 whether or not the
goals are met. The report goes to stdout, progress lines to stderr; the temporary vaults are
removed at the end, also after Ctrl-C or SIGTERM.

Every name, place detail and narrative is invented; names are built from small lists of given
names and syllables, in Azerbaijani Latin and Cyrillic.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import platform
import random
import signal
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

from fieldmon.crypto.keys import KdfParams
from fieldmon.resources import vocabulary
from fieldmon.vault import migrations
from fieldmon.vault.layout import db_name
from fieldmon.vault.records import CaseDocument
from fieldmon.vault.search import CYRILLIC_TO_LATIN
from fieldmon.vault.store import Vault, configure_connection

BATCH = 200
WARMUP_SEARCHES = 20
PASSPHRASE = "bench vault: ostrich lantern quay 917 marmalade"
BENCH_KDF = KdfParams(1, 8192, 1)

IMPORT_RATIO_GOAL = 0.7
SEARCH_RATIO_GOAL = 0.7
SEARCH_P95_GOAL_MS = 20.0

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


# -- measurement ---------------------------------------------------------------------------------


def open_plain(path_dir: Path) -> Vault:
    """An unencrypted SQLite database driven through the same Vault code (no PRAGMA key)."""
    path_dir.mkdir(mode=0o700, parents=True)
    conn = sqlcipher3.connect(
        str(path_dir / db_name(1)), isolation_level=None, check_same_thread=False
    )
    configure_connection(conn)
    migrations.migrate(conn)
    return Vault(path_dir, conn, compartment=1)


@dataclass
class Side:
    label: str
    vault: Vault
    import_seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    results: list[tuple[str, ...]] = field(default_factory=list)


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation between closest ranks."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def ordered_pair(step: int, plain: Side, encrypted: Side) -> tuple[Side, Side]:
    return (plain, encrypted) if step % 2 == 0 else (encrypted, plain)


def timed_import(side: Side, batch: Sequence[CaseDocument]) -> None:
    start = time.perf_counter()
    side.vault.store_cases(batch)
    side.import_seconds += time.perf_counter() - start


def timed_search(side: Side, query: str) -> None:
    start = time.perf_counter()
    hits = side.vault.search(query)
    side.latencies.append(time.perf_counter() - start)
    side.results.append(tuple(f"{h.case_reference}/{h.record_type}/{h.record_id}" for h in hits))


def file_sizes(path_dir: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in sorted(path_dir.iterdir()) if p.is_file()}


def human_bytes(size: float) -> str:
    for unit in ("B", "KiB", "MiB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.2f} GiB"


def goal(met: bool) -> str:
    return "MET" if met else "MISSED"


def row(label: str, encrypted: str, plain: str) -> str:
    return f"  {label:<28}{encrypted:>14}{plain:>16}"


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


def progress(message: str) -> None:
    """A line on stderr, so that a long run shows it is alive; the report goes to stdout."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run(cases_count: int, searches: int, seed: int) -> None:
    print("FieldMon vault benchmark")
    print(
        f"  Python {platform.python_version()}, SQLite {sqlcipher3.sqlite_version},"
        f" {platform.machine()}, {platform.system()}"
    )
    print(f"  cases {cases_count}, searches {searches}, seed {seed}, import batch {BATCH}")
    print(f"  fieldmon/vault code: {core_fingerprint()}")

    start = time.perf_counter()
    generator = CaseGenerator(seed)
    cases = [generator.case(n + 1) for n in range(cases_count)]
    names = [p["name"] for case in cases for p in case["persons"]]
    queries = make_queries(searches, seed, names)
    warmup = make_queries(WARMUP_SEARCHES, seed + 1_000_003, names)
    # The generated cases live to the end: keep the collector from walking them again and again.
    gc.collect()
    gc.freeze()
    stats = generator.stats
    interviews = max(stats.interviews, 1)
    languages = ", ".join(f"{lang} {stats.languages[lang]}" for lang in LANGUAGE_ROTATION)
    print(
        f"  generated in {time.perf_counter() - start:.1f} s (not timed below):"
        f" {stats.persons} persons, {stats.events} events, {stats.acts} acts,"
        f" {stats.interviews} interviews ({languages})"
    )
    print(
        f"  narrative mean {stats.narrative_chars / interviews:.0f} characters,"
        f" {stats.narrative_bytes / interviews:.0f} bytes UTF-8"
    )

    batches = [cases[i : i + BATCH] for i in range(0, len(cases), BATCH)]
    with tempfile.TemporaryDirectory(prefix="fieldmon-bench-") as tmp:
        root = Path(tmp)
        encrypted = Side("SQLCipher", Vault.create(root / "encrypted", PASSPHRASE, kdf=BENCH_KDF))
        plain = Side("plain SQLite", open_plain(root / "plain"))
        cipher_version = encrypted.vault.conn.execute("PRAGMA cipher_version").fetchone()
        print(
            f"  SQLCipher {cipher_version[0] if cipher_version else '?'}"
            f" (KDF for the key header only: Argon2id {BENCH_KDF})"
        )
        print(
            "  order: import batches and searches alternate which database goes first"
            " (plain on even steps, SQLCipher on odd);"
        )
        print(f"         {WARMUP_SEARCHES} untimed warm-up searches on each before the timed ones.")
        try:
            gc.collect()
            for step, batch in enumerate(batches):
                for side in ordered_pair(step, plain, encrypted):
                    timed_import(side, batch)
                progress(f"imported {min((step + 1) * BATCH, cases_count)}/{cases_count} cases")
            progress("searching")

            gc.collect()
            for step, query in enumerate(warmup):
                for side in ordered_pair(step, plain, encrypted):
                    side.vault.search(query.text)
            for step, query in enumerate(queries):
                for side in ordered_pair(step, plain, encrypted):
                    timed_search(side, query.text)
            index_rows = [
                s.vault.conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
                for s in (encrypted, plain)
            ]
        finally:
            encrypted.vault.close()
            plain.vault.close()
        sizes = {
            s.label: file_sizes(root / name)
            for s, name in ((encrypted, "encrypted"), (plain, "plain"))
        }
        headers = {s.label: s.vault.db_path.read_bytes()[:16] for s in (encrypted, plain)}
        report(cases_count, queries, encrypted, plain, index_rows, sizes, headers)


def report(
    cases_count: int,
    queries: Sequence[Query],
    encrypted: Side,
    plain: Side,
    index_rows: list[int],
    sizes: dict[str, dict[str, int]],
    headers: dict[str, bytes],
) -> None:
    print()
    print(
        f"Import: Vault.store_cases, {cases_count} cases in batches of {BATCH}"
        " (validation, identity checks, row writes and search indexing)"
    )
    print(row("", encrypted.label, plain.label))
    print(row("total time (s)", f"{encrypted.import_seconds:.2f}", f"{plain.import_seconds:.2f}"))
    rates = [
        cases_count / s.import_seconds if s.import_seconds else 0.0 for s in (encrypted, plain)
    ]
    print(row("cases/s", f"{rates[0]:.1f}", f"{rates[1]:.1f}"))
    print(
        row(
            "ms per case",
            f"{1000 / rates[0]:.2f}" if rates[0] else "-",
            f"{1000 / rates[1]:.2f}" if rates[1] else "-",
        )
    )
    import_ratio = rates[0] / rates[1] if rates[1] else 0.0
    print(
        f"  ratio SQLCipher/plain: {import_ratio:.2f}"
        f"  (goal >= {IMPORT_RATIO_GOAL})  {goal(import_ratio >= IMPORT_RATIO_GOAL)}"
    )
    print(f"  search index rows: SQLCipher {index_rows[0]}, plain {index_rows[1]}")

    print()
    print(f"Search: Vault.search (limit 50), {len(queries)} queries, each call timed")
    print(row("", encrypted.label, plain.label))
    sums = [sum(s.latencies) for s in (encrypted, plain)]
    per_second = [len(queries) / t if t else 0.0 for t in sums]
    print(row("total time (s)", f"{sums[0]:.2f}", f"{sums[1]:.2f}"))
    print(row("searches/s", f"{per_second[0]:.1f}", f"{per_second[1]:.1f}"))
    for label, q in (
        ("p50 latency (ms)", 50.0),
        ("p95 latency (ms)", 95.0),
        ("p99 latency (ms)", 99.0),
    ):
        print(
            row(
                label,
                f"{percentile(encrypted.latencies, q) * 1000:.2f}",
                f"{percentile(plain.latencies, q) * 1000:.2f}",
            )
        )
    print(
        row(
            "max latency (ms)",
            f"{max(encrypted.latencies, default=0) * 1000:.2f}",
            f"{max(plain.latencies, default=0) * 1000:.2f}",
        )
    )
    search_ratio = per_second[0] / per_second[1] if per_second[1] else 0.0
    p95 = percentile(encrypted.latencies, 95.0) * 1000
    print(
        f"  ratio SQLCipher/plain: {search_ratio:.2f}"
        f"  (goal >= {SEARCH_RATIO_GOAL})  {goal(search_ratio >= SEARCH_RATIO_GOAL)}"
    )
    print(
        f"  SQLCipher p95: {p95:.2f} ms  (goal < {SEARCH_P95_GOAL_MS:.0f} ms)"
        f"  {goal(p95 < SEARCH_P95_GOAL_MS)}"
    )
    identical = encrypted.results == plain.results
    print(f"  same hits on both databases: {'yes' if identical else 'NO'}")

    print()
    print("  by kind of query (SQLCipher)     count  mean hits  no hit  p50 ms  p95 ms   max ms")
    kinds: dict[str, list[int]] = {}
    for i, query in enumerate(queries):
        kinds.setdefault(query.kind, []).append(i)
    for kind, indices in kinds.items():
        hits = [len(encrypted.results[i]) for i in indices]
        lat = [encrypted.latencies[i] * 1000 for i in indices]
        print(
            f"  {kind:<32}{len(indices):>6}{sum(hits) / len(hits):>11.1f}"
            f"{sum(1 for h in hits if h == 0):>8}{percentile(lat, 50):>8.2f}"
            f"{percentile(lat, 95):>8.2f}{max(lat):>9.2f}"
        )
    slowest = sorted(range(len(queries)), key=lambda i: encrypted.latencies[i], reverse=True)[:5]
    print(
        "  slowest on SQLCipher: "
        + ", ".join(
            f"{queries[i].text!r} {encrypted.latencies[i] * 1000:.1f} ms"
            f" ({len(encrypted.results[i])} hits)"
            for i in slowest
        )
    )

    print()
    print("Files (after closing, WAL checkpointed)")
    for label, files in sizes.items():
        total = sum(files.values())
        listing = ", ".join(f"{name} {human_bytes(size)}" for name, size in files.items())
        print(f"  {label:<14} {human_bytes(total):>10}  ({listing})")
    plain_header = headers[plain.label] == b"SQLite format 3\x00"
    encrypted_header = headers[encrypted.label] != b"SQLite format 3\x00"
    print(
        f"  plain file starts with 'SQLite format 3': {'yes' if plain_header else 'no'};"
        f" SQLCipher file does not: {'yes' if encrypted_header else 'NO'}"
    )


def _terminate(signum: int, frame: FrameType | None) -> None:
    """On SIGTERM unwind like on Ctrl-C, so the vaults are closed and the temp dirs removed."""
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cases", type=int, default=10000, help="cases to generate (10000)")
    parser.add_argument("--searches", type=int, default=1000, help="searches to time (1000)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generator (1)")
    args = parser.parse_args(argv)
    if args.cases < 1 or args.searches < 1:
        parser.error("--cases and --searches must be at least 1")
    signal.signal(signal.SIGTERM, _terminate)
    run(args.cases, args.searches, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
