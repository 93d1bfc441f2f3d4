"""`fieldmon` commands on evidence files: store one encrypted, decrypt one out; and
``fieldmon evidence …``: a redacted copy, who a file shows, an original cleared for a recipient.

Each handler takes the parsed arguments, opens the vault with the passphrase it reads, prints
what it did and returns the exit status; a :class:`~fieldmon.errors.FieldMonError` it raises is
printed by :func:`fieldmon.cli.main`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldmon.cli.common import open_vault, refuse_unsaved_work
from fieldmon.errors import FieldMonError
from fieldmon.vault import redacting


def cmd_attach(args: argparse.Namespace) -> int:
    """``fieldmon attach REF FILE``: store a file, encrypted, as evidence of a case.

    A thin wrapper of :meth:`Vault.attach`: a new evidence record, or with ``--to`` an
    existing one; with ``--strip-metadata`` also a copy without EXIF/GPS metadata. Prints each
    stored file with its size (bytes), SHA-256 and the metadata found in it.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``reference`` (with
        ``refs_stdin`` read from standard input after the passphrase), ``file``, ``to``,
        ``title``, ``source_type``, ``strip_metadata``.
    :return: exit status 0.
    :raises UsageError: if the passphrase or the reference cannot be read.
    :raises FieldMonError: if the vault does not open, the case or evidence record is not
        found, or the file cannot be read or stored.
    """
    with open_vault(args) as vault:
        stored = vault.attach(
            args.reference,
            Path(args.file),
            evidence_id=args.to,
            title=args.title,
            source_type=args.source_type,
            strip_metadata=args.strip_metadata,
        )
    for a in stored:
        what = "copy without metadata" if a.derivation else "file"
        print(f"Stored {what} {a.case_reference} {a.item} ({a.size} bytes, SHA-256 {a.sha256}).")
        for key, value in a.metadata.items():
            print(f"    {key}: {value}")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    """``fieldmon extract REF ITEM --out PATH``: decrypt one stored file, as collected.

    A thin wrapper of :meth:`Vault.extract`.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``reference`` (with
        ``refs_stdin`` read from standard input after the passphrase), ``item`` (a stored file
        such as ``x1.1``, or an evidence record such as ``x1``), ``out``, ``force``.
    :return: exit status 0.
    :raises UsageError: if the passphrase or the reference cannot be read.
    :raises FieldMonError: if the vault does not open, there is no such stored file
        (:class:`~fieldmon.errors.NotFound`), or PATH exists without ``--force``.
    """
    with open_vault(args) as vault:
        a = vault.extract(args.reference, args.item, Path(args.out), force=args.force)
    print(f"Wrote {args.out} ({a.size} bytes, SHA-256 {a.sha256}, as collected).")
    return 0


def cmd_redact(args: argparse.Namespace) -> int:
    """``fieldmon evidence redact REF ITEM --box PAGE:X,Y,W,H …``: store a redacted copy.

    A thin wrapper of :func:`fieldmon.vault.redacting.store_redacted`: the boxes are read
    before the vault is opened; prints the new item and its SHA-256.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``reference`` (or
        ``refs_stdin``), ``item``, ``box`` (one text per ``--box``).
    :return: exit status 0.
    :raises CannotRedact: a box that is not PAGE:X,Y,W,H within the page, or a file that
        cannot be redacted; nothing stored.
    :raises FieldMonError: the vault does not open, or no such case or stored file.
    """
    boxes = [redacting.parse_box(text) for text in args.box]
    with open_vault(args) as vault:
        a = redacting.store_redacted(vault, args.reference, args.item, boxes)
    print(
        f"Stored redacted copy {a.case_reference} {a.item} of {a.derived_from}"
        f" ({a.media_type}, {a.size} bytes, SHA-256 {a.sha256})."
    )
    return 0


def cmd_appears(args: argparse.Namespace) -> int:
    """``fieldmon evidence appears REF EVIDENCE_ID --persons p1,p4 | --nobody``: record who an
    evidence file shows or names (:func:`fieldmon.vault.redacting.set_appears`).

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``reference`` (or
        ``refs_stdin``), ``evidence_id``, ``persons`` (comma-separated ids) or ``nobody``.
    :return: exit status 0.
    :raises FieldMonError: the vault does not open, no such case, evidence record or person;
        nothing changed.
    """
    persons = [] if args.nobody else [p.strip() for p in args.persons.split(",") if p.strip()]
    if not args.nobody and not persons:
        raise FieldMonError("--persons names nobody; give person ids (p1,p4) or --nobody.")
    with open_vault(args) as vault:
        refuse_unsaved_work(vault, args.reference)
        redacting.set_appears(vault, args.reference, args.evidence_id, persons)
    who = ", ".join(persons) if persons else "nobody identifiable"
    print(f"Recorded who {args.reference} {args.evidence_id} shows or names: {who}.")
    return 0


def cmd_clear(args: argparse.Namespace) -> int:
    """``fieldmon evidence clear REF EVIDENCE_ID --for RECIPIENT [--undo]``: let (or no longer
    let) dossiers for a recipient embed the original file
    (:func:`fieldmon.vault.redacting.set_cleared`).

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``reference`` (or
        ``refs_stdin``), ``evidence_id``, ``recipient``, ``undo``.
    :return: exit status 0.
    :raises FieldMonError: the vault does not open, no such case or evidence record, or a
        recipient not in the vocabulary; nothing changed.
    """
    with open_vault(args) as vault:
        refuse_unsaved_work(vault, args.reference)
        redacting.set_cleared(
            vault, args.reference, args.evidence_id, args.recipient, cleared=not args.undo
        )
    where = f"{args.reference} {args.evidence_id}"
    if args.undo:
        print(f"{where} is no longer cleared for {args.recipient}.")
    else:
        print(
            f"{where} is cleared for {args.recipient}: dossiers for {args.recipient} will embed"
            " the ORIGINAL file, unredacted, with everyone it shows or names."
        )
    return 0
