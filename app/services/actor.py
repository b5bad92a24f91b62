"""Who is acting: every service call receives the actor and checks the role it needs."""

from __future__ import annotations

from dataclasses import dataclass

from app.catalogue.codes import Role
from app.catalogue.language import Language
from app.catalogue.permissions import refusal
from app.catalogue.words import word
from app.domain.permissions import Action, allowed


class PermissionDenied(PermissionError):
    """The actor's role does not allow the action. Its text is the refusal in Chinese (the
    default language); :meth:`said` gives it in the language the person reads."""

    def __init__(self, actor: Actor, action: Action) -> None:
        self.actor = actor
        self.action = action
        super().__init__(self.said(Language.ZH))

    def said(self, language: Language) -> str:
        role = word(self.actor.role, language)
        return refusal(self.actor.username, role, self.action, language)


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
