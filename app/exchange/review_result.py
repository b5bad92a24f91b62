"""The county's review-result file for one site (县级反馈文件), carried back on a USB stick:
the inspections the county recorded of the site with their rectification items, its comments
on the site's packages and the year's commendation verdict.

The same signed layout as the site's package (`package_format`): a canonical zip of
`review.json`, `manifest.json` and the manifest's Ed25519 signature, made with the county
workspace's own key. The manifest says `kind: review_result`, the site it is for, a sequence
number that grows with every file made for that site (an older file is refused at the site:
replaying an old file cannot undo a newer one) and the time it was made.

Everything is checked before the site's register is touched: the zip's limits, the signature,
every manifest field, and every value of `review.json` (types, lengths, dates, counts).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.catalogue.codes import CommendationReason
from app.exchange.package_format import (
    FORMAT_VERSION,
    MANIFEST,
    MAX_SEQUENCE,
    SIGNATURE,
    PackageRejected,
    VerifiedPackage,
    canonical_zip,
    manifest_bytes,
    read_regular_file,
    sha256,
    text_field,
    verify_signed,
)

KIND = "review_result"
CONTENT = "review.json"
SUFFIX = ".hrr"  # 健康小屋 review result: not a .zip, so nobody sends it as a site's package
MAX_FILE_BYTES = 16 * 1024 * 1024  # a county's records of one site: kilobytes in practice
MAX_INSPECTIONS = 1000
MAX_ITEMS = 100  # per inspection
MAX_COMMENTS = 200
MAX_TEXT = 2000  # as the site's own inspection texts
MAX_REF = 2**31 - 1
STATUSES = ("open", "done")
BODIES = ("county_union", "city_union")
COMMENDATION_REASONS = tuple(r.value for r in CommendationReason)  # why not shortlisted
_PERIOD = re.compile(r"^\d{4}(Q[1-4]|-\d{2})?$")


@dataclass(frozen=True)
class ReturnItem:
    ref: int  # the county's id of the item: the site keeps it, its package sends it back
    description: str
    deadline: dt.date | None
    status: str  # open, done (the county found it put right)
    done_on: dt.date | None


@dataclass(frozen=True)
class ReturnInspection:
    ref: int
    inspected_on: dt.date
    body: str  # county_union, city_union
    inspectors: str
    findings: str
    score: float | None
    items: tuple[ReturnItem, ...]


@dataclass(frozen=True)
class ReturnComment:
    period: str  # the package commented on
    sequence: int
    text: str
    by: str


@dataclass(frozen=True)
class ReturnCommendation:
    year: int
    reasons: tuple[CommendationReason, ...]  # empty: on the county's commendation shortlist

    @property
    def shortlisted(self) -> bool:
        return not self.reasons


@dataclass(frozen=True)
class ReviewResult:
    site_code: str
    site_name: str
    sequence: int
    created_at: dt.datetime
    public_key: str  # hex: the county's key, pinned by the site on its first import
    sha256: str  # of the whole file: the same file applied twice is recognised
    inspections: tuple[ReturnInspection, ...]
    comments: tuple[ReturnComment, ...]
    commendation: ReturnCommendation | None


# --- writing ------------------------------------------------------------------------------------


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def content_bytes(
    inspections: tuple[ReturnInspection, ...],
    comments: tuple[ReturnComment, ...],
    commendation: ReturnCommendation | None,
) -> bytes:
    data = {
        "inspections": [
            {"ref": i.ref, "inspected_on": i.inspected_on.isoformat(), "body": i.body,
             "inspectors": i.inspectors, "findings": i.findings, "score": i.score,
             "items": [{"ref": t.ref, "description": t.description, "deadline": _iso(t.deadline),
                        "status": t.status, "done_on": _iso(t.done_on)} for t in i.items]}
            for i in inspections
        ],
        "comments": [
            {"period": c.period, "sequence": c.sequence, "text": c.text, "by": c.by}
            for c in comments
        ],
        "commendation": None if commendation is None else
        {"year": commendation.year, "reasons": list(commendation.reasons)},
    }  # fmt: skip
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def return_bytes(
    key: Ed25519PrivateKey,
    site: tuple[str, str],
    sequence: int,
    created_at: dt.datetime,
    content: bytes,
    app_version: str,
) -> bytes:
    """The signed file's bytes (`site`: code and name)."""
    manifest = {
        "format_version": FORMAT_VERSION,
        "kind": KIND,
        "app_version": app_version,
        "site": {"code": site[0], "name": site[1]},
        "sequence": sequence,
        "created_at": created_at.replace(microsecond=0).isoformat(),
        "public_key": key.public_key().public_bytes_raw().hex(),
        "files": {CONTENT: {"sha256": sha256(content), "size": len(content)}},
    }
    raw = manifest_bytes(manifest)
    return canonical_zip([(CONTENT, content), (MANIFEST, raw), (SIGNATURE, key.sign(raw))])


def return_name(site_code: str, sequence: int) -> str:
    return f"{site_code}_review_{sequence:03d}{SUFFIX}"


# --- reading ------------------------------------------------------------------------------------


def _check_manifest(manifest: dict[str, Any], now: dt.datetime) -> None:
    kind = manifest.get("kind")
    if kind != KIND:
        raise PackageRejected("wrong_kind", str(kind)[:40])
    site = manifest.get("site")
    if not isinstance(site, dict):
        raise PackageRejected("bad_manifest", "site")
    text_field(site.get("code"), "site.code", 32)
    text_field(site.get("name"), "site.name", 200)
    sequence = manifest.get("sequence")
    if type(sequence) is not int or not 1 <= sequence <= MAX_SEQUENCE:
        raise PackageRejected("bad_sequence", repr(sequence)[:40])
    made = _time(manifest.get("created_at"), "created_at")
    if made > now + dt.timedelta(days=1):  # a day's grace for clocks set a little wrong
        raise PackageRejected("bad_time", made.isoformat())


def _time(value: object, where: str) -> dt.datetime:
    try:
        made = dt.datetime.fromisoformat(str(value)[:40])
    except ValueError as error:
        raise PackageRejected("bad_time", f"{where}: {str(value)[:40]!r}") from error
    return made.replace(tzinfo=None)


def _day(value: object, where: str, optional: bool = True) -> dt.date | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) != 10:
        raise PackageRejected("bad_data", f"{where}: {str(value)[:40]!r}")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError as error:
        raise PackageRejected("bad_data", f"{where}: {value!r}") from error
    if not 1900 <= day.year <= 2200:
        raise PackageRejected("bad_data", f"{where}: {value!r}")
    return day


def _str(value: object, where: str, longest: int = MAX_TEXT, required: bool = False) -> str:
    if not isinstance(value, str) or len(value) > longest or (required and not value.strip()):
        raise PackageRejected("bad_data", f"{where}: {str(value)[:40]!r}")
    if any(ord(c) < 32 and c not in "\n\t" for c in value):
        raise PackageRejected("bad_data", f"{where}: control characters")
    return value


def _ref(value: object, where: str) -> int:
    if type(value) is not int or not 1 <= value <= MAX_REF:
        raise PackageRejected("bad_data", f"{where}: {str(value)[:40]!r}")
    return value


def _list(value: object, where: str, longest: int) -> list[Any]:
    if not isinstance(value, list) or len(value) > longest:
        raise PackageRejected("bad_data", f"{where}: not a list of at most {longest}")
    return value


def _object(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PackageRejected("bad_data", f"{where}: not an object")
    return value


def _item(raw: object, where: str, inspected_on: dt.date) -> ReturnItem:
    data = _object(raw, where)
    status = data.get("status")
    if status not in STATUSES:
        raise PackageRejected("bad_data", f"{where}.status: {str(status)[:20]!r}")
    deadline = _day(data.get("deadline"), f"{where}.deadline")
    if deadline is not None and deadline < inspected_on:
        raise PackageRejected("bad_data", f"{where}.deadline: before the inspection")
    return ReturnItem(
        _ref(data.get("ref"), f"{where}.ref"),
        _str(data.get("description"), f"{where}.description", required=True).strip(),
        deadline, str(status), _day(data.get("done_on"), f"{where}.done_on"),
    )  # fmt: skip


def _inspection(raw: object, where: str) -> ReturnInspection:
    data = _object(raw, where)
    on = _day(data.get("inspected_on"), f"{where}.inspected_on", optional=False)
    assert on is not None
    body = data.get("body")
    if body not in BODIES:
        raise PackageRejected("bad_data", f"{where}.body: {str(body)[:30]!r}")
    score = data.get("score")
    if score is not None and (
        type(score) not in (int, float) or not 0 <= score <= 100  # NaN fails the range too
    ):
        raise PackageRejected("bad_data", f"{where}.score: {str(score)[:20]!r}")
    items = tuple(
        _item(item, f"{where}.items[{n}]", on)
        for n, item in enumerate(_list(data.get("items"), f"{where}.items", MAX_ITEMS))
    )
    return ReturnInspection(
        _ref(data.get("ref"), f"{where}.ref"), on, str(body),
        _str(data.get("inspectors"), f"{where}.inspectors", 300, required=True).strip(),
        _str(data.get("findings"), f"{where}.findings"),
        None if score is None else float(score), items,
    )  # fmt: skip


def _comment(raw: object, where: str) -> ReturnComment:
    data = _object(raw, where)
    period = _str(data.get("period"), f"{where}.period", 7)
    if not _PERIOD.match(period):
        raise PackageRejected("bad_data", f"{where}.period: {period!r}")
    sequence = data.get("sequence")
    if type(sequence) is not int or not 1 <= sequence <= MAX_SEQUENCE:
        raise PackageRejected("bad_data", f"{where}.sequence")
    return ReturnComment(
        period, sequence, _str(data.get("text"), f"{where}.text", required=True),
        _str(data.get("by"), f"{where}.by", 100),
    )  # fmt: skip


def _commendation(raw: object) -> ReturnCommendation | None:
    if raw is None:
        return None
    data = _object(raw, "commendation")
    year = data.get("year")
    if type(year) is not int or not 1900 <= year <= 2200:
        raise PackageRejected("bad_data", "commendation.year")
    reasons = _list(data.get("reasons"), "commendation.reasons", len(COMMENDATION_REASONS))
    if any(r not in COMMENDATION_REASONS for r in reasons):
        raise PackageRejected("bad_data", "commendation.reasons")
    return ReturnCommendation(year, tuple(CommendationReason(r) for r in reasons))


def parse_content(package: VerifiedPackage) -> ReviewResult:
    raw = package.files.get(CONTENT)
    if raw is None:
        raise PackageRejected("missing_file", CONTENT)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError) as error:
        raise PackageRejected("bad_data", f"{CONTENT}: {error}"[:120]) from error
    data = _object(data, CONTENT)
    inspections = tuple(
        _inspection(i, f"inspections[{n}]")
        for n, i in enumerate(_list(data.get("inspections"), "inspections", MAX_INSPECTIONS))
    )
    refs = [i.ref for i in inspections]
    item_refs = [t.ref for i in inspections for t in i.items]
    if len(set(refs)) != len(refs) or len(set(item_refs)) != len(item_refs):
        raise PackageRejected("bad_data", "the same record twice")
    comments = tuple(
        _comment(c, f"comments[{n}]")
        for n, c in enumerate(_list(data.get("comments"), "comments", MAX_COMMENTS))
    )
    manifest = package.manifest
    return ReviewResult(
        str(manifest["site"]["code"]), str(manifest["site"]["name"]), int(manifest["sequence"]),
        _time(manifest["created_at"], "created_at"), package.public_key, package.sha256,
        inspections, comments, _commendation(data.get("commendation")),
    )  # fmt: skip


def read_bytes(data: bytes, now: dt.datetime | None = None) -> ReviewResult:
    """Verify and read a return file's bytes; PackageRejected says why it cannot be trusted."""
    when = now or dt.datetime.now()
    package = verify_signed(data, lambda manifest: _check_manifest(manifest, when))
    return parse_content(package)


def read_return_file(path: Path, now: dt.datetime | None = None) -> ReviewResult:
    return read_bytes(read_regular_file(path, MAX_FILE_BYTES), now)
