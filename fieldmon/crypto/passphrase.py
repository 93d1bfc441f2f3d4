"""Which passphrases a vault may be created with, and why a weak one is refused."""

from __future__ import annotations

from zxcvbn import zxcvbn

MIN_LENGTH = 12
# An attacker with the seized laptop guesses offline against Argon2id; 10^12 guesses at
# half a second each is beyond reach, 10^8 is a weekend on a few machines.
MIN_GUESSES_LOG10 = 12.0


def passphrase_problem(passphrase: str) -> str | None:
    """Return why the passphrase is too weak for a vault, or None when it is acceptable."""
    if len(passphrase) < MIN_LENGTH:
        return (
            f"too short: it has {len(passphrase)} characters, a vault needs at least {MIN_LENGTH}."
            " Several uncommon words are easy to remember and hard to guess."
        )
    if passphrase.strip() != passphrase:
        return "it starts or ends with a space, which is easy to mistype later."
    # zxcvbn is slow on very long inputs and gains nothing past this length.
    estimate = zxcvbn(passphrase[:100])
    if float(estimate["guesses_log10"]) < MIN_GUESSES_LOG10:
        feedback = estimate["feedback"]
        reason = feedback.get("warning") or "it follows a pattern that is quick to guess."
        hints = " ".join(feedback.get("suggestions") or [])
        return f"too easy to guess: {reason.rstrip('.')}.{(' ' + hints) if hints else ''}"
    return None


def strength_score(passphrase: str) -> int:
    """A 0-4 score for a strength meter (4 is strong)."""
    if not passphrase:
        return 0
    return int(zxcvbn(passphrase[:100])["score"])
