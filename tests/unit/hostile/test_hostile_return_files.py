"""Hostile county return files: each is refused with its reason before the site's register is
touched, on the command line with a message and exit 1, never a traceback.

They are built here from a genuine one: re-signed with the county's own key where the attack
is a well-signed but wrong manifest or content (a sequence of 10^30, a score of NaN, an item
due before its inspection), unsigned or mis-signed where it is tampering, and packed to
inflate hugely where it is a zip bomb.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.cli import main
from app.db.migrate import Database
from app.exchange.package_format import MANIFEST, SIGNATURE, PackageRejected, sha256
from app.exchange.review_result import (
    CONTENT,
    KIND,
    ReturnInspection,
    ReturnItem,
    content_bytes,
    read_bytes,
    return_bytes,
)
from app.services.site_profile import get_profile
from tests.unit.hostile.test_hostile_packages import pack

NOW = dt.datetime(2026, 11, 16, 9, 0)
KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
INSPECTION = ReturnInspection(
    7, dt.date(2026, 10, 20), "county_union", "县总工会", "消毒记录不全", 86.0,
    (ReturnItem(11, "补全消毒记录", dt.date(2026, 11, 10), "open", None),),
)  # fmt: skip


def genuine(code: str) -> tuple[dict[str, bytes], dict[str, Any]]:
    data = return_bytes(KEY, (code, "单位"), 3, NOW, content_bytes((INSPECTION,), (), None), "1")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members.pop(MANIFEST))
    members.pop(SIGNATURE)
    return members, manifest


def hostile(code: str) -> list[tuple[str, bytes, str]]:
    """(what, file bytes, the reason it must be refused with)."""
    members, m = genuine(code)
    content = json.loads(members[CONTENT])

    def signed(**changes: object) -> bytes:
        return pack(members, {**m, **changes}, KEY)

    def raw(data: bytes) -> bytes:
        return pack({**members, CONTENT: data}, m, KEY)

    def body(**changes: object) -> bytes:
        return raw(json.dumps({**content, **changes}).encode())

    def inspection(**changes: object) -> bytes:
        return body(inspections=[{**content["inspections"][0], **changes}])

    def item(**changes: object) -> bytes:
        first = content["inspections"][0]
        return inspection(items=[{**first["items"][0], **changes}])

    many = [{**content["inspections"][0], "ref": n, "items": []} for n in range(1, 1002)]
    deep = b"[" * 100_000 + b"]" * 100_000
    return [
        ("empty file", b"", "not_a_zip"),
        ("text file", b"not a zip at all\n" * 10, "not_a_zip"),
        (
            "zip bomb member",
            pack({**members, "x.bin": bytes(20 * 1024 * 1024)}, m, KEY, deflate=True),
            "too_large",
        ),
        ("path in a member name", pack({**members, "../x": b"1"}, m, KEY), "bad_layout"),
        ("signed by another key", pack(members, m, None), "bad_signature"),
        ("manifest not JSON", pack(members, b"{nope", KEY), "bad_manifest"),
        ("a site's package manifest", signed(kind="site_package"), "wrong_kind"),
        ("no kind", pack(members, {k: v for k, v in m.items() if k != "kind"}, KEY), "wrong_kind"),
        ("sequence 10^30", signed(sequence=10**30), "bad_sequence"),
        ("sequence 0", signed(sequence=0), "bad_sequence"),
        ("sequence text", signed(sequence="3"), "bad_sequence"),
        ("made in 2099", signed(created_at="2099-01-01T00:00:00"), "bad_time"),
        ("made at no time", signed(created_at="yesterday"), "bad_time"),
        ("no site name", signed(site={"code": code, "name": ""}), "bad_manifest"),
        ("format version 2", signed(format_version=2), "unknown_format"),
        ("no content file", pack({}, m, KEY), "missing_file"),
        (
            "content changed after signing",
            pack({CONTENT: members[CONTENT] + b" "}, m, KEY, relist=False),
            "hash_mismatch",
        ),
        ("content not JSON", raw(b"{inspections"), "bad_data"),
        ("content not UTF-8", raw(b"\xff\xfe\x00"), "bad_data"),
        ("content a list", raw(b"[]"), "bad_data"),
        ("nested 100,000 deep", raw(deep), "bad_data"),
        ("a 5,000-digit number", raw(b'{"inspections": ' + b"9" * 5000 + b"}"), "bad_data"),
        ("inspections not a list", body(inspections={"a": 1}), "bad_data"),
        ("1,001 inspections", body(inspections=many), "bad_data"),
        ("inspection ref text", inspection(ref="7"), "bad_data"),
        ("inspection ref 2^40", inspection(ref=2**40), "bad_data"),
        ("inspection ref true", inspection(ref=True), "bad_data"),
        ("the same inspection twice", body(inspections=content["inspections"] * 2), "bad_data"),
        ("month 13", inspection(inspected_on="2026-13-01"), "bad_data"),
        ("year 9999", inspection(inspected_on="9999-01-01"), "bad_data"),
        ("date a number", inspection(inspected_on=20261020), "bad_data"),
        ("unknown body", inspection(body="police"), "bad_data"),
        ("score 101", inspection(score=101), "bad_data"),
        ("score NaN", raw(members[CONTENT].replace(b'"score": 86.0', b'"score": NaN')), "bad_data"),
        ("score text", inspection(score="86"), "bad_data"),
        ("no inspectors", inspection(inspectors="  "), "bad_data"),
        ("findings of 10,000 characters", inspection(findings="问" * 10_000), "bad_data"),
        ("control characters", inspection(findings="ok\x00\x1b[2J"), "bad_data"),
        ("items not a list", inspection(items="补全"), "bad_data"),
        ("item status closed", item(status="closed"), "bad_data"),
        ("deadline before the inspection", item(deadline="2026-01-01"), "bad_data"),
        ("item without text", item(description=""), "bad_data"),
        (
            "comment period words",
            body(comments=[{"period": "last", "sequence": 1, "text": "x", "by": ""}]),
            "bad_data",
        ),
        (
            "commendation reason unknown",
            body(commendation={"year": 2026, "reasons": ["bribe"]}),
            "bad_data",
        ),
    ]


def test_at_least_40_hostile_return_files(demo_db: Database) -> None:
    profile = get_profile(demo_db)
    assert profile is not None
    assert len(hostile(profile.site_code)) >= 40


def register_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        return {
            t: con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("inspection", "rectification_item", "setting")
        }
    finally:
        con.close()


def test_each_hostile_return_file_is_refused_and_nothing_is_written(
    demo_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    profile = get_profile(demo_db)
    assert profile is not None
    cases = hostile(profile.site_code)
    members, manifest = genuine(profile.site_code)
    read_bytes(pack(members, manifest, KEY), NOW)  # the genuine one is accepted
    demo_db.close()
    path = Path(str(demo_db.path))
    before = register_rows(path)
    monkeypatch.setenv("HEALTHROOM_PASSWORD", "demo1234")
    wrong = []
    for what, data, reason in cases:
        try:
            read_bytes(data, NOW)
            wrong.append(f"{what}: accepted")
        except PackageRejected as error:
            if error.reason != reason:
                wrong.append(f"{what}: {error.reason} {error.detail}")
        file = tmp_path / "hostile.hrr"
        file.write_bytes(data)
        code = main(["--db", str(path), "--user", "admin", "import", "review-result", str(file),
                     "--accept-new-key"])  # fmt: skip
        err = capsys.readouterr().err
        if code != 1 or "Traceback" in err or "拒绝导入" not in err:
            wrong.append(f"{what} (command line): exit {code}: {err[-200:]}")
    assert not wrong, "\n".join(wrong)
    assert register_rows(path) == before


def test_hash_of_the_genuine_file_is_stable() -> None:
    """The same records make the same bytes (a re-made file is recognised as the same)."""
    one = return_bytes(KEY, ("X", "单位"), 1, NOW, content_bytes((INSPECTION,), (), None), "1")
    two = return_bytes(KEY, ("X", "单位"), 1, NOW, content_bytes((INSPECTION,), (), None), "1")
    assert (
        sha256(one) == sha256(two)
        and json.loads(zipfile.ZipFile(io.BytesIO(one)).read(MANIFEST))["kind"] == KIND
    )
