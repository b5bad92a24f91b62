"""Roster import of 10,000 rows (read, check, verified backup, write), as a whole process:
target ≤ 2 s wall and ≤ 300 MB peak memory (issue 17).

Writes a 10,000-row roster the way HR hands it over (Chinese headers, ID numbers as text) and
runs `python -m app ... import staff FILE.xlsx` in its own process into a copy of the big demo:
10,000 new employees next to its 5,000. The process's own peak memory comes from wait4().
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tests.bench import commands
from tests.bench.data import big_demo, fresh_copy
from tests.bench.figures import Figure, load, median, seconds, timed

ROOT = Path(__file__).resolve().parents[2]

NAME = "roster import: 10,000 rows"
MEMORY_NAME = "roster import: peak memory"
ROWS = 10_000
TARGET_S = 2.0
TARGET_MB = 300.0
HEADERS = ("工号", "姓名", "性别", "出生日期", "身份证号", "部门", "手机号", "入职日期")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明")
REGION = "110105"  # not one of the demo's regions: no one is on the roster twice
DEPARTMENTS = ("一车间", "二车间", "三车间", "装配车间", "行政部", "销售部", "技术部", "质检部")


def write_roster(path: Path, rows: int = ROWS) -> Path:
    from openpyxl import Workbook

    from app.catalogue.codes import Sex
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


def import_process(database: Path, roster: Path) -> tuple[int, float, float, float, str]:
    """(exit code, wall seconds, CPU seconds, peak MB, output) of the import command as its
    own process (CPU time says what a busy shared machine does to the wall time)."""
    command = [sys.executable, "-m", "app", "--db", str(database), "--user", "admin"]
    command += ["import", "staff", str(roster)]
    env = {**os.environ, "HEALTHROOM_PASSWORD": os.environ.get("HEALTHROOM_PASSWORD", "demo1234")}
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    output = process.stdout.read().decode("utf-8", "replace") if process.stdout else ""
    cpu = usage.ru_utime + usage.ru_stime
    return os.waitstatus_to_exitcode(status), elapsed, cpu, usage.ru_maxrss / 1024, output


def measure(work: Path, runs: int) -> list[Figure]:
    roster = write_roster(work / "roster-10000.xlsx")
    base = big_demo(work)
    times, cpus, peaks = [], [], []
    load_before = load()
    for _ in range(max(1, min(runs, 3))):  # each into a fresh copy: a second import changes nothing
        database = fresh_copy(base, work / "import.db")
        shutil.rmtree(work / "backups", ignore_errors=True)
        code, elapsed, cpu, peak, output = import_process(database, roster)
        if code != 0:
            return [Figure(NAME, f"failed (exit {code})", "≤ 2 s", False, commands.tail(output))]
        times.append(elapsed)
        cpus.append(cpu)
        peaks.append(peak)
    note = (
        f"median of {len(times)}, {seconds(min(times))}–{seconds(max(times))}; CPU "
        f"{seconds(median(cpus))} ({seconds(min(cpus))}–{seconds(max(cpus))}); load "
        f"{load_before} before, {load()} after; whole process"
    )
    return [
        timed(NAME, median(times), TARGET_S, note + ": start, read, check, backup, write"),
        Figure(
            MEMORY_NAME,
            f"{max(peaks):.0f} MB",
            f"≤ {TARGET_MB:.0f} MB",
            max(peaks) <= TARGET_MB,
            "the largest of the runs (wait4 ru_maxrss)",
        ),
    ]
