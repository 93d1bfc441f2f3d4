"""Carve a raw disk image for FieldMon key headers and database pages, and say what opens.

Run it on any image (a file system image, a whole-disk dump, a partition copied with dd):

    python tests/forensics/carve.py IMAGE --passphrase-file F [--passphrase-file G]
        [--shares-file S] [--json]

Each line of a passphrase file is one passphrase to try; each line of a shares file is one
SLIP-0039 share (sets of shares are told apart by their identifier and combined set by set).
What is carved (docs/forensics.md says why each):

- Key headers of today's format: every occurrence of ``"format": "fieldmon-keyheader/`` in the
  image, with the JSON object around it, opened with fieldmon.crypto.keys.open_header.
- Key headers of the binary format (fieldmon.crypto.keyheader, when that module exists): every
  512-byte-aligned block beginning with its magic, HEADER_BYTES long, opened with ``unlock`` for
  each passphrase and ``unlock_recovery`` for each set of shares.
- Database first pages: every 4096-byte-aligned block that looks like ciphertext, and every
  page-1 frame of a carved SQLite WAL file, tried with every key obtained (from headers the
  passphrases or shares opened, and the combined shares taken directly as a database key).
  A page "opens" when SQLCipher authenticates it (its HMAC) under the key; whether the database
  schema can then be read from the blocks that follow it is reported beside.
- age-encrypted files (evidence blobs): their headers are counted; they open only with
  identities held inside a database, so a database that opens is what exposes them.

Exit status: 0 if nothing opened, 1 if something opened, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import struct
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from shamir_mnemonic.share import Share

from fieldmon.crypto import keys
from fieldmon.errors import FieldMonError, VaultDamaged, WrongPassphrase
from fieldmon.vault import recovery

__all__ = ["Report", "carve", "main"]

PAGE = 4096
"""SQLCipher 4's default page size; fieldmon/vault/database.py does not change it."""
SECTOR = 512
JSON_MARK = b'"format": "fieldmon-keyheader/'
AGE_MARK = b"age-encryption.org/v1\n"
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
WAL_FRAME_HEADER = 24
WAL_SCAN_BYTES = 8 * 1024 * 1024
"""How far after a carved WAL header its frames are followed (contiguous WAL files only)."""
CONTIGUOUS_BYTES = 4 * 1024 * 1024
"""How much of the image after an opened first page is given to SQLCipher to read the schema."""
CIPHERTEXT_DISTINCT = 200
"""A 4096-byte block with fewer distinct byte values is not ciphertext: uniformly random bytes
show about 256 (fewer than 200 has a probability far below 2**-100)."""
_NOT_A_DATABASE = "file is not a database"
_JSON_LIMIT: int = getattr(keys, "MAX_HEADER_BYTES", 64 * 1024)


@dataclass
class HeaderHit:
    """One key header found in the image."""

    offset: int
    kind: str
    """"json fieldmon-keyheader/N" or "binary"."""
    state: str
    """"parsed", or why it could not be read ("damaged: ...")."""
    opened_by: list[str] = field(default_factory=list)
    """Labels of the secrets that opened it, with the slot and role."""


@dataclass
class KeyFound:
    """A database key obtained from a secret."""

    secret: str
    """The label of the secret: a passphrase's label, or "shares:<identifier>"."""
    route: str
    """How: the header it opened (offset, slot, role), or "shares taken as the key"."""
    key_hex: str


@dataclass
class PageHit:
    """A carved database first page that SQLCipher authenticated under a key."""

    offset: int
    where: str
    """"block" (4096-aligned) or "wal frame"."""
    secrets: list[str]
    """Labels of the secrets whose keys open it."""
    schema_entries: int | None
    """Rows of sqlite_master read from this page and the image after it, or None if the
    database could not be read that way (pages not contiguous)."""


@dataclass
class Report:
    """What carving an image found, and what opened."""

    image: str
    size: int
    blocks_zero: int = 0
    blocks_ciphertext: int = 0
    blocks_other: int = 0
    wal_headers: list[int] = field(default_factory=list)
    wal_page1_frames: int = 0
    age_headers: list[int] = field(default_factory=list)
    headers: list[HeaderHit] = field(default_factory=list)
    keys: list[KeyFound] = field(default_factory=list)
    pages: list[PageHit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def opened_by(self, secrets: Sequence[str]) -> list[str]:
        """Everything that the given secrets (labels; a label ending in ':' matches as a
        prefix) opened: headers, keys and pages, one line each. Empty if nothing."""

        def matches(label: str) -> bool:
            return any(label == s or (s.endswith(":") and label.startswith(s)) for s in secrets)

        found = [
            f"header at {h.offset:#x} ({h.kind}) opened by {o}"
            for h in self.headers
            for o in h.opened_by
            if matches(o.split(" ", 1)[0])
        ]
        found += [f"key from {k.secret}: {k.route}" for k in self.keys if matches(k.secret)]
        found += [
            f"database first page at {p.offset:#x} ({p.where}) opened by {s}"
            for p in self.pages
            for s in p.secrets
            if matches(s)
        ]
        return found

    def summary(self) -> str:
        """The report as lines a reviewer reads."""
        mib = self.size / (1024 * 1024)
        lines = [
            f"image {self.image}: {mib:.1f} MiB, {self.size // PAGE} blocks of {PAGE} bytes:"
            f" {self.blocks_zero} zero, {self.blocks_ciphertext} ciphertext-like,"
            f" {self.blocks_other} other",
            f"SQLite WAL headers: {len(self.wal_headers)}, page-1 frames followed:"
            f" {self.wal_page1_frames}",
            f"age file headers (evidence blobs): {len(self.age_headers)}",
            f"key headers found: {len(self.headers)}",
        ]
        for h in self.headers:
            opened = "; ".join(h.opened_by) if h.opened_by else "opened by nothing given"
            lines.append(f"  {h.offset:#010x} {h.kind}, {h.state}: {opened}")
        lines.append(f"keys obtained: {len(self.keys)}")
        for k in self.keys:
            lines.append(f"  from {k.secret}: {k.route}, key {k.key_hex[:8]}...")
        lines.append(f"database first pages opened: {len(self.pages)}")
        for p in self.pages:
            schema = (
                f"schema readable, {p.schema_entries} entries"
                if p.schema_entries is not None
                else "schema not readable from the blocks after it"
            )
            lines.append(f"  {p.offset:#010x} {p.where}, by {', '.join(p.secrets)}: {schema}")
        lines.extend(f"note: {n}" for n in self.notes)
        verdict = "SOMETHING OPENED" if (self.keys or self.pages) else "nothing opened"
        lines.append(f"verdict: {verdict}")
        return "\n".join(lines)


def _keyheader_module() -> Any | None:
    """fieldmon.crypto.keyheader (the binary key header), or None where it does not exist."""
    try:
        return importlib.import_module("fieldmon.crypto.keyheader")
    except ModuleNotFoundError:
        return None


def _json_headers(image: bytes) -> Iterator[tuple[int, bytes | None, str]]:
    """(offset, the JSON object's bytes or None, kind) for each header format string."""
    decoder = json.JSONDecoder()
    start = 0
    while (at := image.find(JSON_MARK, start)) >= 0:
        start = at + 1
        end = image.find(b'"', at + len(JSON_MARK))
        version = image[at + len(JSON_MARK) : end if 0 < end - at < 64 else at].decode(
            "ascii", "replace"
        )
        kind = f"json fieldmon-keyheader/{version}"
        brace = image.rfind(b"{", max(0, at - 64), at)
        if brace < 0:
            yield at, None, kind
            continue
        # A header is ASCII JSON of about 1 KiB; MAX_HEADER_BYTES bounds the parse.
        window = image[brace : brace + _JSON_LIMIT]
        try:
            text = window.decode("ascii", "replace")
            _, length = decoder.raw_decode(text)
        except ValueError:
            yield brace, None, kind
            continue
        yield brace, window[:length], kind


def _try_passphrases_json(
    raw: bytes, where: Path, passphrases: dict[str, str]
) -> Iterator[tuple[str, keys.Opened]]:
    for label, passphrase in passphrases.items():
        with contextlib.suppress(WrongPassphrase):
            yield label, keys.open_header(raw, passphrase, where)


def _share_sets(shares: Sequence[str], report: Report) -> dict[str, bytes]:
    """The secret each complete set of shares combines to, by "shares:<identifier>"."""
    sets: dict[int, list[str]] = {}
    for line in shares:
        if not line.strip():
            continue
        try:
            share = Share.from_mnemonic(line.strip())
        except Exception as error:  # shamir_mnemonic.MnemonicError and friends
            report.notes.append(f"a share line is not a valid SLIP-0039 share: {error}")
            continue
        sets.setdefault(int(share.identifier), []).append(line.strip())
    secrets: dict[str, bytes] = {}
    for identifier, members in sets.items():
        needed = recovery.shares_needed(members[0])
        try:
            secrets[f"shares:{identifier}"] = recovery.combine(members[:needed])
        except FieldMonError as error:
            report.notes.append(f"shares {identifier} do not combine: {error}")
    return secrets


def _is_ciphertext(block: bytes) -> bool:
    return len(set(block)) >= CIPHERTEXT_DISTINCT


class _PageTester:
    """Opens candidate first pages with SQLCipher in a private temporary folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0

    def _open(self, data: bytes, key: bytes) -> tuple[bool, int | None]:
        """(authenticated, sqlite_master rows or None) for ``data`` as a database file."""
        self.count += 1
        path = self.folder / f"candidate-{self.count}.db"
        path.write_bytes(data)
        try:
            conn = sqlcipher3.connect(str(path))
            try:
                # As fieldmon/vault/database.py keys a vault: raw key, SQLCipher 4 defaults.
                conn.execute("PRAGMA cipher_log_level = NONE")
                conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
                try:
                    rows = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                except sqlcipher3.DatabaseError as error:
                    # Wrong key: page 1's HMAC fails, "file is not a database". Right key but
                    # the rest of the database missing: "malformed" (or another error).
                    return (_NOT_A_DATABASE not in str(error)), None
                return True, int(rows)
            finally:
                conn.close()
        finally:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(path) + suffix).unlink(missing_ok=True)

    def page_opens(self, page: bytes, key: bytes) -> bool:
        return self._open(page, key)[0]

    def schema_entries(self, data: bytes, key: bytes) -> int | None:
        return self._open(data, key)[1]


def _wal_page1_frames(image: bytes, report: Report) -> list[tuple[int, bytes]]:
    """(offset, page) of every frame of page 1 in WAL files whose header starts a block."""
    frames: list[tuple[int, bytes]] = []
    for offset in range(0, len(image) - WAL_HEADER, PAGE):
        magic, version, page_size = struct.unpack_from(">III", image, offset)
        if magic not in WAL_MAGICS or version != 3007000 or page_size != PAGE:
            continue
        report.wal_headers.append(offset)
        salts = image[offset + 16 : offset + 24]
        frame = offset + WAL_HEADER
        end = min(len(image), offset + WAL_SCAN_BYTES)
        while frame + WAL_FRAME_HEADER + PAGE <= end:
            if image[frame + 8 : frame + 16] != salts:
                break
            (page_number,) = struct.unpack_from(">I", image, frame)
            if page_number == 1:
                start = frame + WAL_FRAME_HEADER
                frames.append((start, image[start : start + PAGE]))
            frame += WAL_FRAME_HEADER + PAGE
    report.wal_page1_frames = len(frames)
    return frames


def carve(
    image_path: Path,
    passphrases: dict[str, str],
    shares: Sequence[str] = (),
    *,
    step: int = PAGE,
) -> Report:
    """Carve an image and try every secret on everything found.

    :param image_path: the raw image (read whole into memory: meant for images of a few
        hundred MiB at most).
    :param passphrases: passphrases to try, by a label naming them in the report.
    :param shares: SLIP-0039 shares, of one set or several.
    :param step: alignment of candidate database pages in bytes (4096; 512 finds pages of a
        file system with smaller blocks, eight times slower).
    :return: the report.
    """
    image = image_path.read_bytes()
    report = Report(str(image_path), len(image))
    here = Path("carved-key-header")
    module = _keyheader_module()
    share_secrets = _share_sets(shares, report)
    # key bytes -> labels of the secrets that gave it
    keys_found: dict[bytes, list[str]] = {}

    def found(secret: str, route: str, key: bytes) -> None:
        report.keys.append(KeyFound(secret, route, key.hex()))
        labels = keys_found.setdefault(key, [])
        if secret not in labels:
            labels.append(secret)

    for offset, raw, kind in _json_headers(image):
        if raw is None:
            report.headers.append(HeaderHit(offset, kind, "damaged: not a whole JSON object"))
            continue
        hit = HeaderHit(offset, kind, "parsed")
        report.headers.append(hit)
        try:
            keys.parse_header(raw, here)
        except VaultDamaged as error:
            hit.state = f"damaged: {error}"
            continue
        for label, opened in _try_passphrases_json(raw, here, passphrases):
            how = f"slot {opened.slot}, role {opened.role}"
            hit.opened_by.append(f"{label} ({how})")
            found(label, f"{kind} header at {offset:#x}, {how}", opened.key)

    if module is None:
        report.notes.append("fieldmon.crypto.keyheader does not exist: binary headers not carved")
    else:
        _carve_binary(image, module, passphrases, share_secrets, report, found)

    # The combined shares as a database key (what a share held before issue 12): tried on
    # every page, and reported as a key obtained only if it opens one.
    direct: dict[bytes, str] = {}
    for label, secret in share_secrets.items():
        if len(secret) == keys.KEY_BYTES:
            direct[secret] = label
            labels = keys_found.setdefault(secret, [])
            if label not in labels:
                labels.append(label)
    opening_keys: set[bytes] = set()

    with tempfile.TemporaryDirectory(prefix="fieldmon-carve-") as folder:
        tester = _PageTester(Path(folder))
        candidates: list[tuple[int, str, bytes]] = []
        zero = bytes(PAGE)
        for offset in range(0, len(image) - PAGE + 1, step):
            block = image[offset : offset + PAGE]
            if block == zero:
                if offset % PAGE == 0:
                    report.blocks_zero += 1
            elif _is_ciphertext(block):
                report.blocks_ciphertext += offset % PAGE == 0
                candidates.append((offset, "block", block))
            elif offset % PAGE == 0:
                report.blocks_other += 1
        candidates += [(o, "wal frame", page) for o, page in _wal_page1_frames(image, report)]
        for offset, where, block in candidates:
            openers = [
                (key, labels) for key, labels in keys_found.items() if tester.page_opens(block, key)
            ]
            if not openers:
                continue
            opening_keys.update(key for key, _ in openers)
            key = openers[0][0]
            following = image[offset : offset + CONTIGUOUS_BYTES] if where == "block" else block
            report.pages.append(
                PageHit(
                    offset,
                    where,
                    [label for _, labels in openers for label in labels],
                    tester.schema_entries(following, key),
                )
            )

    for key, label in direct.items():
        if key in opening_keys:
            report.keys.append(KeyFound(label, "shares taken as the database key", key.hex()))
    start = 0
    while (at := image.find(AGE_MARK, start)) >= 0:
        report.age_headers.append(at)
        start = at + 1
    return report


def _carve_binary(
    image: bytes,
    module: Any,
    passphrases: dict[str, str],
    share_secrets: dict[str, bytes],
    report: Report,
    found: Any,
) -> None:
    """Binary key headers: 512-aligned blocks starting with the module's MAGIC."""
    try:
        magic: bytes = module.MAGIC
        size: int = module.HEADER_BYTES
        unlock, unlock_recovery, database_key = (
            module.unlock,
            module.unlock_recovery,
            module.database_key,
        )
    except AttributeError as error:
        report.notes.append(f"fieldmon.crypto.keyheader lacks what the carver needs: {error}")
        return
    for offset in range(0, len(image) - len(magic) + 1, SECTOR):
        if image[offset : offset + len(magic)] != magic:
            continue
        raw = image[offset : offset + size]
        hit = HeaderHit(offset, "binary", "parsed" if len(raw) == size else "cut short")
        report.headers.append(hit)
        attempts: list[tuple[str, str, Any]] = [
            *(("passphrase", label, passphrase) for label, passphrase in passphrases.items()),
            *(("recovery", label, secret) for label, secret in share_secrets.items()),
        ]
        for route, label, secret in attempts:
            try:
                if route == "passphrase":
                    unlocked = unlock(raw, secret)
                else:
                    unlocked = unlock_recovery(raw, secret)
            except (WrongPassphrase, VaultDamaged) as error:
                if isinstance(error, VaultDamaged) and hit.state == "parsed":
                    hit.state = f"damaged: {error}"
                continue
            except Exception as error:  # not opened; said, so a broken unlock is not silent
                report.notes.append(f"{label} on the header at {offset:#x}: {error!r}")
                continue
            how = f"slot {unlocked.slot}, role {unlocked.role}, compartment {unlocked.compartment}"
            hit.opened_by.append(f"{label} ({how})")
            found(label, f"binary header at {offset:#x}, {how}", database_key(unlocked.master))


def _read_lines(paths: Sequence[Path]) -> list[tuple[str, str]]:
    lines = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line:
                lines.append((f"{path.name}:{number}", line))
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """The command line; see the module's docstring."""
    parser = argparse.ArgumentParser(
        description="Carve a disk image for FieldMon key headers and database pages."
    )
    parser.add_argument("image", type=Path)
    parser.add_argument("--passphrase-file", type=Path, action="append", default=[])
    parser.add_argument("--shares-file", type=Path, action="append", default=[])
    parser.add_argument("--step", type=int, default=PAGE, choices=[SECTOR, PAGE])
    parser.add_argument("--json", action="store_true", help="the report as JSON")
    args = parser.parse_args(argv)
    passphrases = dict(_read_lines(args.passphrase_file))
    shares = [line for _, line in _read_lines(args.shares_file)]
    report = carve(args.image, passphrases, shares, step=args.step)
    if args.json:
        print(json.dumps(asdict(report), indent=2))
    else:
        print(report.summary())
    return 1 if report.keys or report.pages else 0


if __name__ == "__main__":
    sys.exit(main())
