"""The county-review package on disk: a zip of stored (uncompressed) entries in one canonical
layout, with `manifest.json` and its Ed25519 signature `manifest.sig`.

`verify_package` checks everything before anyone reads a row: the sizes and compression the
zip declares (before inflating anything, and again while reading), the manifest's signature,
every member's size and SHA-256 against the manifest with nothing else in the zip, and every
manifest field the county reads. The signature covers the manifest and the manifest the
members' hashes, so how the zip was packed does not matter: a site and a county on different
Python or zlib versions accept each other's genuine packages. The site still writes one
canonical layout (stored members, fixed times) so the same package has the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PACKAGE_KIND = "site_package"  # a manifest without `kind` is a site's package too
FIXED_TIME = (2000, 1, 1, 0, 0, 0)  # members carry no timestamp; the manifest has the time


class PackageRejected(Exception):
    """The package cannot be trusted; `reason` is a code the UI and CLI turn into words."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason  # not_a_zip, damaged, too_large, bad_manifest, unknown_format,
        # bad_signature, hash_mismatch, extra_file, missing_file, bad_layout, unreadable,
        # bad_period, future_period, bad_sequence, bad_data, wrong_kind (a county's return
        # file where a site's package belongs, or the other way round), bad_time
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


# Limits checked on the zip's own declarations before anything is inflated, and again while
# reading (a declared size can lie): a real package is a workbook and a PDF of a few MB.
MAX_PACKAGE_BYTES = 256 * 1024 * 1024
MAX_MEMBERS = 16
MAX_MEMBER_BYTES = 128 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 100  # inflated ÷ compressed, for a deflated member
MAX_SEQUENCE = 2**31 - 1
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")


def _check_declarations(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise PackageRejected("too_large", f"{len(infos)} files")
    total = 0
    for info in infos:
        if not _SAFE_NAME.match(info.filename) or info.filename.startswith("."):
            raise PackageRejected("bad_layout", f"member name {info.filename!r}")
        if info.file_size > MAX_MEMBER_BYTES:
            raise PackageRejected("too_large", info.filename)
        stored = info.compress_type == zipfile.ZIP_STORED
        if not stored and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise PackageRejected("too_large", f"{info.filename}: compressed {MAX_RATIO}:1 or more")
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise PackageRejected("too_large", f"{total} bytes in all")


def _read_members(data: bytes) -> list[tuple[str, bytes]]:
    """Every member's bytes, never more than each declares (nor than the limits)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_declarations(infos)
            members = []
            for info in infos:
                with archive.open(info) as member:
                    content = member.read(info.file_size + 1)
                if len(content) != info.file_size:
                    raise PackageRejected("damaged", f"{info.filename}: size differs")
                members.append((info.filename, content))
            return members
    except PackageRejected:
        raise
    except zipfile.BadZipFile as error:
        text = str(error)
        reason = "not_a_zip" if "not a zip file" in text.lower() else "damaged"
        raise PackageRejected(reason, text) from error
    except Exception as error:  # zlib errors, bad headers, overflows: all mean damage
        raise PackageRejected("damaged", str(error)) from error


def text_field(value: object, field: str, longest: int) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > longest:
        raise PackageRejected("bad_manifest", field)
    return value


def check_manifest(manifest: dict[str, Any], today: dt.date) -> None:
    """Every field the county reads, with one clear rejection each (after the signature)."""
    from app.domain.periods import Period, PeriodError, quarter_of

    if manifest.get("kind", PACKAGE_KIND) != PACKAGE_KIND:
        raise PackageRejected("wrong_kind", str(manifest.get("kind"))[:40])
    site = manifest.get("site")
    if not isinstance(site, dict):
        raise PackageRejected("bad_manifest", "site")
    text_field(site.get("code"), "site.code", 32)
    text_field(site.get("name"), "site.name", 200)
    if not isinstance(site.get("county", ""), str):
        raise PackageRejected("bad_manifest", "site.county")
    try:
        period = Period.parse(str(manifest.get("period", "")))
    except PeriodError as error:
        raise PackageRejected("bad_period", str(manifest.get("period"))) from error
    this_quarter = Period.of_quarter(today.year, quarter_of(today))
    if period.first_day > this_quarter.last_day:
        raise PackageRejected("future_period", period.code)
    sequence = manifest.get("sequence")
    if type(sequence) is not int or not 1 <= sequence <= MAX_SEQUENCE:
        raise PackageRejected("bad_sequence", repr(sequence)[:40])
    if not isinstance(manifest.get("files"), dict):
        raise PackageRejected("bad_manifest", "files")


def verify_signed(data: bytes, check: Callable[[dict[str, Any]], None]) -> VerifiedPackage:
    """Check a signed zip of this layout (a site's package, the county's return file):
    limits, the signature over the manifest, `check` on the manifest's own fields, each member
    against its hash. How the zip was packed (compression, order, headers) is not compared: a
    genuine file from another zlib or Python still verifies."""
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
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError) as error:
        raise PackageRejected("bad_manifest", str(error)) from error
    try:
        public.verify(signature, raw_manifest)
    except InvalidSignature as error:
        raise PackageRejected("bad_signature") from error
    if version != FORMAT_VERSION:
        raise PackageRejected("unknown_format", str(version))
    check(manifest)
    if not isinstance(listed, dict):
        raise PackageRejected("bad_manifest", "files")
    for name, data_ in contents.items():
        entry = listed.get(name)
        if not isinstance(entry, dict):
            raise PackageRejected("extra_file", name)
        if entry.get("size") != len(data_) or entry.get("sha256") != sha256(data_):
            raise PackageRejected("hash_mismatch", name)
    for name in listed:
        if name not in contents:
            raise PackageRejected("missing_file", name)
    return VerifiedPackage(manifest, contents, sha256(data), key_hex)


def verify_bytes(data: bytes, today: dt.date | None = None) -> VerifiedPackage:
    """Check a site's package (`verify_signed` with the package manifest's fields)."""
    return verify_signed(data, lambda manifest: check_manifest(manifest, today or dt.date.today()))


def read_regular_file(path: Path, largest: int) -> bytes:
    """The bytes of a regular file no larger than `largest` (PackageRejected otherwise)."""
    if not Path(path).is_file():  # a folder, a pipe (which would block) or a device
        raise PackageRejected("unreadable", "not a regular file")
    try:
        size = Path(path).stat().st_size
        if size > largest:
            raise PackageRejected("too_large", f"{size} bytes")
        return Path(path).read_bytes()
    except OSError as error:
        raise PackageRejected("unreadable", str(error)) from error


def verify_package(path: Path, today: dt.date | None = None) -> VerifiedPackage:
    return verify_bytes(read_regular_file(path, MAX_PACKAGE_BYTES), today)
