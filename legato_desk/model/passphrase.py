"""How strong a passphrase is, and whether it is acceptable at all.

The rule is deliberately simple and explainable: length matters most, variety
of characters helps a little, obvious patterns cost. No word lists are
shipped; the hint says what would make the passphrase better.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from legato_desk.errors import ValidationError, label

MIN_LENGTH = 10

_COMMON = (
    "password", "passwort", "passphrase", "123456", "qwertz", "qwerty",
    "letmein", "legato", "geheim", "secret", "abcdef",
)


class Strength(enum.IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


@dataclass(frozen=True)
class Assessment:
    strength: Strength
    hint: str  # plain English; the UI translates it


def assess(passphrase: str) -> Assessment:
    """Length first; a known word only counts against what is left without it."""
    length = len(passphrase)
    if length < MIN_LENGTH:
        return Assessment(
            Strength.TOO_SHORT,
            f"Use at least {MIN_LENGTH} characters. A few unrelated words work well.",
        )
    remainder = passphrase.lower()
    for word in _COMMON:
        remainder = remainder.replace(word, "")
    distinct = len(set(passphrase))
    if len(remainder.strip()) < MIN_LENGTH or distinct < max(5, length // 4):
        return Assessment(
            Strength.WEAK, "Easy to guess. Make it longer or add unrelated words."
        )
    classes = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() and not c.isspace() for c in passphrase),
        )
    )
    score = 2 + (length >= 16) + (length >= 22) + (classes >= 3)
    strength = Strength(min(int(Strength.STRONG), score))
    hints = {
        Strength.FAIR: label("Acceptable. A longer passphrase would be safer."),
        Strength.GOOD: label("Good."),
        Strength.STRONG: label("Strong."),
    }
    return Assessment(strength, hints[strength])


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Raise ValidationError unless the passphrase may be used for a vault."""
    if not passphrase.strip():
        raise ValidationError("Please choose a passphrase.")
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError(
            "The passphrase is too short: use at least {count} characters.", count=MIN_LENGTH
        )
    if assess(passphrase).strength < Strength.FAIR:
        raise ValidationError(
            "This passphrase is too easy to guess. Make it longer or add unrelated words."
        )
    if repeated is not None and repeated != passphrase:
        raise ValidationError("The two passphrases do not match.")


def unlock_delay(failures: int) -> float:
    """Seconds to wait before the next try after ``failures`` wrong ones.

    The first mistake costs nothing extra (the key derivation already takes
    about half a second); after that the wait doubles up to half a minute.
    """
    if failures < 2:
        return 0.0
    return float(min(30, 2 ** min(failures - 2, 5)))
