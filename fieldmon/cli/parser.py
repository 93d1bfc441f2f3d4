"""The command line of `fieldmon`: its options, subcommands and the handler each one runs.

The handlers live in one module per group of commands: :mod:`fieldmon.cli.vault_commands`,
:mod:`fieldmon.cli.cases`, :mod:`fieldmon.cli.evidence`, :mod:`fieldmon.cli.dossier`. The order
in which subcommands are added here is the order ``fieldmon --help`` lists them in.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any

from fieldmon import __version__
from fieldmon.cli.cases import (
    MAX_HITS,
    SEARCH_NOTE,
    cmd_cases,
    cmd_export_json,
    cmd_history,
    cmd_import,
    cmd_log,
    cmd_mention,
    cmd_seal,
    cmd_search,
    cmd_show,
    hit_limit,
)
from fieldmon.cli.dossier import cmd_dossier, cmd_identity, cmd_verify
from fieldmon.cli.evidence import cmd_appears, cmd_attach, cmd_clear, cmd_extract, cmd_redact
from fieldmon.cli.exchange_parser import add_exchange_commands
from fieldmon.cli.tsa import cmd_tsa
from fieldmon.cli.vault_commands import (
    cmd_attempts,
    cmd_check,
    cmd_demo,
    cmd_duress,
    cmd_init,
    cmd_passwd,
    cmd_recover,
    cmd_recovery,
    cmd_wipe,
)
from fieldmon.resources import vocabulary
from fieldmon.vault.layout import default_vault_dir
from fieldmon.vault.search import MAX_RANKED

# Where --vault given after the command is kept until it is compared with one given before.
_VAULT_AFTER = "vault_after_command"


class _Once(argparse.Action):
    """Store an option's value, refusing a second, different value for the same option."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[object] | None,
        option_string: str | None = None,
    ) -> None:
        earlier = getattr(namespace, self.dest, None)
        if earlier is not None and earlier != values:
            parser.error(f"{option_string} is given twice, {earlier} and {values}; give it once.")
        setattr(namespace, self.dest, values)


def _global_options(parser: argparse.ArgumentParser, *, after_command: bool) -> None:
    """Declare the global options on ``parser``.

    Given after the command, they are parsed by the command's sub-parser, whose defaults would
    overwrite a value given before the command (argparse copies every attribute of the
    sub-parser's namespace onto the main one). There they have no default
    (``argparse.SUPPRESS``), and ``--vault`` goes to its own attribute, so that
    :class:`_Parser` can refuse two different folders.
    """
    default = argparse.SUPPRESS if after_command else None
    parser.add_argument(
        "--vault",
        action=_Once,
        metavar="DIR",
        dest=_VAULT_AFTER if after_command else "vault",
        default=default,
        help=f"vault folder (default: {default_vault_dir()}); before or after the command",
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS if after_command else False,
        help="read passphrase(s) from standard input, one per line, instead of the terminal;"
        " before or after the command",
    )


_QUERY_NOTE = (
    "A query given as an argument is visible to other users' processes (/proc/PID/cmdline)"
    " and kept in shell history; use --query-stdin."
)
_REFS_NOTE = (
    "A case reference given as an argument is visible to other users' processes"
    " (/proc/PID/cmdline) and kept in shell history; use --refs-stdin."
)


def _refs_stdin(
    p: argparse.ArgumentParser,
    *,
    dest: str = "reference",
    many: bool = False,
    required: bool = True,
) -> None:
    """Let a command read its case reference(s) from standard input (``--refs-stdin``), and
    say why in its ``--help``; :func:`fieldmon.cli.common.read_references` reads them.

    :param p: the command's parser.
    :param dest: the attribute the references go to.
    :param many: the command takes several references (all lines left), not one (one line).
    :param required: the command needs a reference: one given neither way is refused.
    """
    what = "the case references, one per line until its end," if many else "the case reference"
    p.add_argument(
        "--refs-stdin",
        action="store_true",
        help=f"read {what} from standard input (after the passphrase's line with"
        " --passphrase-stdin), not from the arguments",
    )
    p.set_defaults(refs_dest=dest, refs_many=many, refs_required=required)
    p.epilog = _REFS_NOTE


def _check_stdin_arguments(parser: argparse.ArgumentParser, parsed: argparse.Namespace) -> None:
    """Refuse a query or case reference given both as arguments and on standard input, and a
    needed reference given neither way (usage error, exit status 2)."""
    if getattr(parsed, "query_stdin", False) and parsed.query:
        parser.error("give the query as words or with --query-stdin, not both")
    dest = getattr(parsed, "refs_dest", None)
    if dest is None:
        return
    given = getattr(parsed, dest)
    if parsed.refs_stdin and given:
        parser.error("give the case reference as an argument or with --refs-stdin, not both")
    if parsed.refs_required and not parsed.refs_stdin and not given:
        parser.error("the following arguments are required: REF (or --refs-stdin)")


class _Parser(argparse.ArgumentParser):
    """The main parser: merges the global options given after the command into those given
    before it, and refuses ``--vault`` given twice with different folders."""

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        after = vars(parsed).pop(_VAULT_AFTER, None)
        if after is not None:
            if parsed.vault is not None and parsed.vault != after:
                self.error(
                    f"--vault is given twice, {parsed.vault} before the command and {after}"
                    " after it; give it once."
                )
            parsed.vault = after
        _check_stdin_arguments(self, parsed)
        return parsed, extras


_EVIDENCE_HELP = "redact a stored file; record who a file shows; clear an original for a recipient"


def _no_handler(args: argparse.Namespace) -> int:
    """Never run: ``evidence`` requires one of its subcommands, each with its own handler."""
    raise AssertionError("evidence without a subcommand")


def _evidence_commands(group: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    """``fieldmon evidence redact | appears | clear`` (handlers in fieldmon.cli.evidence)."""
    sub = group.add_subparsers(
        dest="evidence_command",
        metavar="ACTION",
        required=True,
        parser_class=argparse.ArgumentParser,
    )

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_: str) -> Any:
        p = sub.add_parser(name, parents=[common], help=help_, description=help_)
        p.set_defaults(handler=handler)
        p.add_argument(
            "reference", metavar="REF", nargs="?", help="case reference (or --refs-stdin)"
        )
        _refs_stdin(p)
        return p

    p = add(
        "redact",
        cmd_redact,
        "store a copy of a photo or PDF with boxes blacked out, redrawn as pixels only (no"
        " text, metadata or attachments left), linked to the original",
    )
    p.add_argument("item", metavar="ITEM", help="a stored file (x1.1) or evidence record (x1)")
    p.add_argument(
        "--box",
        action="append",
        required=True,
        metavar="PAGE:X,Y,W,H",
        help="a box to black out (repeatable): page (1 for a photo), then left, top, width and"
        " height as fractions 0..1 of the page as seen, from its top left corner",
    )
    p = add(
        "appears",
        cmd_appears,
        "record who an evidence file shows or names (until then dossiers withhold it)",
    )
    p.add_argument("evidence_id", metavar="EVIDENCE_ID", help="the evidence record (x1)")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--persons", metavar="P1,P2", help="ids of the case's persons (p1,p4)")
    who.add_argument("--nobody", action="store_true", help="nobody identifiable is shown")
    p = add(
        "clear",
        cmd_clear,
        "let dossiers for a recipient embed the ORIGINAL file, unredacted (or --undo)",
    )
    p.add_argument("evidence_id", metavar="EVIDENCE_ID", help="the evidence record (x1)")
    p.add_argument(
        "--for",
        dest="recipient",
        required=True,
        metavar="RECIPIENT",
        help="a recipient code: " + ", ".join(vocabulary("recipients").codes),
    )
    p.add_argument("--undo", action="store_true", help="no longer cleared for that recipient")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `fieldmon` command and its subcommands.

    Every subcommand but ``verify`` takes ``--vault DIR`` and ``--passphrase-stdin``, before
    or after the command (``fieldmon --vault DIR cases`` and ``fieldmon cases --vault DIR``
    are the same), and sets ``handler`` in the parsed arguments to the function that runs it;
    with no subcommand there is no ``handler``, and :func:`fieldmon.cli.main` starts the
    desktop app.

    :return: a new parser; :meth:`~argparse.ArgumentParser.parse_args` exits with status 2 on
        a usage mistake (``--vault`` given before and after the command with different
        folders is one), and 0 after ``--help`` or ``--version``.
    """
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, after_command=True)
    parser = _Parser(
        prog="fieldmon",
        description="Document torture and arbitrary detention in an encrypted vault."
        " With no command, start the desktop app.",
    )
    _global_options(parser, after_command=False)
    parser.add_argument("--version", action="version", version=f"FieldMon {__version__}")
    # Sub-parsers are plain ones: only the main parser merges the global options.
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=argparse.ArgumentParser
    )

    def add(
        name: str, handler: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_, description=help_)
        p.set_defaults(handler=handler)
        return p

    for name, handler, help_ in (
        ("init", cmd_init, "create a new, empty vault"),
        (
            "demo",
            cmd_demo,
            "create a new vault filled with the fictional sample cases (it alone may use the"
            " published demo passphrase, correct horse battery staple 2026)",
        ),
    ):
        p = add(name, handler, help_)
        p.add_argument("--name", help="your name as it appears in custody entries and signatures")
        p.add_argument("--org", help="your organisation")
    p = add("import", cmd_import, "import a fieldmon-case/1 JSON file (all of it or nothing)")
    p.add_argument("file", metavar="FILE.json")
    p = add("export-json", cmd_export_json, "export cases as fieldmon-case/1 JSON")
    p.add_argument("--case", action="append", metavar="REF", help="only this case (repeatable)")
    _refs_stdin(p, dest="case", many=True, required=False)
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument(
        "--files",
        action="store_true",
        help="also write the evidence files, decrypted, next to --out (for another vault)",
    )
    p.add_argument("--force", action="store_true", help="overwrite what exists")
    p = add("cases", cmd_cases, "list the cases in the vault")
    p.add_argument("--status", choices=vocabulary("case_statuses").codes)
    p = add("show", cmd_show, "show one case")
    p.add_argument("reference", metavar="REF", nargs="?", help="case reference (or --refs-stdin)")
    _refs_stdin(p)
    p.add_argument("--json", action="store_true", help="as fieldmon-case/1 JSON")
    p.add_argument("--version", type=int, metavar="N", help="show sealed version N")
    p = add("search", cmd_search, "search titles, summaries, narratives, names and places")
    p.add_argument("query", nargs="*", metavar="QUERY", help="words to find (or --query-stdin)")
    p.add_argument(
        "--query-stdin",
        action="store_true",
        help="read the query from one line of standard input (after the passphrase's line with"
        " --passphrase-stdin), not from the arguments; with neither, it is asked for on a"
        " terminal",
    )
    p.epilog = f"{SEARCH_NOTE} {_QUERY_NOTE}"
    p.add_argument(
        "--limit",
        type=hit_limit,
        default=50,
        metavar="N",
        help=f"print at most N hits, 1 to {MAX_HITS} (default 50); up to {MAX_RANKED} matches come"
        " best first, more than that in the order they were stored",
    )
    p = add("mention", cmd_mention, "record that words of a case's free text name a person")
    p.add_argument("reference", metavar="REF", nargs="?", help="case reference (or --refs-stdin)")
    _refs_stdin(p)
    p.add_argument("--list", action="store_true", help="print the case's mentions instead")
    p.add_argument(
        "--field",
        metavar="PATH",
        help="the free-text field: summary, events/e1/description, interviews/i2/narrative...",
    )
    p.add_argument("--text", metavar="WORDS", help="the words, as written in the field")
    p.add_argument(
        "--text-stdin",
        action="store_true",
        help="read the words from one line of standard input (after the passphrase's and the"
        " reference's lines), not from the arguments, where other users' processes and shell"
        " history see them",
    )
    p.add_argument("--person", metavar="ID", help="the person of the case the words name (p1)")
    p.add_argument(
        "--occurrence",
        type=int,
        metavar="N",
        help="mark the Nth occurrence of the words (default 1; every occurrence is rendered at"
        " the person's consent level anyway)",
    )
    add("passwd", cmd_passwd, "change the vault passphrase (old one, then new one)")
    p = add("attach", cmd_attach, "store a file, encrypted, as evidence of a case")
    p.add_argument("reference", metavar="REF", nargs="?", help="case reference (or --refs-stdin)")
    _refs_stdin(p)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--title", help="title of the new evidence record (default: the file name)")
    p.add_argument(
        "--source-type",
        choices=vocabulary("source_types").codes,
        metavar="TYPE",
        help="what kind of source it is: " + ", ".join(vocabulary("source_types").codes),
    )
    p.add_argument("--to", metavar="ID", help="add to existing evidence record ID instead")
    p.add_argument(
        "--strip-metadata",
        action="store_true",
        help="also store a copy without EXIF/GPS metadata (JPEG, PNG)",
    )
    p = add("extract", cmd_extract, "decrypt one stored file to a path you choose")
    p.add_argument("reference", metavar="REF", nargs="?", help="case reference (or --refs-stdin)")
    _refs_stdin(p)
    p.add_argument("item", metavar="ITEM", help="a stored file (x1.1) or evidence record (x1)")
    p.add_argument("--out", required=True, metavar="PATH")
    p.add_argument("--force", action="store_true", help="overwrite PATH if it exists")
    _evidence_commands(add("evidence", _no_handler, _EVIDENCE_HELP), common)
    p = add("seal", cmd_seal, "seal the case and every record in it as a new version")
    p.add_argument("reference", metavar="REF", nargs="?", help="case reference (or --refs-stdin)")
    _refs_stdin(p)
    p = add("history", cmd_history, "list the sealed versions of a case")
    p.add_argument("reference", metavar="REF", nargs="?", help="case reference (or --refs-stdin)")
    _refs_stdin(p)
    p = add("log", cmd_log, "print the custody log (of one case, or all)")
    p.add_argument("reference", metavar="REF", nargs="?", help="only this case")
    _refs_stdin(p, required=False)
    p = add(
        "check",
        cmd_check,
        "verify the database, every stored file, sealed version and custody entry",
    )
    p.add_argument(
        "--rebuild-search",
        action="store_true",
        help="first empty the search index and index every case again (the repair for a"
        " damaged index; the cases are not changed; about a minute for 15,000 cases)",
    )
    p = add("tsa", cmd_tsa, "set, clear or show the RFC 3161 timestamp authority for seals")
    p.add_argument("action", choices=["set", "clear", "show"])
    p.add_argument(
        "url",
        nargs="?",
        metavar="URL",
        help="the timestamp authority's URL (set only); it learns when you seal, not what",
    )
    p = add("dossier", cmd_dossier, "write a signed PDF dossier for a recipient")
    p.add_argument("reference", metavar="REF", nargs="*", help="case references (or --refs-stdin)")
    _refs_stdin(p, many=True)
    p.add_argument(
        "--profile",
        required=True,
        choices=["echr", "rule39", "un-srt", "wgad", "cm-rule9", "pattern"],
    )
    p.add_argument("--lang", default="en", choices=["en", "ru", "az"])
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--force", action="store_true", help="overwrite FILE.pdf if it exists")
    p.add_argument(
        "--review",
        metavar="FILE",
        help="decisions on possible names: one line per candidate, 'KEY replace' or 'KEY keep'"
        " (the keys are printed when the dossier is refused; exit status 6)",
    )
    p.add_argument(
        "--withhold-perpetrators",
        action="store_true",
        help="replace alleged perpetrators' names with 'Alleged perpetrator A'...",
    )
    p.add_argument(
        "--override-withdrawn",
        metavar="REASON",
        help="write the dossier although a victim or applicant withdrew consent for this"
        " recipient; REASON is recorded in the custody log",
    )
    p.add_argument(
        "--for",
        dest="audience",
        choices=["cpt", "pace", "commissioner"],
        help="pattern only: the report's recipient (CPT by default); headings and the letter of"
        " transmission follow it",
    )
    p.add_argument(
        "--recommendations",
        metavar="FILE",
        help="pattern only: a UTF-8 text file with the report's recommendations",
    )
    p = sub.add_parser(
        "verify",
        help="check a dossier's signature, manifest and signer (no vault needed)",
        description="Check a dossier's signature, evidence manifest and signer. Anyone can make"
        " a certificate with any name, so who signed is checked only against the"
        " organisation's root certificate (--trust) or a certificate fingerprint it gave you"
        " (--fingerprint).",
        epilog="Exit status: 0 VALID; 1 NOT VALID (changed, annexes not matching, signer not"
        " the one given) or the file cannot be read; 10 SIGNER UNVERIFIED (unchanged since"
        " signed, but neither --trust nor --fingerprint was given); 2 or 64 a usage mistake"
        " (64: a --fingerprint that is not 64 hexadecimal digits).",
    )
    p.set_defaults(handler=cmd_verify)
    p.add_argument("file", metavar="FILE.pdf")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--trust", metavar="ROOT.pem", help="the organisation's root certificate")
    who.add_argument(
        "--fingerprint",
        metavar="HEX",
        help="the SHA-256 fingerprint of the signer's certificate or of the root that issued"
        " it, as the organisation gave it (spaces, colons and case do not matter)",
    )
    p.add_argument(
        "--since",
        metavar="EARLIER.pdf",
        help="also check that this dossier's history of its cases extends that of an earlier"
        " dossier (exit status 1 if it was rewritten)",
    )
    p = add("recovery", cmd_recovery, "print recovery shares (SLIP-39) for a lost passphrase")
    p.add_argument("action", choices=["create"])
    p.add_argument(
        "--threshold",
        type=int,
        required=True,
        metavar="K",
        help="how many of the shares open the vault (2 or more; 1 only with a single share)",
    )
    p.add_argument(
        "--shares", type=int, required=True, metavar="N", help="how many to print (K to 16)"
    )
    add("recover", cmd_recover, "set a new passphrase from K recovery shares (one per line)")
    p = add("duress", cmd_duress, "set or clear a duress passphrase that opens a decoy vault")
    p.add_argument("action", choices=["set", "clear"])
    p.add_argument(
        "--wipe",
        action="store_true",
        help="using the duress passphrase also destroys the real vault, silently",
    )
    p = add("attempts", cmd_attempts, "show or set the wipe after N failed unlocks in a row")
    p.add_argument("--wipe-after", metavar="N|off", help="wipe after N failures (3 or more)")
    p = add("wipe", cmd_wipe, "destroy the vault at once (key header first); asks no passphrase")
    p.add_argument("--yes", action="store_true", help="really destroy it")
    p = add(
        "identity",
        cmd_identity,
        "show or manage the certificates that sign dossiers and packets: show; export-root FILE"
        " (the root recipients check dossiers against); csr FILE (a request to send to"
        " headquarters, which answers with fieldmon hq issue); install FILE (the certificate"
        " headquarters issued, with its root)",
    )
    p.add_argument("action", choices=["show", "export-root", "csr", "install"])
    p.add_argument(
        "file", nargs="?", metavar="FILE", help="the file to write (export-root, csr) or read"
    )
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    add_exchange_commands(sub, common)
    return parser
