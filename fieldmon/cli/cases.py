"""`fieldmon` commands on cases: import, export, list, show, search, seal, history, custody log,
person mentions.

Each handler takes the parsed arguments, opens the vault with the passphrase it reads, prints
what it found or did and returns the exit status; a :class:`~fieldmon.errors.FieldMonError` it
raises is printed by :func:`fieldmon.cli.main`. Every handler here may raise
:class:`~fieldmon.cli.common.UsageError` when no passphrase can be read, and
:class:`~fieldmon.errors.FieldMonError` when the vault does not open.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldmon.cli.common import UsageError, open_vault, refuse_unsaved_work
from fieldmon.consent.mentions import mention_of_words, person_label, stale_mentions
from fieldmon.exchange import casejson
from fieldmon.exchange.text import render_case
from fieldmon.resources import vocabulary


def cmd_import(args: argparse.Namespace) -> int:
    """``fieldmon import FILE.json``: import a fieldmon-case/1 file, all of it or nothing.

    A thin wrapper of :func:`fieldmon.exchange.casejson.import_file`.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``file``.
    :return: exit status 0.
    :raises ImportRejected: if the file cannot be imported (including an evidence file name
        against the rules and a file beyond the limits of docs/interchange.md); nothing of it
        was stored (exit status 4).
    :raises UsageError: if the passphrase cannot be read.
    """
    with open_vault(args) as vault:
        references = casejson.import_file(vault, Path(args.file))
    print(f"Imported {len(references)} case(s): {', '.join(references)}.")
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    """``fieldmon export-json``: export cases as fieldmon-case/1 JSON.

    Without ``--out`` the document goes to standard output; with it, the file (and with
    ``--files`` the decrypted evidence files beside it) is written and each path written is
    named on standard error. See :func:`fieldmon.exchange.casejson.export_bundle`.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``case`` (references, or
        None for all; with ``refs_stdin`` read from standard input, one per line, after the
        passphrase's line), ``out``, ``files``, ``force``.
    :return: exit status 0.
    :raises UsageError: if ``--files`` is given without ``--out``, or the passphrase cannot be
        read.
    :raises FieldMonError: if a case is not found, or an output file exists without
        ``--force`` or is a symbolic link (never written through; evidence files get plain
        names in the folder of ``--out``, docs/interchange.md "Evidence file names").
    """
    if args.files and not args.out:
        raise UsageError("--files needs --out: the files are written next to the JSON file.")
    with open_vault(args) as vault:
        if args.out:
            written = casejson.export_bundle(
                vault, Path(args.out), args.case or None, with_files=args.files, force=args.force
            )
            for path in written:
                print(f"Wrote {path}", file=sys.stderr)
        else:
            sys.stdout.write(casejson.dumps(casejson.export_document(vault, args.case or None)))
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    """``fieldmon cases``: list the cases, one per line: reference, status label, title
    (tab-separated).

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``status`` (a code of the
        ``case_statuses`` vocabulary, or None for all).
    :return: exit status 0, also when there are no cases.
    :raises UsageError: if the passphrase cannot be read.
    """
    with open_vault(args) as vault:
        summaries = vault.list_cases(status=args.status)
    if not summaries:
        print("No cases.")
    statuses = vocabulary("case_statuses")
    for s in summaries:
        status = statuses.label(s.status) if s.status else "-"
        print(f"{s.reference}\t{status}\t{s.title}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """``fieldmon show REF``: print one case as text (or JSON), with its stored files.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``reference`` (with
        ``refs_stdin`` read from standard input after the passphrase), ``json``, ``version``
        (a sealed version number, or None for the working copy).
    :return: exit status 0.
    :raises NotFound: if there is no such case or sealed version.
    :raises UsageError: if the passphrase or the reference cannot be read.
    """
    with open_vault(args) as vault:
        if args.version is not None:
            sealed = vault.sealed_version(args.reference, args.version)
            case = sealed["case"]
            stored = sealed["attachments"]
            heading = f"Sealed version {args.version} of {args.reference}\n\n"
        else:
            case = vault.view_case(args.reference)
            stored = [a.__dict__ for a in vault.attachments(args.reference)]
            heading = ""
    if args.json:
        sys.stdout.write(casejson.dumps(case))
        return 0
    sys.stdout.write(heading + render_case(case))
    if stored:
        print("\nStored files")
        for a in stored:
            derived = (
                f", {a['derivation']} copy of {a['derived_from']}" if a.get("derived_from") else ""
            )
            print(
                f"  {a['item']}  {a['original_name']}  {a['media_type']}  {a['size']} bytes"
                f"{derived}\n        SHA-256 {a['sha256']}"
            )
    return 0


SEARCH_NOTE = (
    "Every word must appear in the record, as the start of a word; letter case and accents do"
    " not matter, and a word typed in Cyrillic letters finds its Latin transliteration (and the"
    " reverse). Quotes, OR, NOT and * are not operators: they are read as words or left out."
)
MAX_HITS = 10_000
"""The most hits ``fieldmon search --limit`` prints."""


def hit_limit(text: str) -> int:
    """``fieldmon search --limit``'s value: a whole number from 1 to :data:`MAX_HITS`.

    :raises argparse.ArgumentTypeError: otherwise (argparse prints it as a usage error, exit 2).
    """
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= MAX_HITS:
        raise argparse.ArgumentTypeError(f"{text} is not between 1 and {MAX_HITS}")
    return value


def cmd_search(args: argparse.Namespace) -> int:
    """``fieldmon search [QUERY...] [--query-stdin]``: full-text search; a thin wrapper of
    :meth:`Vault.search`.

    The query is read after the passphrase (:func:`~fieldmon.cli.common.open_vault`): from
    the arguments, or, kept out of ``/proc/PID/cmdline`` and shell history, from a line of
    standard input (the line after the passphrase's with ``--passphrase-stdin``). Prints one
    hit per line: case reference, where it was found, the snippet with the matched words in
    brackets.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``query`` (words, joined
        with spaces; none with ``--query-stdin``), ``query_stdin``, ``limit`` (most hits
        printed, 1 to 10,000 by the parser; a line on standard error says when there were more).
    :return: exit status 0 if something was found, 1 if nothing was.
    :raises UsageError: if the passphrase or the query cannot be read.
    """
    with open_vault(args) as vault:
        query = " ".join(args.query)
        # One more than asked for, only to say that there are more.
        hits = vault.search(query, limit=args.limit + 1)
    if not hits:
        # A pasted paragraph would fill the terminal: the start says which query it was.
        shown = query if len(query) <= 60 else query[:57] + "..."
        print(f"Nothing found for {shown!r}.")
        return 1
    more = len(hits) > args.limit
    for hit in hits[: args.limit]:
        where = f"{hit.record_type[:-1] if hit.record_type.endswith('s') else hit.record_type}"
        record = f" {hit.record_id}" if hit.record_id else ""
        print(f"{hit.case_reference}\t{where}{record}\t{hit.marked()}")
    if more:
        # On standard error: a script reading the hits gets hit lines only.
        print(
            f"More than {args.limit} hits; only the first {args.limit} are shown"
            " (--limit N prints more, or add words to the query).",
            file=sys.stderr,
        )
    return 0


def cmd_seal(args: argparse.Namespace) -> int:
    """``fieldmon seal REF``: seal the case as a new version; a thin wrapper of
    :meth:`Vault.seal`.

    Nothing is sealed when the case is unchanged since its last version (still exit status 0).
    Where a timestamp authority is set (``fieldmon tsa set``), a second line gives the seal's
    RFC 3161 time, or says it was sealed without a timestamp and why (still exit status 0).

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``reference``.
    :return: exit status 0.
    :raises NotFound: if there is no such case.
    :raises UsageError: if the passphrase cannot be read.
    """
    with open_vault(args) as vault:
        version, new = vault.seal(args.reference)
    if new:
        print(
            f"Sealed {args.reference} as version {version.version}, SHA-256 {version.content_hash}."
        )
        if version.timestamp:
            print(f"Timestamped (RFC 3161): sealed by {version.timestamp}.")
        elif version.timestamp_problem:
            print(f"Sealed without a timestamp: {version.timestamp_problem}.")
    else:
        print(f"{args.reference} is unchanged since version {version.version}; nothing to seal.")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    """``fieldmon history REF``: list the sealed versions of a case, and whether it was edited
    since the last one.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``reference``.
    :return: exit status 0, also for a case never sealed.
    :raises NotFound: if there is no such case.
    :raises UsageError: if the passphrase cannot be read.
    """
    with open_vault(args) as vault:
        history = vault.history(args.reference)
    if not history.versions:
        print(f"{args.reference} has never been sealed.")
    for v in history.versions:
        print(f"version {v.version}\t{v.sealed_at}\t{v.actor}\tSHA-256 {v.content_hash}")
    if history.versions and history.changed_since_seal:
        print(
            f"version {history.working_version}\t(not sealed: edits since version"
            f" {history.versions[-1].version})"
        )
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    """``fieldmon log [REF]``: print the custody log, of one case or of the whole vault.

    One entry per line: sequence number, time (UTC, to the second), actor, action, record and
    the first 16 hex digits of the content's SHA-256.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``reference`` (or None).
    :return: exit status 0.
    :raises UsageError: if the passphrase cannot be read.
    """
    with open_vault(args) as vault:
        entries = vault.custody_log(args.reference)
    for e in entries:
        record = f" {e.record}" if e.record else ""
        content = f"  sha256:{e.content_hash[:16]}…" if e.content_hash else ""
        print(f"{e.seq:>6}  {e.at[:19]}Z  {e.actor}  {e.action:<8}{record}{content}")
    return 0


def _mention_words(args: argparse.Namespace) -> str:
    """The words of ``fieldmon mention``: ``--text``, or with ``--text-stdin`` the next line of
    standard input (after the passphrase's and the reference's lines)."""
    if not args.text_stdin:
        return str(args.text)
    line = sys.stdin.readline()
    if not line.strip():
        found = "none" if not line else "an empty line"
        raise UsageError(f"Expected the words on standard input, found {found}.")
    return line.strip()


def cmd_mention(args: argparse.Namespace) -> int:
    """``fieldmon mention REF --field PATH --text WORDS --person ID [--occurrence N]``: record
    that words of a free-text field name a person of the case; ``--list`` prints the case's
    mentions instead.

    The words are found in the field as the dossier's redactor finds a mention (normalised,
    any letter case, whole words: :func:`fieldmon.consent.mentions.find_words`); the mention
    keeps them as written there. The case is stored as an edit (:meth:`Vault.store_cases`:
    validated, logged in the custody log, indexed for search). A case with unsaved work of the
    desktop app (a draft) is refused, since storing it would drop that work.

    With ``--list``: one mention per line, tab-separated: field, start–end (characters), person
    (id, name, roles), the words, and ``STALE`` when the words no longer occur in the field.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``reference`` (or
        ``refs_stdin``), ``list``, ``field``, ``text`` (or ``text_stdin``), ``person``,
        ``occurrence`` (from 1).
    :return: exit status 0.
    :raises UsageError: ``--list`` given with a mention to record, or a mention without
        ``--field``, ``--person`` or words (exit status 64).
    :raises NotFound: if there is no such case.
    :raises MentionRefused: the field, words, occurrence or person cannot make a mention
        (:func:`fieldmon.consent.mentions.mention_of_words`); nothing was stored.
    :raises InvalidCase: the case with the mention may not be stored; nothing was stored.
    """
    adding = [args.field, args.text, args.person, args.occurrence]
    if args.list:
        if any(a is not None for a in adding) or args.text_stdin:
            raise UsageError("--list takes no --field, --text, --person or --occurrence.")
    else:
        if args.text is not None and args.text_stdin:
            raise UsageError("Give the words with --text or --text-stdin, not both.")
        if args.field is None or args.person is None or (args.text is None and not args.text_stdin):
            raise UsageError(
                "A mention needs --field PATH, --text WORDS (or --text-stdin) and --person ID;"
                " or use --list."
            )
    with open_vault(args) as vault:
        if args.list:
            case = vault.view_case(args.reference)
            stale = [id(m) for m in stale_mentions(case)]
            mentions = case.get("mentions") or []
            if not mentions:
                print(f"{args.reference} has no mentions.")
            for m in mentions:
                flag = "\tSTALE" if id(m) in stale else ""
                print(
                    f"{m.get('field')}\t{m.get('start')}–{m.get('end')}\t"
                    f"{person_label(case, str(m.get('person')))}\t{m.get('text')}{flag}"
                )
            return 0
        words = _mention_words(args)
        case = vault.get_case(args.reference)
        refuse_unsaved_work(vault, args.reference)
        occurrence = 1 if args.occurrence is None else args.occurrence
        changed = mention_of_words(case, args.field, words, args.person, occurrence)
        vault.store_cases([changed])
        mention = changed["mentions"][-1]
    print(
        f"Marked “{mention['text']}” ({mention['field']}, characters {mention['start']}–"
        f"{mention['end']}) as naming {person_label(changed, args.person)}; every occurrence"
        " of these words in the case is shown at that person's consent level."
    )
    return 0
