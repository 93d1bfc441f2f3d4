"""Fonts for every script a dossier may hold: Noto Sans, with Noto fonts for Georgian, Armenian,
Hebrew and Arabic runs (Arabic shaped with HarfBuzz), embedded from ``resources/fonts``.

Right-to-left runs (Arabic, Persian, Hebrew) are drawn in visual order, so a reader sees them
as written; text extraction gets them back in logical order: PDF readers and ``pdftotext``
(poppler) put right-to-left characters of a line back in reading order themselves, and each
shaped Arabic glyph is mapped in the font's ToUnicode table to the letters it stands for (an
initial ``ﻣ`` to ``م``, the ligature ``ﻷ`` to ``لأ``), not to a presentation form a search
for the name would miss (:func:`_to_unicode_letters`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from fieldmon.resources import resources_dir

SANS, SANS_BOLD, SANS_ITALIC = "FMSans", "FMSans-Bold", "FMSans-Italic"
_ARABIC_LETTERS = r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]"
_HEBREW_LETTERS = r"[\u0591-\u05F4\uFB1D-\uFB4F]"
# Scripts Noto Sans lacks, with the font that has them.
_SCRIPT_FONTS = (
    (re.compile(r"[\u10A0-\u10FF\u1C90-\u1CBF\u2D00-\u2D2F]+"), "FMGeorgian"),
    (re.compile(r"[\u0530-\u058F\uFB13-\uFB17]+"), "FMArmenian"),
    (
        # Whole phrases: their words are laid right to left together.
        re.compile(_ARABIC_LETTERS + r"+(?:\s+" + _ARABIC_LETTERS + r"+)*"),
        "FMArabic",
    ),
    (re.compile(_HEBREW_LETTERS + r"+(?:\s+" + _HEBREW_LETTERS + r"+)*"), "FMHebrew"),
)
_FONT_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    "FMGeorgian": "NotoSansGeorgian-Regular.ttf",
    "FMArmenian": "NotoSansArmenian-Regular.ttf",
    "FMArabic": "NotoNaskhArabic-Regular.ttf",
    "FMHebrew": "NotoSansHebrew-Regular.ttf",
}
_ARABIC_FONT = "FMArabic"
_HEBREW_FONT = "FMHebrew"
_PRESENTATION_FORMS = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def _to_unicode_letters(font_name: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap of a font subset (ISO 32000-2, 9.10.3), with each Arabic
    presentation form mapped to the letters it stands for (its NFKC form), so that a shaped
    name is extracted as typed."""
    lines = _REPORTLAB_TO_UNICODE(font_name, subset).split("\n")
    for code, value in enumerate(subset):
        if not any(low <= value <= high for low, high in _PRESENTATION_FORMS):
            continue
        letters = unicodedata.normalize("NFKC", chr(value))
        if letters != chr(value):
            old = f"<{code:02X}> <{value:04X}>"
            new = f"<{code:02X}> <{''.join(f'{ord(c):04X}' for c in letters)}>"
            lines = [new if line == old else line for line in lines]
    return "\n".join(lines)


_REPORTLAB_TO_UNICODE = ttfonts.makeToUnicodeCMap


@cache
def register_fonts() -> None:
    """Register the fonts under ``resources/fonts`` with reportlab, once: Noto Sans (regular,
    bold, italic) as the family ``FMSans``, and Noto fonts for Georgian, Armenian, Hebrew and
    Arabic runs; Arabic letters extracted as letters (:func:`_to_unicode_letters`).

    :raises FileNotFoundError: if the resources folder is missing from the installation.
    """
    # Every font's ToUnicode table passes through here; only presentation forms change.
    ttfonts.makeToUnicodeCMap = _to_unicode_letters
    folder = resources_dir() / "fonts"
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD
    )


@cache
def _arabic_shaper() -> tuple[Any, dict[str, int]]:
    import uharfbuzz
    from fontTools.ttLib import TTFont as ToolsFont

    path = str(resources_dir() / "fonts" / _FONT_FILES[_ARABIC_FONT])
    by_name = {name: code for code, name in ToolsFont(path).getBestCmap().items()}
    font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(path)))
    return font, by_name


def _glyph_char(name: str, by_name: dict[str, int]) -> str:
    base = name.split(".", 1)[0]
    if base in by_name:
        return chr(by_name[base])
    if base.startswith("uni") and len(base) == 7:
        return chr(int(base[3:], 16))
    return ""


def arabic_visual(run: str) -> str:
    """An Arabic run shaped by HarfBuzz, as presentation-form characters in visual order.

    reportlab's own shaping upsets the fonts of neighbouring text and has no bidi without a
    library that is not on PyPI, so each word is shaped here and the words of the run are laid
    right to left. A run that wraps onto several lines keeps visual order per line only.

    :param run: Arabic-script words separated by white space.
    :return: the shaped words in right-to-left order, separated by single spaces.
    """
    import uharfbuzz

    font, by_name = _arabic_shaper()
    words = []
    for word in run.split():
        buffer = uharfbuzz.Buffer()
        buffer.add_str(word)
        buffer.guess_segment_properties()
        uharfbuzz.shape(font, buffer, {})
        names = [font.glyph_to_string(info.codepoint) for info in buffer.glyph_infos]
        words.append("".join(_glyph_char(n, by_name) for n in names))
    return " ".join(reversed(words))


def hebrew_visual(run: str) -> str:
    """A Hebrew run in visual order: each word's letters (with their points and accents, which
    stay after their letter) right to left, and the words right to left.

    :param run: Hebrew words separated by white space.
    :return: the run as drawn left to right, words separated by single spaces.
    """
    words = []
    for word in run.split():
        clusters: list[str] = []
        for char in word:
            if clusters and unicodedata.combining(char):
                clusters[-1] += char
            else:
                clusters.append(char)
        words.append("".join(reversed(clusters)))
    return " ".join(reversed(words))


def markup(text: str) -> str:
    """Escape text for a Paragraph and put runs of other scripts in a font that has them.

    :param text: plain text; normalised to NFC.
    :return: reportlab paragraph markup, line breaks as ``<br/>``.
    """
    text = unicodedata.normalize("NFC", text)
    spans: list[tuple[int, int, str]] = []
    for pattern, font in _SCRIPT_FONTS:
        for match in pattern.finditer(text):
            spans.append((match.start(), match.end(), font))
    if not spans:
        return escape(text).replace("\n", "<br/>")
    spans.sort()
    out, last = [], 0
    for start, end, font in spans:
        run = text[start:end]
        if font == _ARABIC_FONT:
            run = arabic_visual(run)
        elif font == _HEBREW_FONT:
            run = hebrew_visual(run)
        out.append(escape(text[last:start]))
        out.append(f'<font name="{font}">{escape(run)}</font>')
        last = end
    out.append(escape(text[last:]))
    return "".join(out).replace("\n", "<br/>")
