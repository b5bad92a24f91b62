"""Site packages made without a site register: many sites, many periods, in seconds.

Each is a real signed package in the format `export_package` writes (canonical zip, manifest
and its Ed25519 signature, `data.xlsx` with the indicators and inspections sheets the county
reads), with figures drawn from a seeded generator — for the concurrency tests and the county
benchmark, where exporting thousands of packages from real registers would take hours.

The workbook is written once by the program's own writer as a template; each package then
gets its rows put into the template's sheets (well under a millisecond instead of tens), so
the benchmark's 16,000 packages are made in a minute or two.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import random
import re
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.domain.periods import Period
from app.domain.targets import DEFAULT_TARGETS, IndicatorKey, TargetKind
from app.exchange.package_format import (
    FORMAT_VERSION,
    MANIFEST,
    SIGNATURE,
    canonical_zip,
    manifest_bytes,
    sha256,
)
from app.reports.xlsx.workbook import Cell, Sheet, write_workbook


@dataclass(frozen=True)
class FakeSite:
    code: str
    name: str
    county: str
    seed: int

    @property
    def key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(
            hashlib.sha256(f"site-key-{self.seed}".encode()).digest()
        )


def site(number: int, county: str = "运河区") -> FakeSite:
    return FakeSite(f"130903-{number:04d}", f"第{number}号职工健康生活室", county, number)


def indicator_rows(rng: random.Random, good: bool = False) -> list[list[Cell]]:
    """Random figures; `good`: every indicator met."""
    rows: list[list[Cell]] = []
    for key in IndicatorKey:
        target = DEFAULT_TARGETS[key]
        if target.kind is TargetKind.RATE:
            denominator = float(rng.randint(1 if good else 0, 400))
            least = int(denominator) if good else 0
            numerator = float(rng.randint(least, int(denominator))) if denominator else 0.0
            value = numerator / denominator if denominator else None
            met = None if value is None else int(value >= target.value)
        else:
            numerator, denominator = float(rng.randint(int(target.value) if good else 0, 6)), None
            value = numerator
            met = int(value >= target.value)
        rows.append([key.value, value, numerator, denominator, target.value, met, 0])
    return rows


def inspection_rows(rng: random.Random, period: Period, good: bool = False) -> list[list[Cell]]:
    """Random inspections; `good`: two, passed, their items done."""
    rows: list[list[Cell]] = []
    year = period.year_period
    if good:
        for number, month in ((1, 3), (2, 9)):
            day = dt.date(period.year, month, 10)
            rows.append([number, day, "县总工会", "良好", 92.0, "补全消毒记录",
                         day + dt.timedelta(days=30), "done"])  # fmt: skip
        return rows
    for number in range(rng.randint(0, 2)):
        days = (period.last_day - year.first_day).days
        day = year.first_day + dt.timedelta(days=rng.randint(0, days))
        rows.append([number + 1, day, "县总工会", "消毒记录不全", float(rng.randint(60, 100)),
                     "补全消毒记录", day + dt.timedelta(days=30), "open"])  # fmt: skip
    return rows


INDICATOR_COLUMNS = ["key", "value", "numerator", "denominator", "target", "met", "in_progress"]
INSPECTION_COLUMNS = ["inspection_id", "date", "inspectors", "findings", "score",
                      "rectification", "deadline", "status"]  # fmt: skip
SHEET_DATA = re.compile(rb"<sheetData>.*</sheetData>|<sheetData\s*/>", re.S)


@functools.cache
def _template() -> tuple[tuple[tuple[str, bytes], ...], int]:
    """The members of a workbook the program's writer made with both sheets, and the style
    number it gave dates."""
    sheets = [
        Sheet("indicators", INDICATOR_COLUMNS, []),
        Sheet("inspections", INSPECTION_COLUMNS, [[1, dt.date(2025, 1, 1)] + [None] * 6]),
    ]
    with tempfile.TemporaryDirectory() as scratch:
        data = write_workbook(Path(scratch) / "data.xlsx", sheets).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = tuple((info.filename, archive.read(info)) for info in archive.infolist())
    found = re.search(rb'<c r="B2" s="(\d+)"', dict(members)["xl/worksheets/sheet2.xml"])
    assert found is not None, "the template's date cell has no style"
    return members, int(found.group(1))


def _sheet_data(header: Sequence[str], rows: Sequence[Sequence[Cell]], date_style: int) -> bytes:
    def cell(ref: str, value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, dt.date):
            serial = (value - dt.date(1899, 12, 30)).days
            return f'<c r="{ref}" s="{date_style}"><v>{serial}</v></c>'
        if isinstance(value, int | float) and not isinstance(value, bool):
            return f'<c r="{ref}" t="n"><v>{value!r}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'

    lines = []
    for number, values in enumerate([list(header), *rows], start=1):
        # Fewer than 26 columns: the column letter is one letter.
        cells = "".join(cell(f"{chr(65 + i)}{number}", v) for i, v in enumerate(values))
        lines.append(f'<row r="{number}">{cells}</row>')
    return f"<sheetData>{''.join(lines)}</sheetData>".encode()


def workbook_bytes(
    indicators: Sequence[Sequence[Cell]], inspections: Sequence[Sequence[Cell]]
) -> bytes:
    """data.xlsx with these rows, made from the template."""
    members, date_style = _template()
    filled = {
        "xl/worksheets/sheet1.xml": _sheet_data(INDICATOR_COLUMNS, indicators, date_style),
        "xl/worksheets/sheet2.xml": _sheet_data(INSPECTION_COLUMNS, inspections, date_style),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            if name in filled:
                head, tail = SHEET_DATA.split(data, maxsplit=1)
                data = head + filled[name] + tail
            archive.writestr(name, data)
    return buffer.getvalue()


def make_package(
    folder: Path, fake: FakeSite, period: Period, sequence: int = 1, good: bool = False
) -> Path:
    rng = random.Random(f"{fake.seed}-{period.code}-{sequence}")
    workbook = workbook_bytes(indicator_rows(rng, good), inspection_rows(rng, period, good))
    key = fake.key
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    manifest: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "site": {"code": fake.code, "name": fake.name, "county": fake.county},
        "period": period.code,
        "sequence": sequence,
        "created_at": f"{period.last_day.isoformat()}T18:00:{sequence % 60:02d}",
        "deidentified": True,
        "public_key": public,
        "files": {"data.xlsx": {"sha256": sha256(workbook), "size": len(workbook), "rows": None}},
    }
    raw = manifest_bytes(manifest)
    data = canonical_zip([("data.xlsx", workbook), (MANIFEST, raw), (SIGNATURE, key.sign(raw))])
    path = Path(folder) / f"{fake.code}_{period.code}_{sequence}.zip"
    path.write_bytes(data)
    return path


def quarters(first: str, count: int) -> list[Period]:
    period = Period.parse(first)
    out = [period]
    while len(out) < count:
        out.append(out[-1].next())
    return out
