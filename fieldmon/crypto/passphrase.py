"""Which passphrases a vault may be created with, and why a weak one is refused."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from zxcvbn import zxcvbn

MIN_LENGTH = 12
# An attacker with the seized laptop guesses offline against Argon2id; 10^12 guesses at
# half a second each is beyond reach, 10^8 is a weekend on a few machines.
MIN_GUESSES_LOG10 = 12.0


@dataclass(frozen=True)
class PassphraseProblem:
    """Why a passphrase is refused; str() gives the English sentence, kind lets an interface
    say it in its own language.

    ``kind`` is ``short`` (fewer than MIN_LENGTH characters), ``space`` (a space at either
    end) or ``guessable`` (too few guesses for zxcvbn); ``length`` is the passphrase's length
    in characters; ``warning`` and ``hints`` are zxcvbn's English feedback, if any.
    """

    kind: Literal["short", "space", "guessable"]
    length: int
    warning: str = ""
    hints: str = ""

    def __str__(self) -> str:
        if self.kind == "short":
            return (
                f"too short: it has {self.length} characters, a vault needs at least"
                f" {MIN_LENGTH}. Several uncommon words are easy to remember and hard to guess."
            )
        if self.kind == "space":
            return "it starts or ends with a space, which is easy to mistype later."
        reason = self.warning or "it follows a pattern that is quick to guess."
        return f"too easy to guess: {reason.rstrip('.')}.{(' ' + self.hints) if self.hints else ''}"


def passphrase_problem(passphrase: str) -> PassphraseProblem | None:
    """Why the passphrase is too weak for a vault, or None when it is acceptable.

    Refused: fewer than MIN_LENGTH (12) characters; a space at either end; or fewer than
    10^MIN_GUESSES_LOG10 (10^12) guesses as estimated by zxcvbn (Wheeler, "zxcvbn: Low-Budget
    Password Strength Estimation", USENIX Security 2016) on its first 100 characters.

    :param passphrase: the passphrase proposed.
    :return: the problem (with zxcvbn's English warning and suggestions when guessable), or
        None.
    """
    if len(passphrase) < MIN_LENGTH:
        return PassphraseProblem("short", len(passphrase))
    if passphrase.strip() != passphrase:
        return PassphraseProblem("space", len(passphrase))
    # zxcvbn is slow on very long inputs and gains nothing past this length.
    estimate = zxcvbn(passphrase[:100])
    if float(estimate["guesses_log10"]) < MIN_GUESSES_LOG10:
        feedback = estimate["feedback"]
        return PassphraseProblem(
            "guessable",
            len(passphrase),
            str(feedback.get("warning") or ""),
            " ".join(feedback.get("suggestions") or []),
        )
    return None


def strength_score(passphrase: str) -> int:
    """A 0-4 score for a strength meter (4 is strong); a thin wrapper of zxcvbn's score.

    :param passphrase: the passphrase typed so far (only its first 100 characters count).
    :return: 0 for an empty passphrase, else zxcvbn's score from 0 to 4.
    """
    if not passphrase:
        return 0
    return int(zxcvbn(passphrase[:100])["score"])
