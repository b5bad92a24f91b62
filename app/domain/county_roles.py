"""Who may do what in the county workspace: the reviewer and the county administrator.

A workspace holds many sites' data, and what the county sends back to a site is signed in the
union's name; so every action needs an account, and the administrator alone manages accounts,
reads the access log and trusts a site's changed signing key.
"""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.county import CountyRole as CountyRole  # re-exported


class CountyAction(StrEnum):
    VIEW = "view"  # open the workspace, see the figures and inspections
    IMPORT = "import"  # import site packages
    RECORD_INSPECTION = "record_inspection"  # add, edit, delete the county's inspections
    EXPORT_RETURN = "export_return"  # write a signed review-result file for a site
    PRINT = "print"  # the county report and workbook
    ACCEPT_NEW_KEY = "accept_new_key"  # trust a site's changed signing key
    MANAGE_ACCOUNTS = "manage_accounts"
    READ_ACCESS_LOG = "read_access_log"


_REVIEWER = frozenset(
    {
        CountyAction.VIEW,
        CountyAction.IMPORT,
        CountyAction.RECORD_INSPECTION,
        CountyAction.EXPORT_RETURN,
        CountyAction.PRINT,
    }
)
PERMISSIONS: dict[CountyRole, frozenset[CountyAction]] = {
    CountyRole.REVIEWER: _REVIEWER,
    CountyRole.ADMIN: frozenset(CountyAction),
}


def may(role: CountyRole, action: CountyAction) -> bool:
    return action in PERMISSIONS[role]
