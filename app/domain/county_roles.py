"""Who may do what in the county workspace: the reviewer and the county administrator.

A workspace holds many sites' data, and what the county sends back to a site is signed in the
union's name; so every action needs an account, and the administrator alone manages accounts,
reads the access log and trusts a site's changed signing key.
"""

from __future__ import annotations

from app.catalogue.county import CountyAction as CountyAction  # declared with its words
from app.catalogue.county import CountyRole as CountyRole  # re-exported

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
