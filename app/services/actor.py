"""Who is acting: every service call receives the actor and checks the role it needs."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.codes import Role


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

    def require(self, action: str, *roles: Role) -> None:
        if self.role not in roles:
            raise PermissionDenied(self, action)


SYSTEM = Actor("system", Role.CHAIR)
