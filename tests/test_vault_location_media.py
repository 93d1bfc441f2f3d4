"""Where the vault lives (issue 11, item 6): read-only media, read-only files in the vault,
missing permissions and a full disk each give one plain line, a non-zero exit and an unchanged
vault; a passphrase is never tried on a vault whose failed unlocks could not be counted.

Everything here runs as root, so ``chmod`` alone would not stop a write. The tests use the
real thing instead, in a child process:

- read-only media: a read-only bind mount (``mount --bind`` then ``mount -o remount,ro,bind``)
  inside a private mount namespace (``unshare -m``), so nothing outside the child sees it;
- a full disk: a small ``tmpfs`` mounted in such a namespace and filled with ``dd``;
- missing permissions: ``chmod`` with the capabilities that let root ignore it
  (``CAP_DAC_OVERRIDE``, ``CAP_DAC_READ_SEARCH``) dropped by ``setpriv``.
"""

from __future__ import annotations

import hashlib
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fieldmon.vault.layout import MIN_FREE_BYTES
from fieldmon.vault.store import Vault
from tests.conftest import PASSPHRASE, ROOT

FIELDMON = str(Path(sys.executable).parent / "fieldmon")
NO_READ_ONLY_MODE = (
    "FieldMon does not open a vault it cannot write, as it could not log views, count failed"
    " unlocks or wipe it there; it has no read-only mode."
)


def _works(*command: str) -> bool:
    try:
        return subprocess.run(command, capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


CAN_MOUNT = shutil.which("unshare") is not None and _works(
    "unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt && mount -o remount,ro /mnt"
)
CAN_DROP_CAPS = shutil.which("setpriv") is not None and _works(
    "setpriv", "--bounding-set", "-dac_override,-dac_read_search", "true"
)
needs_mounts = pytest.mark.skipif(not CAN_MOUNT, reason="no private mount namespace here")
needs_setpriv = pytest.mark.skipif(not CAN_DROP_CAPS, reason="setpriv cannot drop capabilities")


def in_own_mounts(script: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run a shell script in a private mount namespace; its mounts die with it."""
    return subprocess.run(
        ["unshare", "-m", "--propagation", "private", "sh", "-c", script],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def read_only(*places: Path) -> str:
    """Shell lines that make each place (a folder or a file) read-only in the namespace."""
    return "".join(
        f"mount --bind {shlex.quote(str(p))} {shlex.quote(str(p))} && "
        f"mount -o remount,ro,bind {shlex.quote(str(p))} && "
        for p in places
    )


def fieldmon(*args: str) -> str:
    return shlex.join([FIELDMON, *args])


def snapshot(folder: Path) -> dict[str, str]:
    """Every entry below ``folder`` with the SHA-256 of each file's bytes."""
    return {
        str(p.relative_to(folder)): (
            hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder"
        )
        for p in sorted(folder.rglob("*"))
    }


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("fieldmon: ")
    return lines[0]


# -- read-only media ------------------------------------------------------------------------


@needs_mounts
@pytest.mark.parametrize(
    "command",
    [
        ["cases"],
        ["show", "AZ-2026-001"],
        ["passwd"],
        ["duress", "set"],
    ],
)
def test_vault_location_read_only_media_refused_plainly(
    vault_dir: Path, command: list[str]
) -> None:
    """A write-protected stick: no "damaged or belongs to another vault", no traceback."""
    before = snapshot(vault_dir)
    result = in_own_mounts(
        read_only(vault_dir) + fieldmon(*command, "--vault", str(vault_dir), "--passphrase-stdin"),
        stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n",
    )
    assert result.returncode == 8
    assert one_line(result) == (
        f"fieldmon: The vault folder {vault_dir} is on read-only media (write-protected?)."
        f" {NO_READ_ONLY_MODE}"
    )
    assert result.stdout == ""
    assert snapshot(vault_dir) == before


@needs_mounts
def test_vault_location_read_only_refused_before_the_passphrase(vault_dir: Path) -> None:
    """A wrong passphrase on read-only media is not "wrong passphrase": a guess that could not
    be counted is never tried, and no wipe-after policy is sidestepped."""
    before = snapshot(vault_dir)
    result = in_own_mounts(
        read_only(vault_dir) + fieldmon("cases", "--vault", str(vault_dir), "--passphrase-stdin"),
        stdin="not the passphrase at all\n",
    )
    assert result.returncode == 8
    assert "read-only media" in one_line(result)
    assert snapshot(vault_dir) == before


@needs_mounts
@pytest.mark.parametrize(
    "entry", ["vault.lock", "blobs-1", "blobs-2", "vault.key", "vault-1.db", "vault-2.db"]
)
def test_vault_location_read_only_entry_named(vault_dir: Path, entry: str) -> None:
    """One file or folder of the vault read-only (the lock file was a traceback): named."""
    before = snapshot(vault_dir)
    result = in_own_mounts(
        read_only(vault_dir / entry)
        + fieldmon("--vault", str(vault_dir), "--passphrase-stdin", "show", "AZ-2026-001"),
        stdin=f"{PASSPHRASE}\n",
    )
    assert result.returncode == 8
    assert one_line(result) == (
        f"fieldmon: {entry} in the vault {vault_dir} is on read-only media (write-protected?)."
        f" {NO_READ_ONLY_MODE}"
    )
    assert snapshot(vault_dir) == before


@needs_mounts
def test_vault_location_init_on_read_only_media(tmp_path: Path) -> None:
    (tmp_path / "stick").mkdir()
    result = in_own_mounts(
        read_only(tmp_path / "stick")
        + fieldmon("init", "--vault", str(tmp_path / "stick" / "vault"), "--passphrase-stdin"),
        stdin=f"{PASSPHRASE}\n",
    )
    assert result.returncode == 8
    assert "is on read-only media" in one_line(result)
    assert list((tmp_path / "stick").iterdir()) == []


@needs_mounts
def test_vault_location_wipe_on_read_only_media_says_nothing_was_wiped(vault_dir: Path) -> None:
    before = snapshot(vault_dir)
    result = in_own_mounts(
        read_only(vault_dir) + fieldmon("wipe", "--yes", "--vault", str(vault_dir))
    )
    assert result.returncode == 8
    assert one_line(result) == (
        f"fieldmon: The vault in {vault_dir} was NOT wiped: vault.key cannot be written"
        " (Read-only file system); its key header is intact."
    )
    assert snapshot(vault_dir) == before


@needs_mounts
def test_vault_location_wipe_with_read_only_blobs_destroys_the_key_header(
    vault: Vault, vault_dir: Path
) -> None:
    """What matters in a panic, the key header, goes first even when a folder cannot."""
    result = in_own_mounts(
        read_only(vault.blob_dir) + fieldmon("wipe", "--yes", "--vault", str(vault_dir))
    )
    assert result.returncode == 8
    line = one_line(result)
    assert line.startswith(f"fieldmon: The key header of the vault in {vault_dir} was destroyed")
    assert not (vault_dir / "vault.key").exists()


# -- missing permissions ---------------------------------------------------------------------


def without_root_overrides(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run as root but bound by file permissions, as an ordinary user is."""
    caps = "-dac_override,-dac_read_search"
    return subprocess.run(
        ["setpriv", "--bounding-set", caps, "--inh-caps", caps, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


@needs_setpriv
@pytest.mark.parametrize(
    ("entry", "mode"),
    [
        ("blobs-1", 0o500),
        ("blobs-2", 0o500),
        ("vault.lock", 0o400),
        ("vault-1.db", 0o400),
        ("vault-2.db", 0o400),
        (".", 0o500),
    ],
)
def test_vault_location_missing_permissions(vault_dir: Path, entry: str, mode: int) -> None:
    place = vault_dir / entry
    place.chmod(mode)
    before = snapshot(vault_dir)
    try:
        result = without_root_overrides(
            FIELDMON, "cases", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE
        )
    finally:
        place.chmod(0o700 if place.is_dir() else 0o600)
    assert result.returncode == 8
    where = f"The vault folder {vault_dir}" if entry == "." else f"{entry} in the vault {vault_dir}"
    assert one_line(result) == (
        f"fieldmon: {where} cannot be written (permission denied). {NO_READ_ONLY_MODE}"
    )
    assert snapshot(vault_dir) == before


@needs_setpriv
def test_vault_location_unwritable_lock_file_at_the_lowest_level(vault_dir: Path) -> None:
    """``hold_lock`` itself (used by create too) refuses plainly, without the checks before."""
    (vault_dir / "vault.lock").chmod(0o400)
    script = (
        "import sys; from pathlib import Path; from fieldmon.errors import VaultNotWritable\n"
        "from fieldmon.vault.database import hold_lock\n"
        "try: hold_lock(Path(sys.argv[1]))\n"
        "except VaultNotWritable as error: print(error)\n"
    )
    result = without_root_overrides(sys.executable, "-c", script, str(vault_dir))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"vault.lock in the vault {vault_dir} cannot be written")


# -- a full disk -----------------------------------------------------------------------------


def on_small_disk(vault_dir: Path, free_kib: int, then: str) -> subprocess.CompletedProcess[str]:
    """Copy the vault onto a 4 MiB tmpfs, fill it until ``free_kib`` KiB are left, print the
    vault's hashes, run ``then`` (with the copy's path in $V), and print the hashes again."""
    hashes = "(cd $V && find . -type f -exec sha256sum {} + | sort -k2)"
    script = f"""
        set -e
        M=$(mktemp -d); mount -t tmpfs -o size=4m tmpfs $M
        V=$M/vault; cp -a {shlex.quote(str(vault_dir))} $V
        left=$(( $(df -k --output=avail $M | tail -1) - {free_kib} ))
        [ $left -le 0 ] || head -c ${{left}}K /dev/zero > $M/filler 2>/dev/null || true
        echo "free: $(df -k --output=avail $M | tail -1)" >&2
        echo BEFORE; {hashes}
        set +e; {then.replace("'$V'", '"$V"')}; echo "status: $?"; set -e
        echo AFTER; {hashes}
    """
    return in_own_mounts(script, stdin=f"{PASSPHRASE}\n")


@needs_mounts
@pytest.mark.parametrize("free_kib", [0, MIN_FREE_BYTES // 1024 - 1])
def test_vault_location_full_disk_refused_at_open(vault_dir: Path, free_kib: int) -> None:
    result = on_small_disk(
        vault_dir, free_kib, fieldmon("show", "AZ-2026-001", "--vault", "$V", "--passphrase-stdin")
    )
    before = result.stdout.split("BEFORE\n", 1)[1].split("status: ", 1)[0]
    status = int(result.stdout.split("status: ", 1)[1].split("\n", 1)[0])
    after = result.stdout.split("AFTER\n", 1)[1]
    assert status == 9, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("fieldmon: ")]
    assert len(errors) == 1 and "Traceback" not in result.stderr, result.stderr
    assert "is full (" in errors[0] and f"FieldMon needs {MIN_FREE_BYTES // 1024} KiB" in errors[0]
    assert "AZ-2026-001" not in before.replace(after, "")  # nothing of the case printed
    assert before == after


@needs_mounts
def test_vault_location_disk_fills_during_a_write(vault_dir: Path) -> None:
    """The disk fills after the vault was opened: the write in progress is refused plainly,
    nothing of it is kept, and the vault still works once there is room again."""
    script = (
        "import secrets, sys; from pathlib import Path\n"
        "from fieldmon.errors import VaultFull\n"
        "from fieldmon.vault.store import Vault\n"
        "from tests.conftest import PASSPHRASE\n"
        "v = Vault.open(Path(sys.argv[1]), PASSPHRASE)\n"
        "case = v.get_case('AZ-2026-001')\n"
        "filler = Path(sys.argv[1]).parent / 'filler'\n"
        "filler.write_bytes(b'0' * (2_600 * 1024))\n"
        "try: v.save_draft({**case, 'summary': secrets.token_hex(1_500_000)})\n"
        "except VaultFull as error: print('REFUSED', error)\n"
        "print('KEPT', v.draft(case['id']))\n"
        "filler.unlink()\n"
        "v.save_draft({**case, 'summary': 'typed after room was made'})\n"
        "print('SAVED', v.draft(case['id'])[0]['summary'])\n"
        "v.close(); Vault.open(Path(sys.argv[1]), PASSPHRASE).close(); print('REOPENED')\n"
    )
    result = in_own_mounts(
        f"""set -e; M=$(mktemp -d); mount -t tmpfs -o size=4m tmpfs $M
        cp -a {shlex.quote(str(vault_dir))} $M/vault
        {shlex.quote(sys.executable)} -c {shlex.quote(script)} $M/vault"""
    )
    assert result.returncode == 0, result.stderr
    assert "REFUSED The disk holding the vault" in result.stdout, result.stdout
    assert "nothing of this change was stored" in result.stdout
    assert "KEPT None" in result.stdout
    assert "SAVED typed after room was made" in result.stdout
    assert "REOPENED" in result.stdout


@needs_mounts
def test_vault_location_disk_fills_while_a_file_is_stored(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    """A file larger than the space left: one plain line, exit 9, no blob and no row kept."""
    source = tmp_path / "video.bin"
    blobs = vault.blob_dir.name  # the real compartment's folder
    result = in_own_mounts(
        f"""set -e; M=$(mktemp -d); mount -t tmpfs -o size=8m tmpfs $M
        cp -a {shlex.quote(str(vault_dir))} $M/vault
        FREE=$(df --output=avail -B1 $M | tail -1)
        head -c $((FREE + 1048576)) /dev/urandom > {shlex.quote(str(source))}
        set +e
        {FIELDMON} attach AZ-2026-001 {shlex.quote(str(source))} --vault $M/vault \
            --passphrase-stdin
        echo "status=$?" >&2
        ls -A $M/vault/{blobs} | wc -l >&2""",
        stdin=f"{PASSPHRASE}\n",
    )
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith("fieldmon: The disk holding the vault "), result.stderr
    assert lines[0].endswith(" is full; nothing was stored. Free some space and try again.")
    assert lines[1] == "status=9"
    assert lines[2] == str(len(list(vault.blob_dir.iterdir())))


@needs_mounts
def test_vault_location_wipe_removes_everything_it_can(vault: Vault, vault_dir: Path) -> None:
    """A read-only blob folder cannot be removed; the key header and the databases still go."""
    result = in_own_mounts(
        read_only(vault.blob_dir) + fieldmon("wipe", "--yes", "--vault", str(vault_dir))
    )
    assert result.returncode == 8, result.stderr
    assert "was destroyed" in one_line(result)
    left = {p.name for p in vault_dir.iterdir()}
    assert left == {vault.blob_dir.name}, left


def test_vault_location_recover_never_waits_on_a_pipe(vault_dir: Path) -> None:
    """Recovery reads the key header: a named pipe in its place is refused, not waited on."""
    import os

    from fieldmon.errors import VaultDamaged
    from fieldmon.vault import recovery

    (vault_dir / "vault.key").unlink()
    os.mkfifo(vault_dir / "vault.key")
    with pytest.raises(VaultDamaged, match="named pipe"):
        recovery.recover(vault_dir, ["not a share"], "another long passphrase 2026")
