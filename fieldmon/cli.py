"""`fieldmon`: the command line over the same core the desktop app uses.

With no arguments it starts the desktop app. Passphrases are read without echo from the terminal,
or as lines from standard input with --passphrase-stdin; never from arguments or the environment.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from fieldmon import __version__
from fieldmon.errors import FieldMonError
from fieldmon.exchange import casejson
from fieldmon.exchange.text import render_case
from fieldmon.hardening import harden_process
from fieldmon.logs import memory_log
from fieldmon.resources import sample_cases_path, vocabulary
from fieldmon.vault.files import check_output
from fieldmon.vault.store import Vault, default_vault_dir


class UsageError(FieldMonError):
    exit_status = 64


class Passphrases:
    """Where passphrases come from for one command: the terminal, or lines of standard input."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def ask(self, prompt: str) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise UsageError("Expected a passphrase on standard input, found none.")
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise UsageError(
                "No terminal to ask for the passphrase; pass it on standard input with"
                " --passphrase-stdin."
            )
        return getpass.getpass(prompt)

    def ask_new(self, prompt: str = "New passphrase: ") -> str:
        first = self.ask(prompt)
        if self.from_stdin:
            return first
        if self.ask("Repeat it: ") != first:
            raise UsageError("The two passphrases differ; nothing was changed.")
        return first


def _vault_dir(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else default_vault_dir()


def _open(args: argparse.Namespace) -> Vault:
    return Vault.open(_vault_dir(args), Passphrases(args.passphrase_stdin).ask("Passphrase: "))


def cmd_init(args: argparse.Namespace) -> int:
    path = _vault_dir(args)
    passphrase = Passphrases(args.passphrase_stdin).ask_new("Passphrase for the new vault: ")
    Vault.create(path, passphrase, name=args.name, organisation=args.org).close()
    print(f"Created a vault in {path}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    path = _vault_dir(args)
    passphrase = Passphrases(args.passphrase_stdin).ask_new("Passphrase for the demo vault: ")
    with Vault.create(path, passphrase, name=args.name, organisation=args.org) as vault:
        references = casejson.import_file(vault, sample_cases_path())
    print(f"Created a demo vault in {path} with the fictional cases {', '.join(references)}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        references = casejson.import_file(vault, Path(args.file))
    print(f"Imported {len(references)} case(s): {', '.join(references)}.")
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    if args.files and not args.out:
        raise UsageError("--files needs --out: the files are written next to the JSON file.")
    with _open(args) as vault:
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
    with _open(args) as vault:
        summaries = vault.list_cases(status=args.status)
    if not summaries:
        print("No cases.")
    statuses = vocabulary("case_statuses")
    for s in summaries:
        status = statuses.label(s.status) if s.status else "-"
        print(f"{s.reference}\t{status}\t{s.title}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args) as vault:
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


def cmd_attach(args: argparse.Namespace) -> int:
    with _open(args) as vault:
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
    with _open(args) as vault:
        a = vault.extract(args.reference, args.item, Path(args.out), force=args.force)
    print(f"Wrote {args.out} ({a.size} bytes, SHA-256 {a.sha256}, as collected).")
    return 0


def cmd_seal(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        version, new = vault.seal(args.reference)
    if new:
        print(
            f"Sealed {args.reference} as version {version.version}, SHA-256 {version.content_hash}."
        )
    else:
        print(f"{args.reference} is unchanged since version {version.version}; nothing to seal.")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with _open(args) as vault:
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
    with _open(args) as vault:
        entries = vault.custody_log(args.reference)
    for e in entries:
        record = f" {e.record}" if e.record else ""
        content = f"  sha256:{e.content_hash[:16]}…" if e.content_hash else ""
        print(f"{e.seq:>6}  {e.at[:19]}Z  {e.actor}  {e.action:<8}{record}{content}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from fieldmon.vault.check import check_vault

    with _open(args) as vault:
        report = check_vault(vault)
    for note in report.notes:
        print(f"note: {note}")
    checked = ", ".join(f"{n} {what}" for what, n in report.checked.items())
    if report.ok:
        print(f"Vault is intact: checked {checked}.")
        return 0
    for fault in report.faults:
        print(f"FAULT: {fault}")
    print(f"{len(report.faults)} fault(s) found; checked {checked}.")
    return 6


def cmd_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with _open(args) as vault:
        hits = vault.search(query, limit=args.limit)
    if not hits:
        print(f"Nothing found for {query!r}.")
        return 1
    for hit in hits:
        where = f"{hit.record_type[:-1] if hit.record_type.endswith('s') else hit.record_type}"
        record = f" {hit.record_id}" if hit.record_id else ""
        print(f"{hit.case_reference}\t{where}{record}\t{hit.marked()}")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    ask = Passphrases(args.passphrase_stdin)
    old = ask.ask("Current passphrase: ")
    with Vault.open(_vault_dir(args), old) as vault:
        new = ask.ask_new("New passphrase: ")
        vault.change_passphrase(old, new)
    print("Passphrase changed; the old one no longer opens the vault.")
    return 0


def cmd_dossier(args: argparse.Namespace) -> int:
    from fieldmon.dossier import build

    with _open(args) as vault:
        plan = build.plan(vault, args.reference, args.profile, args.lang)
        # Before anything is written: who will appear, and how.
        print(f"{args.profile} dossier, {args.lang}: persons appear as follows", file=sys.stderr)
        for row in plan.naming():
            print(
                f"  {row.case_reference} {row.person_id} {row.name} ({row.roles}):"
                f" {row.level} -> {row.shown_as}",
                file=sys.stderr,
            )
        digest, manifest = build.write_dossier(vault, plan, Path(args.out), force=args.force)
    print(
        f"Wrote {args.out}: signed dossier {manifest['dossier']}, SHA-256 {digest},"
        f" {len(manifest['annexes'])} annex(es)."
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from fieldmon.dossier.verify import describe, verify_pdf

    trust = None
    if args.trust:
        try:
            trust = Path(args.trust).read_bytes()
        except OSError as error:
            raise FieldMonError(f"{args.trust} cannot be read ({error.strerror}).") from None
    verdict = verify_pdf(Path(args.file), trust)
    print("\n".join(describe(verdict, trust is not None)))
    return 0 if verdict.ok else 1


def cmd_identity(args: argparse.Namespace) -> int:
    from fieldmon.crypto import identity as certs
    from fieldmon.vault import identities

    with _open(args) as vault:
        if args.action == "show":
            me = identities.current(vault.conn)
            monitor, root = certs.describe(me.monitor_cert), certs.describe(me.root_cert)
            print(f"Monitor certificate: {monitor.subject}")
            print(f"  SHA-256 {monitor.fingerprint}")
            print(f"  issued by {monitor.issuer}, valid until {monitor.not_after}")
            origin = "made by this vault" if me.own_root else "installed from the organisation"
            print(f"Root certificate ({origin}): {root.subject}")
            print(f"  SHA-256 {root.fingerprint}")
            return 0
        if not args.file:
            raise UsageError(f"identity {args.action} needs a FILE.")
        path = Path(args.file)
        if args.action == "install":
            try:
                data = path.read_bytes()
            except OSError as error:
                raise FieldMonError(f"{path} cannot be read ({error.strerror}).") from None
            with vault.transaction():
                me = identities.install(vault.conn, data)
            print(
                f"Installed the certificate of {me.name}, issued by"
                f" {certs.describe(me.root_cert).subject}."
            )
            return 0
        check_output(path, args.force)
        if args.action == "export-root":
            path.write_bytes(certs.pem(identities.current(vault.conn).root_cert))
            print(
                f"Wrote the root certificate to {path}; give it to recipients to check"
                " dossiers with --trust."
            )
        else:
            path.write_bytes(identities.csr(vault.conn))
            print(
                f"Wrote a certificate request to {path}; after headquarters issues the"
                " certificate, run: fieldmon identity install CERT.pem"
            )
    return 0


def cmd_recovery(args: argparse.Namespace) -> int:
    from fieldmon.vault import recovery

    ask = Passphrases(args.passphrase_stdin)
    passphrase = ask.ask("Passphrase: ")
    with Vault.open(_vault_dir(args), passphrase) as vault:
        shares = recovery.create_shares(
            recovery.vault_key_of(vault, passphrase), args.threshold, args.shares
        )
    print(
        f"{args.shares} recovery shares; any {args.threshold} of them open this vault with a"
        " new passphrase. Write each down, keep them in different places, never together"
        " with the laptop.",
        file=sys.stderr,
    )
    for share in shares:
        print(share)
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from fieldmon.vault import recovery

    def read_share(n: int) -> str:
        if args.passphrase_stdin:
            line = sys.stdin.readline()
            if not line.strip():
                raise recovery.RecoveryError(f"Expected share {n} on standard input, found none.")
            return line.strip()
        return input(f"Share {n}: ").strip()

    shares = [read_share(1)]
    needed = recovery.shares_needed(shares[0])
    while len(shares) < needed:
        shares.append(read_share(len(shares) + 1))
    new = Passphrases(args.passphrase_stdin).ask_new("New passphrase: ")
    recovery.recover(_vault_dir(args), shares, new)
    print("Recovered: the vault opens with the new passphrase; the old one no longer does.")
    return 0


def cmd_duress(args: argparse.Namespace) -> int:
    ask = Passphrases(args.passphrase_stdin)
    passphrase = ask.ask("Passphrase: ")
    with Vault.open(_vault_dir(args), passphrase) as vault:
        if args.action == "clear":
            vault.clear_duress(passphrase)
            print("No duress passphrase opens anything now; the decoy was emptied.")
            return 0
        duress = ask.ask_new("Duress passphrase: ")
        vault.set_duress(passphrase, duress, wipe_real=args.wipe)
    print(
        "The duress passphrase now opens an empty decoy vault; fill it with harmless material."
        + (" Using it also destroys this vault, silently." if args.wipe else "")
    )
    return 0


def cmd_attempts(args: argparse.Namespace) -> int:
    from fieldmon.vault import attempts

    path = _vault_dir(args)
    with Vault.open(path, Passphrases(args.passphrase_stdin).ask("Passphrase: ")):
        if args.wipe_after is not None:
            if args.wipe_after != "off" and not args.wipe_after.isdigit():
                raise UsageError("--wipe-after takes a number of failures, or off.")
            limit = None if args.wipe_after == "off" else int(args.wipe_after)
            if limit is not None and limit < 3:
                raise UsageError("Wipe after at least 3 failed unlocks (a typo happens).")
            attempts.set_wipe_after(path, limit)
    limit = attempts.wipe_after(path)
    print(f"Wipe after failed unlocks in a row: {limit if limit else 'off'}.")
    return 0


def cmd_wipe(args: argparse.Namespace) -> int:
    from fieldmon.vault import recovery

    path = _vault_dir(args)
    if not args.yes:
        raise UsageError(
            f"This destroys the vault in {path} for good; no passphrase or share will open it"
            " again. Add --yes to do it."
        )
    recovery.wipe(path)
    print(f"Wiped the vault in {path}.")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from ui.app import run
    except ImportError as error:
        raise FieldMonError(f"The desktop app cannot start: {error}.") from None
    return run(vault_dir=_vault_dir(args))


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--vault", metavar="DIR", help="vault folder (default: %(default)s)", default=None
    )
    common.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read passphrase(s) from standard input, one per line, instead of the terminal",
    )
    parser = argparse.ArgumentParser(
        prog="fieldmon",
        parents=[common],
        description="Document torture and arbitrary detention in an encrypted vault."
        " With no command, start the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"FieldMon {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        name: str, handler: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_, description=help_)
        p.set_defaults(handler=handler)
        return p

    for name, handler, help_ in (
        ("init", cmd_init, "create a new, empty vault"),
        ("demo", cmd_demo, "create a new vault filled with the fictional sample cases"),
    ):
        p = add(name, handler, help_)
        p.add_argument("--name", help="your name as it appears in custody entries and signatures")
        p.add_argument("--org", help="your organisation")
    p = add("import", cmd_import, "import a fieldmon-case/1 JSON file (all of it or nothing)")
    p.add_argument("file", metavar="FILE.json")
    p = add("export-json", cmd_export_json, "export cases as fieldmon-case/1 JSON")
    p.add_argument("--case", action="append", metavar="REF", help="only this case (repeatable)")
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
    p.add_argument("reference", metavar="REF")
    p.add_argument("--json", action="store_true", help="as fieldmon-case/1 JSON")
    p.add_argument("--version", type=int, metavar="N", help="show sealed version N")
    p = add("search", cmd_search, "search titles, summaries, narratives, names and places")
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument("--limit", type=int, default=50)
    add("passwd", cmd_passwd, "change the vault passphrase (old one, then new one)")
    p = add("attach", cmd_attach, "store a file, encrypted, as evidence of a case")
    p.add_argument("reference", metavar="REF")
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
    p.add_argument("reference", metavar="REF")
    p.add_argument("item", metavar="ITEM", help="a stored file (x1.1) or evidence record (x1)")
    p.add_argument("--out", required=True, metavar="PATH")
    p.add_argument("--force", action="store_true", help="overwrite PATH if it exists")
    p = add("seal", cmd_seal, "seal the case and every record in it as a new version")
    p.add_argument("reference", metavar="REF")
    p = add("history", cmd_history, "list the sealed versions of a case")
    p.add_argument("reference", metavar="REF")
    p = add("log", cmd_log, "print the custody log (of one case, or all)")
    p.add_argument("reference", metavar="REF", nargs="?")
    add(
        "check",
        cmd_check,
        "verify the database, every stored file, sealed version and custody entry",
    )
    p = add("dossier", cmd_dossier, "write a signed PDF dossier for a recipient")
    p.add_argument("reference", metavar="REF", nargs="+")
    p.add_argument(
        "--profile", required=True, choices=["echr", "rule39", "un-srt", "wgad", "pattern"]
    )
    p.add_argument("--lang", default="en", choices=["en", "ru", "az"])
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--force", action="store_true", help="overwrite FILE.pdf if it exists")
    p = sub.add_parser(
        "verify",
        help="check a dossier's signature and manifest (no vault needed)",
        description="Check a dossier's signature and evidence manifest.",
    )
    p.set_defaults(handler=cmd_verify)
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--trust", metavar="ROOT.pem", help="the organisation's root certificate")
    p = add("recovery", cmd_recovery, "print recovery shares (SLIP-39) for a lost passphrase")
    p.add_argument("action", choices=["create"])
    p.add_argument("--threshold", type=int, required=True, metavar="K")
    p.add_argument("--shares", type=int, required=True, metavar="N")
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
    p = add("identity", cmd_identity, "show or manage the certificates that sign dossiers")
    p.add_argument("action", choices=["show", "export-root", "csr", "install"])
    p.add_argument("file", nargs="?", metavar="FILE")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    memory_log()
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(errors="replace")
    args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", cmd_gui)
    try:
        return handler(args)
    except FieldMonError as error:
        print(f"fieldmon: {error}", file=sys.stderr)
        return error.exit_status
    except KeyboardInterrupt:
        print("fieldmon: interrupted.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
