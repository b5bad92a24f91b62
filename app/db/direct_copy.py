"""A file copied past the page cache, for a copy that nothing reads back soon (the backup an
import keeps when its bytes were already checked).

Copied through the page cache, a 360 MB register costs the kernel 360 MB of new cache pages
for the copy, and how much that costs depends on the machine's memory at that moment: 0.08 to
0.95 s of system time for the same copy on the same machine. Written with `O_DIRECT`, the copy
goes from one buffer straight to the disk: 0.04 to 0.09 s, whatever the memory's state, and
the cache keeps the register's own pages. Linux only; elsewhere, or on a file system that
refuses `O_DIRECT`, the caller copies as usual.
"""

from __future__ import annotations

import contextlib
import errno
import mmap
import os
from pathlib import Path

CHUNK = 4 << 20  # bytes per read and write: 90 of each for a 360 MB register
BLOCK = 4096  # what a direct write's length and file offset must be multiples of

__all__ = ["copy_past_cache"]


def copy_past_cache(source: Path, target: Path) -> bool:
    """`source` written to a new `target` (replaced if there) as it stands, the whole file up
    to its end; False, with nothing written, where the platform or the file system cannot
    write past the cache. A failure part way raises OSError and leaves `target` part written
    (the caller removes it, as after any failed copy)."""
    direct = getattr(os, "O_DIRECT", 0)
    if not direct:
        return False
    try:
        out = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | direct, 0o666)  # as open()
    except OSError as error:
        if error.errno != errno.EINVAL:  # the file system has no direct writes
            raise
        with contextlib.suppress(FileNotFoundError):
            os.unlink(target)
        return False
    # Page-aligned, as a direct write's buffer must be. Freed with the last view of it, not
    # closed: after a failed write the error's traceback still holds views of it.
    buffer = memoryview(mmap.mmap(-1, CHUNK))
    try:
        with open(source, "rb", buffering=0) as reader:
            while length := reader.readinto(buffer):
                _write(out, buffer[:length])
    finally:
        os.close(out)
    return True


def _write(out: int, data: memoryview) -> None:
    """All of `data`: its whole blocks written directly, the bytes past the last whole block
    (a file's end) through the cache, and so is everything after a short write."""
    whole = len(data) - len(data) % BLOCK
    head, tail = data[:whole], data[whole:]
    while head:
        try:
            written = os.write(out, head)
        except OSError as error:
            # A device whose blocks are larger, or a buffer the kernel will not take as it
            # is: the rest goes through the cache, as any other copy.
            if error.errno != errno.EINVAL or not _through_cache(out):
                raise
            continue
        head = head[written:]
        if written % BLOCK:  # off a block's edge: a direct write can no longer follow
            _through_cache(out)
    if tail:
        _through_cache(out)
        while tail:
            tail = tail[os.write(out, tail) :]


def _through_cache(out: int) -> bool:
    """Direct writes ended for `out`; False if they were ended already."""
    import fcntl  # Linux's, as O_DIRECT is: not importable where there is none

    direct = getattr(os, "O_DIRECT", 0)
    flags = fcntl.fcntl(out, fcntl.F_GETFL)
    fcntl.fcntl(out, fcntl.F_SETFL, flags & ~direct)
    return bool(flags & direct)
