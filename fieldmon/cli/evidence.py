"""`fieldmon` commands on evidence files: store one encrypted, decrypt one out.

Each handler takes the parsed arguments, opens the vault with the passphrase it reads, prints
what it did and returns the exit status; a :class:`~fieldmon.errors.FieldMonError` it raises is
printed by :func:`fieldmon.cli.main`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldmon.cli.common import open_vault


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
