"""Card numbers read alike everywhere: case, width, blanks, only the digits."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.catalogue.codes import ActivityKind
from app.domain.activity_title import kind_from_title
from app.domain.card_numbers import card_matches, normalize_card


def test_a_card_names_its_employee_however_the_reader_types_it() -> None:
    for typed in ("HB10023", "hb10023", "ＨＢ１００２３", " HB10023\r\n", "10023", "0010023"):
        assert card_matches(typed, "HB10023"), typed
    for typed in ("", "HB1002", "1002", "23", "0", "HB100230", "XY10023", "100230"):
        assert not card_matches(typed, "HB10023"), typed
    assert card_matches("23", "HB0023")  # the number is 23: the zeros only pad it
    assert not card_matches("10023", "HB-A")  # a number without digits needs the whole of it


@given(st.from_regex(r"[A-Za-z]{0,3}[0-9]{1,8}", fullmatch=True))
def test_the_number_itself_and_its_digits_always_match(employee_no: str) -> None:
    assert card_matches(employee_no, employee_no)
    assert card_matches(employee_no.lower(), employee_no)
    digits = employee_no.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    if digits.strip("0"):
        assert card_matches(digits, employee_no)
        assert card_matches("00" + digits, employee_no)
    assert normalize_card(f" {employee_no}\n") == employee_no.upper()


def test_the_activity_kind_is_read_from_its_title() -> None:
    assert kind_from_title("健康讲座：高血压防治") is ActivityKind.LECTURE
    assert kind_from_title("Health talk: sleep") is ActivityKind.LECTURE
    assert kind_from_title("市中心医院义诊") is ActivityKind.FREE_CLINIC
    assert kind_from_title("心理健康咨询日") is ActivityKind.CONSULTATION
    assert kind_from_title("急救技能培训") is ActivityKind.TRAINING
    assert kind_from_title("工间八段锦") is ActivityKind.FITNESS
    assert kind_from_title("健康讲座与义诊") is ActivityKind.LECTURE  # the first kind named
    assert kind_from_title("职工体检") is None
