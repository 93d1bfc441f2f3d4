"""What an unlock found that the monitor should be told: failed unlocks since the vault was
last opened, a count or setting changed by hand, damaged key slots cleared, an upgrade.

A :class:`Notice` is its English sentence (the command line prints it as it is) with a
``kind`` and the numbers in it, so the desktop app can say it in the monitor's language.
"""

from __future__ import annotations

__all__ = [
    "Notice",
    "count_reset",
    "counter_damaged",
    "failed_since",
    "policy_restored",
    "slots_cleared",
    "upgraded",
]


class Notice(str):
    """One notice: the English sentence, with ``kind`` and the numbers ``number`` and
    ``before``."""

    kind: str
    number: int
    before: int

    def __new__(cls, text: str, kind: str, number: int = 0, before: int = 0) -> Notice:
        """:param text: the English sentence; :param kind: what happened (one of the function
        names of this module); :param number: its main number; :param before: the earlier."""
        notice = super().__new__(cls, text)
        notice.kind, notice.number, notice.before = kind, number, before
        return notice


def failed_since(count: int) -> Notice:
    """``count`` failed unlocks since the vault was last opened.

    :param count: at least 1. :return: the notice (kind ``failed_since``).
    """
    return Notice(
        f"{count} failed unlock(s) since the vault was last opened.", "failed_since", count
    )


def count_reset(was: int, now: int) -> Notice:
    """The count of failed unlocks went down by hand, from ``was`` to ``now``.

    :return: the notice (kind ``count_reset``).
    """
    return Notice(
        "The failed-unlock count was reset outside FieldMon since the vault was last"
        f" opened (it had counted {was} failed unlocks, it now says {now}).",
        "count_reset",
        now,
        was,
    )


def counter_damaged() -> Notice:
    """The counter sector was damaged or replaced. :return: the notice (``counter_damaged``)."""
    return Notice(
        "The failed-unlock record in the key header was damaged or replaced outside"
        " FieldMon since the vault was last opened; failed unlocks before now are not known.",
        "counter_damaged",
    )


def policy_restored(policy: int) -> Notice:
    """The wipe-after-N setting was changed by hand and is set back to ``policy``.

    :param policy: failed unlocks before a wipe, 0 for never. :return: the notice.
    """
    was = f"after {policy} failed unlocks" if policy else "never"
    return Notice(
        "The setting that wipes the vault after failed unlocks was changed outside"
        f" FieldMon; it is set back to: {was}.",
        "policy_restored",
        policy,
    )


def slots_cleared(count: int) -> Notice:
    """``count`` damaged key slots were cleared. :return: the notice (``slots_cleared``)."""
    return Notice(
        f"{count} key slot(s) of the header were damaged and have been cleared; a"
        " passphrase or recovery shares that no longer open the vault must be set again.",
        "slots_cleared",
        count,
    )


def upgraded() -> Notice:
    """A vault with the older key header was upgraded. :return: the notice (``upgraded``)."""
    return Notice(
        "This vault was upgraded to a new key header and its database re-encrypted under a new"
        " key. Recovery shares made before today no longer open it: destroy them and make new"
        " ones (fieldmon recovery create). A duress passphrase set before no longer opens"
        " anything: set it again if you used one (fieldmon duress set).",
        "upgraded",
    )
