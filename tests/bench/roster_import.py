"""Roster import of 10,000 rows (validate and apply), target ≤ 5 s.

Writes a 10,000-row roster the way HR hands it over (Chinese headers, ID numbers as text) and
runs `healthroom import staff FILE.xlsx` (issue 3) into a copy of the big demo once the command
exists: 10,000 new employees next to its 5,000.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

from tests.bench import commands
from tests.bench.data import big_demo, fresh_copy
from tests.bench.figures import Figure, median, not_available, seconds, timed

NAME = "roster import: 10,000 rows"
ROWS = 10_000
TARGET_S = 5.0
HEADERS = ("工号", "姓名", "性别", "出生日期", "身份证号", "部门", "手机号", "入职日期")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明")
REGION = "110105"  # not one of the demo's regions: no one is on the roster twice
DEPARTMENTS = ("一车间", "二车间", "三车间", "装配车间", "行政部", "销售部", "技术部", "质检部")


def write_roster(path: Path, rows: int = ROWS) -> Path:
    from openpyxl import Workbook

    from app.domain.enums import Sex
    from app.domain.id_number import make_id_number

    rng = random.Random(3)
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    taken: set[tuple[dt.date, int, Sex]] = set()  # ID numbers are unique, as HR's would be
    for n in range(rows):
        sex = Sex.MALE if rng.random() < 0.6 else Sex.FEMALE
        while True:
            birth = dt.date(1966, 1, 1) + dt.timedelta(days=rng.randrange(365 * 36))
            seq = rng.randrange(100)
            if (birth, seq, sex) not in taken:
                taken.add((birth, seq, sex))
                break
        hired = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(365 * 20))
        sheet.append(
            (
                f"R{n + 1:05d}",
                rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2))),
                "男" if sex is Sex.MALE else "女",
                birth.isoformat(),
                make_id_number(REGION, birth, seq, sex),
                rng.choice(DEPARTMENTS),
                f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}",
                hired.isoformat(),
            )
        )
    for cell in sheet["E"]:
        cell.number_format = "@"  # ID numbers as text, as the template asks
    book.save(path)
    return path


def measure(work: Path, runs: int) -> list[Figure]:
    if not commands.available("import staff"):
        return [not_available(NAME, "≤ 5 s", "needs `healthroom import staff` (issue 3)")]
    roster = write_roster(work / "roster-10000.xlsx")
    times = []
    for _ in range(max(1, min(runs, 3))):  # each into a fresh copy: a second import changes nothing
        database = fresh_copy(big_demo(work), work / "import.db")
        shutil.rmtree(work / "backups", ignore_errors=True)
        code, elapsed, output = commands.run(
            "--db", database, "--user", "admin", "import", "staff", roster
        )
        if code != 0:
            return [Figure(NAME, f"failed (exit {code})", "≤ 5 s", False, commands.tail(output))]
        times.append(elapsed)
    return [
        timed(
            NAME,
            median(times),
            TARGET_S,
            f"median of {len(times)}, {seconds(min(times))}–{seconds(max(times))}; read, check, "
            "verified backup, write, into the 5,000-staff demo",
        )
    ]
