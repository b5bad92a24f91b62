"""The site's exchange secrets, kept in the `setting` table: the Ed25519 signing key of its
county-review packages, the secret behind its pseudonymous staff codes, and the sequence
number of each period's packages.

The key is made at site setup (new site or demo); a database from before that gets it on its
first export. It never changes afterwards: the county pins it on the first import and refuses
packages signed by another key unless the reviewer confirms (after comparing fingerprints).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session

from app.db.models import Setting

SIGNING_KEY = "exchange.signing_key"
PSEUDONYM_SECRET = "exchange.pseudonym_secret"
SEQUENCES = "exchange.sequences"


def _get(session: Session, key: str) -> object | None:
    row = session.get(Setting, key)
    return None if row is None else json.loads(row.value)


def _put(session: Session, key: str, value: object) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)
    session.flush()


def signing_key(session: Session) -> Ed25519PrivateKey:
    """The site's private key, made and stored on first use."""
    stored = _get(session, SIGNING_KEY)
    if isinstance(stored, str):
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(stored))
    key = Ed25519PrivateKey.generate()
    _put(session, SIGNING_KEY, key.private_bytes_raw().hex())
    return key


def public_key_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes_raw().hex()


def stored_public_key(session: Session) -> str | None:
    """The public key as hex, or None while the site has no key yet (nothing is made here)."""
    stored = _get(session, SIGNING_KEY)
    if not isinstance(stored, str):
        return None
    return public_key_hex(Ed25519PrivateKey.from_private_bytes(bytes.fromhex(stored)))


def pseudonym_secret(session: Session) -> bytes:
    stored = _get(session, PSEUDONYM_SECRET)
    if isinstance(stored, str):
        return bytes.fromhex(stored)
    secret = secrets.token_bytes(32)
    _put(session, PSEUDONYM_SECRET, secret.hex())
    return secret


def pseudonym(secret: bytes, staff_id: int) -> str:
    """A stable code for a person: the same in every package of the site, unguessable
    without the site's secret (an HMAC, not a hash of the id alone)."""
    digest = hmac.new(secret, str(staff_id).encode("ascii"), hashlib.sha256).hexdigest()
    return "P" + digest[:12].upper()


def peek_sequence(session: Session, period: str) -> int:
    """The sequence number the period's next package gets (1, 2, ...)."""
    stored = _get(session, SEQUENCES)
    sequences = stored if isinstance(stored, dict) else {}
    return int(sequences.get(period, 0)) + 1


def store_sequence(session: Session, period: str, number: int) -> None:
    """Count a written package (only once it is complete, so a failed export reuses it)."""
    stored = _get(session, SEQUENCES)
    sequences: dict[str, int] = dict(stored) if isinstance(stored, dict) else {}
    sequences[period] = max(number, int(sequences.get(period, 0)))
    _put(session, SEQUENCES, sequences)
