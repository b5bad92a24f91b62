"""Site → package → county: the county's figures are the site's own; damaged or re-keyed
packages are refused; re-imports change nothing; newer sequences replace older ones."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import delete

from app.catalogue import Language, word
from app.cli import main
from app.db.county_models import CountyPackage, open_workspace
from app.db.migrate import Database
from app.db.models import Setting
from app.domain.key_fingerprint import fingerprint
from app.domain.periods import Period
from app.domain.targets import IndicatorKey
from app.exchange.county_import import import_package
from app.exchange.export_package import export_package
from app.exchange.package_format import verify_package
from app.services import county
from app.services.exchange_keys import SIGNING_KEY
from app.services.indicators import compute_indicators
from app.services.unit_of_work import unit_of_work
from tests.county_factory import make_package
from tests.county_factory import site as factory_site
from tests.support import COUNTY_PASSWORD, DEMO_TODAY, TECH
from tests.unit.catalogue.raw_codes import raw_codes_in

CJK = re.compile(r"[\u4e00-\u9fff]")

Q3 = Period.parse("2026Q3")


def test_round_trip_keeps_the_sites_figures(demo_db: Database, tmp_path: Path) -> None:
    package = export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path
    workspace = open_workspace(tmp_path / "county.db")
    first = import_package(workspace, package)  # a first key is trusted only when confirmed
    assert first.status == "new_key" and first.public_key
    assert county.site_figures(workspace, "2026Q3") == []
    outcome = import_package(workspace, package, accept_new_key=True)
    assert outcome.status == "imported" and outcome.period == "2026Q3"
    own = compute_indicators(demo_db, TECH, Q3, as_of=DEMO_TODAY, drill=False)
    (site,) = county.site_figures(workspace, "2026Q3")
    assert not site.missing and len(site.figures) == len(own.results) == len(IndicatorKey)
    for result in own.results:
        figure = site.figures[result.key.value]
        assert figure.value == result.value, result.key
        assert figure.numerator == result.numerator and figure.denominator == result.denominator
        assert figure.met == result.met and figure.target == result.target
    (missing,) = county.site_figures(workspace, "2026Q2")
    assert missing.missing  # known site, no package for the period
    (inspected,) = county.site_inspections(workspace, 2026)
    assert len(inspected.inspections) >= 1
    workspace.close()


def test_reimport_replace_and_changed_key(demo_db: Database, tmp_path: Path) -> None:
    first = export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path
    second = export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path
    workspace = open_workspace(tmp_path / "county.db")
    assert import_package(workspace, first, accept_new_key=True).status == "imported"
    assert import_package(workspace, first).status == "unchanged"
    replaced = import_package(workspace, second)
    assert replaced.status == "replaced" and replaced.reason == "1"
    assert import_package(workspace, first).status == "older"
    (site,) = county.site_figures(workspace, "2026Q3")
    assert site.sequence == 2 and site.note == "replaced:1"
    with workspace.sessions() as session:
        assert session.query(CountyPackage).count() == 1
    with unit_of_work(demo_db) as session:  # the site's key is lost: a new one is made
        session.execute(delete(Setting).where(Setting.key == SIGNING_KEY))
    rekeyed = export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path
    assert import_package(workspace, rekeyed).status == "key_changed"
    assert county.site_figures(workspace, "2026Q3")[0].sequence == 2
    assert import_package(workspace, rekeyed, accept_new_key=True).status == "replaced"
    workspace.close()


def test_damaged_package_is_rejected_before_any_row(demo_db: Database, tmp_path: Path) -> None:
    package = export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path
    data = bytearray(package.read_bytes())
    data[len(data) // 3] ^= 0x40
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    cut = tmp_path / "cut.zip"
    cut.write_bytes(package.read_bytes()[:5000])
    workspace = open_workspace(tmp_path / "county.db")
    for path in (damaged, cut):
        outcome = import_package(workspace, path)
        assert outcome.status == "rejected" and outcome.reason
    assert county.site_figures(workspace, "2026Q3") == []  # not even the site was recorded
    workspace.close()


def test_county_cli_import_and_report(
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    package = export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path
    bad = tmp_path / "bad.zip"
    bad.write_bytes(package.read_bytes()[:-10])
    ws = tmp_path / "county.db"
    monkeypatch.setenv("HEALTHROOM_NEW_PASSWORD", COUNTY_PASSWORD)
    monkeypatch.setenv("HEALTHROOM_PASSWORD", COUNTY_PASSWORD)
    first = ["county", "account", "add", "wang", "--role", "county_admin", "--workspace", str(ws)]
    assert main(first) == 0
    user = ["--user", "wang"]
    capsys.readouterr()
    assert main([*user, "county", "import", str(package), "--workspace", str(ws)]) == 1
    assert fingerprint(verify_package(package).public_key) in capsys.readouterr().err
    assert main([*user, "county", "import", str(package), "--workspace", str(ws),
                 "--accept-new-key"]) == 0  # fmt: skip
    assert main([*user, "county", "import", str(bad), "--workspace", str(ws)]) == 1
    pdf, xlsx = tmp_path / "county.pdf", tmp_path / "county.xlsx"
    args = [*user, "county", "report", "--year", "2026", "--workspace", str(ws), "-o", str(pdf)]
    assert main([*args, "--xlsx", str(xlsx)]) == 0
    text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    assert "县级汇总" in text and "未报送" in text  # Q1, Q2, Q4 have no package
    assert xlsx.stat().st_size > 0


def test_export_cli_writes_the_package(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    code = main(["--db", str(demo_db.path), "--user", "tech", "export", "--period", "2026Q3",
                 "-o", str(out), "--as-of", DEMO_TODAY.isoformat()])  # fmt: skip
    assert code == 0
    (written,) = out.iterdir()
    assert written.name.endswith("_2026Q3_001.zip")
    assert written.stat().st_size > 1000


def test_a_site_whose_audit_trail_went_back_is_flagged(
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Packages declare their audit chain's length and head; a later package with a shorter
    chain (the register rolled back to an old copy, or its newest entries deleted) is
    imported — it is genuine — but flagged."""
    import shutil

    from app.db.migrate import open_database

    live = tmp_path / "live.db"
    shutil.copyfile(demo_file, live)
    db = open_database(live)
    q2 = export_package(db, TECH, Period.parse("2026Q2"), tmp_path, as_of=DEMO_TODAY).path
    q3 = export_package(db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path  # a longer chain
    with unit_of_work(db) as session:
        key = session.get(Setting, SIGNING_KEY)
        assert key is not None
        key_hex = key.value
    db.close()
    rolled_back = tmp_path / "old-copy.db"  # an old copy put back in place of the register
    shutil.copyfile(demo_file, rolled_back)
    db = open_database(rolled_back)
    with unit_of_work(db) as session:  # with the site's key, as the register had it then
        session.merge(Setting(key=SIGNING_KEY, value=key_hex))
    q1 = export_package(db, TECH, Period.parse("2026Q1"), tmp_path, as_of=DEMO_TODAY).path
    db.close()
    workspace = tmp_path / "county.db"
    monkeypatch.setenv("HEALTHROOM_NEW_PASSWORD", COUNTY_PASSWORD)
    monkeypatch.setenv("HEALTHROOM_PASSWORD", COUNTY_PASSWORD)
    add = ["county", "account", "add", "wang", "--role", "county_admin"]
    assert main([*add, "--workspace", str(workspace)]) == 0
    user = ["--user", "wang"]
    for package in (q2, q3):
        assert main([*user, "county", "import", str(package), "--workspace", str(workspace),
                     "--accept-new-key"]) == 0  # fmt: skip
    assert "warning" not in capsys.readouterr().err
    assert main(["--lang", "zh", *user, "county", "import", str(q1), "--workspace",
                 str(workspace)]) == 0  # fmt: skip
    assert "审计记录比以前的数据包少或被改写" in capsys.readouterr().err


def _workbook(package: Path) -> Any:
    from openpyxl import load_workbook

    with zipfile.ZipFile(package) as archive:
        return load_workbook(io.BytesIO(archive.read("data.xlsx")))


@pytest.mark.parametrize("language", list(Language))
def test_the_package_workbook_is_worded_and_still_read_by_its_codes(
    demo_db: Database, tmp_path: Path, language: Language
) -> None:
    package = export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY, language=language).path
    book = _workbook(package)
    shown = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
    hidden = {ws.title for ws in book.worksheets if ws.sheet_state == "hidden"}
    assert hidden == {"indicators", "inspections"}  # what the county reads, by its codes
    assert len(shown) >= 10
    texts = []
    for ws in shown:
        texts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            texts += [str(v) for v in row if isinstance(v, str)]
    headers = [str(c.value) for ws in shown for c in ws[1]]
    if language is Language.ZH:  # in Chinese a code stands out: any one found is a fault
        assert not raw_codes_in(texts), raw_codes_in(texts)
        assert all(CJK.search(h) for h in headers), headers
    else:  # English words can look like codes ("date"); keys cannot ("site_code")
        assert not any(CJK.search(h) or "_" in h for h in headers), headers
    figures = shown[1]
    rates = {
        str(r[0].value): r[1] for r in figures.iter_rows(min_row=2) if isinstance(r[1].value, float)
    }
    usage = word(IndicatorKey.USAGE_RATE, language)
    assert rates[usage].number_format == "0.0%"  # 56.9 %, never 0.569491525
    workspace = open_workspace(tmp_path / "county.db")
    assert import_package(workspace, package, accept_new_key=True).status == "imported"
    (site,) = county.site_figures(workspace, "2026Q3")
    assert len(site.figures) == len(IndicatorKey)
    workspace.close()


def test_a_package_written_before_the_workbook_was_worded_still_imports(tmp_path: Path) -> None:
    """Packages with the code sheets only, visible (as the earlier version wrote them)."""
    fake = factory_site(7)
    package = make_package(tmp_path, fake, Q3, good=True)
    assert {ws.title for ws in _workbook(package).worksheets} == {"indicators", "inspections"}
    workspace = open_workspace(tmp_path / "county.db")
    assert import_package(workspace, package, accept_new_key=True).status == "imported"
    (site,) = county.site_figures(workspace, "2026Q3")
    assert len(site.figures) == len(IndicatorKey) and all(
        f.met is not False for f in site.figures.values()
    )
    (inspected,) = county.site_inspections(workspace, 2026)
    assert len(inspected.inspections) == 2
    workspace.close()
