"""The fingerprint of a site's public signing key, short enough to read out on the phone.

The county compares it with what the site's technician reads from the Data exchange page
before trusting a first or a changed key: 16 hex digits of the key's SHA-256 in groups of 4.
"""

from __future__ import annotations

import hashlib

GROUPS = 4


def fingerprint(public_key_hex: str) -> str:
    """'3F2A-91BC-0D47-E5A8' for the Ed25519 public key given as hex."""
    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest().upper()
    return "-".join(digest[i * 4 : i * 4 + 4] for i in range(GROUPS))
