from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.catalogue.codes import Sex
from app.domain.id_number import (
    IdError,
    IdWarning,
    check_digit,
    check_id_number,
    make_id_number,
    mask_id_number,
)

TODAY = date(2026, 6, 1)

# The worked example printed in GB 11643-1999.
STANDARD_EXAMPLE = "11010519491231002X"


def reference_check_char(body: str) -> str:
    """Independent MOD 11-2: weights computed as powers of two, the check value by formula."""
    s = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(body))
    value = (12 - s % 11) % 11
    return "X" if value == 10 else str(value)


def with_check(body: str) -> str:
    return body + reference_check_char(body)


def test_checksum_matches_independent_implementation_on_random_bodies() -> None:
    rng = random.Random(11643)
    for _ in range(100_000):
        body = f"{rng.randrange(10**17):017d}"
        assert check_digit(body) == reference_check_char(body), body


def test_check_id_number_accepts_only_the_right_check_char() -> None:
    rng = random.Random(1999)
    first_day = date(1900, 1, 1)
    span = (TODAY - first_day).days
    for _ in range(10_000):
        born = first_day + timedelta(days=rng.randrange(span + 1))
        region = f"{rng.randrange(11, 66)}{rng.randrange(10**4):04d}"
        body = f"{region}{born:%Y%m%d}{rng.randrange(1000):03d}"
        good = reference_check_char(body)
        result = check_id_number(body + good, today=TODAY)
        assert result.ok, body
        assert result.birth_date == born
        wrong = rng.choice([c for c in "0123456789X" if c != good])
        assert check_id_number(body + wrong, today=TODAY).error is IdError.BAD_CHECKSUM


def test_standard_example() -> None:
    result = check_id_number(STANDARD_EXAMPLE, today=TODAY)
    assert result.ok
    assert result.normalized == STANDARD_EXAMPLE
    assert result.error is None
    assert result.warnings == ()
    assert result.birth_date == date(1949, 12, 31)
    assert result.sex is Sex.FEMALE  # digit 17 is 2


def test_lower_case_x_is_normalized() -> None:
    result = check_id_number(STANDARD_EXAMPLE.lower(), today=TODAY)
    assert result.ok
    assert result.normalized == STANDARD_EXAMPLE


def test_full_width_digits_x_and_spaces() -> None:
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in STANDARD_EXAMPLE)  # １１０…Ｘ
    assert check_id_number(full_width, today=TODAY).normalized == STANDARD_EXAMPLE
    spaced = " 110105\u3000194912310\t02x \u200b"
    assert check_id_number(spaced, today=TODAY).normalized == STANDARD_EXAMPLE


def test_sex_from_seventeenth_digit() -> None:
    male = with_check("11010519491231001")
    assert check_id_number(male, today=TODAY).sex is Sex.MALE
    assert check_id_number(STANDARD_EXAMPLE, today=TODAY).sex is Sex.FEMALE


@pytest.mark.parametrize("prefix", ["11", "15", "21", "37", "46", "50", "65", "71"])
def test_province_codes_have_no_warning(prefix: str) -> None:
    result = check_id_number(with_check(prefix + "010519900101123"), today=TODAY)
    assert result.ok
    assert result.warnings == ()


@pytest.mark.parametrize("prefix", ["81", "82", "83", "90", "93", "99"])
def test_residence_permits_and_foreigners_ids_are_valid(prefix: str) -> None:
    result = check_id_number(with_check(prefix + "000019850615456"), today=TODAY)
    assert result.ok
    assert result.warnings == ()


@pytest.mark.parametrize("prefix", ["00", "10", "16", "20", "38", "47", "55", "66", "72", "84"])
def test_unknown_region_is_ok_with_warning(prefix: str) -> None:
    result = check_id_number(with_check(prefix + "000019900101123"), today=TODAY)
    assert result.ok
    assert result.warnings == (IdWarning.UNKNOWN_REGION,)


def test_february_30_rejected() -> None:
    result = check_id_number(with_check("11010519900230123"), today=TODAY)
    assert not result.ok
    assert result.error is IdError.BAD_BIRTH_DATE
    assert result.normalized is None
    assert result.birth_date is None
    assert result.sex is None


def test_leap_day() -> None:
    assert check_id_number(with_check("11010520000229123"), today=TODAY).ok
    bad = check_id_number(with_check("11010519000229123"), today=TODAY)  # 1900 is not leap
    assert bad.error is IdError.BAD_BIRTH_DATE


@pytest.mark.parametrize("yyyymmdd", ["19901301", "19900100", "00000000", "18991231"])
def test_impossible_or_too_early_birth_dates(yyyymmdd: str) -> None:
    result = check_id_number(with_check(f"110105{yyyymmdd}123"), today=TODAY)
    assert result.error is IdError.BAD_BIRTH_DATE


def test_earliest_birth_date_accepted() -> None:
    assert check_id_number(with_check("11010519000101123"), today=TODAY).ok


def test_future_birth_date_rejected() -> None:
    tomorrow = TODAY + timedelta(days=1)
    assert check_id_number(with_check(f"110105{TODAY:%Y%m%d}123"), today=TODAY).ok
    result = check_id_number(with_check(f"110105{tomorrow:%Y%m%d}123"), today=TODAY)
    assert result.error is IdError.BAD_BIRTH_DATE


def test_today_defaults_to_current_date() -> None:
    future = date.today() + timedelta(days=2)
    result = check_id_number(with_check(f"110105{future:%Y%m%d}123"))
    assert result.error is IdError.BAD_BIRTH_DATE


@pytest.mark.parametrize(
    "value",
    [
        110105194912310021,
        1.10105194912310021e17,
        Decimal("110105194912310021"),
        "1.10105194912310021e+17",
        "1.10105E+17",
        "110105194912310021.0",
        "110105194912310000.",
    ],
)
def test_numeric_input_rejected(value: object) -> None:
    result = check_id_number(value, today=TODAY)
    assert not result.ok
    assert result.error is IdError.LOOKS_NUMERIC


@pytest.mark.parametrize("value", [None, "", "   ", "\u3000", float("nan")])
def test_empty(value: object) -> None:
    assert check_id_number(value, today=TODAY).error is IdError.EMPTY


@pytest.mark.parametrize(
    "value",
    [
        STANDARD_EXAMPLE[:17],
        STANDARD_EXAMPLE + "1",
        "110105491231002",  # first-generation 15-digit number
        "1234",
    ],
)
def test_bad_length(value: str) -> None:
    assert check_id_number(value, today=TODAY).error is IdError.BAD_LENGTH


@pytest.mark.parametrize(
    "value",
    [
        "11010519491231002Y",
        "1101051949-1231002X",
        "X10105194912310021",
        "张三",
        b"11010519491231002X",
    ],
)
def test_bad_characters(value: object) -> None:
    assert check_id_number(value, today=TODAY).error is IdError.BAD_CHARACTERS


def test_make_id_number_round_trips() -> None:
    for seq in range(100):
        for sex in Sex:
            number = make_id_number("130102", date(1985, 7, 9), seq, sex)
            result = check_id_number(number, today=TODAY)
            assert result.ok, number
            assert result.sex is sex
            assert result.birth_date == date(1985, 7, 9)
            assert number.startswith(f"13010219850709{seq:02d}")


@pytest.mark.parametrize(
    ("region", "birth", "seq"),
    [
        ("13010", date(1985, 1, 1), 1),
        ("13010a", date(1985, 1, 1), 1),
        ("130102", date(1985, 1, 1), 100),
        ("130102", date(1985, 1, 1), -1),
        ("130102", date(1899, 12, 31), 1),
    ],
)
def test_make_id_number_rejects_bad_arguments(region: str, birth: date, seq: int) -> None:
    with pytest.raises(ValueError):
        make_id_number(region, birth, seq, Sex.FEMALE)


def test_mask_id_number() -> None:
    assert mask_id_number(STANDARD_EXAMPLE) == "*" * 14 + "002X"
    assert len(mask_id_number(STANDARD_EXAMPLE)) == 18
    assert mask_id_number("12345") == "*2345"
    assert mask_id_number("123") == "123"
    assert mask_id_number("") == ""
