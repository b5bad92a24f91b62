"""The county-review package: contents, de-identification, signature, failures on the drive."""

from __future__ import annotations

import errno
import io
import json
import random
import shutil
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.db.migrate import Database, open_database
from app.db.models import AuditEntry, Staff
from app.domain.periods import Period
from app.domain.targets import IndicatorKey
from app.exchange import export_package as export_module
from app.exchange.export_package import ExportRefused, export_package
from app.exchange.package_format import PackageRejected, verify_bytes, verify_package
from app.reports.atomic import OutputError
from app.services.unit_of_work import read_only
from tests.support import ADMIN, DEMO_TODAY, TECH

Q3 = Period.parse("2026Q3")


@pytest.fixture(scope="module")
def package_bytes(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """One de-identified package, shared by the tests that only read or damage it."""
    folder = tmp_path_factory.mktemp("package")
    copy = folder / "demo.db"
    shutil.copyfile(demo_file, copy)
    db = open_database(copy)
    try:
        return export_package(db, TECH, Q3, folder, as_of=DEMO_TODAY).path.read_bytes()
    finally:
        db.close()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def roster(db: Database) -> list[tuple[str, str | None, str | None]]:
    with read_only(db) as session:
        return [tuple(r) for r in session.execute(select(Staff.name, Staff.id_number, Staff.phone))]  # type: ignore[misc]


def texts_inside(package: Path) -> list[str]:
    """Every member's text: the zip's raw bytes, the workbook's XML, the PDF's extracted text."""
    out = [package.read_bytes().decode("utf-8", "replace")]
    with zipfile.ZipFile(package) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            out.append(data.decode("utf-8", "replace"))
            if name.endswith(".xlsx"):
                with zipfile.ZipFile(io.BytesIO(data)) as book:
                    out += [book.read(n).decode("utf-8", "replace") for n in book.namelist()]
            if name.endswith(".pdf"):
                out += [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]
    return out


def test_deidentified_package_names_no_one(demo_db: Database, out: Path) -> None:
    result = export_package(demo_db, TECH, Q3, out, as_of=DEMO_TODAY)
    assert result.path.name.endswith("_2026Q3_001.zip")
    verified = verify_package(result.path)
    assert verified.manifest["deidentified"] is True
    assert set(verified.files) == {"data.xlsx", "quarterly_2026Q3.pdf"}
    texts = texts_inside(result.path)
    assert any("季度" in t for t in texts)  # the PDF text was really extracted
    people = roster(demo_db)
    assert len(people) > 100
    for name, id_number, phone in people:
        for secret in (name, id_number, phone):
            if secret:
                assert not any(secret in t for t in texts), secret


def test_manifest_lists_every_file_and_the_audit_head(demo_db: Database, out: Path) -> None:
    result = export_package(demo_db, TECH, Q3, out, as_of=DEMO_TODAY)
    with zipfile.ZipFile(result.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["files"]["data.xlsx"]["size"] == len(archive.read("data.xlsx"))
    assert manifest["site"]["code"] and manifest["period"] == "2026Q3"
    assert manifest["files"]["data.xlsx"]["rows"]["indicators"] == len(IndicatorKey)
    assert len(manifest["audit_head_hash"]) == 64 and len(manifest["public_key"]) == 64
    second = export_package(demo_db, TECH, Q3, out, as_of=DEMO_TODAY)
    assert second.sequence == 2 and second.path.name.endswith("_002.zip")
    assert verify_package(second.path).public_key == manifest["public_key"]  # one key per site


def test_named_export_needs_the_chairs_password(demo_db: Database, out: Path) -> None:
    with pytest.raises(ExportRefused):
        export_package(demo_db, ADMIN, Q3, out, named=True, chair_password="wrong")
    assert list(out.iterdir()) == []
    result = export_package(
        demo_db, ADMIN, Q3, out, named=True, chair_password="demo1234", as_of=DEMO_TODAY
    )
    assert verify_package(result.path).manifest["approved_by"] == "chair"
    name = roster(demo_db)[0][0]
    assert any(name in t for t in texts_inside(result.path))
    with read_only(demo_db) as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.entity == "package"
        assert json.loads(entry.after_json or "{}")["deidentified"] is False


def test_one_flipped_byte_is_rejected_or_changes_nothing_read(package_bytes: bytes) -> None:
    """A flip in what the county reads is refused; a flip in the zip's own bookkeeping that
    zip readers ignore (a member's time, its "made by" system) may pass, as a repacked package
    does, but then every member and the manifest are byte for byte the site's."""
    data = package_bytes
    genuine = verify_bytes(data, DEMO_TODAY)
    chance = random.Random(9)
    ends = [0, 1, len(data) - 1, len(data) - 22, len(data) - 30, len(data) // 2]
    offsets = [*sorted(chance.sample(range(len(data)), 44)), *ends]
    reasons = set()
    passed = 0
    for offset in offsets:
        tampered = bytearray(data)
        tampered[offset] ^= 1 << chance.randrange(8)
        try:
            read = verify_bytes(bytes(tampered), DEMO_TODAY)
        except PackageRejected as caught:
            reasons.add(caught.reason)
            continue
        passed += 1
        assert read.files == genuine.files and read.manifest == genuine.manifest
    assert len(offsets) == 50 and len(reasons) >= 2 and passed <= 5


def test_a_package_packed_another_way_still_verifies(package_bytes: bytes) -> None:
    """Another Python or zlib packs differently: deflated, other order, other times."""
    with zipfile.ZipFile(io.BytesIO(package_bytes)) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as repacked:
        for name, content in reversed(members):
            info = zipfile.ZipInfo(name, (2026, 11, 16, 9, 30, 0))
            repacked.writestr(info, content, compress_type=zipfile.ZIP_DEFLATED)
    read = verify_bytes(buffer.getvalue(), DEMO_TODAY)
    assert read.files == verify_bytes(package_bytes, DEMO_TODAY).files


@pytest.mark.parametrize("keep", [0, 100, 0.5, -1, -22])
def test_truncated_package_is_rejected(package_bytes: bytes, keep: float) -> None:
    data = package_bytes
    cut = int(len(data) * keep) if isinstance(keep, float) else keep
    with pytest.raises(PackageRejected):
        verify_bytes(data[:cut])


@pytest.mark.parametrize("code,reason", [(errno.ENOSPC, "no_space"), (errno.EIO, "io_error")])
def test_a_failing_drive_leaves_no_file(
    demo_db: Database, out: Path, monkeypatch: pytest.MonkeyPatch, code: int, reason: str
) -> None:
    written = []

    def failing(handle: io.BufferedWriter, chunk: bytes) -> None:
        if written:  # the first chunk lands, then the drive is full (or pulled)
            raise OSError(code, "injected")
        handle.write(chunk)
        written.append(len(chunk))

    monkeypatch.setattr(export_module, "CHUNK", 16 * 1024)
    monkeypatch.setattr(export_module, "write_chunk", failing)
    with pytest.raises(OutputError) as caught:
        export_package(demo_db, TECH, Q3, out, as_of=DEMO_TODAY)
    assert caught.value.reason == reason
    assert list(out.iterdir()) == []  # neither the package nor its temporary file
    monkeypatch.undo()
    again = export_package(demo_db, TECH, Q3, out, as_of=DEMO_TODAY)
    assert again.sequence == 1  # the failed one did not use up a number
