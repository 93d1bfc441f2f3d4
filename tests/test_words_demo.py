"""`fieldmon demo` may use the passphrase FieldMon's documentation shows; `fieldmon init` may
not (issue 12, item 5)."""

from __future__ import annotations

from pathlib import Path

from fieldmon.crypto.passphrase import DEMO_PASSPHRASE
from fieldmon.errors import WeakPassphrase
from tests.conftest import run_cli


def test_only_the_demo_vault_takes_the_published_passphrase(tmp_path: Path) -> None:
    made = run_cli(
        "demo",
        "--vault",
        str(tmp_path / "demo"),
        "--passphrase-stdin",
        stdin=DEMO_PASSPHRASE + "\n",
    )
    assert made.returncode == 0, made.stderr
    opened = run_cli(
        "cases",
        "--vault",
        str(tmp_path / "demo"),
        "--passphrase-stdin",
        stdin=DEMO_PASSPHRASE + "\n",
    )
    assert opened.returncode == 0 and "AZ-2026-001" in opened.stdout
    real = tmp_path / "real"
    refused = run_cli(
        "init", "--vault", str(real), "--passphrase-stdin", stdin=DEMO_PASSPHRASE + "\n"
    )
    assert refused.returncode == WeakPassphrase.exit_status
    assert refused.stderr.count("\n") == 1
    assert (
        "published in FieldMon's documentation; use it only for `fieldmon demo`" in refused.stderr
    )
    assert not real.exists() or not any(real.iterdir())
