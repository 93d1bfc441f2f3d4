"""`fieldmon` commands on the vault itself: create, passphrase, check, recovery, duress, wipe.

Each handler takes the parsed arguments, prints what it did and returns the exit status; a
:class:`~fieldmon.errors.FieldMonError` it raises is printed by :func:`fieldmon.cli.main`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldmon.cli.common import Passphrases, UsageError, open_vault, unlock, vault_dir
from fieldmon.errors import VaultNotWritable
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault.layout import KEY_FILE, check_location
from fieldmon.vault.store import Vault


def cmd_init(args: argparse.Namespace) -> int:
    """``fieldmon init``: create a new, empty vault; a thin wrapper of :meth:`Vault.create`.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``name``, ``org``.
    :return: exit status 0.
    :raises UsageError: if the passphrase cannot be read or its two entries differ.
    :raises FieldMonError: if the vault cannot be created (for instance
        :class:`~fieldmon.errors.VaultExists`, :class:`~fieldmon.errors.WeakPassphrase`).
    """
    path = vault_dir(args)
    passphrase = Passphrases(args.passphrase_stdin).ask_new("Passphrase for the new vault: ")
    Vault.create(path, passphrase, name=args.name, organisation=args.org).close()
    print(f"Created a vault in {path}.")
    return 0


EXECUTION_SAMPLES = "execution-cases.json"
"""The second sample file ``fieldmon demo`` imports, beside ``cases.json``."""


def cmd_demo(args: argparse.Namespace) -> int:
    """``fieldmon demo``: create a new vault and import the fictional sample cases into it:
    ``resources/samples/cases.json``, then ``execution-cases.json`` (a judgment under execution
    and new cases at named places of detention, for the ``cm-rule9`` and ``pattern`` dossiers).

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``name``, ``org``.
    :return: exit status 0.
    :raises UsageError: if the passphrase cannot be read or its two entries differ.
    :raises FieldMonError: if the vault cannot be created (as for :func:`cmd_init`).
    """
    path = vault_dir(args)
    passphrase = Passphrases(args.passphrase_stdin).ask_new("Passphrase for the demo vault: ")
    with Vault.create(path, passphrase, name=args.name, organisation=args.org, demo=True) as vault:
        references = casejson.import_file(vault, sample_cases_path())
        references += casejson.import_file(vault, sample_cases_path().parent / EXECUTION_SAMPLES)
    print(f"Created a demo vault in {path} with the fictional cases {', '.join(references)}.")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    """``fieldmon passwd``: change the passphrase; a thin wrapper of
    :meth:`Vault.change_passphrase`.

    Reads the current passphrase, opens the vault with it, then reads the new one.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``.
    :return: exit status 0.
    :raises UsageError: if a passphrase cannot be read or the new one's two entries differ.
    :raises FieldMonError: if the vault does not open, or the new passphrase is refused
        (:class:`~fieldmon.errors.WeakPassphrase`).
    """
    ask = Passphrases(args.passphrase_stdin)
    old = ask.ask("Current passphrase: ")
    with unlock(vault_dir(args), old) as vault:
        new = ask.ask_new("New passphrase: ")
        vault.change_passphrase(old, new)
    print("Passphrase changed; the old one no longer opens the vault.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """``fieldmon check``: verify the vault; a thin wrapper of
    :func:`fieldmon.vault.check.check_vault` that prints its notes, faults and what it checked.

    With ``--rebuild-search``, the search index is first emptied and every case indexed again
    (:func:`fieldmon.vault.search_check.rebuild`, one transaction: all or nothing), the repair
    for the search faults the check names; the cases are not changed.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``rebuild_search``.
    :return: exit status 0 if the vault is intact, 6 if a fault was found.
    :raises UsageError: if the passphrase cannot be read.
    :raises FieldMonError: if the vault does not open.
    """
    from fieldmon.vault import search_check
    from fieldmon.vault.check import check_vault

    with open_vault(args) as vault:
        if args.rebuild_search:
            # About 4 ms a case here (issue 16's bench machine): minutes at headquarters' scale.
            print("Rebuilding the search index from the cases...", file=sys.stderr, flush=True)
            with vault.transaction():
                cases, entries = search_check.rebuild(vault.conn)
            print(f"Search index rebuilt: {cases} case(s), {entries} entries.")
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


def cmd_recovery(args: argparse.Namespace) -> int:
    """``fieldmon recovery create``: print K-of-N recovery shares of the vault key.

    The shares are SLIP-0039 mnemonics (see :mod:`fieldmon.vault.recovery`), one per line on
    standard output; the advice on keeping them goes to standard error.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``threshold`` (K),
        ``shares`` (N).
    :return: exit status 0.
    :raises UsageError: if the passphrase cannot be read.
    :raises FieldMonError: if the vault does not open, or K and N are refused by
        :func:`fieldmon.vault.recovery.create_shares`.
    """
    from fieldmon.vault import recovery

    ask = Passphrases(args.passphrase_stdin)
    passphrase = ask.ask("Passphrase: ")
    with unlock(vault_dir(args), passphrase) as vault:
        shares = recovery.create_shares(vault, passphrase, args.threshold, args.shares)
    print(
        f"{args.shares} recovery shares; any {args.threshold} of them open this vault with a"
        " new passphrase, and shares made before no longer do. Write each down, keep them in"
        " different places, never together with the laptop.",
        file=sys.stderr,
    )
    for share in shares:
        print(share)
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    """``fieldmon recover``: set a new passphrase from recovery shares (SLIP-0039).

    Reads the first share, then as many more as its set needs (one per line; on the terminal
    each is prompted for), then the new passphrase; a thin wrapper of
    :func:`fieldmon.vault.recovery.recover`.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``.
    :return: exit status 0.
    :raises RecoveryError: if a share is missing from standard input, is not valid, or the
        shares do not open this vault (exit status 7).
    :raises UsageError: if the new passphrase cannot be read or its two entries differ.
    :raises FieldMonError: if there is no vault, or the new passphrase is too weak.
    :raises VaultNotWritable: if the vault cannot be written (see
        :func:`fieldmon.vault.layout.check_location`, which also raises ``VaultDamaged`` and
        ``VaultFull``).
    """
    from fieldmon.vault import recovery

    def read_share(n: int) -> str:
        if args.passphrase_stdin:
            line = sys.stdin.readline()
            if not line.strip():
                raise recovery.RecoveryError(f"Expected share {n} on standard input, found none.")
            return line.strip()
        return input(f"Share {n}: ").strip()

    check_location(vault_dir(args))  # before the shares are typed: it rewrites the key header
    shares = [read_share(1)]
    needed = recovery.shares_needed(shares[0])
    while len(shares) < needed:
        shares.append(read_share(len(shares) + 1))
    new = Passphrases(args.passphrase_stdin).ask_new("New passphrase: ")
    recovery.recover(vault_dir(args), shares, new)
    print("Recovered: the vault opens with the new passphrase; the old one no longer does.")
    return 0


def cmd_duress(args: argparse.Namespace) -> int:
    """``fieldmon duress set|clear``: set or clear the duress passphrase that opens a decoy.

    A thin wrapper of :meth:`Vault.set_duress` (with ``--wipe``, using the duress passphrase
    also destroys the real vault) and :meth:`Vault.clear_duress`.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``action`` (``set`` or
        ``clear``), ``wipe``.
    :return: exit status 0.
    :raises UsageError: if a passphrase cannot be read or the duress one's entries differ.
    :raises FieldMonError: if the vault does not open, or the duress passphrase is refused
        (too weak, or the same as the real one).
    """
    ask = Passphrases(args.passphrase_stdin)
    passphrase = ask.ask("Passphrase: ")
    with unlock(vault_dir(args), passphrase) as vault:
        if args.action == "clear":
            vault.clear_duress(passphrase)
            print("No duress passphrase opens anything now.")
            return 0
        duress = ask.ask_new("Duress passphrase: ")
        vault.set_duress(passphrase, duress, wipe_real=args.wipe)
    print(
        "The duress passphrase now opens the decoy vault; open it with that passphrase and fill"
        " it with harmless material."
        + (" Using it also destroys this vault, silently." if args.wipe else "")
    )
    return 0


def cmd_attempts(args: argparse.Namespace) -> int:
    """``fieldmon attempts``: show, or with ``--wipe-after`` set, the failed-unlock limit.

    After that many failed unlocks in a row the vault is wiped (:mod:`fieldmon.vault.attempts`).
    The passphrase is asked first, so only someone who can open the vault changes the limit.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``wipe_after`` (None, a
        number of failures, or ``off``).
    :return: exit status 0.
    :raises UsageError: if the passphrase cannot be read, or ``--wipe-after`` is neither
        ``off`` nor a whole number of at least 3.
    :raises FieldMonError: if the vault does not open.
    """
    from fieldmon.vault import attempts

    path = vault_dir(args)
    with unlock(path, Passphrases(args.passphrase_stdin).ask("Passphrase: ")) as vault:
        if args.wipe_after is not None:
            if args.wipe_after != "off" and not args.wipe_after.isdigit():
                raise UsageError("--wipe-after takes a number of failures, or off.")
            limit = None if args.wipe_after == "off" else int(args.wipe_after)
            if limit is not None and limit < 3:
                raise UsageError("Wipe after at least 3 failed unlocks (a typo happens).")
            vault.set_wipe_after(limit)
    limit = attempts.wipe_after(path)
    print(f"Wipe after failed unlocks in a row: {limit if limit else 'off'}.")
    return 0


def cmd_wipe(args: argparse.Namespace) -> int:
    """``fieldmon wipe --yes``: destroy the vault at once, asking no passphrase.

    A thin wrapper of :func:`fieldmon.vault.recovery.wipe`, which erases the key header first.

    :param args: parsed arguments: ``vault``, ``yes``.
    :return: exit status 0.
    :raises UsageError: without ``--yes`` (nothing is touched then).
    :raises FieldMonError: if there is no vault in the folder
        (:class:`~fieldmon.errors.VaultNotFound`).
    """
    from fieldmon.vault import recovery

    path = vault_dir(args)
    if not args.yes:
        raise UsageError(
            f"This destroys the vault in {path} for good; no passphrase or share will open it"
            " again. Add --yes to do it."
        )
    try:
        recovery.wipe(path)
    except OSError as error:  # documented by wipe: a file cannot be overwritten or removed
        what = Path(error.filename).name if error.filename else str(path)
        if (path / KEY_FILE).exists():
            raise VaultNotWritable(
                f"The vault in {path} was NOT wiped: {what} cannot be written"
                f" ({error.strerror}); its key header is intact."
            ) from None
        raise VaultNotWritable(
            f"The key header of the vault in {path} was destroyed, so nothing in it can be"
            f" decrypted any more, but {what} could not be removed ({error.strerror})."
        ) from None
    print(f"Wiped the vault in {path}.")
    return 0
