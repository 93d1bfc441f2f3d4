"""The window says in its own words why a new passphrase is refused as predictable or as the
published demo passphrase (issue 12, item 5), and its meter never shows one as strong."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pytestqt.qtbot import QtBot

from fieldmon.crypto.passphrase import DEMO_PASSPHRASE
from tests.conftest import PASSPHRASE
from ui.recovery_dialogs import PassphraseFields


def _fields(qtbot: QtBot, passphrase: str) -> PassphraseFields:
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    fields.first.setText(passphrase)
    fields.second.setText(passphrase)
    return fields


def test_a_slogan_is_refused_as_predictable(qtbot: QtBot) -> None:
    fields = _fields(qtbot, "Qarabağ Azərbaycandır!")
    assert fields.problem() == (
        "Too predictable: it is built from names, places, slogans, years or case references"
        " that an adversary in the region would try first. Add several uncommon words of your"
        " own."
    )
    assert fields.reason.text() == fields.problem()
    assert fields.meter.value() <= 1


def test_the_demo_passphrase_is_refused_as_published(qtbot: QtBot) -> None:
    fields = _fields(qtbot, DEMO_PASSPHRASE)
    assert fields.problem() == (
        "This passphrase is published in FieldMon's documentation; use it only for the demo"
        " vault (fieldmon demo)."
    )
    assert fields.meter.value() == 0
    fields.first.setText(PASSPHRASE)
    fields.second.setText(PASSPHRASE)
    assert fields.problem() is None
