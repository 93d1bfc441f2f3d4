"""Unsaved work: what is being typed into a case, kept encrypted in the vault (valid or not)
until the case is stored or the draft discarded, so a crash, a kill or an auto-lock loses
nothing. One draft per case, keyed by the case's uuid.
"""

from __future__ import annotations

import json

from fieldmon.vault import records
from fieldmon.vault.custody import utc_now
from fieldmon.vault.session import Session

__all__ = ["discard_draft", "draft", "drafts", "save_draft"]


def save_draft(session: Session, case: records.CaseDocument) -> None:
    """Keep a case document as typed, replacing the case's previous draft.

    :param case: the document; only its ``id`` must be present.
    """
    with session.transaction():
        session.conn.execute(
            "INSERT INTO drafts (case_uuid, content, saved_at) VALUES (?, ?, ?)"
            " ON CONFLICT(case_uuid) DO UPDATE SET content = excluded.content,"
            " saved_at = excluded.saved_at",
            (str(case["id"]), json.dumps(case, ensure_ascii=False), utc_now()),
        )


def draft(session: Session, case_uuid: str) -> tuple[records.CaseDocument, str] | None:
    """The draft of a case and when it was saved (UTC ISO 8601), or None if there is none."""
    row = session.conn.execute(
        "SELECT content, saved_at FROM drafts WHERE case_uuid = ?", (case_uuid,)
    ).fetchone()
    return (dict(json.loads(row[0])), str(row[1])) if row else None


def drafts(session: Session) -> list[tuple[records.CaseDocument, str]]:
    """Every draft with when it was saved, oldest first."""
    rows = session.conn.execute("SELECT content, saved_at FROM drafts ORDER BY saved_at").fetchall()
    return [(dict(json.loads(r[0])), str(r[1])) for r in rows]


def discard_draft(session: Session, case_uuid: str) -> None:
    """Drop the draft of a case, if any."""
    with session.transaction():
        session.conn.execute("DELETE FROM drafts WHERE case_uuid = ?", (case_uuid,))
