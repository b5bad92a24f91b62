"""Who is acting: every service call receives the actor and checks the role it needs."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.codes import Role
from app.domain.permissions import Action, allowed


class PermissionDenied(PermissionError):
    """The actor's role does not allow the action."""

    def __init__(self, actor: Actor, action: str) -> None:
        super().__init__(f"{actor.username} ({actor.role.value}) may not {action}")
        self.actor = actor
        self.action = action


@dataclass(frozen=True)
class Actor:
    username: str
    role: Role

    def require(self, action: Action | str, *roles: Role) -> None:
        """Refuse unless the role may do `action`.

        `require(Action.X)` looks the action up in the permission table; the older form
        `require("words", *roles)` (an explicit list of roles) keeps working.
        """
        if not self.can(action, *roles):
            raise PermissionDenied(self, str(action))

    def can(self, action: Action | str, *roles: Role) -> bool:
        if roles:
            return self.role in roles
        if not isinstance(action, Action):
            action = Action(action)  # a code from the table; anything else is a programming error
        return allowed(self.role, action)


SYSTEM = Actor("system", Role.CHAIR)
