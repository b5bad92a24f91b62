"""Raw connections to a database file: the driver, the key and the pragmas.

Kept free of SQLAlchemy so small tools (backups, checks, the crash-test writer) can use the
very settings the engine uses without loading the ORM. With a key the file is a SQLCipher
database (`sqlcipher3`): every page of the file and of its WAL is encrypted with the 256-bit
database key (see `app/db/keyfile.py` for how the key is kept). Without a key it is plain
SQLite — the tests, the demo command and the county workspace, whose packages are
de-identified.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.db.file_kind import sqlite_uri

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",  # a committed visit survives a power cut
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    "PRAGMA temp_store=MEMORY",  # sorts and temp tables never spill to (unencrypted) temp files
)

KEY_BYTES = 32
if TYPE_CHECKING:
    # Both drivers raise their own DatabaseError; catch this tuple around raw connections.
    DatabaseErrors: tuple[type[Exception], ...]


def __getattr__(name: str) -> object:
    """`DatabaseErrors`, made when first asked for: SQLCipher's library (its own SQLite and
    crypto) is loaded by what opens an encrypted file or catches its errors, not by every
    command that reads a plain register."""
    if name == "DatabaseErrors":
        errors = (sqlite3.DatabaseError, _sqlcipher().DatabaseError)
        globals()[name] = errors
        return errors
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _sqlcipher() -> Any:
    import sqlcipher3.dbapi2 as sqlcipher

    return sqlcipher


def key_pragma(key: bytes) -> str:
    """The SQLCipher raw-key form: the key is used as it is, no passphrase derivation."""
    if len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def apply_key(connection: Any, key: bytes | None) -> None:
    """Give a fresh connection its key; must come before anything reads the file."""
    if key is None:
        return
    cursor = connection.cursor()
    cursor.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our error, not stderr's
    cursor.execute(key_pragma(key))
    cursor.close()


NATURAL = "natural"  # the collation of department names (app.domain.ordering), per connection


def apply_pragmas(connection: Any) -> None:
    cursor = connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def driver(key: bytes | None) -> Any:
    """The DB-API module: SQLCipher for an encrypted file, the standard library otherwise."""
    return _sqlcipher() if key is not None else sqlite3


def connect(path: Path, key: bytes | None = None, read_only: bool = False) -> Any:
    """A raw DB-API connection (backups, checks); SQLCipher when a key is given."""
    uri = sqlite_uri(path, read_only)
    connection = driver(key).connect(uri, uri=True)
    apply_key(connection, key)
    return connection
