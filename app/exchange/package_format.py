"""The county-review package on disk: a zip of stored (uncompressed) entries in one canonical
layout, with `manifest.json` and its Ed25519 signature `manifest.sig`.

`verify_package` checks everything before anyone reads a row: the zip opens, the manifest's
signature is good, every file has the size and SHA-256 the manifest names and nothing else is
in the zip, and the zip's bytes are exactly the canonical layout of those files — so one byte
flipped anywhere (data, headers, directory) or a truncated file is rejected with a reason.
The members are stored, not deflated (the PDFs and the workbook are compressed already), so
the canonical bytes do not depend on the zlib of the machine that wrote them.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
FIXED_TIME = (2000, 1, 1, 0, 0, 0)  # members carry no timestamp; the manifest has the time


class PackageRejected(Exception):
    """The package cannot be trusted; `reason` is a code the UI and CLI turn into words."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason  # not_a_zip, damaged, bad_manifest, unknown_format,
        # bad_signature, hash_mismatch, extra_file, missing_file, bad_layout, unreadable
        self.detail = detail


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def canonical_zip(members: Sequence[tuple[str, bytes]]) -> bytes:
    """The package's bytes for these members, always the same for the same members."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


@dataclass(frozen=True)
class VerifiedPackage:
    manifest: dict[str, Any]
    files: dict[str, bytes]  # every member but the manifest and its signature
    sha256: str  # of the whole zip: the same package imported twice is recognised
    public_key: str  # hex

    @property
    def site_code(self) -> str:
        return str(self.manifest["site"]["code"])

    @property
    def period(self) -> str:
        return str(self.manifest["period"])

    @property
    def sequence(self) -> int:
        return int(self.manifest["sequence"])


def _read_members(data: bytes) -> list[tuple[str, bytes]]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return [(info.filename, archive.read(info)) for info in archive.infolist()]
    except zipfile.BadZipFile as error:
        text = str(error)
        reason = "not_a_zip" if "not a zip file" in text.lower() else "damaged"
        raise PackageRejected(reason, text) from error
    except Exception as error:  # zlib errors, bad headers, overflows: all mean damage
        raise PackageRejected("damaged", str(error)) from error


def verify_bytes(data: bytes) -> VerifiedPackage:
    members = _read_members(data)
    names = [name for name, _ in members]
    if len(set(names)) != len(names):
        raise PackageRejected("bad_layout", "duplicate member")
    contents = dict(members)
    if MANIFEST not in contents or SIGNATURE not in contents:
        raise PackageRejected("missing_file", MANIFEST if MANIFEST not in contents else SIGNATURE)
    raw_manifest = contents.pop(MANIFEST)
    signature = contents.pop(SIGNATURE)
    try:
        manifest = json.loads(raw_manifest.decode("utf-8"))
        key_hex = str(manifest["public_key"])
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(key_hex))
        listed = manifest["files"]
        version = int(manifest["format_version"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
        raise PackageRejected("bad_manifest", str(error)) from error
    try:
        public.verify(signature, raw_manifest)
    except InvalidSignature as error:
        raise PackageRejected("bad_signature") from error
    if version != FORMAT_VERSION:
        raise PackageRejected("unknown_format", str(version))
    for name, data_ in contents.items():
        entry = listed.get(name)
        if entry is None:
            raise PackageRejected("extra_file", name)
        if entry.get("size") != len(data_) or entry.get("sha256") != sha256(data_):
            raise PackageRejected("hash_mismatch", name)
    for name in listed:
        if name not in contents:
            raise PackageRejected("missing_file", name)
    if canonical_zip(members) != data:
        raise PackageRejected("bad_layout", "the zip's structure was changed")
    return VerifiedPackage(manifest, contents, sha256(data), key_hex)


def verify_package(path: Path) -> VerifiedPackage:
    if not Path(path).is_file():  # a folder, a pipe (which would block) or a device
        raise PackageRejected("unreadable", "not a regular file")
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise PackageRejected("unreadable", str(error)) from error
    return verify_bytes(data)
