"""County → site → county: the county records an inspection with two rectification items, its
signed return file brings them into the site's register, the site closes one, and its next
package shows the county one closed (on the site's day) and one open — on a SQLite workspace
and on a PostgreSQL one. Replays, older files, other sites' files and changed keys are refused;
the county's records stay the county's at the site."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.catalogue.language import Language
from app.db.county_models import Workspace, open_workspace
from app.db.migrate import Database
from app.domain.key_fingerprint import fingerprint
from app.domain.periods import Period
from app.exchange import review_import
from app.exchange.county_import import import_package
from app.exchange.county_return import key_fingerprint, write_return_file
from app.exchange.export_package import export_package
from app.exchange.package_format import PackageRejected
from app.exchange.review_result import ReviewResult, read_return_file
from app.services import county, county_dataset, county_summary, inspections
from app.services.county import InspectionInput, ItemInput
from app.services.inspections import InspectionError
from tests.support import ADMIN, COUNTY_ADMIN, COUNTY_REVIEWER, DEMO_TODAY, TECH

Q3, Q4 = Period.parse("2026Q3"), Period.parse("2026Q4")
VISIT = dt.date(2026, 10, 20)
FIRST_DEADLINE, SECOND_DEADLINE = dt.date(2026, 11, 10), dt.date(2026, 12, 31)
NOW = dt.datetime(2026, 11, 16, 9, 30)


@pytest.fixture(params=["sqlite", "postgresql"])
def workspace(request: pytest.FixtureRequest, tmp_path: Path) -> Workspace:
    if request.param == "sqlite":
        place: Path | str = tmp_path / "county.db"
    else:
        place = request.getfixturevalue("pg_workspace")
    opened = open_workspace(place)
    request.addfinalizer(opened.close)
    return opened


def county_visit(workspace: Workspace, code: str) -> int:
    return county.save_inspection(
        workspace, COUNTY_REVIEWER,
        InspectionInput(code, VISIT, "县总工会 李审核", "消毒记录不全；血压计未校准", 86.0,
                        (ItemInput("补全十月消毒记录", FIRST_DEADLINE),
                         ItemInput("血压计送检校准", SECOND_DEADLINE))),
    )  # fmt: skip


def site_code(db: Database) -> str:
    from app.services.site_profile import get_profile

    profile = get_profile(db)
    assert profile is not None
    return profile.site_code


def test_county_to_site_and_back(demo_db: Database, workspace: Workspace, tmp_path: Path) -> None:
    code = site_code(demo_db)
    first = export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path
    assert import_package(workspace, first, accept_new_key=True).status == "imported"
    review_id = county_visit(workspace, code)
    county.set_comment(workspace, COUNTY_REVIEWER, code, "2026Q3", "讲座签到表请附照片")

    written = write_return_file(workspace, COUNTY_REVIEWER, code, tmp_path, 2026, NOW)
    assert written.sequence == 1 and written.inspections == 1 and written.items == 2
    assert written.fingerprint == key_fingerprint(workspace)
    result = read_return_file(written.path, NOW)

    # The county's first file: the key is pinned only once confirmed (the preview shows it).
    preview = review_import.check_review(demo_db, ADMIN, result, today=DEMO_TODAY)
    assert preview.status == review_import.NEW_KEY and preview.fingerprint == written.fingerprint
    assert (preview.changes.added, preview.changes.items_added) == (1, 2)
    assert review_import.apply_review(demo_db, ADMIN, result).status == review_import.NEW_KEY
    assert not any(i.from_county for i in inspections.list_inspections(demo_db, ADMIN))
    applied = review_import.apply_review(demo_db, ADMIN, result, accept_new_key=True)
    assert applied.status == review_import.APPLIED and applied.changes.added == 1
    assert review_import.pinned_fingerprint(demo_db) == written.fingerprint
    feedback = review_import.last_feedback(demo_db, ADMIN)
    assert feedback is not None and feedback.comments == (("2026Q3", "讲座签到表请附照片"),)
    assert feedback.commendation_year == 2026

    (received,) = [i for i in inspections.list_inspections(demo_db, ADMIN) if i.from_county]
    assert received.inspected_on == VISIT and received.score == 86.0
    assert [i.description for i in received.items] == ["补全十月消毒记录", "血压计送检校准"]
    # The county's record is the county's: the site closes its items, nothing else.
    with pytest.raises(InspectionError) as refused:
        inspections.delete_inspection(demo_db, ADMIN, received.id)
    assert refused.value.code == "from_county"
    with pytest.raises(InspectionError):
        inspections.update_inspection(
            demo_db, ADMIN, received.id,
            inspections.InspectionInput(VISIT, received.body, "someone else"),
            today=DEMO_TODAY,
        )  # fmt: skip
    stale = export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path  # still open
    done = dt.date(2026, 11, 5)
    inspections.close_item(demo_db, ADMIN, received.items[0].id, done, "已补全", today=DEMO_TODAY)

    # The same file again changes nothing.
    again = review_import.apply_review(demo_db, ADMIN, result)
    assert again.status == review_import.UNCHANGED

    # The site's next package carries the closure back.
    second = export_package(demo_db, TECH, Q4, tmp_path, as_of=DEMO_TODAY).path
    assert import_package(workspace, second).status == "imported"
    (site,) = county.site_inspections(workspace, 2026)
    own = [i for i in site.inspections if i.source == county.SOURCE_COUNTY]
    assert len(own) == 1 and own[0].review_id == review_id
    closed, still_open = own[0].items
    assert (closed.status, closed.done_on, closed.closed_by) == ("done", done, "site")
    assert still_open.status == "open" and still_open.done_on is None
    assert closed.closed_on_time()
    # The county's records carried back are not counted again as the site's own.
    assert not any(i.inspectors == "县总工会 李审核" for i in site.inspections if i is not own[0])

    # A package made before the closure, imported after, does not undo it.
    assert import_package(workspace, stale).status == "replaced"
    assert county.site_inspections(workspace, 2026)[0].inspections == site.inspections

    # The next return file shows the site the county's view; the first one is now refused.
    newer = write_return_file(workspace, COUNTY_REVIEWER, code, tmp_path, 2026, NOW)
    assert newer.sequence == 2 and newer.open_items == 1
    applied = review_import.apply_review(demo_db, ADMIN, read_return_file(newer.path, NOW))
    assert applied.status == review_import.APPLIED and not applied.changes.any
    older = review_import.apply_review(demo_db, ADMIN, result)
    assert older.status == review_import.OLDER and older.last_sequence == 2
    (received,) = [i for i in inspections.list_inspections(demo_db, ADMIN) if i.from_county]
    assert received.items[0].done_on == done and received.items[0].done_note == "已补全"


def test_closed_late_keeps_a_site_off_the_shortlist(demo_db: Database, tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "county.db")
    code = site_code(demo_db)
    package = export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path
    import_package(workspace, package, accept_new_key=True)
    county_visit(workspace, code)
    written = write_return_file(workspace, COUNTY_REVIEWER, code, tmp_path, 2026, NOW)
    review_import.apply_review(
        demo_db, ADMIN, read_return_file(written.path, NOW), accept_new_key=True
    )
    (received,) = [i for i in inspections.list_inspections(demo_db, ADMIN) if i.from_county]
    late = FIRST_DEADLINE + dt.timedelta(days=3)
    inspections.close_item(demo_db, ADMIN, received.items[0].id, late, "补全", today=DEMO_TODAY)
    import_package(workspace, export_package(demo_db, TECH, Q4, tmp_path, as_of=DEMO_TODAY).path)
    (verdict,) = county_dataset.commendations(workspace, 2026, DEMO_TODAY)
    assert county_summary.LATE_ITEM in verdict.reasons
    # The site reopens it (a closure recorded by mistake): the county sees it open again.
    inspections.reopen_item(demo_db, ADMIN, received.items[0].id)
    import_package(workspace, export_package(demo_db, TECH, Q4, tmp_path, as_of=DEMO_TODAY).path)
    (site,) = county.site_inspections(workspace, 2026)
    own = next(i for i in site.inspections if i.source == county.SOURCE_COUNTY)
    assert own.items[0].status == "open" and own.items[0].done_on is None
    workspace.close()


def test_county_edits_keep_item_numbers_and_removals_reach_the_site(
    demo_db: Database, tmp_path: Path
) -> None:
    workspace = open_workspace(tmp_path / "county.db")
    code = site_code(demo_db)
    import_package(
        workspace, export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path, True
    )
    review_id = county_visit(workspace, code)
    before = county.get_inspection(workspace, review_id)
    first_file = write_return_file(workspace, COUNTY_REVIEWER, code, tmp_path, now=NOW)
    review_import.apply_review(
        demo_db, ADMIN, read_return_file(first_file.path, NOW), accept_new_key=True
    )
    # The reviewer rewords the first item and drops the second: the first keeps its number.
    edited = InspectionInput(
        code, VISIT, before.inspectors, before.findings, 90.0,
        (ItemInput("补全十月、十一月消毒记录", FIRST_DEADLINE, item_id=before.items[0].item_id),),
    )  # fmt: skip
    county.save_inspection(workspace, COUNTY_REVIEWER, edited, review_id)
    after = county.get_inspection(workspace, review_id)
    assert [i.item_id for i in after.items] == [before.items[0].item_id]
    second = write_return_file(workspace, COUNTY_REVIEWER, code, tmp_path, now=NOW)
    outcome = review_import.apply_review(demo_db, ADMIN, read_return_file(second.path, NOW))
    assert outcome.changes.updated == 1 and outcome.changes.items_removed == 1
    (received,) = [i for i in inspections.list_inspections(demo_db, ADMIN) if i.from_county]
    assert received.score == 90.0
    assert [i.description for i in received.items] == ["补全十月、十一月消毒记录"]
    # The county deletes its record: the site's copy goes with the next file.
    county.delete_inspection(workspace, COUNTY_REVIEWER, review_id)
    third = write_return_file(workspace, COUNTY_REVIEWER, code, tmp_path, now=NOW)
    outcome = review_import.apply_review(demo_db, ADMIN, read_return_file(third.path, NOW))
    assert outcome.changes.removed == 1
    assert not any(i.from_county for i in inspections.list_inspections(demo_db, ADMIN))
    workspace.close()


def test_other_sites_files_and_changed_keys_are_refused(demo_db: Database, tmp_path: Path) -> None:
    from sqlalchemy import delete

    from app.db.county_models import CountyMeta, CountySite

    workspace = open_workspace(tmp_path / "county.db")
    code = site_code(demo_db)
    import_package(
        workspace, export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path, True
    )
    county_visit(workspace, code)
    written = write_return_file(workspace, COUNTY_REVIEWER, code, tmp_path, now=NOW)
    review_import.apply_review(
        demo_db, ADMIN, read_return_file(written.path, NOW), accept_new_key=True
    )
    # The workspace's key is lost (a new workspace): the site refuses until it confirms.
    with workspace.writers() as session, session.begin():
        session.execute(delete(CountyMeta).where(CountyMeta.key == "return.signing_key"))
    rekeyed = write_return_file(workspace, COUNTY_REVIEWER, code, tmp_path, now=NOW)
    result = read_return_file(rekeyed.path, NOW)
    refused = review_import.apply_review(demo_db, ADMIN, result)
    assert refused.status == review_import.KEY_CHANGED
    assert refused.fingerprint == rekeyed.fingerprint != written.fingerprint
    assert review_import.apply_review(demo_db, ADMIN, result, True).status == "applied"
    # Another site's file.
    with workspace.writers() as session, session.begin():
        site = session.get(CountySite, code)
        assert site is not None
        session.add(CountySite(code="999999-0001", name="别的单位", county="", public_key="00",
                               pinned_at=site.pinned_at))  # fmt: skip
    other = write_return_file(workspace, COUNTY_REVIEWER, "999999-0001", tmp_path, now=NOW)
    outcome = review_import.apply_review(demo_db, ADMIN, read_return_file(other.path, NOW), True)
    assert outcome.status == review_import.WRONG_SITE
    # A site's package is not a return file, nor the other way round.
    package = export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path
    with pytest.raises(PackageRejected) as wrong:
        read_return_file(package, NOW)
    assert wrong.value.reason == "wrong_kind"
    assert import_package(workspace, written.path).reason == "wrong_kind"
    # A technician may carry the file but not change the inspection register.
    from app.services.actor import PermissionDenied

    with pytest.raises(PermissionDenied):
        review_import.apply_review(demo_db, TECH, result)
    workspace.close()


def test_the_county_key_rotates_old_files_stay_valid_until_retired(
    demo_db: Database, tmp_path: Path
) -> None:
    """The county moves to a new key: the site trusts it once confirmed, beside the old one
    (whose later files still apply); replays under either key, a file made before the newest
    applied, an unknown key and a retired key are refused; each change of trust is audited."""
    from sqlalchemy import delete, select

    from app.db.county_models import CountyMeta
    from app.exchange import county_keys
    from app.services import audit_log

    workspace = open_workspace(tmp_path / "county.db")
    code = site_code(demo_db)
    package = export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path
    import_package(workspace, package, True)
    county_visit(workspace, code)

    def signing_key() -> str:
        with workspace.sessions() as session:
            return str(session.scalar(select(CountyMeta.value).where(
                CountyMeta.key == "return.signing_key")))  # fmt: skip

    def use_key(private_hex: str | None) -> None:
        with workspace.writers() as session, session.begin():
            session.execute(delete(CountyMeta).where(CountyMeta.key == "return.signing_key"))
            if private_hex is not None:
                session.add(CountyMeta(key="return.signing_key", value=private_hex))

    def made(at: dt.datetime) -> ReviewResult:
        folder = tmp_path / at.strftime("%d%H")
        folder.mkdir()
        return read_return_file(
            write_return_file(workspace, COUNTY_REVIEWER, code, folder, 2026, at).path, at
        )

    def apply(result: ReviewResult, confirm: bool = False) -> str:
        return review_import.apply_review(demo_db, ADMIN, result, confirm, DEMO_TODAY).status

    first = made(NOW)
    assert apply(first, confirm=True) == "applied"
    old_key, old_fp = signing_key(), fingerprint(first.public_key)
    use_key(None)  # a new PC at the county: a new key
    rotated = made(NOW + dt.timedelta(days=1))
    new_fp = fingerprint(rotated.public_key)
    assert apply(rotated) == review_import.KEY_CHANGED  # not trusted until confirmed
    assert apply(rotated, confirm=True) == "applied"
    keys = county_keys.county_keys(demo_db)
    assert [k.fingerprint for k in keys] == [
        old_fp,
        new_fp,
    ]
    assert all(k.trusted for k in keys) and keys[1].added_on == DEMO_TODAY.isoformat()
    assert old_fp != new_fp
    assert review_import.pinned_fingerprint(demo_db) == new_fp
    # Replays: each key's own file again changes nothing, whichever key signed it.
    assert apply(first) == review_import.UNCHANGED
    assert apply(rotated) == review_import.UNCHANGED
    # The old key still signs a later file (the old PC, used once more): it applies.
    new_key = signing_key()
    use_key(old_key)
    later_old = made(NOW + dt.timedelta(days=2))
    assert fingerprint(later_old.public_key) == old_fp and apply(later_old) == "applied"
    # A file of the new key made before the newest one applied is refused as older.
    use_key(new_key)
    stale = made(NOW + dt.timedelta(hours=30))
    assert fingerprint(stale.public_key) == new_fp
    assert apply(stale, confirm=True) == review_import.OLDER
    # A key nobody confirmed is refused; confirming adds it, it does not replace the others.
    use_key(None)
    unknown = made(NOW + dt.timedelta(days=3))
    assert apply(unknown) == review_import.KEY_CHANGED
    assert len(county_keys.county_keys(demo_db)) == 2
    # The old key retired: its files are refused, even when the user would confirm them.
    retired = county_keys.retire_key(demo_db, ADMIN, old_fp, DEMO_TODAY)
    assert retired.retired_on == DEMO_TODAY.isoformat() and not retired.trusted
    use_key(old_key)
    after_retiring = made(NOW + dt.timedelta(days=4))
    assert apply(after_retiring, confirm=True) == review_import.RETIRED_KEY
    preview = review_import.check_review(demo_db, ADMIN, after_retiring, True, DEMO_TODAY)
    assert preview.status == review_import.RETIRED_KEY
    with pytest.raises(county_keys.KeyNotFound):  # retired already
        county_keys.retire_key(demo_db, ADMIN, old_fp, DEMO_TODAY)
    from app.services.actor import PermissionDenied

    with pytest.raises(PermissionDenied):  # a technician may not change whom the site trusts
        county_keys.retire_key(demo_db, TECH, new_fp, DEMO_TODAY)
    entries = audit_log.list_entries(demo_db, ADMIN)
    trail = [(r.action.value, r.entity_id) for r in entries if r.entity == "county_key"]
    assert trail == [("update", old_fp), ("create", new_fp), ("create", old_fp)]
    workspace.close()


def test_a_new_county_key_made_at_the_county_reaches_the_site(
    demo_db: Database, workspace: Workspace, tmp_path: Path
) -> None:
    """A county administrator makes a new key (a reviewer may not): logged with both
    fingerprints; return files are signed with it from then on; the site still applies the
    old key's files it holds, asks for the new key's fingerprint before its first file, and
    refuses the old key's files once it retires it."""
    from app.exchange import county_keys
    from app.exchange.county_return import make_new_key
    from app.services.county_accounts import CountyPermissionDenied

    code = site_code(demo_db)
    package = export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path
    assert import_package(workspace, package, accept_new_key=True).status == "imported"
    county_visit(workspace, code)

    def made(at: dt.datetime) -> ReviewResult:
        folder = tmp_path / at.strftime("%d%H")
        folder.mkdir()
        written = write_return_file(workspace, COUNTY_REVIEWER, code, folder, 2026, at)
        return read_return_file(written.path, at)

    def apply(result: ReviewResult, confirm: bool = False) -> str:
        return review_import.apply_review(demo_db, ADMIN, result, confirm, DEMO_TODAY).status

    first = made(NOW)
    old_fp = fingerprint(first.public_key)
    assert apply(first, confirm=True) == review_import.APPLIED
    held = made(NOW + dt.timedelta(days=1))  # the old key's file, still on the USB stick
    with pytest.raises(CountyPermissionDenied):
        make_new_key(workspace, COUNTY_REVIEWER)
    assert key_fingerprint(workspace) == old_fp
    key = make_new_key(workspace, COUNTY_ADMIN)
    assert key.old == old_fp and key.new != old_fp and key_fingerprint(workspace) == key.new
    logged = county.access_log(workspace, COUNTY_ADMIN)[0]
    assert (logged.action, logged.reviewer) == ("new_key", COUNTY_ADMIN.username)
    for language in Language:  # both fingerprints, said in the reader's language
        assert old_fp in logged.said(language) and key.new in logged.said(language)
    rotated = made(NOW + dt.timedelta(days=2))
    assert fingerprint(rotated.public_key) == key.new
    # The site: the old key's file still applies; the new key's waits for its fingerprint.
    assert apply(held) == review_import.APPLIED
    preview = review_import.check_review(demo_db, ADMIN, rotated, today=DEMO_TODAY)
    assert preview.status == review_import.KEY_CHANGED and preview.fingerprint == key.new
    assert apply(rotated) == review_import.KEY_CHANGED
    assert apply(rotated, confirm=True) == review_import.APPLIED
    assert [k.fingerprint for k in county_keys.county_keys(demo_db)] == [old_fp, key.new]
    county_keys.retire_key(demo_db, ADMIN, old_fp, DEMO_TODAY)
    assert apply(held, confirm=True) == review_import.RETIRED_KEY
    assert apply(made(NOW + dt.timedelta(days=3))) == review_import.APPLIED  # the new key's


def test_a_register_from_before_the_key_list_keeps_its_one_key(
    demo_db: Database, tmp_path: Path
) -> None:
    """A site that pinned one key before the list: that key stays trusted and its applied
    file still counts against replays."""
    from app.db.models import Setting
    from app.exchange import county_keys
    from app.services.unit_of_work import unit_of_work

    workspace = open_workspace(tmp_path / "county.db")
    code = site_code(demo_db)
    import_package(workspace, export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path,
                   True)  # fmt: skip
    county_visit(workspace, code)
    result = read_return_file(write_return_file(workspace, COUNTY_REVIEWER, code, tmp_path,
                                                now=NOW).path, NOW)  # fmt: skip
    assert review_import.apply_review(demo_db, ADMIN, result, True).status == "applied"
    with unit_of_work(demo_db) as session:  # as an earlier version stored it
        listed = session.get(Setting, county_keys.COUNTY_KEYS)
        assert listed is not None
        session.delete(listed)
        county_keys.put_setting(session, county_keys.SINGLE_KEY, result.public_key)
    (key,) = county_keys.county_keys(demo_db)
    assert key.trusted and key.public_key == result.public_key and key.last_sequence == 1
    assert review_import.apply_review(demo_db, ADMIN, result).status == review_import.UNCHANGED
    workspace.close()


def test_command_lines_both_ways(
    demo_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.cli import main

    code = site_code(demo_db)
    package = export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path
    place = str(tmp_path / "county.db")
    monkeypatch.setenv("HEALTHROOM_NEW_PASSWORD", "county2026")
    monkeypatch.setenv("HEALTHROOM_PASSWORD", "county2026")
    assert main(["county", "account", "add", "wang", "--role", "county_admin",
                 "--workspace", place]) == 0  # fmt: skip
    signed_in = ["--lang", "zh", "--user", "wang", "county"]
    assert main([*signed_in, "import", str(package), "--accept-new-key",
                 "--workspace", place]) == 0  # fmt: skip
    workspace = open_workspace(Path(place))
    county_visit(workspace, code)
    workspace.close()
    capsys.readouterr()
    assert main([*signed_in, "comment", "--site", code, "--period", "2026Q3", "请补签到照片",
                 "--workspace", place]) == 0  # fmt: skip
    assert main([*signed_in, "return", "--site", "nobody", "--workspace", place,
                 "-o", str(tmp_path)]) == 1  # fmt: skip
    assert "没有这个单位" in capsys.readouterr().err
    assert main([*signed_in, "return", "--site", code, "--workspace", place,
                 "-o", str(tmp_path)]) == 0  # fmt: skip
    out = capsys.readouterr().out
    (made,) = tmp_path.glob("*.hrr")
    workspace = open_workspace(Path(place))
    county_fingerprint = key_fingerprint(workspace)
    log = county.access_log(workspace, COUNTY_ADMIN)
    workspace.close()
    assert county_fingerprint and county_fingerprint in out and "巡检 1 次" in out

    monkeypatch.setenv("HEALTHROOM_PASSWORD", "demo1234")
    site = ["--lang", "zh", "--db", str(demo_db.path), "--user", "admin", "import",
            "review-result", str(made)]  # fmt: skip
    demo_db.close()
    assert main(site) == 1  # the county's first file: the fingerprint is checked first
    err = capsys.readouterr().err
    assert county_fingerprint in err and "--accept-new-key" in err
    assert main([*site, "--accept-new-key", "--dry-run"]) == 0
    assert "未写入" in capsys.readouterr().out
    assert main([*site, "--accept-new-key"]) == 0
    assert "巡检：新增 1" in capsys.readouterr().out
    assert main(site) == 0
    assert "已导入过" in capsys.readouterr().out
    tech = ["--lang", "zh", "--db", str(demo_db.path), "--user", "tech", "import",
            "review-result", str(made)]  # fmt: skip
    assert main(tech) == 1
    assert "无权" in capsys.readouterr().err
    assert {(e.action, e.channel) for e in log} >= {("return", "cli"), ("comment", "cli")}


def test_a_site_cannot_close_another_sites_item(demo_db: Database, tmp_path: Path) -> None:
    """A package of site B naming site A's item as done changes nothing of A's item."""
    import tempfile
    from typing import Any

    from app.exchange.package_format import (
        FORMAT_VERSION,
        MANIFEST,
        SIGNATURE,
        canonical_zip,
        manifest_bytes,
        sha256,
    )  # fmt: skip
    from app.reports.xlsx.workbook import Sheet, write_workbook
    from tests.county_factory import indicator_rows, site

    workspace = open_workspace(tmp_path / "county.db")
    code = site_code(demo_db)
    import_package(
        workspace, export_package(demo_db, TECH, Q3, tmp_path, as_of=DEMO_TODAY).path, True
    )
    review_id = county_visit(workspace, code)
    item_id = county.get_inspection(workspace, review_id).items[0].item_id
    other = site(7)
    import random

    sheets = [
        Sheet("indicators",
              ["key", "value", "numerator", "denominator", "target", "met", "in_progress"],
              indicator_rows(random.Random(1))),
        Sheet("inspections",
              ["inspection_id", "date", "inspectors", "findings", "score", "rectification",
               "deadline", "status", "body", "responsible", "done_on", "done_note",
               "county_item", "county_inspection"],
              [[1, VISIT, "县总工会", "", 90.0, "补全十月消毒记录", FIRST_DEADLINE, "done",
                "county_union", "", dt.date(2026, 11, 1), "冒充", item_id, review_id]]),
    ]  # fmt: skip
    with tempfile.TemporaryDirectory() as scratch:
        workbook = write_workbook(Path(scratch) / "data.xlsx", sheets).read_bytes()
    manifest: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "site": {"code": other.code, "name": other.name, "county": other.county},
        "period": "2026Q4", "sequence": 1, "created_at": "2026-11-16T10:00:00",
        "deidentified": True, "public_key": other.key.public_key().public_bytes_raw().hex(),
        "files": {"data.xlsx": {"sha256": sha256(workbook), "size": len(workbook)}},
    }  # fmt: skip
    raw = manifest_bytes(manifest)
    forged = tmp_path / "other.zip"
    forged.write_bytes(
        canonical_zip([("data.xlsx", workbook), (MANIFEST, raw), (SIGNATURE, other.key.sign(raw))])
    )
    assert import_package(workspace, forged, accept_new_key=True).status == "imported"
    own = county.get_inspection(workspace, review_id)
    assert own.items[0].status == "open"
    workspace.close()
