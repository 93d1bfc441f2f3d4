"""`fieldmon` commands on signed dossiers: write one, verify one, manage the signing identity.

Each handler takes the parsed arguments, prints what it did and returns the exit status; a
:class:`~fieldmon.errors.FieldMonError` it raises is printed by :func:`fieldmon.cli.main`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldmon.cli.common import UsageError, open_vault
from fieldmon.errors import FieldMonError
from fieldmon.vault.files import check_output


def read_text_file(path: Path, limit: int = 1 << 20) -> str:
    """A small UTF-8 text file given on the command line (the pattern report's
    recommendations).

    :param path: the file.
    :param limit: the largest size accepted, in bytes (1 MiB).
    :return: its text.
    :raises FieldMonError: if it cannot be read, is larger than ``limit`` or is not UTF-8.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise FieldMonError(f"Cannot read {path}: {error.strerror or error}.") from None
    if len(data) > limit:
        raise FieldMonError(f"{path} is larger than {limit // 1024} KiB; nothing was written.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise FieldMonError(f"{path} is not UTF-8 text; nothing was written.") from None


def cmd_dossier(args: argparse.Namespace) -> int:
    """``fieldmon dossier REF... --profile P --out FILE.pdf``: write a signed PDF dossier.

    A thin wrapper of :func:`fieldmon.dossier.build.plan` (which settles consent and the review
    of possible names, then seals each case if it changed) and
    :func:`fieldmon.dossier.build.write_dossier`. Before writing, standard error lists how each
    person will appear, who is left out and why, and the annexes withheld for consent reasons.
    When possible names have no decision, standard output lists them as a review file to
    complete (``KEY ?`` lines; decisions given for no candidate of this dossier are reported
    and ignored) and nothing is written (exit status 6).

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``reference`` (one or
        more), ``profile``, ``lang``, ``out``, ``force``, ``review`` (a decision file or
        None), ``withhold_perpetrators``, ``override_withdrawn`` (a reason or None),
        ``audience`` and ``recommendations`` (pattern only; a text file or None). The profile's
        warnings (an expired time limit...) are printed on standard error before writing.
    :return: exit status 0.
    :raises UsageError: if the passphrase cannot be read, or ``--for`` or
        ``--recommendations`` is given for a profile other than ``pattern``.
    :raises ReviewRequired: possible names have no decision (exit status 6).
    :raises ConsentBlocked: a victim or applicant withdrew consent (exit status 7).
    :raises FieldMonError: if the vault does not open, a case is not found, the review file
        cannot be read, the recommendations file cannot be read as UTF-8 text, or FILE.pdf
        exists without ``--force``.
    """
    from fieldmon.consent.review import ReviewRequired, read_review_file, review_lines
    from fieldmon.dossier import build
    from fieldmon.dossier.profiles import DossierOptions

    if (getattr(args, "audience", None) or getattr(args, "recommendations", None)) and (
        args.profile != "pattern"
    ):  # said, not silently dropped
        raise UsageError("--for and --recommendations apply to --profile pattern only.")
    decisions = read_review_file(Path(args.review)) if args.review else None
    recommendations = None
    if getattr(args, "recommendations", None):
        recommendations = read_text_file(Path(args.recommendations))
    options = DossierOptions(getattr(args, "audience", None), recommendations)
    with open_vault(args) as vault:
        check_output(Path(args.out), args.force)
        if decisions:
            known = build.review_list(
                vault,
                args.reference,
                args.profile,
                args.lang,
                withhold_perpetrators=args.withhold_perpetrators,
            )
            stray = set(decisions) - {candidate.key for candidate, _ in known}
            if stray:  # made for another case, recipient or text: never applied
                print(
                    f"{len(stray)} decision(s) in {args.review} match no possible name of this"
                    " dossier (made for another case, recipient or text) and are ignored.",
                    file=sys.stderr,
                )
        try:
            plan = build.plan(
                vault,
                args.reference,
                args.profile,
                args.lang,
                decisions=decisions,
                withhold_perpetrators=args.withhold_perpetrators,
                override_withdrawn=args.override_withdrawn,
                options=options,
            )
        except ReviewRequired as needed:
            # On standard output, as a review file to complete: `... > review.txt`.
            print("\n".join(review_lines(needed.candidates)))
            raise
        # Before anything is written: who will appear, and how.
        print(f"{args.profile} dossier, {args.lang}: persons appear as follows", file=sys.stderr)
        for row in plan.naming():
            shown = "left out (counted only)" if row.level == "left_out" else row.shown_as
            request = "; Rule 47 § 4 anonymity request" if row.anonymity_request else ""
            print(
                f"  {row.case_reference} {row.person_id} {row.name} ({row.roles}):"
                f" {row.level} [{row.basis}]{request} -> {shown}",
                file=sys.stderr,
            )
        for warning in plan.warnings:
            print(f"  WARNING: {warning}", file=sys.stderr)
        for w in plan.withheld_annexes:
            print(
                f"  withheld for consent reasons: {w.case_reference} evidence {w.evidence_id}"
                f" ({w.reason}), SHA-256 {w.sha256}",
                file=sys.stderr,
            )
        digest, manifest = build.write_dossier(vault, plan, Path(args.out), force=args.force)
    print(
        f"Wrote {args.out}: signed dossier {manifest['dossier']}, SHA-256 {digest},"
        f" {len(manifest['annexes'])} annex(es), {len(plan.withheld_annexes)} withheld,"
        f" {len(plan.redactor.left_out())} person(s) left out."
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """``fieldmon verify FILE.pdf [--trust ROOT.pem | --fingerprint HEX]``: check a dossier's
    signature, evidence manifest and signer; no vault is needed.

    A thin wrapper of :func:`fieldmon.dossier.verify.verify_pdf`, printing
    :func:`fieldmon.dossier.verify.describe` of its verdict. Without ``--trust`` or
    ``--fingerprint`` nothing shows who signed (anyone can make a certificate with any name):
    an unchanged dossier is then SIGNER UNVERIFIED, with its own exit status.

    Both files are read within the limits of :mod:`fieldmon.dossier.bounded_pdf`: regular
    files only (a named pipe or a device is refused without being opened), FILE.pdf at most
    MAX_PDF_BYTES (256 MiB), ROOT.pem at most
    :data:`~fieldmon.dossier.verify.MAX_TRUST_BYTES` (1 MiB).

    The history each case's custody log had when the dossier was made is shown before the
    verdict line (:func:`fieldmon.dossier.history.report`); with ``--since EARLIER.pdf``,
    whether it extends the earlier dossier's, one line per case. A history that does not hold
    or was rewritten makes the verdict NOT VALID.

    :param args: parsed arguments: ``file``, ``trust`` (a PEM root certificate, or None),
        ``fingerprint`` (a SHA-256 certificate fingerprint as typed, or None), ``since`` (an
        earlier dossier, or None).
    :return: exit status (:attr:`fieldmon.dossier.verify.Outcome.exit_status`): 0 if VALID,
        1 if NOT VALID, 10 if the document is unchanged but the signer is unverified; 1 also
        when the recorded history does not hold or, with ``--since``, was rewritten.
    :raises FieldMonError: if ROOT.pem or FILE.pdf cannot be read, is not a regular file or is
        too large, ROOT.pem holds no PEM certificate, or HEX is not 64 hexadecimal digits
        (exit status 1).
    """
    from fieldmon.dossier.verify import describe, parse_fingerprint, read_trust_file, verify_pdf

    fingerprint = args.fingerprint
    if fingerprint is not None:
        try:  # a typing mistake is refused before the PDF is read, as a usage mistake
            parse_fingerprint(fingerprint)
        except FieldMonError as error:
            raise UsageError(str(error)) from None
    trust = None
    if args.trust:
        trust = read_trust_file(Path(args.trust))
    verdict = verify_pdf(Path(args.file), trust, fingerprint)
    from fieldmon.dossier import history

    since = Path(args.since) if args.since else None
    lines, broken = history.report(Path(args.file), since, later_unchanged=verdict.unchanged)
    described = describe(verdict)
    # The history goes before the verdict, which stays the last line.
    if broken is not None:
        described[-1] = f"Verdict:       NOT VALID: {broken}"
    print("\n".join(described[:-1] + lines + described[-1:]))
    return verdict.outcome.exit_status if broken is None else 1


def cmd_identity(args: argparse.Namespace) -> int:
    """``fieldmon identity show|export-root|csr|install [FILE]``: the certificates that sign
    dossiers (RFC 5280 X.509).

    ``show`` prints the monitor and root certificates (:meth:`Vault.identity`);
    ``export-root`` writes the root certificate (PEM) for recipients' ``verify --trust``;
    ``csr`` writes a PKCS#10 certificate request (:meth:`Vault.certificate_request`);
    ``install`` installs the certificate headquarters issued, with its root
    (:meth:`Vault.install_certificates`).

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``action``, ``file``,
        ``force``.
    :return: exit status 0.
    :raises UsageError: if the passphrase cannot be read, or an action other than ``show`` has
        no FILE.
    :raises FieldMonError: if the vault does not open, FILE cannot be read (``install``) or
        exists without ``--force`` (``export-root``, ``csr``), or the certificates are refused.
    """
    from fieldmon.crypto import identity as certs
    from fieldmon.dossier.verify import read_aloud

    with open_vault(args) as vault:
        if args.action == "show":
            me = vault.identity()
            monitor, root = certs.describe(me.monitor_cert), certs.describe(me.root_cert)
            print(f"Monitor certificate: {monitor.subject}")
            print(f"  SHA-256 {read_aloud(monitor.fingerprint)}")
            print(f"  issued by {monitor.issuer}, valid until {monitor.not_after}")
            origin = "made by this vault" if me.own_root else "installed from the organisation"
            print(f"Root certificate ({origin}): {root.subject}")
            print(f"  SHA-256 {read_aloud(root.fingerprint)}")
            return 0
        if not args.file:
            raise UsageError(f"identity {args.action} needs a FILE.")
        path = Path(args.file)
        if args.action == "install":
            try:
                data = path.read_bytes()
            except OSError as error:
                raise FieldMonError(f"{path} cannot be read ({error.strerror}).") from None
            me = vault.install_certificates(data)
            print(
                f"Installed the certificate of {me.name}, issued by"
                f" {certs.describe(me.root_cert).subject}."
            )
            return 0
        check_output(path, args.force)
        if args.action == "export-root":
            path.write_bytes(certs.pem(vault.identity().root_cert))
            print(
                f"Wrote the root certificate to {path}; give it to recipients to check"
                " dossiers with --trust."
            )
        else:
            path.write_bytes(vault.certificate_request())
            print(
                f"Wrote a certificate request to {path}; after headquarters issues the"
                " certificate, run: fieldmon identity install CERT.pem"
            )
    return 0
