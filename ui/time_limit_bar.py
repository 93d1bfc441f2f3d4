"""The warning bar a case view shows when a complaint's time limit for the Court has expired or
is close: which article and limb, and the last day.

The limits are the core's (:func:`fieldmon.dossier.time_limit.complaint_limits`, Article 35 § 1
of the Convention as amended by Protocol No. 15): a pure function of the case document, cheap
enough to run on the GUI thread after every edit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from babel.dates import format_date
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from fieldmon.dossier.texts import Texts
from fieldmon.dossier.time_limit import NEAR_DAYS, TimeLimit, complaint_limits
from fieldmon.resources import vocabulary
from ui import i18n

WARN_DAYS = NEAR_DAYS  # the core's: the dossier warns from the same day
"""A limit with this many days left or fewer (or none: it has passed) is shown."""

# Red as the app's other urgent notice (the panic countdown): white bold text on #B00020.
STYLE = (
    "#timeLimitBar { background: #B00020; border: 1px solid #7A0016; }"
    " #timeLimitBar QLabel { color: white; font-weight: bold; }"
)


def urgent_limits(case: dict[str, Any] | None, today: date) -> list[TimeLimit]:
    """The complaints of ``case`` whose time limit has passed or has ``WARN_DAYS`` days or
    fewer left on ``today``, in the case's order.

    :param case: a case document (``violations``, ``remedies``, ``events``), or None.
    :param today: the day counted from.
    :return: the limits to warn about; empty for a case without any.
    """
    if case is None:
        return []
    found = []
    for limit in complaint_limits(case):
        left = limit.days_left(today)
        if left is not None and left <= WARN_DAYS:
            found.append(limit)
    return found


def complaint_name(complaint: dict[str, Any], language: str, *, start: bool = True) -> str:
    """A complaint as a lawyer names it: the article of its instrument and its limb, in
    ``language`` ("Article 3 of the Convention, procedural limb (effective investigation)";
    the article as each language writes it: :meth:`fieldmon.dossier.texts.Texts.article_ref`).

    :param complaint: a violation record (``instrument``, ``article``, ``limb``).
    :param language: an interface language code (en, ru, az).
    :param start: the first letter capitalised (the name starts a sentence or a list).
    :return: the name; a limb not recorded is left out.
    """
    instrument = str(complaint.get("instrument") or "").strip()
    article = str(complaint.get("article") or "").strip()
    name = Texts(language).article_ref(instrument, article, start=start)
    limb = str(complaint.get("limb") or "").strip()
    if limb:
        name += ", " + vocabulary("limbs").label(limb, language).lower()
    return name


class TimeLimitBar(QFrame):
    """Red bar over a case: one line per complaint whose time limit has passed or is close.

    ``today`` gives the day the limits are judged at (the computer's date; a test sets another).
    Hidden when no complaint's limit is urgent.
    """

    def __init__(self, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.setObjectName("timeLimitBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel()
        self.text.setObjectName("timeLimitText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        self.today = today
        self.limits: list[TimeLimit] = []
        self._on: date | None = None
        self.hide()
        i18n.follow_language(self)

    def show_for(self, case: dict[str, Any] | None) -> None:
        """Work out the urgent limits of ``case`` (as edited, not as stored) and show them."""
        self._on = self.today()
        self.limits = urgent_limits(case, self._on)
        self.retranslate()
        self.setVisible(bool(self.limits))

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Time limit warning"))
        if self._on is None:
            self.text.clear()
            return
        # Complaints with the same last day share a line (a 1024x600 screen has little room).
        by_day: dict[date, list[TimeLimit]] = {}
        for limit in self.limits:
            assert limit.last_day is not None
            by_day.setdefault(limit.last_day, []).append(limit)
        self.text.setText("\n".join(self.line(same, self._on) for same in by_day.values()))

    def line(self, limits: list[TimeLimit], today: date) -> str:
        """The warning for complaints sharing one last day, in the interface language.

        :param limits: one or more limits with the same :attr:`TimeLimit.last_day`.
        :param today: the day judged at.
        """
        language = i18n.current()
        limit = limits[0]
        assert limit.last_day is not None
        day = format_date(limit.last_day, "long", locale=i18n.LOCALES[language])
        name = "; ".join(
            complaint_name(each.complaint, language, start=i == 0) for i, each in enumerate(limits)
        )
        left = limit.days_left(today) or 0
        if limit.expired(today):
            text = self.tr(
                "⚠ Time limit for the Court expired: %1. The last day was %2 (%3 days ago)."
            ).replace("%3", str(-left))
        elif left == 0:
            text = self.tr("⚠ Time limit for the Court ends today: %1. The last day is %2.")
        else:
            text = self.tr("⚠ Time limit for the Court: %1. The last day is %2 (days left: %3).")
            text = text.replace("%3", str(left))
        return text.replace("%1", name).replace("%2", day)
