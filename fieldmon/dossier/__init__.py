"""Dossiers: recipient profiles (who is named: fieldmon.consent), PDF layout, PAdES signing,
verification.

The public surface is the submodules named in ``__all__``; each is imported when first used
(``from fieldmon.dossier import build`` or ``fieldmon.dossier.build``), so importing this
package loads neither reportlab nor pyHanko.

==============  =================================================================
``build``       plan a dossier (seal, naming, annexes), render, sign, write, log
``profiles``    what each recipient's dossier holds, one module per profile
``texts``       the dossier's words in its language
``layout``      A4 layout with reportlab: styles, tables, page numbers, images
``fonts``       fonts for every script, Arabic shaped with HarfBuzz
``manifest``    the evidence manifest embedded in every dossier
``images``      evidence pictures drawn upright and bounded (over fieldmon.images)
``signature``   embedded files and the PAdES B-B signature
``verify``      ``fieldmon verify``: signature, coverage and manifest checked
``bounded_pdf``   a PDF given to verify, read within limits (size, kind of file)
``xref_bounds``   cross-reference tables and streams refused before pyHanko parses them
``manifest_check``  the embedded evidence manifest and annexes checked within limits
``history``     each case's custody history in a dossier, and ``verify --since``
==============  =================================================================
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldmon.dossier import (
        bounded_pdf,
        build,
        fonts,
        history,
        images,
        layout,
        manifest,
        manifest_check,
        profiles,
        signature,
        texts,
        verify,
        xref_bounds,
    )

__all__ = [
    "bounded_pdf",
    "build",
    "fonts",
    "history",
    "images",
    "layout",
    "manifest",
    "manifest_check",
    "profiles",
    "signature",
    "texts",
    "verify",
    "xref_bounds",
]


def __getattr__(name: str) -> ModuleType:
    """Import a submodule named in ``__all__`` when it is first reached as an attribute.

    :param name: the attribute asked for.
    :return: the submodule.
    :raises AttributeError: for any other name.
    """
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
