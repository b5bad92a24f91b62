"""Roster spreadsheets as HR departments hand them over, built for the tests and benchmarks."""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from app.catalogue.codes import Sex
from app.domain.id_number import make_id_number

HEADER = ["工号", "姓名", "性别", "出生日期", "身份证号", "部门", "手机号", "入职日期", "岗位"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志海东文春永庆宏亮"
DEPARTMENTS = ("一车间", "二车间", "装配车间", "质检部", "行政部", "后勤部")
JOBS = ("车工", "焊工", "装配工", "质检员", "文员", "保洁员")


def people(count: int, seed: int = 1, first_no: int = 20001) -> list[list[Any]]:
    """Rows in HEADER order: unique employee numbers, ID numbers and phones."""
    rng = random.Random(seed)
    rows: list[list[Any]] = []
    for i in range(count):
        sex = Sex.MALE if rng.random() < 0.6 else Sex.FEMALE
        birth = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randrange(365 * 38))
        # Unique by construction: the sequence digits and the region vary with i.
        region = f"1309{(i // 100) % 100:02d}"
        id_number = make_id_number(region, birth, i % 100, sex)
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        hire = birth + dt.timedelta(days=365 * 20 + rng.randrange(365 * 15))
        rows.append(
            [
                f"ZG{first_no + i}",
                name,
                "男" if sex is Sex.MALE else "女",
                birth,
                id_number,
                rng.choice(DEPARTMENTS),
                f"13{rng.randrange(10)}{i:08d}",
                min(hire, dt.date(2026, 1, 1)),
                rng.choice(JOBS),
            ]
        )
    return rows


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[Any]],
    header: Sequence[str] = HEADER,
    title: str | None = "沧州华北机械有限公司职工花名册",
    text_columns: Sequence[str] = ("身份证号",),
) -> Path:
    """A workbook with a merged title row, the header, then the rows; ID column as text."""
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    for index, name in enumerate(header, start=1):
        if name in text_columns:
            for (cell,) in sheet.iter_rows(min_col=index, max_col=index):
                cell.number_format = "@"
    book.save(path)
    return path


def write_csv(
    path: Path,
    rows: Sequence[Sequence[Any]],
    header: Sequence[str] = HEADER,
    encoding: str = "utf-8-sig",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    return path
