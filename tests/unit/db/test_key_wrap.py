"""The database key is wrapped with AES key wrap (RFC 5649); older key files are re-wrapped at
the next sign-in of each account."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from pathlib import Path

import pytest
from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.keywrap import aes_key_unwrap_with_padding

from app.db import keyfile
from app.db.keyfile import KeyFile, WrongPassword, key_file_path, unwrap_key, wrap_key
from app.services import login


def kek(password: str, salt: bytes, kdf: dict[str, int]) -> bytes:
    return hash_secret_raw(
        password.encode(), salt, time_cost=kdf["time_cost"], memory_cost=kdf["memory_cost"],
        parallelism=kdf["parallelism"], hash_len=32, type=Type.ID,
    )  # fmt: skip


def test_a_new_wrap_is_rfc_5649_aes_key_wrap() -> None:
    key = secrets.token_bytes(32)
    wrap = wrap_key(key, "secret123")
    data = wrap.to_json()
    assert data["method"] == "aes-kwp" and len(wrap.wrapped) == 40 and not data["tag"]
    # Any RFC 5649 implementation unwraps it with the Argon2id key-encryption key.
    assert (
        aes_key_unwrap_with_padding(kek("secret123", wrap.salt, data["kdf"]), wrap.wrapped) == key
    )
    assert unwrap_key(wrap, "secret123") == key
    with pytest.raises(WrongPassword):
        unwrap_key(wrap, "secret124")


def legacy_wrap(key: bytes, password: str, kdf: dict[str, int]) -> dict[str, object]:
    """A wrap as key files held it before AES key wrap (the format, written out here)."""
    salt = secrets.token_bytes(16)
    k = kek(password, salt, kdf)
    stream = hmac.new(k, b"healthroom key wrap v1", hashlib.sha256).digest()
    wrapped = bytes(a ^ b for a, b in zip(key, stream, strict=True))
    tag = hmac.new(k, b"healthroom key tag v1" + wrapped, hashlib.sha256).digest()
    return {"salt": salt.hex(), "wrapped": wrapped.hex(), "tag": tag.hex(), "kdf": kdf}


def test_an_old_key_file_opens_and_is_rewrapped_at_the_next_sign_in(tmp_path: Path) -> None:
    path = tmp_path / "room.db"
    session, recovery = login.create_encrypted(path, "zhang", "secret123")
    session.db.close()
    key = keyfile.parse_recovery_key(recovery)
    keys = key_file_path(path)
    data = json.loads(keys.read_text(encoding="utf-8"))
    kdf = data["users"]["zhang"]["kdf"]
    data["users"]["zhang"] = legacy_wrap(key, "secret123", kdf)  # as an older program wrote it
    keys.write_text(json.dumps(data), encoding="utf-8")
    assert KeyFile.load(keys).wraps["zhang"].legacy

    with pytest.raises(login.BadCredentials):
        login.open_encrypted(path, "zhang", "wrong-password")
    assert KeyFile.load(keys).wraps["zhang"].legacy  # a wrong password changes no wrap
    opened = login.open_encrypted(path, "zhang", "secret123")
    opened.db.close()
    renewed = KeyFile.load(keys).wraps["zhang"]
    assert not renewed.legacy and renewed.to_json()["method"] == "aes-kwp"
    assert renewed.kdf == keyfile.KdfParams(
        kdf["time_cost"], kdf["memory_cost"], kdf["parallelism"]
    )
    again = login.open_encrypted(path, "zhang", "secret123")  # and it opens with the new wrap
    again.db.close()
