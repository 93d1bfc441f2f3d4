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
from fieldmon.resources import sample_cases_path, vocabulary
from fieldmon.vault.records import CaseDocument
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
    Vault.create(path, passphrase).close()
    print(f"Created a vault in {path}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    path = _vault_dir(args)
    passphrase = Passphrases(args.passphrase_stdin).ask_new("Passphrase for the demo vault: ")
    with Vault.create(path, passphrase) as vault:
        references = casejson.import_file(vault, sample_cases_path())
    print(f"Created a demo vault in {path} with the fictional cases {', '.join(references)}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        references = casejson.import_file(vault, Path(args.file))
    print(f"Imported {len(references)} case(s): {', '.join(references)}.")
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        text = casejson.dumps(casejson.export_document(vault, args.case or None))
    if args.out:
        out = Path(args.out)
        if out.exists() and not args.force:
            raise UsageError(f"{out} exists; add --force to overwrite it.")
        out.write_text(text, encoding="utf-8")
        print(f"Wrote {out}.", file=sys.stderr)
    else:
        sys.stdout.write(text)
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


def _label(vocab: str, code: object) -> str:
    if isinstance(code, list):
        return ", ".join(_label(vocab, c) for c in code)
    return vocabulary(vocab).label(str(code))


def _when(record: dict[str, object]) -> str:
    start = str(record.get("start") or record.get("date") or "date unknown")
    end = f" to {record['end']}" if record.get("end") else ""
    precision = record.get("date_precision")
    return start + end + (f" ({_label('date_precisions', precision)})" if precision else "")


def render_case(case: CaseDocument) -> str:
    """The case as readable text, for `fieldmon show`."""
    persons = {p["id"]: p["name"] for p in case.get("persons", [])}
    lines = [f"{case['reference']}  {case['title']}"]
    lines.append(
        f"Status: {_label('case_statuses', case.get('status', '-'))}    "
        f"Respondent State: {case.get('respondent_state', '-')}    "
        f"Language: {case.get('language', '-')}"
    )
    if case.get("summary"):
        lines += ["", case["summary"]]
    if case.get("persons"):
        lines += ["", "Persons"]
        for p in case["persons"]:
            other = f" (also {', '.join(p['other_names'])})" if p.get("other_names") else ""
            lines.append(f"  {p['id']}  {p['name']}{other} — {_label('roles', p.get('roles', []))}")
    for event in case.get("events", []):
        lines += ["", f"Event {event['id']}: {event['title']}", f"  When: {_when(event)}"]
        if event.get("place"):
            lines.append(f"  Where: {event['place']}")
        if event.get("description"):
            lines.append(f"  {event['description']}")
        for act in event.get("acts", []):
            victim = persons.get(act["victim"], act["victim"])
            lines.append(f"  Act {act['id']}: {_label('act_types', act['type'])} — victim {victim}")
            if act.get("methods"):
                lines.append(f"    Methods: {_label('torture_methods', act['methods'])}")
            if act.get("location_type"):
                lines.append(f"    Place: {_label('location_types', act['location_type'])}")
            for inv in act.get("involvements", []):
                who = persons.get(inv["perpetrator"], inv["perpetrator"])
                degree = _label("involvement_degrees", inv["degree"]) if inv.get("degree") else ""
                lines.append(f"    Perpetrator: {who} {degree}".rstrip())
    for interview in case.get("interviews", []):
        who = persons.get(interview["interviewee"], interview["interviewee"])
        lines += ["", f"Interview {interview['id']} with {who}, {_when(interview)}"]
        if interview.get("narrative"):
            lines.append(f"  {interview['narrative']}")
    if case.get("consents"):
        lines += ["", "Consents"]
        for c in case["consents"]:
            who = persons.get(c["person"], c["person"])
            withdrawn = f", withdrawn {c['withdrawn']}" if c.get("withdrawn") else ""
            lines.append(
                f"  {who}: {_label('recipients', c['recipient'])} —"
                f" {_label('identity_levels', c['identity'])}{withdrawn}"
            )
    for m in case.get("medical", []):
        who = persons.get(m["person"], m["person"])
        lines += ["", f"Medical evaluation {m['id']} of {who} by {m.get('clinician', '-')}"]
        for f in m.get("findings", []):
            lines.append(
                f"  {f.get('location', '')}: {f['description']} —"
                f" {_label('consistency', f.get('consistency', '-'))}"
            )
    if case.get("evidence"):
        lines += ["", "Evidence"]
        for x in case["evidence"]:
            lines.append(f"  {x['id']}  {x['title']}")
    if case.get("remedies"):
        lines += ["", "Domestic remedies"]
        for r in case["remedies"]:
            final = " (final)" if r.get("final") else ""
            lines.append(
                f"  {r.get('date', '-')}  {r['authority']}: {r.get('decision', '')}{final}"
            )
    if case.get("violations"):
        lines += ["", "Alleged violations"]
        for v in case["violations"]:
            lines.append(
                f"  {v['instrument']} art. {v['article']} — acts {', '.join(v.get('acts', []))}"
            )
    if case.get("interventions"):
        lines += ["", "Interventions"]
        for i in case["interventions"]:
            kind = _label("intervention_types", i["type"]) if i.get("type") else ""
            lines.append(
                f"  {i.get('date', '-')}  {_label('recipients', i['body'])} {kind}".rstrip()
            )
    return "\n".join(lines) + "\n"


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        case = vault.get_case(args.reference)
    if args.json:
        sys.stdout.write(casejson.dumps(case))
    else:
        sys.stdout.write(render_case(case))
    return 0


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

    add("init", cmd_init, "create a new, empty vault")
    add("demo", cmd_demo, "create a new vault filled with the fictional sample cases")
    p = add("import", cmd_import, "import a fieldmon-case/1 JSON file (all of it or nothing)")
    p.add_argument("file", metavar="FILE.json")
    p = add("export-json", cmd_export_json, "export cases as fieldmon-case/1 JSON")
    p.add_argument("--case", action="append", metavar="REF", help="only this case (repeatable)")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--force", action="store_true", help="overwrite --out if it exists")
    p = add("cases", cmd_cases, "list the cases in the vault")
    p.add_argument("--status", choices=vocabulary("case_statuses").codes)
    p = add("show", cmd_show, "show one case")
    p.add_argument("reference", metavar="REF")
    p.add_argument("--json", action="store_true", help="as fieldmon-case/1 JSON")
    p = add("search", cmd_search, "search titles, summaries, narratives, names and places")
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument("--limit", type=int, default=50)
    add("passwd", cmd_passwd, "change the vault passphrase (old one, then new one)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
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
