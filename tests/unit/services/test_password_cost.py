"""The real program hashes and wraps with Argon2id at the recommended cost.

(The other tests lower the cost through the `cheap_password_hashing` fixture; this one undoes
that patch first.)
"""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from app.db import keyfile
from app.services import accounts


def test_the_program_uses_argon2id_with_recommended_parameters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.undo()  # back to the program's own parameters
    password_hash = accounts.hash_password("secret123")
    assert password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    wrap = keyfile.wrap_key(bytes(32), "secret123")
    assert (wrap.kdf.time_cost, wrap.kdf.memory_cost, wrap.kdf.parallelism) == (3, 65536, 4)
    assert wrap.to_json()["kdf"]["algorithm"] == "argon2id"
    assert keyfile.unwrap_key(wrap, "secret123") == bytes(32)
    with pytest.raises(keyfile.WrongPassword):
        keyfile.unwrap_key(wrap, "secret124")
    # A hash made at another cost still verifies: it carries its own parameters.
    assert accounts.password_matches(PasswordHasher(1, 1024, 1).hash("x-123456"), "x-123456")
