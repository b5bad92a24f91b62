"""Codes the services write into an audit entry's fields (not a record's own values): how a
password was changed, why the program changed a record by itself. The audit page words them
(app.ui.audit_text.VALUE_KINDS), as it words every other code."""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Wording as W
from app.catalogue.words import declare


class PasswordChange(StrEnum):
    """An account's `password` field in the trail: never the password, only how it changed."""

    CHANGED = "changed"  # by its owner
    RESET = "reset"  # by the union chair
    RESET_WITH_RECOVERY_KEY = "reset_with_recovery_key"


class ChangeReason(StrEnum):
    """Why the program changed a record by itself (the `reason` field of such an entry)."""

    SIGN_IN = "sign_in"  # a planned lecture marked held: someone signed in
    DEMO_FAILED = "demo_failed"  # demo data left half made, taken away


declare(
    PasswordChange,
    {
        PasswordChange.CHANGED: W("本人已更改", "changed by its owner"),
        PasswordChange.RESET: W("已由工会主席重设", "reset by the union chair"),
        PasswordChange.RESET_WITH_RECOVERY_KEY: W(
            "已用恢复密钥重设", "reset with the recovery key"
        ),
    },
)
declare(
    ChangeReason,
    {
        ChangeReason.SIGN_IN: W("有人签到，自动标记为已举办", "marked held: someone signed in"),
        ChangeReason.DEMO_FAILED: W(
            "示例数据未生成完，已撤回", "demo data not finished, taken away"
        ),
    },
)
