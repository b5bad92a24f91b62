"""The county workspace's own records and its file: inspections with rectification items,
the access log, pinned key fingerprints, and no mixing of a workspace with a site register."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from app.db.county_models import WorkspaceError, file_is_workspace, open_workspace
from app.db.migrate import Database
from app.domain.key_fingerprint import fingerprint
from app.domain.periods import Period
from app.exchange.county_import import import_package
from app.exchange.export_package import export_package
from app.exchange.package_format import sha256, verify_package
from app.services import county, exchange_keys, export_records, login
from app.services.county import InspectionError, InspectionInput, ItemInput
from app.services.demo.generator import demo_profile
from app.services.site_profile import save_profile
from app.services.unit_of_work import read_only
from tests.support import CHAIR, COUNTY_REVIEWER, DEMO_TODAY, TECH

Q3 = Period.parse("2026Q3")


def test_the_signing_key_is_made_with_the_site(db: Database, tmp_path: Path) -> None:
    with read_only(db) as session:
        assert exchange_keys.stored_public_key(session) is None
    save_profile(db, CHAIR, demo_profile())  # site setup: the key is there before any export
    with read_only(db) as session:
        public = exchange_keys.stored_public_key(session)
    assert public is not None
    shown = export_records.key_fingerprint(db, TECH)
    assert shown == fingerprint(public) and len(shown.replace("-", "")) == 16
    save_profile(db, CHAIR, demo_profile())  # editing the profile keeps the key
    with read_only(db) as session:
        assert exchange_keys.stored_public_key(session) == public


def test_the_demo_site_has_its_key_and_exports_are_recorded(
    demo_db: Database, tmp_path: Path
) -> None:
    before = export_records.key_fingerprint(demo_db, TECH)
    assert before is not None  # made by the demo's site setup, not by an export
    assert export_records.list_exports(demo_db, TECH) == []
    result = export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY)
    package = verify_package(result.path)
    assert fingerprint(package.public_key) == before
    (row,) = export_records.list_exports(demo_db, TECH)
    assert (row.site_code, row.period, row.sequence) == ("130903-0001", "2026Q3", 1)
    assert row.deidentified and row.username == "tech" and row.file_name == result.path.name
    assert row.sha256 == sha256(result.path.read_bytes()) and row.size == result.size


def test_inspections_are_validated_saved_and_edited(demo_db: Database, tmp_path: Path) -> None:
    package = export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path
    workspace = open_workspace(tmp_path / "county.db")
    assert import_package(workspace, package, accept_new_key=True).status == "imported"
    code = "130903-0001"
    day = dt.date(2026, 10, 20)
    base = InspectionInput(code, day, "王督查", "消毒记录不全", 88.0,
                           (ItemInput("补全消毒记录", dt.date(2026, 11, 20)),))  # fmt: skip
    for bad, where in (
        (InspectionInput(code, day, "  ", "", None), ("inspectors", "missing")),
        (InspectionInput(code, day, "王", "", 101.0), ("score", "out_of_range")),
        (InspectionInput(code, day, "王", "", None, (ItemInput(" ", None),)), ("item", "missing")),
        (
            InspectionInput(code, day, "王", "", None, (ItemInput("x", dt.date(2026, 1, 1)),)),
            ("deadline", "before_inspection"),
        ),
        (InspectionInput("NOPE", day, "王", "", None), ("site", "unknown_site")),
    ):
        with pytest.raises(InspectionError) as refused:
            county.save_inspection(workspace, COUNTY_REVIEWER, bad)
        assert (refused.value.field, refused.value.code) == where
    review = county.save_inspection(workspace, COUNTY_REVIEWER, base)
    (site,) = county.site_inspections(workspace, 2026)
    own = [i for i in site.inspections if i.source == "county"]
    assert len(own) == 1 and own[0].review_id == review
    assert own[0].items == (county.ItemState("补全消毒记录", dt.date(2026, 11, 20), "open"),)
    reported = [i for i in site.inspections if i.source == "site"]
    assert reported and day not in [i.inspected_on for i in reported]
    assert len(site.inspections) == len(own) + len(reported) and not site.too_few
    (item,) = county.get_inspection(workspace, review).items
    done = InspectionInput(code, day, "王督查", "已整改", 92.0,
                           (ItemInput("补全消毒记录", dt.date(2026, 11, 20), "done",
                                      item.item_id),))  # fmt: skip
    ticked_at = dt.datetime(2026, 11, 25, 9, 30)  # the workspace's clock, not the computer's
    assert county.save_inspection(workspace, COUNTY_REVIEWER, done, review, ticked_at) == review
    assert county.get_inspection(workspace, review) == done  # the item kept its number
    (site,) = county.site_inspections(workspace, 2026)
    (ticked,) = next(i for i in site.inspections if i.source == "county").items
    assert ticked.closed_by == "county" and ticked.done_on == ticked_at.date()
    (site,) = county.site_inspections(workspace, 2025)
    assert site.too_few and site.inspections == ()
    log = county.access_log(workspace, COUNTY_REVIEWER)
    assert [(r.reviewer, r.action) for r in log][:2] == [("li", "inspection")] * 2
    (listed,) = county.site_list(workspace)
    assert listed.fingerprint == export_records.key_fingerprint(demo_db, TECH)
    assert listed.packages == 1 and listed.last_period == "2026Q3"
    workspace.close()


def test_a_site_register_and_a_workspace_are_never_mixed(demo_file: Path, tmp_path: Path) -> None:
    site = tmp_path / "site.db"
    shutil.copyfile(demo_file, site)
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(site)
    assert refused.value.reason == "site_database"
    encrypted = tmp_path / "room.db"
    session, _key = login.create_encrypted(encrypted, "chair", "secret123")
    session.db.close()
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(encrypted)
    assert refused.value.reason == "site_database"
    other = tmp_path / "notes.txt"
    other.write_text("not a database at all")
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(other)
    assert refused.value.reason == "not_a_workspace"
    workspace = tmp_path / "county.db"
    open_workspace(workspace).close()
    assert file_is_workspace(workspace) and not file_is_workspace(site)
    with pytest.raises(login.CountyWorkspaceFile):
        login.open_checked(workspace)  # would have migrated site tables into it
    open_workspace(workspace).close()  # still a workspace
