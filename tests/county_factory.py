"""Site packages made without a site register: many sites, many periods, in seconds.

Each is a real signed package in the format `export_package` writes (canonical zip, manifest
and its Ed25519 signature, `data.xlsx` with the indicators and inspections sheets the county
reads), with figures drawn from a seeded generator — for the concurrency tests and the county
benchmark, where exporting thousands of packages from real registers would take hours.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


def make_package(
    folder: Path, fake: FakeSite, period: Period, sequence: int = 1, good: bool = False
) -> Path:
    rng = random.Random(f"{fake.seed}-{period.code}-{sequence}")
    sheets = [
        Sheet("indicators",
              ["key", "value", "numerator", "denominator", "target", "met", "in_progress"],
              indicator_rows(rng, good)),
        Sheet("inspections", ["inspection_id", "date", "inspectors", "findings", "score",
                              "rectification", "deadline", "status"],
              inspection_rows(rng, period, good)),
    ]  # fmt: skip
    with tempfile.TemporaryDirectory() as scratch:
        workbook = write_workbook(Path(scratch) / "data.xlsx", sheets).read_bytes()
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
