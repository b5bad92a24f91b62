"""Check-up result sheets as partner hospitals hand them over, built for the tests and the
benchmark from the people of a register: a title row, the header, one row per person with
values as hospitals write them (units, arrows, 未查), and a totals line at the end."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

HEADER = [
    "体检编号",
    "姓名",
    "性别",
    "年龄",
    "身份证号",
    "单位",
    "体检日期",
    "身高(cm)",
    "体重(kg)",
    "BMI",
    "腰围",
    "血压(mmHg)",
    "心率",
    "空腹血糖(mmol/L)",
    "糖化血红蛋白(%)",
    "总胆固醇",
    "甘油三酯",
    "高密度脂蛋白",
    "低密度脂蛋白",
    "尿酸(μmol/L)",
    "谷丙转氨酶",
    "肌酐",
    "心电图",
    "B超",
    "胸片",
    "体检结论",
    "建议",
]


@dataclass(frozen=True)
class Person:
    employee_no: str
    name: str
    sex: str | None  # "M" / "F"
    birth_date: dt.date | None
    id_number: str | None
    department: str


def people_of(db: Path, limit: int | None = None) -> list[Person]:
    """The people on a register, in employee no. order."""
    con = sqlite3.connect(db)
    try:
        query = (
            "SELECT s.employee_no, s.name, s.sex, s.birth_date, s.id_number, d.name "
            "FROM staff s JOIN department d ON d.id = s.department_id ORDER BY s.employee_no"
        )
        if limit is not None:
            query += f" LIMIT {int(limit)}"
        return [
            Person(no, name, sex, dt.date.fromisoformat(birth) if birth else None, idn, dept)
            for no, name, sex, birth, idn, dept in con.execute(query)
        ]
    finally:
        con.close()


def checkup_row(person: Person, on: dt.date, rng: random.Random) -> list[Any]:
    """One person's results in HEADER order, about as often abnormal as in a real workforce."""
    height = round(rng.gauss(170 if person.sex == "M" else 159, 6), 1)
    weight = round(rng.gauss(70 if person.sex == "M" else 58, 10), 1)
    systolic = int(max(95, rng.gauss(128, 16)))
    diastolic = int(max(55, min(systolic - 25, rng.gauss(80, 10))))
    glucose = round(max(3.2, rng.gauss(5.4, 0.9)), 2)
    tc = round(max(2.5, rng.gauss(4.9, 0.9)), 2)
    age = on.year - person.birth_date.year if person.birth_date else ""

    def marked(value: float, high: float) -> Any:
        return f"{value}↑" if value > high else value

    return [
        f"TJ{on.year}{rng.randrange(10**6):06d}",
        person.name,
        {"M": "男", "F": "女"}.get(person.sex or "", ""),
        f"{age}岁" if age else "",
        person.id_number or "",
        person.department,
        on,
        height,
        weight,
        "",  # BMI left to the program, as many hospitals do
        round(max(55, rng.gauss(84, 9)), 1),
        f"{systolic}/{diastolic}",
        int(max(45, rng.gauss(74, 9))),
        f"{glucose} mmol/L",
        "未查" if rng.random() < 0.5 else round(max(4.0, rng.gauss(5.5, 0.5)), 1),
        marked(tc, 5.2),
        round(abs(rng.gauss(1.5, 0.8)) + 0.3, 2),
        round(max(0.5, rng.gauss(1.3, 0.3)), 2),
        round(max(0.8, rng.gauss(2.9, 0.7)), 2),
        int(max(120, rng.gauss(340, 80))),
        int(abs(rng.gauss(28, 14)) + 5),
        int(max(35, rng.gauss(75, 15))),
        rng.choice(("窦性心律", "窦性心律，正常心电图", "窦性心动过缓", "弃检")),
        rng.choice(("未见明显异常", "脂肪肝", "胆囊息肉")),
        "未见明显异常",
        rng.choice(("未见明显异常", "血脂偏高", "超重")),
        rng.choice(("定期复查", "低盐低脂饮食，适量运动", "")),
    ]


def checkup_rows(
    people: Sequence[Person], on: dt.date = dt.date(2026, 5, 12), seed: int = 7
) -> list[list[Any]]:
    rng = random.Random(seed)
    return [checkup_row(p, on, rng) for p in people]


def write_checkups_xlsx(
    path: Path,
    rows: Sequence[Sequence[Any]],
    header: Sequence[str] = HEADER,
    title: str | None = "沧州市人民医院 2026年度职工健康体检结果汇总表",
    totals: bool = True,
) -> Path:
    """A workbook as a hospital's export: a merged title, the header, the rows, a totals line
    (the ID column formatted as text)."""
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    if totals:
        sheet.append(["合计", f"{len(rows)}人"])
    if "身份证号" in header:
        index = list(header).index("身份证号") + 1
        for (cell,) in sheet.iter_rows(min_col=index, max_col=index):
            cell.number_format = "@"
    book.save(path)
    return path
