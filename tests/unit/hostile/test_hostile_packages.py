"""Hostile county packages: each is refused with its reason, the workspace left as it was.

The packages are built here from a genuine one: re-signed with the site's own key where the
attack is a well-signed but wrong manifest (a period in 2099, a sequence of 10^30), unsigned
or mis-signed where it is tampering, and packed to inflate hugely where it is a zip bomb.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from openpyxl import Workbook, load_workbook
from sqlalchemy import text

from app.cli import main
from app.db.county_models import open_workspace
from app.db.migrate import open_database
from app.domain.periods import Period
from app.exchange.county_import import import_package
from app.exchange.export_package import export_package
from app.exchange.package_format import MANIFEST, SIGNATURE, manifest_bytes, sha256
from app.services import exchange_keys
from app.services.unit_of_work import unit_of_work
from tests.support import DEMO_TODAY, TECH

Members = dict[str, bytes]


class Genuine:
    def __init__(self, members: Members, manifest: dict[str, Any], key: Ed25519PrivateKey):
        self.members, self.manifest, self.key = members, manifest, key


@pytest.fixture(scope="module")
def genuine(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Genuine:
    folder = tmp_path_factory.mktemp("genuine")
    copy = folder / "demo.db"
    shutil.copyfile(demo_file, copy)
    db = open_database(copy)
    try:
        path = export_package(db, TECH, Period.parse("2026Q3"), folder, as_of=DEMO_TODAY).path
        with unit_of_work(db) as session:
            key = exchange_keys.signing_key(session)
    finally:
        db.close()
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members.pop(MANIFEST))
    members.pop(SIGNATURE)
    return Genuine(members, manifest, key)


def pack(
    members: Members,
    manifest: dict[str, Any] | bytes,
    key: Ed25519PrivateKey | None,
    relist: bool = True,
    extra: list[tuple[str, bytes]] = (),  # type: ignore[assignment]
    deflate: bool = False,
) -> bytes:
    """A zip of the members, the manifest (its file list redone when `relist`) and a signature."""
    if isinstance(manifest, dict):
        manifest = json.loads(json.dumps(manifest))
        if relist:
            manifest["files"] = {
                n: {"sha256": sha256(d), "size": len(d), "rows": None} for n, d in members.items()
            }
        raw = manifest_bytes(manifest)
    else:
        raw = manifest
    signature = (key or Ed25519PrivateKey.generate()).sign(raw)
    buffer = io.BytesIO()
    kind = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(buffer, "w", kind) as archive:
        for name, data in [*members.items(), *extra, (MANIFEST, raw), (SIGNATURE, signature)]:
            archive.writestr(name, data)
    return buffer.getvalue()


def workbook(change: Callable[[Any], None], data: bytes) -> bytes:
    book = load_workbook(io.BytesIO(data))
    change(book)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def set_cell(sheet: str, column: str, value: object) -> Callable[[Any], None]:
    def change(book: Any) -> None:
        ws = book[sheet]
        header = [c.value for c in ws[1]]
        if ws.max_row < 2:
            ws.append([None] * len(header))
        ws.cell(2, header.index(column) + 1).value = value

    return change


def drop_column(sheet: str, column: str) -> Callable[[Any], None]:
    def change(book: Any) -> None:
        ws = book[sheet]
        header = [c.value for c in ws[1]]
        ws.delete_cols(header.index(column) + 1)

    return change


def hostile(g: Genuine) -> list[tuple[str, bytes, str]]:
    """(what, package bytes, the reason it must be refused with)."""
    m, members, key = g.manifest, g.members, g.key
    data = members["data.xlsx"]

    def signed(**changes: object) -> bytes:
        return pack(members, {**m, **changes}, key)

    def site(**changes: object) -> bytes:
        return pack(members, {**m, "site": {**m["site"], **changes}}, key)

    def data_with(change: Callable[[Any], None]) -> bytes:
        return pack({**members, "data.xlsx": workbook(change, data)}, m, key)

    only_indicators = Workbook()
    only_indicators.active.title = "inspections"
    only_indicators.active.append(["inspection_id", "date"])
    no_sheet = io.BytesIO()
    only_indicators.save(no_sheet)
    inner_bomb = io.BytesIO()
    with zipfile.ZipFile(inner_bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b" " * (40 * 1024 * 1024))
    listed_extra = pack(members, m, key, extra=[("notes.txt", b"hello")], relist=False)
    return [
        ("empty file", b"", "not_a_zip"),
        ("text file", b"just text, not a zip\n" * 20, "not_a_zip"),
        (
            "zip bomb member",
            pack({**members, "x.bin": bytes(20 * 1024 * 1024)}, m, key, deflate=True),
            "too_large",
        ),
        (
            "too many members",
            pack({**members, **{f"f{i}.txt": b"x" for i in range(20)}}, m, key),
            "too_large",
        ),
        ("path in a member name", pack({**members, "../evil.txt": b"x"}, m, key), "bad_layout"),
        ("absolute member name", pack({**members, "/etc/x": b"x"}, m, key), "bad_layout"),
        ("period in 2099", signed(period="2099Q1"), "future_period"),
        ("quarter 5", signed(period="2026Q5"), "bad_period"),
        ("year 99999", signed(period="99999"), "bad_period"),
        ("period words", signed(period="last quarter"), "bad_period"),
        ("sequence abc", signed(sequence="abc"), "bad_sequence"),
        ("sequence 10^30", signed(sequence=10**30), "bad_sequence"),
        ("sequence 0", signed(sequence=0), "bad_sequence"),
        ("sequence -3", signed(sequence=-3), "bad_sequence"),
        ("sequence true", signed(sequence=True), "bad_sequence"),
        ("sequence 2.5", signed(sequence=2.5), "bad_sequence"),
        ("no site name", site(name=""), "bad_manifest"),
        ("site name a number", site(name=12), "bad_manifest"),
        ("site not an object", signed(site="130903-0001"), "bad_manifest"),
        ("format version 2", signed(format_version=2), "unknown_format"),
        ("manifest not JSON", pack(members, b"{not json", key), "bad_manifest"),
        ("signed by another key", pack(members, m, None), "bad_signature"),
        ("file not in the manifest", listed_extra, "extra_file"),
        ("file of the manifest missing", pack({}, {**m}, key, relist=False), "missing_file"),
        (
            "member changed after signing",
            pack({**members, "data.xlsx": data + b" "}, m, key, relist=False),
            "hash_mismatch",
        ),
        ("no key column", data_with(drop_column("indicators", "key")), "bad_data"),
        (
            "no indicators sheet",
            pack({**members, "data.xlsx": no_sheet.getvalue()}, m, key),
            "bad_data",
        ),
        ("value not a number", data_with(set_cell("indicators", "value", "abc")), "bad_data"),
        ("met is 5", data_with(set_cell("indicators", "met", 5)), "bad_data"),
        (
            "inspection id words",
            data_with(set_cell("inspections", "inspection_id", "x")),
            "bad_data",
        ),
        (
            "inspection id 2^40",
            data_with(set_cell("inspections", "inspection_id", 2**40)),
            "bad_data",
        ),
        (
            "county item number words",
            data_with(set_cell("inspections", "county_item", "the first")),
            "bad_data",
        ),
        (
            "county item number -1",
            data_with(set_cell("inspections", "county_item", -1)),
            "bad_data",
        ),
        ("item done on no date", data_with(set_cell("inspections", "done_on", "soon")), "bad_data"),
        (
            "inspection date text",
            data_with(set_cell("inspections", "date", "tomorrow")),
            "bad_data",
        ),
        (
            "data.xlsx not a workbook",
            pack({**members, "data.xlsx": b"PK\x03\x04junk"}, m, key),
            "bad_data",
        ),
        (
            "data.xlsx inflates hugely",
            pack({**members, "data.xlsx": inner_bomb.getvalue()}, m, key),
            "too_large",
        ),
    ]


def test_at_least_25_hostile_packages(genuine: Genuine) -> None:
    assert len(hostile(genuine)) >= 25


DATA_TABLES = ("county_site", "county_package", "county_indicator", "county_inspection",
               "county_audit_head")  # fmt: skip


def data_rows(place: str) -> dict[str, list[tuple[object, ...]]]:
    """What the workspace holds of the sites (its access log records each attempt, rightly)."""
    workspace = open_workspace(place)
    try:
        with workspace.engine.connect() as con:
            return {t: [tuple(row) for row in con.execute(text(f"SELECT * FROM {t} ORDER BY 1"))]
                    for t in DATA_TABLES}  # fmt: skip
    finally:
        workspace.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def place(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The workspace: a file, or a database on the throw-away server (skipped, saying why,
    where none can run)."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_workspace"))
    return str(tmp_path / "county.db")


def test_each_hostile_package_is_refused_and_nothing_is_written(
    genuine: Genuine,
    place: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HEALTHROOM_NEW_PASSWORD", "county2026")
    monkeypatch.setenv("HEALTHROOM_PASSWORD", "county2026")
    add = ["county", "account", "add", "wang", "--role", "county_admin"]
    assert main([*add, "--workspace", place]) == 0
    workspace = open_workspace(place)
    good = tmp_path / "good.zip"
    good.write_bytes(pack(genuine.members, genuine.manifest, genuine.key, deflate=True))
    assert import_package(workspace, good, accept_new_key=True).status == "imported"
    workspace.close()
    before = data_rows(place)
    wrong = []
    for what, data, reason in hostile(genuine):
        path = tmp_path / "hostile.zip"
        path.write_bytes(data)
        workspace = open_workspace(place)
        try:
            outcome = import_package(workspace, path, accept_new_key=True)
        finally:
            workspace.close()
        if (outcome.status, outcome.reason) != ("rejected", reason):
            wrong.append(f"{what}: {outcome.status} {outcome.reason} {outcome.detail}")
        code = main(["--user", "wang", "county", "import", str(path), "--workspace",
                     place])  # fmt: skip
        err = capsys.readouterr().err
        if code != 1 or "Traceback" in err or "拒绝导入" not in err:
            wrong.append(f"{what} (command line): exit {code}: {err[-200:]}")
    assert not wrong, "\n".join(wrong)
    assert data_rows(place) == before  # not a row of any of them


def test_the_current_quarter_is_accepted_and_the_next_is_not(genuine: Genuine) -> None:
    from app.exchange.package_format import PackageRejected, verify_bytes

    today = dt.date(2026, 11, 16)
    verify_bytes(
        pack(genuine.members, {**genuine.manifest, "period": "2026Q4"}, genuine.key), today
    )
    with pytest.raises(PackageRejected) as refused:
        verify_bytes(
            pack(genuine.members, {**genuine.manifest, "period": "2027Q1"}, genuine.key), today
        )
    assert refused.value.reason == "future_period"
