"""The key file beside an encrypted database: the database key, wrapped once per user.

The database is encrypted with a random 256-bit key. Nobody types that key: each account's
password derives a key-encryption key (Argon2id, raw 32-byte output, its own salt) that wraps
the database key. The file `healthroom.db.keys` holds these wraps, so a stolen PC shows neither
the data nor the key. The recovery key shown once to the chair *is* the database key, written
in groups; with it the data can be opened even when the key file is lost.

Wrapping is AES key wrap with padding (RFC 5649, from `cryptography`): its integrity check
tells a wrong password before the database is touched. Every wrap has a fresh salt, so a
key-encryption key is never used twice. Key files written before it hold the older
"hmac-xor-v1" wraps (the key XOR an HMAC-SHA256 keystream, checked by a second HMAC); they
still open, and each is re-wrapped with AES at that account's next sign-in.

The file also keeps, per account, the sign-in lockout state and the failed sign-ins that
happened while the database could not be opened; they move into the audit trail at the next
successful sign-in.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.keywrap import (
    InvalidUnwrap,
    aes_key_unwrap_with_padding,
    aes_key_wrap_with_padding,
)

from app.db.connection import KEY_BYTES
from app.db.file_kind import KEY_FILE_SUFFIX
from app.db.file_kind import key_file_path as key_file_path  # its home before file_kind
from app.domain.lockout import LockState

VERSION = 1
SUFFIX = KEY_FILE_SUFFIX


class KeyFileError(RuntimeError):
    """The key file is missing, unreadable or does not belong to this database."""


class WrongPassword(Exception):
    """The password (or user name) does not unwrap the database key."""


@dataclass(frozen=True)
class KdfParams:
    # argon2-cffi's recommended defaults (RFC 9106 "second recommended option" memory).
    time_cost: int = 3
    memory_cost: int = 65536  # KiB
    parallelism: int = 4


AES_KEY_WRAP = "aes-kwp"  # RFC 5649
LEGACY_WRAP = "hmac-xor-v1"  # before AES key wrap: read, never written


@dataclass
class Wrap:
    salt: bytes
    wrapped: bytes
    tag: bytes  # only the legacy wraps have one; AES key wrap checks itself
    kdf: KdfParams
    method: str = AES_KEY_WRAP

    @property
    def legacy(self) -> bool:
        return self.method != AES_KEY_WRAP

    def to_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "salt": self.salt.hex(),
            "wrapped": self.wrapped.hex(),
            "tag": self.tag.hex(),
            "kdf": {
                "algorithm": "argon2id",
                "time_cost": self.kdf.time_cost,
                "memory_cost": self.kdf.memory_cost,
                "parallelism": self.kdf.parallelism,
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Wrap:
        kdf = data["kdf"]
        method = data.get("method", LEGACY_WRAP)  # the first key files named no method
        if method not in (AES_KEY_WRAP, LEGACY_WRAP):
            raise ValueError(f"unknown key wrap {method!r}")
        return cls(
            bytes.fromhex(data["salt"]),
            bytes.fromhex(data["wrapped"]),
            bytes.fromhex(data.get("tag", "")),
            KdfParams(kdf["time_cost"], kdf["memory_cost"], kdf["parallelism"]),
            method,
        )


SALT_BYTES = 16
# The parameters new wraps get (each wrap records its own, so old wraps keep opening).
DEFAULT_KDF = KdfParams()


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _kek(password: str, salt: bytes, kdf: KdfParams) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_cost,
        parallelism=kdf.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


# The legacy wrap, kept to read key files written before AES key wrap.
def _stream(kek: bytes) -> bytes:
    return hmac.new(kek, b"healthroom key wrap v1", hashlib.sha256).digest()


def _tag(kek: bytes, wrapped: bytes) -> bytes:
    return hmac.new(kek, b"healthroom key tag v1" + wrapped, hashlib.sha256).digest()


def wrap_key(database_key: bytes, password: str, kdf: KdfParams | None = None) -> Wrap:
    kdf = kdf or DEFAULT_KDF
    salt = secrets.token_bytes(SALT_BYTES)
    kek = _kek(password, salt, kdf)
    return Wrap(salt, aes_key_wrap_with_padding(kek, database_key), b"", kdf)


def unwrap_key(wrap: Wrap, password: str) -> bytes:
    kek = _kek(password, wrap.salt, wrap.kdf)
    if wrap.legacy:
        if not hmac.compare_digest(_tag(kek, wrap.wrapped), wrap.tag):
            raise WrongPassword
        return bytes(a ^ b for a, b in zip(wrap.wrapped, _stream(kek), strict=True))
    try:
        return aes_key_unwrap_with_padding(kek, wrap.wrapped)
    except InvalidUnwrap as error:
        raise WrongPassword from error


def key_check(database_key: bytes) -> str:
    """A fingerprint of the database key: tells whether a key file fits a key."""
    return hmac.new(database_key, b"healthroom key check", hashlib.sha256).hexdigest()[:32]


def format_recovery_key(database_key: bytes) -> str:
    """The key as 13 groups of 4 letters/digits (base32: no 0/1/8/9 to confuse with O/I/B/g)."""
    text = base64.b32encode(database_key).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        key = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError as error:
        raise WrongPassword from error
    if len(key) != KEY_BYTES:
        raise WrongPassword
    return key


def _time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


@dataclass
class KeyFile:
    """The parsed key file; `save` writes it atomically."""

    check: str
    wraps: dict[str, Wrap] = field(default_factory=dict)
    lockout: dict[str, LockState] = field(default_factory=dict)
    pending_failures: list[tuple[str, dt.datetime]] = field(default_factory=list)
    audit: dict[str, Any] | None = None  # the audit chain's signed count and head

    @classmethod
    def for_key(cls, database_key: bytes) -> KeyFile:
        return cls(check=key_check(database_key))

    def fits(self, database_key: bytes) -> bool:
        return hmac.compare_digest(self.check, key_check(database_key))

    def usernames(self) -> list[str]:
        return sorted(self.wraps)

    def unwrap(self, username: str, password: str) -> bytes:
        wrap = self.wraps.get(username)
        if wrap is None:
            # The same work as a real attempt (one key derivation, as unwrap_key does), so the
            # time taken does not tell which accounts exist.
            _kek(password, secrets.token_bytes(SALT_BYTES), DEFAULT_KDF)
            raise WrongPassword
        key = unwrap_key(wrap, password)
        if not self.fits(key):
            raise KeyFileError("the key file does not belong to this database")
        return key

    def set_password(
        self, username: str, password: str, database_key: bytes, kdf: KdfParams | None = None
    ) -> None:
        if not self.fits(database_key):
            raise KeyFileError("the key file does not belong to this database")
        self.wraps[username] = wrap_key(database_key, password, kdf)

    def rewrap_if_legacy(self, username: str, password: str, database_key: bytes) -> bool:
        """Re-wrap an account's older wrap with AES key wrap (at its sign-in, the one moment
        the password is known); True when it did (the caller saves the file)."""
        wrap = self.wraps.get(username)
        if wrap is None or not wrap.legacy:
            return False
        self.set_password(username, password, database_key, wrap.kdf)
        return True

    def remove(self, username: str) -> None:
        self.wraps.pop(username, None)
        self.lockout.pop(username, None)

    def lock_state(self, username: str) -> LockState:
        return self.lockout.get(username, LockState())

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "healthroom-keys",
            "version": VERSION,
            "cipher": "sqlcipher4-raw-key",
            "check": self.check,
            "users": {name: wrap.to_json() for name, wrap in sorted(self.wraps.items())},
            "lockout": {
                name: {
                    "failures": state.failures,
                    "locked_until": state.locked_until.isoformat() if state.locked_until else None,
                }
                for name, state in sorted(self.lockout.items())
                if state != LockState()
            },
            "pending_failures": [
                {"username": name, "at": at.isoformat()} for name, at in self.pending_failures
            ],
            **({"audit": self.audit} if self.audit else {}),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeyFile:
        if data.get("format") != "healthroom-keys" or data.get("version") != VERSION:
            raise KeyFileError("not a HealthRoom key file of a known version")
        return cls(
            check=data["check"],
            wraps={name: Wrap.from_json(w) for name, w in data.get("users", {}).items()},
            lockout={
                name: LockState(int(s.get("failures", 0)), _time(s.get("locked_until")))
                for name, s in data.get("lockout", {}).items()
            },
            pending_failures=[
                (p["username"], dt.datetime.fromisoformat(p["at"]))
                for p in data.get("pending_failures", [])
            ],
            audit=data.get("audit"),
        )

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError as error:
            raise KeyFileError(f"key file not found: {path}") from error
        except (OSError, ValueError) as error:
            raise KeyFileError(f"key file unreadable: {path}: {error}") from error
        try:
            return cls.from_json(data)
        except (KeyError, TypeError, ValueError) as error:
            raise KeyFileError(f"key file damaged: {path}: {error}") from error

    def save(self, path: Path) -> None:
        """Temp file in the same folder, fsync, rename: never a half-written key file."""
        path = Path(path)
        temp = path.with_name(f".{path.name}.tmp")
        try:
            with open(temp, "w", encoding="utf-8") as handle:
                json.dump(self.to_json(), handle, indent=1, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
            raise
