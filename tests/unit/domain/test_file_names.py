"""Suggested file names are names Windows accepts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.file_names import safe_file_name

FORBIDDEN = set(':/\\?*"<>|') | {chr(c) for c in range(32)}
RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
            *(f"lpt{i}" for i in range(1, 10))}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("签到表 2026-11-16 高血压/糖尿病讲座.pdf", "签到表 2026-11-16 高血压／糖尿病讲座.pdf"),
        ('季报 2026Q3: "A" <B>?.xlsx', "季报 2026Q3： ＂A＂ ＜B＞？.xlsx"),
        ("CON.pdf", "_CON.pdf"),
        ("lpt1", "_lpt1"),
        ("report. .pdf", "report.pdf"),
        ("..pdf", "file.pdf"),
        ("设备台账.pdf", "设备台账.pdf"),
        ("a\tb\nc.pdf", "a b c.pdf"),
    ],
)
def test_known_names(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


@given(st.text(max_size=300), st.sampled_from(["pdf", "xlsx", "zip"]))
def test_any_title_gives_a_name_windows_accepts(title: str, extension: str) -> None:
    name = safe_file_name(f"{title}.{extension}")
    stem = name.removesuffix(f".{extension}")
    assert name.endswith(f".{extension}") and stem
    assert not FORBIDDEN & set(name)
    assert not stem.endswith((".", " ")) and len(stem) <= 151
    assert stem.split(".")[0].lower() not in RESERVED
