"""Fonts for every script a dossier may hold: Noto Sans, with Noto fonts for Georgian, Armenian
and Arabic runs (Arabic shaped with HarfBuzz), embedded from ``resources/fonts``."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fieldmon.resources import resources_dir

SANS, SANS_BOLD, SANS_ITALIC = "FMSans", "FMSans-Bold", "FMSans-Italic"
_ARABIC_LETTERS = r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]"
# Scripts Noto Sans lacks, with the font that has them.
_SCRIPT_FONTS = (
    (re.compile(r"[\u10A0-\u10FF\u1C90-\u1CBF\u2D00-\u2D2F]+"), "FMGeorgian"),
    (re.compile(r"[\u0530-\u058F\uFB13-\uFB17]+"), "FMArmenian"),
    (
        # Whole phrases: their words are laid right to left together.
        re.compile(_ARABIC_LETTERS + r"+(?:\s+" + _ARABIC_LETTERS + r"+)*"),
        "FMArabic",
    ),
)
_FONT_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    "FMGeorgian": "NotoSansGeorgian-Regular.ttf",
    "FMArmenian": "NotoSansArmenian-Regular.ttf",
    "FMArabic": "NotoNaskhArabic-Regular.ttf",
}
_ARABIC_FONT = "FMArabic"


@cache
def register_fonts() -> None:
    """Register the fonts under ``resources/fonts`` with reportlab, once: Noto Sans (regular,
    bold, italic) as the family ``FMSans``, and Noto fonts for Georgian, Armenian and Arabic
    runs.

    :raises FileNotFoundError: if the resources folder is missing from the installation.
    """
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
        out.append(escape(text[last:start]))
        out.append(f'<font name="{font}">{escape(run)}</font>')
        last = end
    out.append(escape(text[last:]))
    return "".join(out).replace("\n", "<br/>")
