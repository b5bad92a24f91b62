"""Reading typed values out of form fields: dates as people write them, optional numbers.

Dates accept what the roster import accepts (2023-05-01, 2023/5/1, 2023年5月1日, 20230501);
blank means "not given". A value that cannot be read raises FieldError naming the field.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from app.exchange.spreadsheet import parse_date


class FieldError(ValueError):
    def __init__(self, field: str, code: str, args: tuple[str, ...] = ()) -> None:
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code
        self.details = args


def optional_date(text: str, field: str) -> dt.date | None:
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        return None
    try:
        value = parse_date(cleaned)
    except ValueError:
        raise FieldError(field, "bad_date") from None
    if value is None or not 1900 <= value.year <= 2200 or (cleaned.isdigit() and len(cleaned) < 8):
        # A bare small number would be read as an Excel serial: not what anybody types.
        raise FieldError(field, "bad_date")
    return value


def optional_float(text: str, field: str) -> float | None:
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        raise FieldError(field, "not_a_number") from None


def optional_int(text: str, field: str) -> int | None:
    value = optional_float(text, field)
    if value is None:
        return None
    if not value.is_integer():
        raise FieldError(field, "not_a_number")
    return int(value)


def date_text(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def number_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"
