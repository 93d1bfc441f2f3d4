"""One way to follow the language: every widget with texts of its own uses
``i18n.follow_language``, whose filter belongs to the widget and goes with it."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui import i18n

UI = Path(__file__).resolve().parents[2] / "ui"


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install("en")


class Greeting(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def retranslate(self) -> None:
        self.calls += 1
        self.setText(QCoreApplication.translate("QPlatformTheme", "Cancel"))


def test_the_filter_belongs_to_the_widget_and_goes_with_it(qtbot: QtBot) -> None:
    label = Greeting()
    follower = i18n.follow_language(label)
    assert follower.parent() is label
    assert label.findChildren(QObject) == [follower]
    gone: list[bool] = []
    follower.destroyed.connect(lambda: gone.append(True))
    shiboken6.delete(label)
    assert gone == [True] and not shiboken6.isValid(follower)


def test_a_widget_that_stops_following_is_not_retranslated(qtbot: QtBot) -> None:
    i18n.install("en")
    label, other = Greeting(), Greeting()
    qtbot.addWidget(label)
    qtbot.addWidget(other)
    label.removeEventFilter(i18n.follow_language(label))
    i18n.follow_language(other)
    i18n.install("ru")
    qtbot.waitUntil(lambda: other.calls == 2)  # the change has arrived
    assert (label.calls, label.text()) == (1, "Cancel")


def test_no_widget_of_the_app_overrides_change_event() -> None:
    """Language changes reach widgets through follow_language, not changeEvent overrides."""
    overrides = [
        f"{path.name}:{node.lineno}"
        for path in sorted(UI.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef) and node.name == "changeEvent"
    ]
    assert overrides == []
