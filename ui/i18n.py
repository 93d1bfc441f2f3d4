"""Interface languages: Qt Linguist translations (.ts under resources/i18n, .qm built by make),
Qt's own strings (standard buttons, wizards, file dialogs) in the same language, and a helper
that keeps a widget's texts in the current language."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Protocol, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

from fieldmon.resources import resources_dir

# Qt locale of each interface language (Azerbaijani in Latin script, as the interface).
LOCALES = {"en": "en_GB", "ru": "ru_RU", "az": "az_Latn_AZ"}
LANGUAGES = {"en": "English", "ru": "Русский", "az": "Azərbaycanca"}
_translators: list[QTranslator] = []
_current = "en"


def settings() -> QSettings:
    """Preferences only: no case data, no recent files, no paths of evidence."""
    return QSettings("FieldMon", "FieldMon")


def current() -> str:
    """The interface language in use: a key of :data:`LANGUAGES`."""
    return _current


def qt_translation_paths(language: str) -> list[Path]:
    """Where Qt's own strings in ``language`` may be, in order of preference.

    Qt's translations folder (PySide6 ships ``qtbase_ru.qm`` there, and no Azerbaijani), then
    ours, ``resources/i18n/qtbase_<language>.qm``, built by make from ``qtbase_<language>.ts``.

    :param language: a key of :data:`LANGUAGES`.
    :return: candidate .qm paths; they may not exist.
    """
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ours = resources_dir() / "i18n"
    return [qt_folder / f"qtbase_{language}.qm", ours / f"qtbase_{language}.qm"]


def _load(app: QCoreApplication, path: Path) -> bool:
    translator = QTranslator(app)
    if not translator.load(str(path)):
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    _translators.append(translator)
    return True


def install(language: str) -> bool:
    """Switch the interface language, Qt's own strings included; widgets retranslate on the
    LanguageChange event that installing a translator sends.

    A missing translation is reported on standard error and the rest still switches (the
    vocabularies follow :func:`current` whatever is loaded).

    :param language: a key of :data:`LANGUAGES`.
    :return: False without a QCoreApplication or for an unknown language; True otherwise.
    """
    global _current
    app = QCoreApplication.instance()
    if app is None or language not in LANGUAGES:
        return False
    while _translators:
        translator = _translators.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    if language != "en":
        # Installed first, so ours (installed last, searched first) win any shared context.
        qt_paths = qt_translation_paths(language)
        # Every file that exists: ours supplements Qt's where Qt's lacks a string.
        if not any([_load(app, path) for path in qt_paths if path.exists()]):
            print(f"FieldMon: no Qt translation for {language!r}; run make", file=sys.stderr)
        path = resources_dir() / "i18n" / f"fieldmon_{language}.qm"
        if not _load(app, path):
            # Built by make from the .ts sources; vocabularies still follow the language.
            print(f"FieldMon: no interface translation at {path}; run make", file=sys.stderr)
    # Month and day names in calendars, and numbers, in the interface language too.
    QLocale.setDefault(QLocale(LOCALES[language]))
    _current = language
    settings().setValue("language", language)
    return True


def saved_language() -> str:
    """The language chosen last time, or English."""
    value = settings().value("language", "en")
    return str(value) if str(value) in LANGUAGES else "en"


class Retranslatable(Protocol):
    """A QObject with a ``retranslate()`` that sets all its texts with ``tr()``."""

    def retranslate(self) -> None: ...

    def installEventFilter(self, filter: QObject) -> None: ...


class _LanguageFollower(QObject):
    def __init__(self, widget: Retranslatable) -> None:
        if not isinstance(widget, QObject):
            raise TypeError(f"follow_language needs a QObject, not {type(widget).__name__}")
        super().__init__(widget)  # owned by the widget; keeps no reference to it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is self.parent():
            cast(Retranslatable, watched).retranslate()
        return False


def follow_language(widget: Retranslatable) -> QObject:
    """Call ``widget.retranslate()`` now and on every language change.

    Replaces a ``changeEvent`` override per widget: an event filter, owned by the widget (so it
    goes when the widget goes), watches for ``QEvent.LanguageChange``. The widget's own
    ``tr()`` calls keep its Linguist context. The event still reaches the widget.

    :param widget: the widget (any QObject) with a ``retranslate()`` method.
    :return: the filter, for ``removeEventFilter`` should the widget stop following.
    :raises TypeError: if ``widget`` is not a QObject.
    """
    follower = _LanguageFollower(widget)
    widget.installEventFilter(follower)
    widget.retranslate()
    return follower
