"""One person's values, as typed in the form or read from a roster cell."""

from __future__ import annotations

import datetime as dt

import pytest

from app.catalogue.codes import Sex
from app.domain.id_number import make_id_number
from app.domain.staff import (
    PersonInput,
    Severity,
    check_person,
    clean_employee_no,
    clean_name,
    is_active_on,
    parse_sex,
)

TODAY = dt.date(2026, 11, 16)
ID = make_id_number("130902", dt.date(1988, 7, 15), 21, Sex.FEMALE)


def check(**values: object):  # type: ignore[no-untyped-def]
    base: dict[str, object] = {"employee_no": "HB1", "name": "王芳", "department": "一车间"}
    base.update(values)
    return check_person(PersonInput(**base), TODAY)  # type: ignore[arg-type]


def codes(found) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(p.field, p.code) for p in found]


def test_sex_and_birth_date_come_from_the_id_number() -> None:
    record, problems = check(id_number=ID.lower())
    assert problems == []
    assert record is not None
    assert (record.sex, record.birth_date, record.id_number) == (
        Sex.FEMALE,
        dt.date(1988, 7, 15),
        ID,
    )


def test_given_sex_and_birth_date_must_agree_with_the_id_number() -> None:
    record, problems = check(id_number=ID, sex=Sex.MALE, birth_date=dt.date(1988, 7, 16))
    assert record is None
    assert codes(problems) == [("sex", "sex_mismatch"), ("birth_date", "birth_mismatch")]
    assert problems[0].args == ("F",) and problems[1].args == ("1988-07-15",)


def test_a_birth_month_is_enough_and_the_id_gives_the_day() -> None:
    record, problems = check(id_number=ID, birth_date=dt.date(1988, 7, 1), birth_month_only=True)
    assert problems == [] and record is not None and record.birth_date == dt.date(1988, 7, 15)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"name": ""}, [("name", "required")]),
        ({"employee_no": "x" * 51}, [("employee_no", "too_long")]),
        ({"phone": "1381234567"}, [("phone", "mobile_invalid")]),
        ({"phone": "12812345678"}, [("phone", "mobile_invalid")]),
        ({"id_number": 130902198807152123}, [("id_number", "id_looks_numeric")]),
        (
            {"id_number": ID[:-1] + ("0" if ID[-1] != "0" else "1")},
            [("id_number", "id_bad_checksum")],
        ),
        (
            {"birth_date": dt.date(1990, 1, 1), "hire_date": dt.date(1989, 1, 1)},
            [("hire_date", "hire_before_birth")],
        ),
        (
            {"hire_date": dt.date(2020, 1, 1), "departure_date": dt.date(2019, 12, 31)},
            [("departure_date", "departure_before_hire")],
        ),
        ({"birth_date": dt.date(2027, 1, 1)}, [("birth_date", "date_out_of_range")]),
    ],
)
def test_errors_name_the_field(values: dict[str, object], expected: list[tuple[str, str]]) -> None:
    record, problems = check(**values)
    assert record is None
    assert codes(problems) == expected


def test_an_unknown_region_is_only_a_warning() -> None:
    from app.domain.id_number import check_digit

    body = "770101198807152" + "12"
    record, problems = check(id_number=body + check_digit(body))
    assert record is not None
    assert [(p.code, p.severity) for p in problems] == [("id_unknown_region", Severity.WARNING)]


def test_mobile_numbers_are_cleaned() -> None:
    record, _ = check(phone="+86 138-1234-5678")
    assert record is not None and record.phone == "13812345678"
    record, _ = check(phone=13812345678.0)
    assert record is not None and record.phone == "13812345678"


def test_cleaning_helpers() -> None:
    assert clean_employee_no(10023.0) == "10023"
    assert clean_employee_no(" ＨＢ 001 ") == "HB001"
    assert clean_name(" 张　 三 ") == "张三"
    assert clean_name("Mary   Smith") == "Mary Smith"
    assert parse_sex("男") is Sex.MALE and parse_sex(" F ") is Sex.FEMALE and parse_sex("") is None
    with pytest.raises(ValueError):
        parse_sex("未知")


def test_the_departure_date_is_the_first_day_off_the_roster() -> None:
    assert is_active_on(None, TODAY)
    assert is_active_on(dt.date(2026, 11, 17), TODAY)
    assert not is_active_on(dt.date(2026, 11, 16), TODAY)


def test_invisible_and_bidi_characters_leave_names_and_numbers() -> None:
    from app.domain.staff import clean_employee_no, clean_name

    assert clean_name("\u202e张\u200b三\u2069 ") == "张三"
    assert clean_name("\ufeff一车间\u200f") == "一车间"
    assert clean_employee_no("ZG\u2066001\u2060") == "ZG001"
