"""A register on a network drive or a network file system is refused before it is opened.

SQLite in WAL mode keeps a shared-memory index (the -shm file) that only works between programs
on one computer, and its file locks are not reliable over SMB or NFS: two PCs opening the same
register over the network could each write over the other's changes. The register has to be on
the PC's own disk (backups and exports may go anywhere).

Windows: a UNC path (\\\\server\\share\\…) or a drive letter whose type is DRIVE_REMOTE (a mapped
network drive). Linux: the file system under the path (the longest mount point in /proc/mounts)
is NFS, SMB/CIFS, sshfs or another network file system. The Windows call is passed in, so the
tests answer for it on any OS.
"""

from __future__ import annotations

import ntpath
import posixpath
import re
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

DRIVE_REMOTE = 4  # GetDriveTypeW: a network drive
MOUNTS = Path("/proc/mounts")
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p",
        "ceph", "glusterfs", "lustre", "gpfs", "ocfs2", "davfs", "sshfs", "fuse.sshfs",
        "fuse.glusterfs", "fuse.cephfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "fuse.smbnetfs",
    }
)  # fmt: skip


class NetworkLocation(Exception):
    """The register's folder is on a network drive or file system (`where` says which)."""

    def __init__(self, path: Path, where: str) -> None:
        self.path = Path(path)
        self.where = where
        super().__init__(
            f"{path}: 台账文件在网络位置（{where}），不能在这里打开——多台电脑同时写入会损坏数据。"
            f"请把它复制到本机硬盘（如 D:\\健康小屋）后再打开。 / the register is on a network "
            f"location ({where}) and cannot be opened there: SQLite cannot share it safely "
            "between computers. Copy it to this computer's own disk and open that copy."
        )


def windows_network_location(path: PureWindowsPath, drive_type: Callable[[str], int]) -> str | None:
    """'\\\\server\\share' for a UNC path, 'Z:' for a mapped network drive, else None."""
    drive = path.drive
    if drive.startswith(("\\\\?\\UNC\\", "//?/UNC/")):
        return "\\\\" + drive[8:]
    if drive.startswith(("\\\\?\\", "//?/")):  # an extended-length local path: \\?\C:\…
        return windows_network_location(PureWindowsPath(str(path)[4:]), drive_type)
    if drive.startswith(("\\\\", "//")):
        return drive
    if drive and drive_type(drive + "\\") == DRIVE_REMOTE:
        return drive
    return None


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and tabs in paths as octal escapes."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def linux_network_location(path: Path, mounts: Path | None = None) -> str | None:
    """'nfs4 server:/export' when the longest mount point above `path` is a network one."""
    try:
        lines = (mounts or MOUNTS).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best: tuple[int, str, str] | None = None  # (length of the mount point, type, source)
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        source, point, kind = _unescape(fields[0]), _unescape(fields[1]), fields[2]
        mount = Path(point)
        if (path == mount or mount in path.parents) and (
            best is None or len(mount.parts) > best[0]
        ):
            best = (len(mount.parts), kind, source)
    if best is None:
        return None
    _length, kind, source = best
    return f"{kind} {source}" if kind in NETWORK_FILE_SYSTEMS else None


def _windows_drive_type(root: str) -> int:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    return int(kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))


def network_location(
    path: Path,
    platform: str = sys.platform,
    drive_type: Callable[[str], int] | None = None,
    mounts: Path | None = None,
) -> str | None:
    """Where `path` lies when that is a network location, else None."""
    if platform == "win32":
        return windows_network_location(
            PureWindowsPath(ntpath.abspath(path)), drive_type or _windows_drive_type
        )
    if platform.startswith("linux"):
        return linux_network_location(Path(posixpath.abspath(path)), mounts)
    return None


def refuse_network_location(path: Path) -> None:
    """Raise `NetworkLocation` when the register `path` is on a network location."""
    where = network_location(path)
    if where is not None:
        raise NetworkLocation(path, where)
