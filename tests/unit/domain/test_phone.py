from __future__ import annotations

import pytest

from app.domain.phone import is_valid_mobile, mask_phone, normalize_mobile


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("13800138000", "13800138000"),
        (" 138 0013 8000 ", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("138—0013—8000", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        ("138\u30000013\u30008000", "13800138000"),
        ("+86 138 0013 8000", "13800138000"),
        ("(+86)13800138000", "13800138000"),
        ("+86-13800138000", "13800138000"),
        ("008613800138000", "13800138000"),
        ("8613800138000", "13800138000"),
        (13800138000, "13800138000"),
        (13800138000.0, "13800138000"),
    ],
)
def test_normalize_mobile(value: object, expected: str) -> None:
    result = normalize_mobile(value)
    assert result == expected
    assert is_valid_mobile(expected)


@pytest.mark.parametrize("value", [None, "", "   ", "\u3000", float("nan"), True])
def test_normalize_empty(value: object) -> None:
    assert normalize_mobile(value) is None


def test_normalize_keeps_invalid_text_for_the_message() -> None:
    assert normalize_mobile("0311-8888 6666") == "031188886666"
    assert normalize_mobile("86123") == "86123"  # not a mobile after "86": left as typed
    assert normalize_mobile("abc") == "abc"


@pytest.mark.parametrize(
    ("s", "ok"),
    [
        ("13800138000", True),
        ("19912345678", True),
        ("12800138000", False),  # second digit must be 3-9
        ("23800138000", False),
        ("1380013800", False),
        ("138001380001", False),
        ("1380013800x", False),
        ("13800138000\n", False),
        ("1٣800138000", False),  # Arabic-Indic digit
        ("", False),
    ],
)
def test_is_valid_mobile(s: str, ok: bool) -> None:
    assert is_valid_mobile(s) is ok


def test_mask_phone() -> None:
    assert mask_phone("13800138000") == "*******8000"
    assert mask_phone("8000") == "8000"
    assert mask_phone("") == ""
