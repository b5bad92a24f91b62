"""The county workspace's codes (roles, the access log, where an inspection comes from), each
with its words, and what the county's review-result file says to a site. The refusals of a
package or a review-result file are problems (app.catalogue.problems)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from app.catalogue.codes import CommendationReason
from app.catalogue.language import SEPARATOR, Language, Wording
from app.catalogue.problems import PackageProblem
from app.catalogue.words import declare, word, wording

__all__ = [
    "AccessChannel",
    "AccessEvent",
    "AccessNote",
    "AccessNoteKind",
    "CountyAction",
    "CountyRole",
    "InspectionSource",
    "PackageOutcome",
    "PackageWarning",
    "commendation_reasons",
    "commendation_verdict",
    "package_comments",
    "package_outcome",
    "review_changes",
]

W = Wording


class CountyRole(StrEnum):
    REVIEWER = "reviewer"  # 审核人员
    ADMIN = "county_admin"  # 县级管理员


class CountyAction(StrEnum):
    """What a county account may be allowed to do (app.domain.county_roles says which roles)."""

    VIEW = "view"  # open the workspace, see the figures and inspections
    IMPORT = "import"  # import site packages
    RECORD_INSPECTION = "record_inspection"  # add, edit, delete the county's inspections
    EXPORT_RETURN = "export_return"  # write a signed review-result file for a site
    PRINT = "print"  # the county report and workbook
    ACCEPT_NEW_KEY = "accept_new_key"  # trust a site's changed signing key
    MAKE_KEY = "make_key"  # replace the county's own key that signs the return files
    MANAGE_ACCOUNTS = "manage_accounts"
    READ_ACCESS_LOG = "read_access_log"


class AccessEvent(StrEnum):
    """What a line of the county access log records (stored, never renamed)."""

    OPEN = "open"
    IMPORT = "import"
    INSPECTION = "inspection"
    REPORT = "report"
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    ACCOUNT = "account"
    ACCESS_LOG = "access_log"
    RETURN = "return"
    COMMENT = "comment"
    NEW_KEY = "new_key"


class AccessChannel(StrEnum):
    WINDOW = "window"
    CLI = "cli"


class AccessNoteKind(StrEnum):
    """What a line of the access log says beyond its event; stored with its values (JSON) and
    worded when read, in the reader's language (stored, never renamed)."""

    WORKSPACE = "workspace"  # {place}
    ACCOUNT_CREATED = "account_created"  # {username} {role}
    ACCOUNT_ENABLED = "account_enabled"  # {username}
    ACCOUNT_DISABLED = "account_disabled"  # {username}
    PASSWORD_RESET = "password_reset"  # {username}
    OWN_PASSWORD = "own_password"
    UNKNOWN_NAME = "unknown_name"
    LOCKED = "locked"
    WRONG_PASSWORD = "wrong_password"
    WRONG_PASSWORD_LOCKED = "wrong_password_locked"
    DISABLED = "disabled"
    INSPECTION_ADDED = "inspection_added"  # {site} {date}
    INSPECTION_EDITED = "inspection_edited"  # {site} {date}
    INSPECTION_DELETED = "inspection_deleted"  # {site} {date}
    COMMENT = "comment"  # {site} {period}
    PACKAGE = "package"  # {outcome}: a PackageOutcome, said with its {file} {site} {period}
    # {sequence} {reason} {warning}, as the import says it
    RETURN_WRITTEN = "return_written"  # {site} {sequence} {file}
    REPORT_PRINTED = "report_printed"  # {year} {file}
    LOG_READ = "log_read"  # {count}
    KEY_MADE = "key_made"  # {new}: the county's first signing key's fingerprint
    KEY_REPLACED = "key_replaced"  # {old} {new}: both fingerprints


class InspectionSource(StrEnum):
    COUNTY = "county"  # recorded in this workspace
    SITE = "site"  # from the site's package


declare(
    CountyRole,
    {
        CountyRole.REVIEWER: W("审核人员", "reviewer"),
        CountyRole.ADMIN: W("县级管理员", "county administrator"),
    },
)
# Each said as what is done, to follow "may not" (app.catalogue.permissions.refusal).
declare(
    CountyAction,
    {
        CountyAction.VIEW: W("查看县级工作区", "open the county workspace"),
        CountyAction.IMPORT: W("导入数据包", "import packages"),
        CountyAction.RECORD_INSPECTION: W("记录巡检", "record inspections"),
        CountyAction.EXPORT_RETURN: W("导出反馈文件", "write return files"),
        CountyAction.PRINT: W("打印县级汇总", "print the county summary"),
        CountyAction.ACCEPT_NEW_KEY: W("接受单位的新密钥", "accept a site's new key"),
        CountyAction.MAKE_KEY: W("生成新的县级密钥", "make a new county key"),
        CountyAction.MANAGE_ACCOUNTS: W("管理账户", "manage accounts"),
        CountyAction.READ_ACCESS_LOG: W("查看访问日志", "read the access log"),
    },
)
declare(
    AccessEvent,
    {
        AccessEvent.OPEN: W("打开工作区", "opened the workspace"),
        AccessEvent.IMPORT: W("导入数据包", "imported a package"),
        AccessEvent.INSPECTION: W("记录巡检", "recorded an inspection"),
        AccessEvent.REPORT: W("生成县级汇总", "printed the county summary"),
        AccessEvent.SIGN_IN: W("登录", "signed in"),
        AccessEvent.SIGN_IN_FAILED: W("登录被拒绝", "sign-in refused"),
        AccessEvent.ACCOUNT: W("更改账户", "changed an account"),
        AccessEvent.ACCESS_LOG: W("查看访问日志", "read the access log"),
        AccessEvent.RETURN: W("导出反馈文件", "wrote a return file"),
        AccessEvent.COMMENT: W("填写审核意见", "commented on a package"),
        AccessEvent.NEW_KEY: W("生成新的县级密钥", "made a new county key"),
    },
)
declare(
    AccessChannel,
    {AccessChannel.WINDOW: W("窗口", "window"), AccessChannel.CLI: W("命令行", "command line")},
)
declare(
    AccessNoteKind,
    {
        AccessNoteKind.WORKSPACE: W("位置：{place}", "at {place}"),
        AccessNoteKind.ACCOUNT_CREATED: W(
            "新建账户 {username}（{role}）", "created {username} ({role})"
        ),
        AccessNoteKind.ACCOUNT_ENABLED: W("启用账户 {username}", "enabled {username}"),
        AccessNoteKind.ACCOUNT_DISABLED: W("停用账户 {username}", "disabled {username}"),
        AccessNoteKind.PASSWORD_RESET: W("为 {username} 设置新密码", "new password for {username}"),
        AccessNoteKind.OWN_PASSWORD: W("更改了自己的密码", "changed own password"),
        AccessNoteKind.UNKNOWN_NAME: W("没有这个账户", "unknown name"),
        AccessNoteKind.LOCKED: W("账户已锁定", "locked"),
        AccessNoteKind.WRONG_PASSWORD: W("密码错误", "wrong password"),
        AccessNoteKind.WRONG_PASSWORD_LOCKED: W("密码错误，账户已锁定", "wrong password, locked"),
        AccessNoteKind.DISABLED: W("账户已停用", "disabled"),
        AccessNoteKind.INSPECTION_ADDED: W("新增 {site} {date}", "added {site} {date}"),
        AccessNoteKind.INSPECTION_EDITED: W("修改 {site} {date}", "edited {site} {date}"),
        AccessNoteKind.INSPECTION_DELETED: W("删除 {site} {date}", "deleted {site} {date}"),
        AccessNoteKind.COMMENT: W("{site} {period}的数据包", "{site}: the package of {period}"),
        # said as the import said it (package_outcome); this only for an outcome not known
        AccessNoteKind.PACKAGE: W("数据包 {file}", "package {file}"),
        AccessNoteKind.RETURN_WRITTEN: W(
            "{site} 第{sequence}号：{file}", "{site} no. {sequence}: {file}"
        ),
        AccessNoteKind.REPORT_PRINTED: W("{year}年度：{file}", "{year}: {file}"),
        AccessNoteKind.LOG_READ: W("{count} 条", "{count} entries"),
        AccessNoteKind.KEY_MADE: W("新密钥指纹 {new}", "new key's fingerprint {new}"),
        AccessNoteKind.KEY_REPLACED: W(
            "原密钥指纹 {old}，新密钥指纹 {new}", "old key's fingerprint {old}, new {new}"
        ),
    },
)
_QUARTER = re.compile(r"^(\d{4})Q([1-4])$")


def _period(code: str, language: Language) -> str:
    """A package's period as people say it: 2026年第3季度 / Q3 2026 (a year stays a year)."""
    quarter = _QUARTER.match(code)
    if quarter is None:
        return code
    year, number = quarter.groups()
    return f"{year}年第{number}季度" if language is Language.ZH else f"Q{number} {year}"


@dataclass(frozen=True)
class AccessNote:
    """What a line of the access log says: its kind and the values it names."""

    kind: AccessNoteKind
    values: Mapping[str, str | int] = field(default_factory=dict)

    def stored(self) -> str:
        return json.dumps(dict(self.values), ensure_ascii=False, sort_keys=True)

    @classmethod
    def read(cls, kind: str, values: str) -> AccessNote | None:
        """The note a row holds (None for a row written before notes were coded, or by a later
        version with a kind this one does not know: its text is shown as it is)."""
        if kind not in AccessNoteKind.__members__.values():
            return None
        try:
            loaded = json.loads(values) if values else {}
        except ValueError:
            return None
        if not isinstance(loaded, dict):
            return None
        return cls(AccessNoteKind(kind), loaded)

    def said(self, language: Language) -> str:
        values: dict[str, object] = {name: "" for name in _FIELDS.findall(_all_words(self.kind))}
        values.update(self.values)
        role, period = values.get("role"), values.get("period")
        if isinstance(role, str) and role in CountyRole.__members__.values():
            values["role"] = word(CountyRole(role), language)
        if isinstance(period, str):
            values["period"] = _period(period, language)
        if self.kind is AccessNoteKind.PACKAGE:
            return self._package(values, language)
        return wording(self.kind).format(language, **values).strip()

    def _package(self, values: Mapping[str, object], language: Language) -> str:
        """An import's line, in the words the import said it in."""
        outcome, reason = str(values.get("outcome", "")), str(values.get("reason", ""))
        if outcome not in PackageOutcome.__members__.values():
            return wording(self.kind).format(language, file=values.get("file", ""))
        rejected = outcome == PackageOutcome.REJECTED
        if rejected and reason in PackageProblem.__members__.values():
            reason = word(PackageProblem(reason), language)
        return package_outcome(
            PackageOutcome(outcome), language, file=str(values.get("file", "")),
            site=f"{values.get('site', '')} {values.get('period', '')}".strip(),
            sequence=int(str(values.get("sequence") or 0)),
            earlier="" if rejected else reason, reason=reason if rejected else "",
            warning=str(values.get("warning", "")),
        )  # fmt: skip


_FIELDS = re.compile(r"{(\w+)}")


def _all_words(kind: AccessNoteKind) -> str:
    said = wording(kind)
    return said.zh + said.en


declare(
    InspectionSource,
    {
        InspectionSource.COUNTY: W("县级记录", "county record"),
        InspectionSource.SITE: W("单位报送", "reported by the site"),
    },
)


# What the county's review-result file changes on the site, and what it says to it.
REVIEW_UNCHANGED = W(
    "没有变化：台账中已是县级记录的最新状态。",
    "Nothing changes: the register already holds the county's records as they are.",
)
REVIEW_INSPECTIONS = W(
    "巡检：新增 {added} 次，更新 {updated} 次，县级删除 {removed} 次。",
    "Inspections: {added} new, {updated} updated, {removed} removed by the county.",
)
REVIEW_ITEMS = W(
    "整改事项：新增 {items_added} 项，县级确认完成 {items_closed} 项，删除 {items_removed} 项。",
    "Rectification items: {items_added} new, {items_closed} confirmed done by the county, "
    "{items_removed} removed.",
)
SHORTLISTED = W(
    "{year}年度：已列入县级表彰候选名单。", "{year}: on the county's commendation shortlist."
)
NOT_SHORTLISTED = W(
    "{year}年度：未列入表彰候选名单——{why}。", "{year}: not on the commendation shortlist — {why}."
)
NO_COMMENTS = W("县级对数据包没有意见。", "No comments on the packages.")
COMMENT = W("对{period}数据包的意见：{text}", "On the package of {period}: {text}")


def review_changes(language: Language, counts: Mapping[str, int]) -> str:
    """The inspections and rectification items a review result adds, updates and removes
    (`counts` by name: added, updated, removed, items_added, items_closed, items_removed)."""
    if not any(counts.values()):
        return REVIEW_UNCHANGED.in_(language)
    return (
        REVIEW_INSPECTIONS.format(language, **counts)
        + "\n"
        + REVIEW_ITEMS.format(language, **counts)
    )


def commendation_reasons(reasons: Sequence[str], language: Language) -> str:
    """Why the county did not shortlist a site; a reason this version does not know is shown
    as the county wrote it."""
    known = {r.value: r for r in CommendationReason}
    return SEPARATOR.in_(language).join(
        word(known[r], language) if r in known else r for r in reasons
    )


def commendation_verdict(year: int | None, reasons: Sequence[str], language: Language) -> str:
    """The county's commendation verdict for the year ("" when it gave none)."""
    if year is None:
        return ""
    if not reasons:
        return SHORTLISTED.format(language, year=year)
    why = commendation_reasons(reasons, language)
    return NOT_SHORTLISTED.format(language, year=year, why=why)


def package_comments(comments: Sequence[tuple[str, str]], language: Language) -> str:
    """The county's comments on the site's packages, one line per (period, text)."""
    if not comments:
        return NO_COMMENTS.in_(language)
    return "\n".join(COMMENT.format(language, period=p, text=t) for p, t in comments)


class PackageOutcome(StrEnum):
    """What importing one site package did (ImportOutcome.status): the county window's list and
    `healthroom county import` say it in these words. `{file}` is the package's file name,
    `{site}` the site and period, `{sequence}` its number, `{earlier}` the number already in
    the workspace, `{reason}` why it was refused."""

    IMPORTED = "imported"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"
    OLDER = "older"
    NEW_KEY = "new_key"
    KEY_CHANGED = "key_changed"
    REJECTED = "rejected"


class PackageWarning(StrEnum):
    """Imported, but worth a look (ImportOutcome.warning)."""

    AUDIT_ROLLBACK = "audit_rollback"


declare(
    PackageOutcome,
    {
        PackageOutcome.IMPORTED: W(
            "{file}：已导入（{site}，第 {sequence} 次报送）。",
            "{file}: imported ({site}, package no. {sequence}).",
        ),
        PackageOutcome.REPLACED: W(
            "{file}：已导入（{site}，第 {sequence} 次报送），替换该期的第 {earlier} 次报送。",
            "{file}: imported ({site}, package no. {sequence}); it replaces package no. "
            "{earlier} of that period.",
        ),
        PackageOutcome.UNCHANGED: W(
            "{file}：已导入过（{site}，第 {sequence} 次报送），未改变。",
            "{file}: already imported ({site}, package no. {sequence}); nothing changed.",
        ),
        PackageOutcome.OLDER: W(
            "{file}：未导入——{site} 的第 {sequence} 次报送比已导入的第 {earlier} 次旧。",
            "{file}: not imported — package no. {sequence} of {site} is older than package no. "
            "{earlier} already imported.",
        ),
        PackageOutcome.NEW_KEY: W(
            "{file}：未导入——这是 {site} 的第一个数据包，其签名密钥未经确认。",
            "{file}: not imported — the first package of {site}, its key was not confirmed.",
        ),
        PackageOutcome.KEY_CHANGED: W(
            "{file}：未导入——签名密钥与以前不同，且未经确认。",
            "{file}: not imported — signed by another key than before, and not confirmed.",
        ),
        PackageOutcome.REJECTED: W(
            "{file}：拒绝导入——{reason}。",
            "{file}: rejected — {reason}.",
        ),
    },
)
declare(
    PackageWarning,
    {
        PackageWarning.AUDIT_ROLLBACK: W(
            "注意：该单位的审计记录比以前的数据包少或被改写"
            "（记录被删除，或台账被回退到旧副本），请核查。",
            "Warning: the site's audit trail is shorter than in an earlier package, or rewritten "
            "(entries deleted, or the register rolled back to an old copy). Look into it.",
        ),
    },
)
# What the command line adds to a package whose key is new or changed: the fingerprint the
# reviewer reads to the site's technician, and the option that confirms it (the window asks).
CONFIRM_KEY = W(
    "签名密钥指纹 {fingerprint}：请与单位技术员核对，一致后加 --accept-new-key 导入。",
    "Key fingerprint {fingerprint}: check it with the site's technician, then import with "
    "--accept-new-key.",
)


def package_outcome(
    outcome: PackageOutcome,
    language: Language,
    file: str,
    site: str = "",
    sequence: int = 0,
    earlier: str = "",
    reason: str = "",
    warning: str = "",
) -> str:
    """One package's line: what its import did, and its warning if it has one."""
    text = wording(outcome).format(
        language, file=file, site=site, sequence=sequence, earlier=earlier, reason=reason
    )
    if warning in PackageWarning.__members__.values():
        space = "" if language is Language.ZH else " "  # after 。 Chinese needs none
        text += space + word(PackageWarning(warning), language)
    return text
