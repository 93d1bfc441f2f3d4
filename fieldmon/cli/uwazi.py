"""``fieldmon export-uwazi``: cases for Uwazi's CSV import (fieldmon.exchange.uwazi)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fieldmon.cli.common import open_vault
from fieldmon.vault.files import check_output, open_output


def cmd_export_uwazi(args: argparse.Namespace) -> int:
    """``fieldmon export-uwazi [REF...] --recipient public --out FILE.zip``: write the cases
    (every case without REF) as a ZIP Uwazi's CSV import reads (docs/uwazi.md).

    A thin wrapper of :func:`fieldmon.exchange.uwazi.plan` (consent and the review of possible
    names as for a dossier to ``public``, then each case sealed if it changed) and
    :func:`fieldmon.exchange.uwazi.write`. When possible names have no decision, standard
    output lists them as a review file to complete (``KEY ?`` lines) and nothing is written
    (exit status 6). Standard error counts what was withheld.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``reference`` (none or
        more), ``recipient``, ``out``, ``force``, ``review`` (a decision file or None),
        ``template`` (a file for ``TEMPLATE.md`` beside the ZIP, or None).
    :return: exit status 0.
    :raises ReviewRequired: possible names have no decision (exit status 6).
    :raises ExchangeRefused: a victim withdrew consent to publication, or a reference names
        a person who may not be identified (exit status 11).
    :raises FieldMonError: the vault does not open, a case is not found, the review file
        cannot be read, or FILE.zip (or the template file) exists without ``--force``.
    """
    from fieldmon.consent.review import ReviewRequired, read_review_file, review_lines
    from fieldmon.exchange import uwazi

    decisions = read_review_file(Path(args.review)) if args.review else None
    out = Path(args.out)
    template = Path(args.template) if args.template else None
    with open_vault(args) as vault:
        check_output(out, args.force)
        if template is not None:
            check_output(template, args.force)
        try:
            export = uwazi.plan(vault, args.reference, decisions)
        except ReviewRequired as needed:
            print("\n".join(review_lines(needed.candidates)))
            # The dossier's wording would send the user to `fieldmon dossier`.
            raise ReviewRequired(needed.candidates, "fieldmon export-uwazi") from None
        digest = uwazi.write(vault, export, out, force=args.force)
        if template is not None:
            _, document, _ = uwazi.render(export)
            with open_output(template, args.force) as handle:
                handle.write(document.encode("utf-8"))
    files = uwazi.withheld_annexes(export)
    print(
        f"{len(files)} file(s) withheld, {len(export.withheld) - len(files)} note(s) on persons"
        f" withheld; see {uwazi.WITHHELD_NAME} in the ZIP.",
        file=sys.stderr,
    )
    size = out.stat().st_size
    if size > uwazi.UPLOAD_LIMIT:
        print(
            f"WARNING: {out} is {size // (1024 * 1024)} MiB; Uwazi's CSV import takes up to"
            " 50 MB: export fewer cases at a time.",
            file=sys.stderr,
        )
    print(
        f"Wrote {out}: {len(export.sealed)} case(s), {len(export.published)} file(s),"
        f" SHA-256 {digest}."
    )
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``export-uwazi`` to the main parser's subcommands.

    :param sub: the main parser's add_subparsers action.
    :param common: the parent parser of the options every command takes (``--vault``...).
    """
    h = "write cases as a ZIP for Uwazi's CSV import, as consent to publication allows"
    p = sub.add_parser("export-uwazi", parents=[common], help=h, description=h)
    p.set_defaults(handler=cmd_export_uwazi)
    p.add_argument("reference", metavar="REF", nargs="*", help="case references (default: all)")
    p.add_argument(
        "--recipient",
        default="public",
        choices=["public"],
        help="whose consent applies: the public (an Uwazi database is a publication)",
    )
    p.add_argument("--out", required=True, metavar="FILE.zip")
    p.add_argument("--force", action="store_true", help="overwrite FILE.zip if it exists")
    p.add_argument(
        "--review",
        metavar="FILE",
        help="decisions on possible names: one line per candidate, 'KEY replace' or 'KEY keep'"
        " (the keys are printed when the export is refused; exit status 6)",
    )
    p.add_argument(
        "--template",
        metavar="FILE",
        help="also write TEMPLATE.md (the Uwazi template and thesauri) to FILE",
    )
