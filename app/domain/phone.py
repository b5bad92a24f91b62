"""Mainland China mobile numbers: normalization, validation and masking."""

from __future__ import annotations

import math
import re
import unicodedata

__all__ = ["is_valid_mobile", "mask_phone", "normalize_mobile"]

_MOBILE = re.compile(r"1[3-9][0-9]{9}")

# Separators people type inside phone numbers; NFKC has already folded the full-width forms.
_SEPARATORS = dict.fromkeys(map(ord, "-‐‑‒–—―()\u200b\u200c\u200d\u2060\ufeff"))


def normalize_mobile(value: object) -> str | None:
    """Clean up a mobile number as typed or imported.

    Returns ``None`` for an empty value, otherwise the cleaned text, which may still be
    invalid: check it with :func:`is_valid_mobile` so the message can show what was seen.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        # 11 digits fit exactly in a double, so a number cell from Excel is safe to take.
        if math.isnan(value):
            return None
        if not value.is_integer():
            return str(value)
        value = int(value)
    if isinstance(value, int):
        return str(value)
    if not isinstance(value, str):
        return None

    text = unicodedata.normalize("NFKC", value).translate(_SEPARATORS)
    text = "".join(text.split())
    if not text:
        return None
    # Drop the country code only when what remains looks like a mainland mobile number,
    # so a stray "86" at the start of some other digits is left for the validator to report.
    for prefix in ("+86", "0086", "86"):
        if text.startswith(prefix) and _MOBILE.fullmatch(text[len(prefix) :]):
            return text[len(prefix) :]
    return text


def is_valid_mobile(s: str) -> bool:
    """True for an 11-digit mainland mobile number (1, then 3-9, then 9 digits)."""
    return _MOBILE.fullmatch(s) is not None


def mask_phone(s: str) -> str:
    """Replace all but the last 4 characters with ``*``, keeping the length."""
    return "*" * max(len(s) - 4, 0) + s[-4:]
