"""Chinese resident identity numbers (公民身份号码) per GB 11643-1999.

Layout of the 18 characters: 6-digit region code, 8-digit birth date (YYYYMMDD), 3-digit
sequence whose last digit is odd for men and even for women, and one ISO 7064 MOD 11-2
check character (0-9 or X).
"""

from __future__ import annotations

import math
import operator
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from app.catalogue.codes import Sex

__all__ = [
    "IdCheck",
    "IdError",
    "IdWarning",
    "check_digit",
    "check_id_number",
    "folded",
    "make_id_number",
    "mask_id_number",
]

ID_LENGTH = 18
EARLIEST_BIRTH = date(1900, 1, 1)

# GB 11643-1999 weights are 2**(17 - i) mod 11; spelled out so they can be checked by eye.
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"

# Province-level codes (GB/T 2260) plus 81/82/83: residence permits for Hong Kong, Macao and
# Taiwan residents. Codes starting with 9 are the 2023 foreigners' permanent residence ID.
_KNOWN_REGIONS = frozenset(
    str(code)
    for first, last in ((11, 15), (21, 23), (31, 37), (41, 46), (50, 54), (61, 65), (90, 99))
    for code in range(first, last + 1)
) | {"71", "81", "82", "83"}

# What a spreadsheet cell turns into after Excel stored the ID as a number: "1.30102E+17",
# "1.30102199001011234e+17" or "130102199001011234.0".
# Matched after upper-casing, hence "E".
_NUMERIC_LOOKING = re.compile(r"[+-]?[0-9]+(\.[0-9]*)?E[+-]?[0-9]+|[+-]?[0-9]+\.[0-9]*")

_ID_CHARACTERS = re.compile("[0-9X]*")

# Invisible characters that survive copy and paste from web pages and Word documents.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


class IdError(StrEnum):
    """Why an ID number was rejected (the UI turns the code into words)."""

    EMPTY = "empty"
    LOOKS_NUMERIC = "looks_numeric"
    BAD_LENGTH = "bad_length"
    BAD_CHARACTERS = "bad_characters"
    BAD_BIRTH_DATE = "bad_birth_date"
    BAD_CHECKSUM = "bad_checksum"


class IdWarning(StrEnum):
    """Something odd about an otherwise valid ID number."""

    UNKNOWN_REGION = "unknown_region"


@dataclass(frozen=True)
class IdCheck:
    """Result of :func:`check_id_number`.

    ``normalized``, ``birth_date`` and ``sex`` are set only when ``ok`` is true.
    """

    ok: bool
    normalized: str | None
    error: IdError | None
    warnings: tuple[IdWarning, ...]
    birth_date: date | None
    sex: Sex | None


def _fail(error: IdError) -> IdCheck:
    return IdCheck(False, None, error, (), None, None)


def check_digit(body: str) -> str:
    """Return the ISO 7064 MOD 11-2 check character for a 17-digit body."""
    if len(body) != ID_LENGTH - 1 or not body.isascii() or not body.isdigit():
        raise ValueError(f"expected 17 ASCII digits, got {body!r}")
    total = sum(map(operator.mul, map(int, body), _WEIGHTS))  # lengths checked above
    return _CHECK_CHARS[total % 11]


def _clean(text: str) -> str:
    # NFKC folds full-width digits, Ｘ and the ideographic space to ASCII.
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return "".join(text.split()).upper()


def folded(text: str) -> str:
    """An ID number as typed, folded as `check_id_number` folds it: the key it is stored
    under when valid."""
    return _clean(text)


def check_id_number(value: object, today: date | None = None) -> IdCheck:
    """Validate and normalize an ID number as typed or imported.

    ``today`` bounds the birth date (injectable for tests); it defaults to the current date.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        # An empty spreadsheet cell arrives as None (openpyxl) or NaN.
        return _fail(IdError.EMPTY)
    if isinstance(value, int | float | Decimal):
        # A number means the spreadsheet already dropped leading zeros or rounded the last
        # digits (doubles hold ~15-17 significant digits); the original cannot be recovered.
        return _fail(IdError.LOOKS_NUMERIC)
    if not isinstance(value, str):
        return _fail(IdError.BAD_CHARACTERS)

    text = _clean(value)
    if not text:
        return _fail(IdError.EMPTY)
    if _NUMERIC_LOOKING.fullmatch(text):
        return _fail(IdError.LOOKS_NUMERIC)
    if not _ID_CHARACTERS.fullmatch(text):
        return _fail(IdError.BAD_CHARACTERS)
    # Only second-generation (18-character) numbers: first-generation ones expired in 2013.
    if len(text) != ID_LENGTH:
        return _fail(IdError.BAD_LENGTH)
    if "X" in text[:-1]:
        return _fail(IdError.BAD_CHARACTERS)

    birth = _birth_date(text[6:14])
    if birth is None or birth < EARLIEST_BIRTH or birth > (today or date.today()):
        return _fail(IdError.BAD_BIRTH_DATE)
    if check_digit(text[:17]) != text[17]:
        return _fail(IdError.BAD_CHECKSUM)

    warnings = () if text[:2] in _KNOWN_REGIONS else (IdWarning.UNKNOWN_REGION,)
    sex = Sex.MALE if int(text[16]) % 2 == 1 else Sex.FEMALE
    return IdCheck(True, text, None, warnings, birth, sex)


def _birth_date(yyyymmdd: str) -> date | None:
    try:
        return date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return None


def make_id_number(region: str, birth: date, seq: int, sex: Sex) -> str:
    """Build a valid ID number (for demo data and tests).

    ``region`` is the 6-digit region code, ``seq`` (0-99) the first two digits of the
    sequence; the third is derived from ``seq`` with the parity that encodes ``sex``.
    """
    if len(region) != 6 or not region.isascii() or not region.isdigit():
        raise ValueError(f"region must be 6 digits, got {region!r}")
    if not 0 <= seq <= 99:
        raise ValueError(f"seq must be in 0..99, got {seq}")
    if not EARLIEST_BIRTH <= birth <= date(9999, 12, 31):
        raise ValueError(f"birth date out of range: {birth}")
    # Vary the sex digit with seq so demo numbers do not all end in the same pattern.
    sex_digit = 2 * (seq % 5) + (1 if sex is Sex.MALE else 0)
    body = f"{region}{birth:%Y%m%d}{seq:02d}{sex_digit}"
    return body + check_digit(body)


def mask_id_number(s: str) -> str:
    """Replace all but the last 4 characters with ``*``, keeping the length."""
    return "*" * max(len(s) - 4, 0) + s[-4:]
