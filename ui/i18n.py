"""Interface languages: Qt Linguist translations (.ts under resources/i18n, .qm built by make)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from fieldmon.resources import resources_dir

LANGUAGES = {"en": "English", "ru": "Русский", "az": "Azərbaycanca"}
_translator: QTranslator | None = None
_current = "en"


def settings() -> QSettings:
    """Preferences only: no case data, no recent files, no paths of evidence."""
    return QSettings("FieldMon", "FieldMon")


def current() -> str:
    return _current


def install(language: str) -> bool:
    """Switch the interface language; widgets retranslate on the LanguageChange event."""
    global _translator, _current
    app = QCoreApplication.instance()
    if app is None or language not in LANGUAGES:
        return False
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    if language != "en":
        translator = QTranslator(app)
        path = resources_dir() / "i18n" / f"fieldmon_{language}.qm"
        if not translator.load(str(path)):
            # Built by make from the .ts sources; vocabularies still follow the language.
            print(f"FieldMon: no interface translation at {path}; run make", file=sys.stderr)
        else:
            app.installTranslator(translator)
            _translator = translator
    _current = language
    settings().setValue("language", language)
    return True


def saved_language() -> str:
    value = settings().value("language", "en")
    return str(value) if str(value) in LANGUAGES else "en"
