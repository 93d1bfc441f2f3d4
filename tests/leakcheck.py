"""The leak-test harness: every text a dossier PDF carries, and one fold under which a name
compares equal however it was written.

A name can leave in the visible text, in the PDF's own strings (outline titles, the Info
dictionary, form fields, annotation contents), in the XMP metadata, in an embedded file (and in
the files embedded in that), in an image's EXIF or XMP, or in a file name.
:func:`extract_everything` reads each of these with tools FieldMon did not write (poppler,
qpdf, Pillow, pyHanko's reader);
:func:`fold_for_leaks` folds text so that "Гюнель Гусейнова", "GÜNEL HÜSEYNOVA", "günel
hüseynova" typed with a soft hyphen inside, and "Günel Hüseynova" in NFD all compare equal;
:func:`stems` gives the stems of a person's names to look for (inflection endings off), and
:func:`find_stems` finds them in a folded text.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from fieldmon.vault.search import CYRILLIC_TO_LATIN
from fieldmon.vault.textforms import FORMAT_CHARACTERS

SOURCES = ("pdftotext", "qdf", "metadata", "bookmarks", "embedded", "file_names")
"""The named text sources :func:`extract_everything` returns, always all of them."""

MAX_DEPTH = 3
"""Embedded PDFs are read this many levels deep."""

_RUN_TIMEOUT = 120

# Letters folded before marks are stripped (ç is not c: c is the Azerbaijani dzh).
_BEFORE_MARKS = {
    "ç": "ch",
    "ş": "sh",
    "ğ": "gh",
    "ı": "i",
    "ə": "a",
    "ә": "а",  # Azerbaijani Cyrillic schwa
    "ғ": "г",
    "һ": "х",
    "ҹ": "ч",
    "ј": "й",
    "ө": "о",
    "ү": "у",
    "ҝ": "к",
    "\u0671": "\u0627",  # alef wasla
    "\u0629": "\u0647",  # ta marbuta -> ha
    "\u0649": "\u064a",  # alef maqsura -> ya
    "\u06cc": "\u064a",  # Persian ya
    "\u06a9": "\u0643",  # Persian kaf
    "\u0640": "",  # tatweel
}
_CYRILLIC = {**CYRILLIC_TO_LATIN, "й": "y", "ё": "yo"}
# Latin spellings of one sound, in order: longest first. Upper-case letters are placeholders
# (the text is case-folded before), so that ç (ch) does not become the c of dzh.
_SEQUENCES = (
    ("shch", "s"),
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "k"),
    ("sh", "s"),
    ("ch", "C"),
    ("yu", "u"),
    ("ya", "a"),
    ("yo", "o"),
    ("ye", "e"),
)
_LETTER_CLASSES = str.maketrans(
    {
        "c": "j",
        "C": "c",
        "e": "a",
        "y": "i",
        "q": "k",
        "g": "k",
        "x": "h",
        "w": "v",
    }
)
_DOUBLE = re.compile(r"([a-z])\1+")
_WORDS = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[a-z]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
_GEORGIAN = re.compile(r"[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]")

# Latin (folded) endings of Azerbaijani and Russian inflection and feminine forms: only final
# vowels need to go, since a stem is looked for as the start of a word.
_LATIN_ENDINGS = ("a", "i", "u", "o")
_GEORGIAN_ENDINGS = ("ე", "ი", "ა", "ო", "ს", "მა", "ის")
# Particles that are parts of names but name nobody (al-, ibn, oğlu, qızı, Dr.).
_PARTICLES = frozenset({"al", "el", "ad", "ibn", "bin", "bint", "oklu", "okli", "kizi", "dr"})
_ARABIC_ARTICLE = "\u0627\u0644"


def _run(args: Sequence[str], ok: Iterable[int] = (0,)) -> bytes:
    done = subprocess.run(list(args), capture_output=True, timeout=_RUN_TIMEOUT)
    if done.returncode not in tuple(ok):
        raise AssertionError(f"{args[0]} failed ({done.returncode}): {done.stderr[-500:]!r}")
    return done.stdout


def pdftotext(pdf: Path, mode: str = "-raw") -> str:
    """The text poppler extracts, in one layout mode (``-raw`` or ``-layout``)."""
    return _run(["pdftotext", "-enc", "UTF-8", mode, str(pdf), "-"]).decode("utf-8", "replace")


# PDF strings: literal (one level of nested parentheses, escapes) and hexadecimal.
_LITERAL = re.compile(rb"\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)", re.DOTALL)
_HEX = re.compile(rb"(?<![<])<([0-9A-Fa-f\s]{2,})>(?![>])")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _unescape(body: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i : i + 1]
        if c != b"\\":
            out += c
            i += 1
            continue
        nxt = body[i + 1 : i + 2]
        if nxt in _ESCAPES:
            out += _ESCAPES[nxt]
            i += 2
        elif nxt.isdigit():
            digits = re.match(rb"[0-7]{1,3}", body[i + 1 : i + 4])
            span = digits.group() if digits else b"0"
            out.append(int(span, 8) & 0xFF)
            i += 1 + len(span)
        elif nxt in (b"\n", b"\r"):
            i += 2
        else:
            out += nxt
            i += 2
    return bytes(out)


def decode_pdf_string(raw: bytes) -> str:
    """A PDF string's text: UTF-16BE or UTF-8 by their byte order marks, else PDFDocEncoding
    (read as Latin-1, which it equals for letters), with UTF-16BE and UTF-8 tried as well."""
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", "replace")
    forms = [raw.decode("latin-1")]
    if len(raw) % 2 == 0 and raw[:1] == b"\x00":
        forms.append(raw.decode("utf-16-be", "replace"))
    with contextlib.suppress(UnicodeDecodeError):
        forms.append(raw.decode("utf-8"))
    return " ".join(forms)


def pdf_strings(data: bytes) -> list[str]:
    """Every literal and hexadecimal string of an uncompressed PDF, decoded."""
    found = [decode_pdf_string(_unescape(m.group()[1:-1])) for m in _LITERAL.finditer(data)]
    for m in _HEX.finditer(data):
        digits = re.sub(rb"\s", b"", m.group(1))
        if len(digits) % 2:
            digits += b"0"
        found.append(decode_pdf_string(bytes.fromhex(digits.decode("ascii"))))
    return found


_STREAM = re.compile(rb"\bstream\r?\n")
# Font programs and images carry no text FieldMon wrote: their bytes are left out (13 MB of
# uncompressed Noto fonts would otherwise take most of a test's time to fold).
_SKIPPED_STREAM = re.compile(
    rb"/Length1|/Length2|/Subtype\s*/(?:Image|Type1C|CIDFontType0C|OpenType)"
)
_RUNS = re.compile(rb"(?:[\x20-\x7e\t\r\n]|[\xc2-\xf4][\x80-\xbf]{1,3}){4,}")
_UTF16_RUNS = re.compile(rb"(?:[\x00-\x05\x10\x06][\x20-\xff]){4,}")


def _textual(body: bytes) -> bool:
    sample = body[:4096]
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in sample)
    return printable >= 0.9 * len(sample)


def readable_pdf_bytes(data: bytes) -> bytes:
    """An uncompressed PDF without its font programs and images, and with every other binary
    stream cut down to its runs of printable text (ASCII, UTF-8 and UTF-16BE, as `strings`)."""
    parts: list[bytes] = []
    pos = 0
    for match in _STREAM.finditer(data):
        if match.start() < pos:
            continue
        end = data.find(b"endstream", match.end())
        if end < 0:
            break
        head = data[pos : match.start()]
        body = data[match.end() : end]
        parts.append(head)
        dictionary = head[head.rfind(b" obj") :]
        if _SKIPPED_STREAM.search(dictionary):
            parts.append(b"(stream left out)")
        elif _textual(body):
            parts.append(body)
        else:
            runs = [m.group() for m in _RUNS.finditer(body)]
            runs += [
                m.group().decode("utf-16-be", "replace").encode("utf-8")
                for m in _UTF16_RUNS.finditer(body)
            ]
            parts.append(b"\n".join(runs))
        pos = end
    parts.append(data[pos:])
    return b"\n".join(parts)


def _qdf(pdf: Path, work: Path) -> str:
    out = work / (pdf.stem + ".qdf.pdf")
    _run(["qpdf", "--qdf", "--object-streams=disable", str(pdf), str(out)], ok=(0, 3))
    data = readable_pdf_bytes(out.read_bytes())
    return "\n".join([data.decode("latin-1"), data.decode("utf-8", "replace"), *pdf_strings(data)])


def _outline_titles(pdf: Path) -> list[str]:
    titles: list[str] = []
    shown = json.loads(_run(["qpdf", "--json", "--json-key=outlines", str(pdf)], ok=(0, 3)))

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            titles.append(str(item.get("title", "")))
            kids = item.get("kids")
            if isinstance(kids, list):
                walk(kids)

    walk(shown.get("outlines", []))
    # And as pyHanko's reader walks /Outlines (/First, /Next), independently of qpdf.
    from pyhanko.pdf_utils.reader import PdfFileReader

    with pdf.open("rb") as handle:
        reader = PdfFileReader(handle, strict=False)
        root = reader.root
        seen: set[int] = set()

        def follow(node: object, depth: int) -> None:
            while node is not None and depth < 64:
                resolved = node.get_object() if hasattr(node, "get_object") else node
                if id(resolved) in seen or not hasattr(resolved, "get"):
                    return
                seen.add(id(resolved))
                title = resolved.get("/Title")
                if title is not None:
                    titles.append(str(title))
                follow(resolved.get("/First"), depth + 1)
                node = resolved.get("/Next")

        outlines = root.get("/Outlines")
        if outlines is not None:
            follow(outlines.get_object().get("/First"), 0)
    return titles


def _image_texts(path: Path) -> list[str]:
    from PIL import Image

    found: list[str] = []
    try:
        with Image.open(path) as image:
            exif = image.getexif()
            found += [
                v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)
                for v in exif.values()
            ]
            for ifd_id in (0x8769, 0x8825):
                for value in exif.get_ifd(ifd_id).values():
                    found.append(
                        value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
                    )
            for key, value in image.info.items():
                if isinstance(value, bytes):
                    found.append(value.decode("utf-8", "replace"))
                elif isinstance(value, str):
                    found.append(f"{key} {value}")
            if hasattr(image, "getxmp"):
                found.append(str(image.info.get("xmp", "")))
    except Exception:  # not an image: its bytes were read as text already
        pass
    return found


def _file_texts(path: Path, work: Path, depth: int) -> list[str]:
    data = path.read_bytes()
    texts = [data.decode("utf-8", "replace"), data.decode("latin-1")]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        texts.append(data.decode("utf-16", "replace"))
    if b"%PDF" in data[:1024] and depth < MAX_DEPTH:
        inner = work / f"{path.name}.d{depth}"
        inner.mkdir(parents=True, exist_ok=True)
        texts += extract_everything(path, inner, depth=depth + 1).values()
    texts += _image_texts(path)
    return texts


def extract_everything(pdf: Path, work: Path, *, depth: int = 0) -> dict[str, str]:
    """Every text a PDF carries, by where it came from.

    :param pdf: the PDF file.
    :param work: a scratch folder (the qdf copy and the detached files go there).
    :param depth: how deep inside embedded PDFs this one is.
    :return: text per source, every key of :data:`SOURCES`:

        - ``pdftotext``: poppler's text in ``-layout`` and ``-raw`` modes;
        - ``qdf``: ``qpdf --qdf --object-streams=disable`` read as Latin-1 and as UTF-8, plus
          every literal and hexadecimal string decoded (UTF-16BE, UTF-8, PDFDocEncoding);
        - ``metadata``: ``pdfinfo`` and the XMP packet (``pdfinfo -meta``);
        - ``bookmarks``: outline titles (``qpdf --json`` and pyHanko's reader);
        - ``embedded``: each file ``pdfdetach -saveall`` writes, as text, PDFs recursively,
          images' EXIF, XMP and text chunks;
        - ``file_names``: the PDF's own name, the embedded files' names and descriptions.
    """
    work.mkdir(parents=True, exist_ok=True)
    sources = dict.fromkeys(SOURCES, "")
    sources["pdftotext"] = pdftotext(pdf, "-layout") + "\n\f\n" + pdftotext(pdf, "-raw")
    sources["qdf"] = _qdf(pdf, work)
    info = _run(["pdfinfo", "-enc", "UTF-8", str(pdf)]).decode("utf-8", "replace")
    meta = _run(["pdfinfo", "-meta", str(pdf)]).decode("utf-8", "replace")
    sources["metadata"] = info + "\n" + meta
    sources["bookmarks"] = "\n".join(_outline_titles(pdf))
    detached = work / f"{pdf.stem}.attachments"
    detached.mkdir(exist_ok=True)
    listing = _run(["pdfdetach", "-enc", "UTF-8", "-list", str(pdf)]).decode("utf-8", "replace")
    _run(["pdfdetach", "-saveall", "-o", str(detached), str(pdf)])
    embedded: list[str] = []
    for path in sorted(p for p in detached.rglob("*") if p.is_file()):
        embedded += _file_texts(path, work, depth)
    sources["embedded"] = "\n".join(embedded)
    names = [pdf.name, listing, *(p.name for p in detached.rglob("*"))]
    sources["file_names"] = "\n".join(names)
    return sources


def fold_for_leaks(text: str) -> str:
    """Text folded so that one name compares equal in any form, case, script or spelling.

    NFKC (Arabic presentation forms, ligatures, full-width letters), invisible format
    characters (soft hyphen, zero-width space, joiners, bidi marks: FORMAT_CHARACTERS of
    fieldmon.vault.textforms) removed, case folded (Georgian Mtavruli to Mkhedruli too), combining
    marks (accents, cedillas, Arabic harakat, hamza) stripped, Arabic alef, ta marbuta and ya
    variants unified and tatweel dropped, Azerbaijani letters and Cyrillic (also Azerbaijani
    Cyrillic) to Latin, then Latin spellings of one sound collapsed into one letter class: sh/s,
    kh/x/h, dzh/dj/zh/j/c, ch/ç, yu/u, ya/a, yo/o, ye/e, q/g/k, e/ə/a, y/i, doubled letters.
    Georgian and Arabic letters stay in their scripts. Digits and punctuation stay.

    :param text: any text.
    :return: the folded text (not position-aligned with ``text``).
    """
    folded = unicodedata.normalize("NFKC", text)
    folded = "".join(c for c in folded if c not in FORMAT_CHARACTERS)
    folded = folded.casefold()
    folded = "".join(_BEFORE_MARKS.get(c, c) for c in folded)
    decomposed = unicodedata.normalize("NFKD", folded)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = "".join(_BEFORE_MARKS.get(c, c) for c in folded)
    folded = "".join(_CYRILLIC.get(c, c) for c in folded)
    for sequence, letter in _SEQUENCES:
        folded = folded.replace(sequence, letter)
    folded = folded.translate(_LETTER_CLASSES)
    return _DOUBLE.sub(r"\1", folded)


def _stem(word: str) -> str:
    if _ARABIC.search(word):
        if word.startswith(_ARABIC_ARTICLE) and len(word) > 4:
            word = word[2:]
        return word[:-1] if word.endswith("\u0647") and len(word) > 4 else word
    endings = _GEORGIAN_ENDINGS if _GEORGIAN.search(word) else _LATIN_ENDINGS
    for ending in sorted(endings, key=len, reverse=True):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _spelling_variants(name: str) -> list[str]:
    # Russian writes the Azerbaijani h as г (Hüseynova, Гусейнова); Latin spellings of a
    # Cyrillic-recorded г keep the h as well (Гасанов, Hasanov). Only letters recorded as h or
    # г: x (Orxan) is never г, and folding h and g alike would make "organ" a name.
    variants = [name]
    if re.search("[hH]", name):
        variants.append(re.sub("h", "g", re.sub("H", "G", name)))
    if re.search("[гГ]", name):
        variants.append(re.sub("г", "х", re.sub("Г", "Х", name)))
    return variants


def stems(name: str) -> list[str]:
    """The stems of a name to search for: each word folded (:func:`fold_for_leaks`), without
    inflection endings (final vowels of Latin and Cyrillic names, Georgian case endings, the
    Arabic article and ta marbuta) as long as four letters remain; a shorter word whole.
    Particles that name nobody (al-, ibn, oğlu, qızı, Dr.) and one-letter words are left out.

    :param name: a person's name as recorded (or one of their other names).
    :return: distinct stems, in order.
    """
    found: list[str] = []
    for variant in _spelling_variants(name):
        for word in _WORDS.findall(fold_for_leaks(variant)):
            if len(word) < 2 or word in _PARTICLES:
                continue
            stem = _stem(word)
            if stem not in found:
                found.append(stem)
    return found


def _pattern(stem: str) -> re.Pattern[str]:
    if _ARABIC.search(stem):
        # Attached prefixes (ال، بـ، لـ، و) and visual order: anywhere, and reversed.
        return re.compile(f"{re.escape(stem)}|{re.escape(stem[::-1])}")
    whole = "(?![^\\W\\d_])" if len(stem) < 4 else ""
    return re.compile(f"(?<![^\\W\\d_]){re.escape(stem)}{whole}")


def find_stems(
    folded: str, stem_list: Iterable[str], allowed: Iterable[str] = ()
) -> list[tuple[str, str]]:
    """Where any of the stems occurs in a folded text, outside the allowed phrases.

    :param folded: a text folded with :func:`fold_for_leaks`.
    :param stem_list: stems (:func:`stems`).
    :param allowed: phrases as written that may contain a stem (a shown person's full name, a
        place name, an ordinary word kept): blanked out before the search, in any inflection
        (:func:`allowed_patterns`).
    :return: (stem, 40 characters of context) per occurrence.
    """
    folded = blank(folded, allowed_patterns(allowed))
    hits: list[tuple[str, str]] = []
    for stem in dict.fromkeys(stem_list):
        for match in _pattern(stem).finditer(folded):
            context = folded[max(0, match.start() - 40) : match.end() + 40]
            hits.append((stem, " ".join(context.split())))
    return hits


def image_with_metadata(text: str) -> bytes:
    """A small JPEG whose EXIF Artist and ImageDescription say ``text`` (for self-tests)."""
    from PIL import Image

    image = Image.new("RGB", (16, 16), "white")
    exif = Image.Exif()
    exif[0x013B] = text  # Artist
    exif[0x010E] = text  # ImageDescription
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes())
    return buffer.getvalue()


# --- The corpus and the cases it is put into ---------------------------------------------------

DATA = Path(__file__).resolve().parent / "data"
CORPUS_PATH = DATA / "leak_corpus.json"
CASES_PATH = DATA / "leak_cases.json"
MARKER = re.compile(r"\[\[([a-z]{2}-\d{2})\]\]")
"""Each corpus sentence goes into its field after a marker ``[[az-01]]``, so that a leak found in
poppler's text can be traced to the sentence it came from."""

PROFESSIONAL_ROLES = frozenset(
    {"representative", "lawyer", "physician", "interpreter", "interviewer"}
)
"""Roles that appear under their professional identity when no consent says otherwise."""
SHOWN_ROLES = frozenset({"victim", "applicant", "witness", "relative", "source", "other"})
UN_RECIPIENTS = frozenset({"un-srt", "wgad"})


def load_corpus() -> list[dict[str, Any]]:
    """The corpus entries (tests/data/leak_corpus.json)."""
    return list(json.loads(CORPUS_PATH.read_text(encoding="utf-8"))["entries"])


def _locate(case: dict[str, Any], path: str) -> tuple[dict[str, Any], str]:
    parts = path.split("/")
    node: Any = case
    i = 0
    while i < len(parts) - 1:
        node = node[parts[i]]
        if isinstance(node, list):
            key = parts[i + 1]
            node = node[int(key)] if key.isdigit() else next(r for r in node if r["id"] == key)
            i += 2
        else:
            i += 1
    assert isinstance(node, dict), path
    return node, parts[-1]


def case_document(corpus: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The cases of tests/data/leak_cases.json with every corpus sentence added to its field,
    after its marker (:data:`MARKER`)."""
    document = json.loads(CASES_PATH.read_text(encoding="utf-8"))
    cases = {c["reference"]: c for c in document["cases"]}
    for entry in corpus:
        record, key = _locate(cases[str(entry["case"])], str(entry["field"]))
        record[key] = f"{record.get(key) or ''} [[{entry['id']}]] {entry['text']}".strip()
    return dict(document)


def recipient_of(profile: str) -> str:
    """The consent a profile reads: rule39 goes to the Court, as echr does."""
    return {"rule39": "echr", "pattern": "pattern"}.get(profile, profile)


def visibility(case: dict[str, Any], profile: str) -> dict[str, set[str]]:
    """Who of a case must be hidden, shown in full, or shown as a professional, per the model of
    issue 13: below full-name consent (or none, or withdrawn, or for un-srt/wgad without
    transmission to the State) hidden; professionals without a consent shown; an ECtHR applicant
    always identified to the Court; perpetrators as recorded (neither here)."""
    recipient = recipient_of(profile)
    consents = {
        str(c["person"]): c for c in case.get("consents", []) if c["recipient"] == recipient
    }
    out: dict[str, set[str]] = {"hidden": set(), "shown": set(), "professional": set()}
    for person in case["persons"]:
        pid, roles = str(person["id"]), set(person["roles"])
        consent = consents.get(pid)
        if roles & PROFESSIONAL_ROLES and not roles & SHOWN_ROLES and consent is None:
            out["professional"].add(pid)
        elif roles & SHOWN_ROLES:
            full = (
                consent is not None
                and consent["identity"] == "full_name"
                and not consent.get("withdrawn")
                and (recipient not in UN_RECIPIENTS or consent.get("transmission") is True)
            )
            court_applicant = recipient == "echr" and "applicant" in roles
            out["shown" if full or court_applicant else "hidden"].add(pid)
    return out


def names_of(person: dict[str, Any]) -> list[str]:
    """A person's recorded name and other names."""
    return [str(person["name"]), *map(str, person.get("other_names", []) or [])]


def allowed_patterns(phrases: Iterable[str]) -> list[re.Pattern[str]]:
    """Patterns of phrases that may contain a hidden stem (a shown person's name, a place name,
    an ordinary word kept), in any inflection and spelling: each word's stem followed by letters.
    """
    out: list[re.Pattern[str]] = []
    for phrase in phrases:
        for variant in _spelling_variants(phrase):
            words = _WORDS.findall(fold_for_leaks(variant))
            if words:
                body = r"\W*".join(re.escape(_stem(w)) + r"[^\W\d_]*" for w in words)
                out.append(re.compile(body))
    return out


def blank(folded: str, patterns: Iterable[re.Pattern[str]]) -> str:
    """The folded text with every match of the patterns blanked out (same length)."""
    for pattern in patterns:
        folded = pattern.sub(lambda m: " " * len(m.group()), folded)
    return folded
