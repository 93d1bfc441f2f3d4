"""Every kind of unlock notice (fieldmon.vault.notices) is said in the interface's language,
with its numbers, not in the core's English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from fieldmon.vault import notices
from ui import i18n
from ui.unlock import UnlockNotices

ALL = [
    notices.failed_since(3),
    notices.count_reset(7, 0),
    notices.counter_damaged(),
    notices.policy_restored(5),
    notices.policy_restored(0),
    notices.slots_cleared(2),
    notices.upgraded(),
]


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install("en")


def test_every_kind_is_worded_by_the_app(qtbot: QtBot) -> None:
    box = UnlockNotices(ALL)
    qtbot.addWidget(box)
    english = [box.worded(n) for n in ALL]
    assert all(said != str(n) for said, n in zip(english, ALL, strict=True)), english
    assert "3 time(s)" in english[0] and "7" in english[1] and "0" in english[1]
    assert "5 wrong" in english[3] and "never" in english[4] and english[5].startswith("2 ")
    for language in ("ru", "az"):
        i18n.install(language)
        said = [box.worded(n) for n in ALL]
        assert all(s not in english for s in said), (language, said)
        assert "3" in said[0] and "7" in said[1] and "5" in said[3] and "2" in said[5]
        box.retranslate()
        assert said[0] in box.informativeText()
