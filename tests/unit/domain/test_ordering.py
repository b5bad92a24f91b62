"""Departments in natural order: Chinese numerals and digits by value, then pinyin."""

from __future__ import annotations

import functools
import random

from hypothesis import given
from hypothesis import strategies as st

from app.domain.ordering import chinese_number, compare_names, natural_key


def test_numbered_departments_sort_by_value_then_the_rest_by_pinyin() -> None:
    workshops = ["一车间", "二车间", "三车间", "九车间", "十车间", "十一车间", "十二车间"]
    expected = [*workshops, "二十车间", "1号仓库", "2号仓库", "10号仓库", "安全环保部", "办公室",
                "财务科", "质检部"]  # fmt: skip
    shuffled = expected[:]
    random.Random(3).shuffle(shuffled)
    ordered = sorted(shuffled, key=natural_key)
    assert [n for n in ordered if "车间" in n] == expected[:8]
    assert [n for n in ordered if "仓库" in n] == ["1号仓库", "2号仓库", "10号仓库"]
    # Numbers by value whatever they are written in: 一 and 1 are both one, 十 and 10 ten.
    assert ordered[:4] == ["1号仓库", "一车间", "2号仓库", "二车间"]
    assert ordered.index("10号仓库") == ordered.index("十车间") - 1
    assert ordered[-4:] == ["安全环保部", "办公室", "财务科", "质检部"]
    assert sorted(shuffled) != ordered  # code-point order puts 三 before 二


def test_chinese_numbers() -> None:
    cases = {"一": 1, "十": 10, "十一": 11, "二十": 20, "二十三": 23, "一百零五": 105,
             "三〇五": 305, "两千": 2000}  # fmt: skip
    assert {text: chinese_number(text) for text in cases} == cases


@given(st.lists(st.text(alphabet="一二三十百0123456789车间科A b", max_size=6), max_size=8))
def test_the_collation_agrees_with_the_key(names: list[str]) -> None:
    by_key = sorted(names, key=natural_key)
    by_compare = sorted(names, key=functools.cmp_to_key(compare_names))
    assert [natural_key(n) for n in by_key] == [natural_key(n) for n in by_compare]
    for a in names:
        assert compare_names(a, a) == 0
