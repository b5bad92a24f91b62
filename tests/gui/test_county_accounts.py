"""County accounts in the window: the sign-in before a workspace with accounts opens (wrong
password said in words, nothing opened), the administrator's account list (add, disable), a
reviewer without it, and one's own password change."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.catalogue.language import Language as Speech
from app.db.county_models import open_workspace
from app.domain.county_roles import CountyRole
from app.services import county, county_accounts
from app.services.accounts import AccountDisabled, BadCredentials
from app.ui.county_open import open_workspace_window
from app.ui.county_window import CountyWindow
from app.ui.county_window.columns import ACCESS_COLUMNS
from app.ui.dialogs.accounts.login_dialog import LoginDialog
from app.ui.dialogs.county.county_accounts_dialog import (
    CountyAccountEditDialog,
    CountyAccountsDialog,
)
from app.ui.i18n import Language, Translations
from tests.gui.conftest import screenshot
from tests.gui.test_sign_in import when_shown
from tests.support import COUNTY_PASSWORD


def workspace_with_admin(path: Path) -> None:
    workspace = open_workspace(path)
    admin = county_accounts.create_first_admin(workspace, "wang", COUNTY_PASSWORD, "王管理")
    county_accounts.add_account(workspace, admin, "li", CountyRole.REVIEWER, COUNTY_PASSWORD,
                                "李审核")  # fmt: skip
    workspace.close()


def test_the_sign_in_comes_first_and_refuses_a_wrong_password(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    path = tmp_path / "county.db"
    workspace_with_admin(path)
    tries: list[str] = []

    def answer(dialog: LoginDialog) -> None:
        if not tries:
            assert dialog.windowTitle() == "县级工作区——登录"
            screenshot(dialog, "county_sign_in_zh")
            dialog.ui.usernameEdit.setText("li")
            dialog.ui.passwordEdit.setText("wrong-pass1")
            dialog.sign_in()  # refused: the dialog stays, saying why
            tries.append(dialog.ui.messageLabel.text())
            dialog.ui.passwordEdit.setText(COUNTY_PASSWORD)
            dialog.sign_in()

    when_shown(LoginDialog, answer)
    window = open_workspace_window(None, path)
    assert isinstance(window, CountyWindow)
    qtbot.addWidget(window)
    assert tries and "密码错误" in tries[0]
    assert window.reviewer.username == "li" and window.reviewer.role is CountyRole.REVIEWER
    assert not window.ui.actionAccounts.isVisible()  # a reviewer manages no accounts
    log = county.access_log(window.workspace, window.reviewer)
    assert [r.action for r in log][:3] == ["open", "sign_in", "sign_in_failed"]
    window.close()
    when_shown(LoginDialog, lambda d: d.reject())  # cancelled: no window, workspace closed
    assert open_workspace_window(None, path) is None


@pytest.mark.parametrize("language", [Language.CHINESE, Language.ENGLISH])
def test_the_administrator_adds_and_disables_accounts(
    qtbot: QtBot, tmp_path: Path, translations: Translations, language: Language
) -> None:
    path = tmp_path / "county.db"
    workspace_with_admin(path)
    translations.apply(language)

    def as_admin(_parent: object, workspace: object) -> object:
        return county_accounts.sign_in(workspace, "wang", COUNTY_PASSWORD)  # type: ignore[arg-type]

    window = open_workspace_window(None, path, sign_in=as_admin)  # type: ignore[arg-type]
    assert isinstance(window, CountyWindow)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    assert window.ui.actionAccounts.isVisible()
    dialog = window.manage_accounts()
    assert isinstance(dialog, CountyAccountsDialog)
    qtbot.waitExposed(dialog)
    assert [r.username for r in dialog.model._rows] == ["li", "wang"]
    add = dialog.add_account()
    assert isinstance(add, CountyAccountEditDialog)
    add.ui.usernameEdit.setText("zhou")
    add.ui.displayNameEdit.setText("周审核")
    add.ui.roleCombo.setCurrentIndex(add.ui.roleCombo.findData(CountyRole.REVIEWER.value))
    add.ui.passwordEdit.setText("short")
    add.ui.confirmEdit.setText("short")
    add.save()
    assert add.ui.errorLabel.text() and add.isVisible()  # too short: said, not saved
    add.ui.passwordEdit.setText(COUNTY_PASSWORD)
    add.ui.confirmEdit.setText(COUNTY_PASSWORD)
    add.save()
    assert not add.isVisible()
    assert [r.username for r in dialog.model._rows] == ["li", "wang", "zhou"]
    dialog.select("zhou")
    suffix = "zh" if language is Language.CHINESE else "en"
    screenshot(dialog, f"county_accounts_{suffix}")
    dialog.ui.activeButton.click()
    assert not next(r for r in dialog.model._rows if r.username == "zhou").active
    with pytest.raises(AccountDisabled):
        county_accounts.sign_in(window.workspace, "zhou", COUNTY_PASSWORD)
    dialog.select("wang")
    dialog.ui.activeButton.click()  # one's own account: refused in words
    assert dialog.ui.errorLabel.text()
    dialog.close()
    details = [r.said(Speech.EN) for r in county.access_log(window.workspace, window.reviewer)]
    assert "created zhou (reviewer)" in details and "disabled zhou" in details
    # The window words each line's detail in its language, from the code the service stored.
    window.reload()
    column = next(i for i, c in enumerate(ACCESS_COLUMNS) if c.header == "Detail")
    shown = {window.access.index(row, column).data() for row in range(window.access.rowCount())}
    if language is Language.CHINESE:
        assert {"新建账户 zhou（审核人员）", "停用账户 zhou"} <= shown
    else:
        assert {"created zhou (reviewer)", "disabled zhou"} <= shown
    # One's own password.
    change = window.change_password()
    change.ui.oldEdit.setText(COUNTY_PASSWORD)
    change.ui.newEdit.setText("new-pass-2026")
    change.ui.confirmEdit.setText("new-pass-2026")
    change.save()
    with pytest.raises(BadCredentials):
        county_accounts.sign_in(window.workspace, "wang", COUNTY_PASSWORD)
    screenshot(window, f"county_window_admin_{suffix}")
    window.close()
    QApplication.processEvents()
