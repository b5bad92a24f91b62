"""Who is acting: every service call receives the actor and checks the role it needs."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.codes import Role
from app.domain.permissions import Action, allowed


class PermissionDenied(PermissionError):
    """The actor's role does not allow the action."""

    def __init__(self, actor: Actor, action: Action) -> None:
        super().__init__(f"{actor.username} ({actor.role.value}) may not {action.value}")
        self.actor = actor
        self.action = action


@dataclass(frozen=True)
class Actor:
    username: str
    role: Role

    def require(self, action: Action) -> None:
        """Refuse unless the permission table lets the role do `action`."""
        if not self.can(action):
            raise PermissionDenied(self, action)

    def can(self, action: Action) -> bool:
        return allowed(self.role, action)


SYSTEM = Actor("system", Role.CHAIR)
