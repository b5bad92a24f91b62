"""Write a file so that it is either complete under its final name or not there at all.

The content goes to a temporary name in the target folder (same file system, so the rename is
atomic), is flushed and fsynced, then renamed over the final name. On any failure — a full
disk, a pulled USB stick, a bug — the temporary file is removed and a previous file under the
final name is left untouched.

On Windows a file open in Excel or WPS cannot be replaced, and an antivirus scanner holds a new
file for a moment: the rename is tried again for about a second and a half, then the target
is reported as in use ("close it in Excel/WPS first").
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from app.db.renaming import replace_file


class OutputError(OSError):
    """The file could not be written; `reason` is a code the UI and CLI turn into words."""

    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason} {detail}".strip())
        self.path = path
        self.reason = reason  # no_space, not_writable, folder_missing, is_folder, in_use, io_error


def _reason(error: OSError, target: Path | None = None) -> str:
    import errno

    if (
        isinstance(error, PermissionError)
        and target is not None
        and target.exists()
        and os.access(target.parent, os.W_OK)
    ):
        return "in_use"  # a writable folder, an existing target: another program holds it
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "no_space"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "not_writable"
    if error.errno == errno.ENOENT:
        return "folder_missing"
    return "io_error"


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; the rename is durable enough
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def check_target(target: Path) -> None:
    """Refuse, before any work, a target that cannot become a file: a folder, a missing one."""
    target = Path(target)
    if target.is_dir():
        raise OutputError(target, "is_folder")
    if not target.parent.is_dir():
        raise OutputError(target, "folder_missing")


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write to; on success it replaces `target` atomically."""
    target = Path(target)
    folder = target.parent
    check_target(target)
    temp = folder / f".{target.name}.{os.urandom(4).hex()}.part"
    try:
        yield temp
        with open(temp, "rb+") as handle:
            handle.flush()
            os.fsync(handle.fileno())
        replace_file(temp, target)
        _fsync_dir(folder)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(error, OutputError) or error.errno is None:
            raise  # not the file system's: a role refusal (PermissionDenied) stays one
        raise OutputError(target, _reason(error, target), str(error)) from error
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def write_bytes(target: Path, data: bytes) -> Path:
    with atomic_path(target) as temp:
        temp.write_bytes(data)
    return target
