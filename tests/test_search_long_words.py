"""A long word of letters with several spellings (ə, ş, ç, ğ, x…) has 2**n spellings; only
MAX_VARIANTS of them are ever made, and the index holds one key per word (two at most), so
indexing it takes little memory and time."""

from __future__ import annotations

import subprocess
import sys

from fieldmon.vault.folding import MAX_CACHED_LENGTH, index_keys
from fieldmon.vault.search import MAX_SPELLED_LENGTH, MAX_VARIANTS, spellings
from tests.conftest import ROOT


def test_a_long_word_of_many_spellings_is_indexed_within_bounds() -> None:
    script = (
        "import resource; resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from fieldmon.vault.search import folded_for_index\n"
        "print(len(folded_for_index('x' * 5000 + ' ' + 'əşçğx' * 1000)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 0


def test_the_spellings_of_a_long_word_are_capped() -> None:
    assert len(spellings("x" * MAX_SPELLED_LENGTH)) == MAX_VARIANTS
    assert spellings("x" * (MAX_SPELLED_LENGTH + 1)) == ("x" * (MAX_SPELLED_LENGTH + 1),)
    assert spellings("Ə" * 5000) == ("e" * 5000,)


def test_a_long_word_has_one_key() -> None:
    assert index_keys("əşçğx" * 1000) == ("escgkh" * 1000,)
    assert index_keys("Ё" * (MAX_CACHED_LENGTH + 1)) == ("e" * 65, "yo" * 65)


def test_a_case_of_million_letter_words_is_indexed_in_bounded_memory_and_time() -> None:
    """The reviewer's case: four fields of one word of 990,000 letters each (under the 4 MiB
    case limit) took 50 s and 688 MB to index, and six such cases over two minutes."""
    script = (
        "import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from fieldmon.vault.search import folded_for_index\n"
        "for i in range(6):\n"
        "    for field in 'abcd':\n"
        "        folded_for_index('x' * 990_000 + field + str(i))\n"
        "print('done')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "done\n"
