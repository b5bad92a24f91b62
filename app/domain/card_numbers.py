"""Staff card numbers as scanned or typed, read alike wherever a card is taken.

A keyboard-wedge reader types what the card holds, which is not always the employee no. as
the roster writes it: lower case (hb10023), full-width characters from a Chinese input method,
a trailing blank or Enter, or only the digits (10023, 0010023 for HB10023) when the card
printer left the letters out. The sign-in panel and the usage register both resolve a card
through `card_matches`, so a number one accepts the other accepts too.
"""

from __future__ import annotations

import re
import unicodedata

_DIGITS_AT_END = re.compile(r"(\d+)$")


def normalize_card(text: str) -> str:
    """`text` as a card number: full-width folded, blanks and line breaks removed, upper case."""
    return "".join(unicodedata.normalize("NFKC", text).split()).upper()


def card_digits(card: str) -> str | None:
    """The number a digits-only card stands for (leading zeros dropped); None otherwise."""
    normal = normalize_card(card)
    if not normal.isdigit():
        return None
    return normal.lstrip("0") or "0"


def card_matches(card: str, employee_no: str) -> bool:
    """Does the scanned or typed `card` name the person with `employee_no`?

    The whole number in any case and width, or only its digits (with or without leading
    zeros) when the number ends in digits: 10023 and 0010023 name HB10023.
    """
    normal, number = normalize_card(card), normalize_card(employee_no)
    if not normal:
        return False
    if normal == number:
        return True
    digits = card_digits(normal)
    tail = _DIGITS_AT_END.search(number)
    if digits is None or digits == "0" or tail is None:
        return False
    return tail.group(1).lstrip("0") == digits
