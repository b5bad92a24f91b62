from __future__ import annotations

import pytest

from app.domain.pinyin import pinyin_keys


def test_plain_name() -> None:
    assert pinyin_keys("张三") == ("zhangsan", "zs")


def test_no_tones_and_v_for_u_umlaut() -> None:
    assert pinyin_keys("吕布") == ("lvbu", "lb")


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("单田芳", "shantianfang", "stf"),
        ("曾国藩", "zengguofan", "zgf"),
        ("解缙", "xiejin", "xj"),
        ("仇英", "qiuying", "qy"),
        ("朴树", "piaoshu", "ps"),
        ("查良镛", "zhaliangyong", "zly"),
        ("区志坚", "ouzhijian", "ozj"),
        ("乐嘉", "yuejia", "yj"),
        ("盖聂", "genie", "gn"),
        ("覃秋", "qinqiu", "qq"),
        ("尉迟恭", "yuchigong", "ycg"),
    ],
)
def test_polyphonic_surnames(name: str, full: str, initials: str) -> None:
    assert pinyin_keys(name) == (full, initials)


def test_surname_reading_only_applies_to_first_character() -> None:
    full, _ = pinyin_keys("王单")
    assert full == "wangdan"


def test_spaces_and_full_width_are_ignored() -> None:
    assert pinyin_keys(" 张 三\u3000") == ("zhangsan", "zs")
    assert pinyin_keys(" 单田芳") == ("shantianfang", "stf")


def test_non_chinese_kept_lower_cased() -> None:
    assert pinyin_keys("Tom 张") == ("tomzhang", "tomz")
    assert pinyin_keys("ＡＢ王2") == ("abwang2", "abw2")
    assert pinyin_keys("Anna") == ("anna", "anna")


def test_middle_dot_of_transliterated_names_dropped() -> None:
    full, initials = pinyin_keys("买买提·艾力")
    assert "·" not in full
    assert full.startswith("maimaiti")
    assert initials.startswith("mmt")


def test_empty() -> None:
    assert pinyin_keys("") == ("", "")
