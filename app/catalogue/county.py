"""The county workspace's codes (roles, the access log, where an inspection comes from), each
with its words. The package refusals are problems (app.catalogue.problems)."""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Wording
from app.catalogue.words import declare

__all__ = ["AccessChannel", "AccessEvent", "CountyRole", "InspectionSource"]

W = Wording


class CountyRole(StrEnum):
    REVIEWER = "reviewer"  # 审核人员
    ADMIN = "county_admin"  # 县级管理员


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


class AccessChannel(StrEnum):
    WINDOW = "window"
    CLI = "cli"


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
    },
)
declare(
    AccessChannel,
    {AccessChannel.WINDOW: W("窗口", "window"), AccessChannel.CLI: W("命令行", "command line")},
)
declare(
    InspectionSource,
    {
        InspectionSource.COUNTY: W("县级记录", "county record"),
        InspectionSource.SITE: W("单位报送", "reported by the site"),
    },
)
