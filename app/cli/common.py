"""What every command shares: the context it runs in, rejection, the acting user."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.db.migrate import Database
from app.domain.codes import Role
from app.services.accounts import find_user
from app.services.actor import Actor
from app.services.unit_of_work import read_only

OK, REJECTED, USAGE = 0, 1, 2


class Rejected(Exception):
    """Input the command refuses; the message is shown and the exit code is 1."""


@dataclass(frozen=True)
class CliContext:
    db: Database
    actor: Actor | None  # None when no --user was given

    def require_actor(self) -> Actor:
        if self.actor is None:
            raise Rejected("请用 --user 指定用户 / this command needs --user NAME")
        return self.actor


Handler = Callable[[argparse.Namespace, CliContext], int]
if TYPE_CHECKING:  # generic only for the type checker on Python 3.11
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    Subparsers = argparse._SubParsersAction


def resolve_actor(db: Database, username: str | None) -> Actor | None:
    if username is None:
        return None
    with read_only(db) as session:
        user = find_user(session, username)
        if user is None or not user.active:
            raise Rejected(f"没有这个用户 / no such user: {username}")
        return Actor(user.username, Role(user.role))
