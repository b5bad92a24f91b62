"""Removable drives (USB sticks) the package can be written to, on Linux and Windows.

Linux: mounted file systems from /proc/mounts whose block device is marked removable in
/sys/block/*/removable, plus anything mounted under /media or /run/media (desktop automount).
Windows: drive letters whose type is DRIVE_REMOVABLE. Other systems: none (pick a folder).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

AUTOMOUNT_ROOTS = ("/media/", "/run/media/")
DRIVE_REMOVABLE = 2


@dataclass(frozen=True)
class RemovableDrive:
    path: Path
    label: str  # the device or volume name shown beside the path


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and tabs in paths as octal escapes."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def _block_removable(device: str, sys_block: Path) -> bool:
    name = Path(device).name
    if not device.startswith("/dev/") or not name:
        return False
    base = re.sub(r"(p?\d+)$", "", name) if not name.startswith("mmcblk") else name.split("p")[0]
    for candidate in (name, base):
        flag = sys_block / candidate / "removable"
        try:
            if flag.read_text().strip() == "1":
                return True
        except OSError:
            continue
    return False


def linux_drives(
    mounts: Path = Path("/proc/mounts"), sys_block: Path = Path("/sys/block")
) -> list[RemovableDrive]:
    try:
        lines = mounts.read_text().splitlines()
    except OSError:
        return []
    found: dict[Path, RemovableDrive] = {}
    for line in lines:
        fields = line.split()
        if len(fields) < 2:
            continue
        device, mount_point = _unescape(fields[0]), _unescape(fields[1])
        automounted = mount_point.startswith(AUTOMOUNT_ROOTS)
        if automounted or _block_removable(device, sys_block):
            path = Path(mount_point)
            found[path] = RemovableDrive(path, f"{path.name} ({device})")
    return sorted(found.values(), key=lambda d: str(d.path))


def windows_drives() -> list[RemovableDrive]:  # pragma: no cover - Windows only
    import ctypes
    import string

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    mask = kernel32.GetLogicalDrives()
    drives = []
    for index, letter in enumerate(string.ascii_uppercase):
        if mask & (1 << index):
            root = f"{letter}:\\"
            if kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) == DRIVE_REMOVABLE:
                drives.append(RemovableDrive(Path(root), root))
    return drives


def removable_drives() -> list[RemovableDrive]:
    """The removable drives mounted now, writable by this user."""
    if sys.platform == "win32":
        drives = windows_drives()
    elif sys.platform.startswith("linux"):
        drives = linux_drives()
    else:
        drives = []
    return [d for d in drives if os.access(d.path, os.W_OK)]
