"""County accounts: the first administrator, reviewers, Argon2id sign-in with lockout, roles,
and an access log of every action — the window's and the command line's — on both engines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.catalogue.language import Language
from app.cli import main
from app.db.county_models import CountyAccount, Workspace, open_workspace
from app.domain.county_roles import CountyAction, CountyRole
from app.services import county, county_accounts
from app.services.accounts import AccountDisabled, AccountError, AccountLocked, BadCredentials
from app.services.county_accounts import CountyPermissionDenied
from tests.county_factory import make_package, quarters, site
from tests.support import COUNTY_PASSWORD

T0 = dt.datetime(2026, 12, 6, 9, 0)


@pytest.fixture(params=["sqlite", "postgresql"])
def workspace(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workspace]:
    place = (
        str(request.getfixturevalue("pg_workspace"))
        if request.param == "postgresql"
        else tmp_path / "county.db"
    )
    opened = open_workspace(place)
    yield opened
    opened.close()


def test_first_admin_then_reviewers_sign_in_within_their_roles(workspace: Workspace) -> None:
    assert not county_accounts.has_accounts(workspace)
    admin = county_accounts.create_first_admin(workspace, "wang", COUNTY_PASSWORD, "王管理")
    assert admin.role is CountyRole.ADMIN and county_accounts.has_accounts(workspace)
    with pytest.raises(AccountError) as again:
        county_accounts.create_first_admin(workspace, "zhao", COUNTY_PASSWORD)
    assert again.value.code == "accounts_exist"
    county_accounts.add_account(workspace, admin, "li", CountyRole.REVIEWER, COUNTY_PASSWORD)
    with pytest.raises(AccountError) as taken:
        county_accounts.add_account(workspace, admin, "li", CountyRole.REVIEWER, COUNTY_PASSWORD)
    assert taken.value.code == "username_taken"
    with pytest.raises(AccountError) as weak:
        county_accounts.add_account(workspace, admin, "zhou", CountyRole.REVIEWER, "12345678")
    assert weak.value.code == "too_simple"
    li = county_accounts.sign_in(workspace, "li", COUNTY_PASSWORD)
    assert li.role is CountyRole.REVIEWER and li.display_name == "li"
    for action in (CountyAction.IMPORT, CountyAction.RECORD_INSPECTION, CountyAction.PRINT,
                   CountyAction.EXPORT_RETURN):  # fmt: skip
        assert li.may(action) and admin.may(action)
    for action in (CountyAction.MANAGE_ACCOUNTS, CountyAction.ACCEPT_NEW_KEY,
                   CountyAction.READ_ACCESS_LOG):  # fmt: skip
        assert not li.may(action) and admin.may(action)
    with pytest.raises(CountyPermissionDenied):
        county_accounts.add_account(workspace, li, "zhou", CountyRole.ADMIN, COUNTY_PASSWORD)
    with pytest.raises(CountyPermissionDenied):
        county_accounts.list_accounts(workspace, li)
    names = [(r.username, r.role) for r in county_accounts.list_accounts(workspace, admin)]
    assert names == [("li", CountyRole.REVIEWER), ("wang", CountyRole.ADMIN)]
    # The log: the administrator reads everyone's; a reviewer only their own.
    everyone = county.access_log(workspace, admin)
    assert {r.reviewer for r in everyone} == {"wang", "li"}
    assert {r.reviewer for r in county.access_log(workspace, li)} == {"li"}


def test_lockout_and_the_same_answer_for_an_unknown_name(workspace: Workspace) -> None:
    admin = county_accounts.create_first_admin(workspace, "wang", COUNTY_PASSWORD)
    county_accounts.add_account(workspace, admin, "li", CountyRole.REVIEWER, COUNTY_PASSWORD)
    clock = iter(T0 + dt.timedelta(seconds=n) for n in range(100))
    for _ in range(4):
        with pytest.raises(BadCredentials) as wrong:
            county_accounts.sign_in(workspace, "li", "wrong-pass1", now=lambda: next(clock))
        assert wrong.value.remaining is None  # nothing says the name exists
    with pytest.raises(BadCredentials) as unknown:
        county_accounts.sign_in(workspace, "nobody", "wrong-pass1")
    assert str(unknown.value) == str(wrong.value) and unknown.value.remaining is None
    with pytest.raises(AccountLocked) as locked:  # the fifth wrong password locks
        county_accounts.sign_in(workspace, "li", "wrong-pass1", now=lambda: T0)
    until = locked.value.until
    with pytest.raises(AccountLocked):  # the right password does not open a locked account
        county_accounts.sign_in(workspace, "li", COUNTY_PASSWORD, now=lambda: T0)
    later = until + dt.timedelta(seconds=1)
    assert county_accounts.sign_in(workspace, "li", COUNTY_PASSWORD, now=lambda: later)
    with workspace.sessions() as session:
        account = session.query(CountyAccount).filter_by(username="li").one()
        assert account.failed_logins == 0 and account.locked_until is None
    failed = [r for r in county.access_log(workspace, admin) if r.action == "sign_in_failed"]
    assert [r.said(Language.EN) for r in failed].count("wrong password") == 4
    assert {"unknown name", "locked", "wrong password, locked"} <= {
        r.said(Language.EN) for r in failed
    }
    assert {"没有这个账户", "账户已锁定", "密码错误，账户已锁定"} <= {
        r.said(Language.ZH) for r in failed
    }


def test_disable_enable_reset_and_the_last_administrator(workspace: Workspace) -> None:
    admin = county_accounts.create_first_admin(workspace, "wang", COUNTY_PASSWORD)
    county_accounts.add_account(workspace, admin, "li", CountyRole.REVIEWER, COUNTY_PASSWORD)
    county_accounts.set_active(workspace, admin, "li", False)
    with pytest.raises(AccountDisabled):
        county_accounts.sign_in(workspace, "li", COUNTY_PASSWORD)
    county_accounts.set_active(workspace, admin, "li", True)
    county_accounts.reset_password(workspace, admin, "li", "new-pass-2026")
    with pytest.raises(BadCredentials):
        county_accounts.sign_in(workspace, "li", COUNTY_PASSWORD)
    li = county_accounts.sign_in(workspace, "li", "new-pass-2026")
    county_accounts.change_own_password(workspace, li, "new-pass-2026", COUNTY_PASSWORD)
    with pytest.raises(AccountError) as wrong:
        county_accounts.change_own_password(workspace, li, "not-it-2026", COUNTY_PASSWORD)
    assert wrong.value.code == "wrong_password"
    with pytest.raises(AccountError) as own:
        county_accounts.set_active(workspace, admin, "wang", False)
    assert own.value.code == "cannot_disable_self"
    county_accounts.add_account(workspace, admin, "zhao", CountyRole.ADMIN, COUNTY_PASSWORD)
    zhao = county_accounts.sign_in(workspace, "zhao", COUNTY_PASSWORD)
    county_accounts.set_active(workspace, zhao, "wang", False)
    with pytest.raises(AccountError) as last:  # zhao is now the only active administrator
        county_accounts.set_active(workspace, admin, "zhao", False)
    assert last.value.code == "last_admin"


def run(*words: str, language: str = "zh") -> int:
    return main(["--lang", language, *words])


def test_every_county_command_signs_in_and_is_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = str(tmp_path / "county.db")
    monkeypatch.setenv("HEALTHROOM_NEW_PASSWORD", COUNTY_PASSWORD)
    monkeypatch.setenv("HEALTHROOM_PASSWORD", COUNTY_PASSWORD)
    assert run("county", "account", "add", "li", "--workspace", ws) == 1  # first: an admin
    assert "county_admin" in capsys.readouterr().err
    assert run("county", "account", "add", "wang", "--role", "county_admin", "--name", "王管理",
               "--workspace", ws) == 0  # fmt: skip
    assert run("county", "account", "add", "li", "--workspace", ws) == 1  # now: --user needed
    assert "--user" in capsys.readouterr().err
    assert run("--user", "wang", "county", "account", "add", "li", "--workspace", ws) == 0
    package = make_package(tmp_path, site(1), quarters("2026Q3", 1)[0])
    assert run("county", "import", str(package), "--workspace", ws) == 1  # no --user
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("HEALTHROOM_PASSWORD", "wrong-pass1")
    assert run("--user", "li", "county", "import", str(package), "--workspace", ws) == 1
    assert "密码错误" in capsys.readouterr().err
    monkeypatch.setenv("HEALTHROOM_PASSWORD", COUNTY_PASSWORD)
    assert run("--user", "li", "county", "import", str(package), "--workspace", ws,
               "--accept-new-key") == 0  # fmt: skip
    assert run("--user", "li", "county", "account", "list", "--workspace", ws) == 1
    assert "用户 li（审核人员）无权管理账户" in capsys.readouterr().err  # who, role, what
    assert run("--user", "wang", "county", "account", "disable", "li", "--workspace", ws) == 0
    assert run("--user", "li", "county", "log", "--workspace", ws) == 1  # disabled
    assert run("--user", "wang", "county", "account", "enable", "li", "--workspace", ws) == 0
    capsys.readouterr()
    assert run("--user", "li", "county", "log", "--workspace", ws) == 0
    own = capsys.readouterr().out.splitlines()
    assert own and all("\tli\t" in line for line in own)  # a reviewer reads their own lines
    assert run("--user", "wang", "county", "log", "--limit", "500", "--workspace", ws,
               language="en") == 0  # fmt: skip
    lines = capsys.readouterr().out.splitlines()
    actions = [(line.split("\t")[1], line.split("\t")[2], line.split("\t")[3]) for line in lines]
    cli = "command line"
    for expected in (("li", "imported a package", cli), ("li", "sign-in refused", cli),
                     ("wang", "changed an account", cli), ("li", "signed in", cli),
                     ("li", "read the access log", cli)):  # fmt: skip
        assert expected in actions, expected
