"""Passphrases an adversary in the region tries first are refused, and say why (issue 12,
item 5): names, places, slogans, years and case references in Azerbaijani, Russian and their
transliterations; the published demo passphrase outside `fieldmon demo`; checks on the NFC
form. Names here are common given names and surnames from the population lists, no one
person's."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from fieldmon.crypto.passphrase import (
    DEMO_PASSPHRASE,
    passphrase_problem,
    strength_score,
)
from fieldmon.errors import WeakPassphrase
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli


@pytest.mark.parametrize(
    ("passphrase", "found"),
    [
        ("Qarabağ Azərbaycandır!", ("slogan",)),
        ("Qarabag Azerbaycandir", ("slogan",)),
        ("QARABAĞ-AZƏRBAYCANDIR", ("slogan",)),
        ("Q4r4b4g 4z3rb4yc4nd1r", ("slogan",)),
        ("Vətən Azadlıq Allah", ("slogan",)),
        ("Слава Украине!", ("slogan",)),
        ("AZ-2026-001 AZ-2026-001", ("reference",)),
        ("az2026001 lantern", ("reference",)),
        ("Rəşad Əliyev 1987 Bakı", ("name", "year", "place")),
        ("Rashad Aliyev Baku 1987", ("name", "place", "year")),
        ("Рашад Алиев 1987 Баку", ("name", "year", "place")),
        ("Leyla Məmmədova Şəki 2031", ("name", "place", "year")),
        ("Наталья Иванова Москва 1990", ("name", "place", "year")),
        ("Şuşa Gəncə Sumqayıt Lənkəran", ("place",)),
    ],
)
def test_the_regions_predictable_words_are_refused_and_named(
    passphrase: str, found: tuple[str, ...]
) -> None:
    problem = passphrase_problem(passphrase)
    assert problem is not None
    assert (problem.kind, problem.found) == ("predictable", found)
    assert str(problem).startswith(
        "too predictable: it is built from names, places, slogans, years or case references"
        " that an adversary in the region would try first (here: "
    )
    # The meter never shows a refused passphrase as strong.
    assert strength_score(passphrase) <= 3


def test_the_refusal_names_what_was_found_in_plain_words() -> None:
    problem = passphrase_problem("Rəşad Əliyev 1987 Bakı")
    assert str(problem) == (
        "too predictable: it is built from names, places, slogans, years or case references"
        " that an adversary in the region would try first (here: a name, a year, a place"
        " name). Add several uncommon words of your own."
    )


def test_one_name_among_uncommon_words_is_fine_names_alone_are_not() -> None:
    assert passphrase_problem("Leyla qırmızı velosiped sürür tezliklə") is None
    assert passphrase_problem("Gəncə-dəki qırmızı velosiped üç dəfə") is None
    assert passphrase_problem(PASSPHRASE) is None
    refused = passphrase_problem("Leyla Məmmədova Şəki 2031")
    assert refused is not None and refused.kind == "predictable"


def test_the_demo_passphrase_is_only_for_the_demo() -> None:
    problem = passphrase_problem(DEMO_PASSPHRASE)
    assert problem is not None and problem.kind == "published"
    assert str(problem) == (
        "this passphrase is published in FieldMon's documentation; use it only for `fieldmon demo`."
    )
    assert passphrase_problem(DEMO_PASSPHRASE, demo=True) is None
    # Spelled another way it is still the published one, even for the demo.
    for variant in ("Correct-Horse-Battery-Staple-2026!", "correcthorsebatterystaple2026"):
        for demo in (False, True):
            refused = passphrase_problem(variant, demo=demo)
            assert refused is not None and refused.kind == "published", (variant, demo)
    assert strength_score(DEMO_PASSPHRASE) == 0
    # demo=True allows the published passphrase, not weak ones.
    weak = passphrase_problem("Qarabağ Azərbaycandır!", demo=True)
    assert weak is not None and weak.kind == "predictable"


def test_the_nfc_form_is_checked() -> None:
    # 11 letters precomposed; decomposed, each mark is one more code point (21).
    short = "ğüşçö şüçöğ"
    decomposed = unicodedata.normalize("NFD", short)
    assert len(decomposed) >= 12
    problem = passphrase_problem(decomposed)
    assert problem is not None and (problem.kind, problem.length) == ("short", 11)
    slogan = passphrase_problem(unicodedata.normalize("NFD", "Qarabağ Azərbaycandır!"))
    assert slogan is not None and slogan.kind == "predictable"


def test_a_long_passphrase_is_estimated_not_a_crash() -> None:
    # zxcvbn raises ValueError past 72 characters unless told otherwise (it did, up to 100).
    long = "tulip gravel orbit quay lantern ostrich marmalade kettle drizzle violet seal " * 2
    assert len(long.strip()) > 100
    assert passphrase_problem(long.strip()) is None
    assert strength_score(long.strip()) == 4


def test_a_vault_is_not_created_with_a_slogan_or_the_demo_passphrase(tmp_path: Path) -> None:
    for n, passphrase in enumerate(("Qarabağ Azərbaycandır!", DEMO_PASSPHRASE)):
        folder = tmp_path / f"vault-{n}"
        with pytest.raises(WeakPassphrase):
            Vault.create(folder, passphrase, kdf=FAST_KDF)
        assert not folder.exists() or not any(folder.iterdir())


def test_init_refuses_a_slogan_in_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    result = run_cli(
        "init", "--vault", str(folder), "--passphrase-stdin", stdin="Vətən Azadlıq Allah\n"
    )
    assert result.returncode == WeakPassphrase.exit_status
    assert result.stderr.count("\n") == 1
    assert "too predictable" in result.stderr
    assert "Vətən" not in result.stderr  # the passphrase is never echoed
    assert not folder.exists() or not any(folder.iterdir())
