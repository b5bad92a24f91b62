"""Sign-in lockout: five wrong passwords in a row lock the account for ten minutes.

Pure rules over a small state (failures so far, locked until when); the services keep the
state in the account row and, for an encrypted database that cannot be read before the
password is known, in the key file beside it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MAX_FAILURES = 5
LOCK_DURATION = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class LockState:
    failures: int = 0
    locked_until: dt.datetime | None = None

    def is_locked(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def remaining_attempts(self) -> int:
        return max(0, MAX_FAILURES - self.failures)


def after_failure(state: LockState, now: dt.datetime) -> LockState:
    """The state after a wrong password; the fifth in a row starts the lock."""
    if state.locked_until is not None and now >= state.locked_until:
        state = LockState()  # an expired lock starts a fresh count
    failures = state.failures + 1
    if failures >= MAX_FAILURES:
        return LockState(0, now + LOCK_DURATION)
    return LockState(failures, None)


def after_success() -> LockState:
    return LockState()
