"""Removable drives (USB sticks, USB disks, memory cards) the package can be written to.

Linux: mounted file systems from /proc/mounts whose block device is marked removable in
/sys/block/*/removable or sits on a USB bus, plus anything mounted under /media or /run/media
(desktop automount).
Windows: drive letters whose type is DRIVE_REMOVABLE, and fixed drives whose storage bus is USB,
FireWire, SD or MMC (a USB hard disk, and many large USB sticks, report themselves as fixed): the
bus type comes from IOCTL_STORAGE_QUERY_PROPERTY. The kernel32 functions are passed in, so the
tests answer for Windows on any OS.
Either way a drive is offered only when a file can really be created on it (this user's
permissions, a write-protected card, a reader without a card). Other systems: none.
"""

from __future__ import annotations

import ctypes
import os
import re
import string
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

AUTOMOUNT_ROOTS = ("/media/", "/run/media/")
DRIVE_REMOVABLE, DRIVE_FIXED = 2, 3
# STORAGE_BUS_TYPE values of buses that are plugged in and out.
REMOVABLE_BUSES = {4: "1394", 7: "USB", 12: "SD", 13: "MMC"}
IOCTL_STORAGE_QUERY_PROPERTY = 0x002D1400
OPEN_EXISTING = 3
FILE_SHARE_READ_WRITE = 0x1 | 0x2
INVALID_HANDLE = ctypes.c_void_p(-1).value


class StoragePropertyQuery(ctypes.Structure):
    _fields_ = [
        ("PropertyId", ctypes.c_uint32),  # 0: StorageDeviceProperty
        ("QueryType", ctypes.c_uint32),  # 0: PropertyStandardQuery
        ("AdditionalParameters", ctypes.c_ubyte * 1),
    ]


class StorageDeviceDescriptor(ctypes.Structure):
    _fields_ = [
        ("Version", ctypes.c_uint32),
        ("Size", ctypes.c_uint32),
        ("DeviceType", ctypes.c_ubyte),
        ("DeviceTypeModifier", ctypes.c_ubyte),
        ("RemovableMedia", ctypes.c_ubyte),
        ("CommandQueueing", ctypes.c_ubyte),
        ("VendorIdOffset", ctypes.c_uint32),
        ("ProductIdOffset", ctypes.c_uint32),
        ("ProductRevisionOffset", ctypes.c_uint32),
        ("SerialNumberOffset", ctypes.c_uint32),
        ("BusType", ctypes.c_uint32),
        ("RawPropertiesLength", ctypes.c_uint32),
        ("RawDeviceProperties", ctypes.c_ubyte * 1),
    ]


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
        # A USB disk says removable=0; its sysfs entry links to a device on a USB bus.
        if any(part.startswith("usb") for part in (sys_block / candidate).resolve().parts):
            return True
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


def bus_type(kernel32: Any, letter: str) -> int | None:
    """The STORAGE_BUS_TYPE of the disk behind drive `letter`, None when it cannot be asked."""
    handle = kernel32.CreateFileW(
        f"\\\\.\\{letter}:", 0, FILE_SHARE_READ_WRITE, None, OPEN_EXISTING, 0, None
    )
    if handle in (None, 0, INVALID_HANDLE):
        return None
    try:
        query = StoragePropertyQuery(0, 0)
        buffer = (ctypes.c_ubyte * 1024)()
        returned = ctypes.c_uint32(0)
        ok = kernel32.DeviceIoControl(
            handle,
            IOCTL_STORAGE_QUERY_PROPERTY,
            ctypes.pointer(query),
            ctypes.sizeof(query),
            buffer,
            ctypes.sizeof(buffer),
            ctypes.pointer(returned),
            None,
        )
        if not ok or returned.value < StorageDeviceDescriptor.BusType.offset + 4:
            return None
        return int(StorageDeviceDescriptor.from_buffer(buffer).BusType)
    finally:
        kernel32.CloseHandle(handle)


def volume_label(kernel32: Any, root: str) -> str:
    name = ctypes.create_unicode_buffer(261)
    ok = kernel32.GetVolumeInformationW(root, name, len(name), None, None, None, None, 0)
    return name.value if ok else ""


def windows_drives(kernel32: Any, system_drive: str = "C:") -> list[RemovableDrive]:
    mask = kernel32.GetLogicalDrives()
    drives = []
    for index, letter in enumerate(string.ascii_uppercase):
        root = f"{letter}:\\"
        if not mask & (1 << index) or f"{letter}:".upper() == system_drive.upper():
            continue
        kind = kernel32.GetDriveTypeW(root)
        if kind not in (DRIVE_REMOVABLE, DRIVE_FIXED):  # network, CD/DVD, RAM disk: never asked
            continue
        bus = REMOVABLE_BUSES.get(bus_type(kernel32, letter) or 0)
        if kind == DRIVE_REMOVABLE or bus is not None:
            name = volume_label(kernel32, root)
            label = " ".join(part for part in (root, name and f"({name})", bus) if part)
            drives.append(RemovableDrive(Path(root), label))
    return drives


def windows_kernel32() -> Any:  # pragma: no cover - the real API, on Windows only
    # Its own handle on kernel32, so the signatures set here reach no other ctypes user.
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    kernel32.CreateFileW.restype = ctypes.c_void_p
    kernel32.CreateFileW.argtypes = [
        ctypes.c_wchar_p, ctypes.c_uint32, ctypes.c_uint32, ctypes.c_void_p, ctypes.c_uint32,
        ctypes.c_uint32, ctypes.c_void_p,
    ]  # fmt: skip
    kernel32.DeviceIoControl.argtypes = [
        ctypes.c_void_p, ctypes.c_uint32, ctypes.c_void_p, ctypes.c_uint32, ctypes.c_void_p,
        ctypes.c_uint32, ctypes.c_void_p, ctypes.c_void_p,
    ]  # fmt: skip
    kernel32.CloseHandle.argtypes = [ctypes.c_void_p]
    kernel32.GetDriveTypeW.argtypes = [ctypes.c_wchar_p]
    return kernel32


def writable(folder: Path) -> bool:
    """True when a file can be created in `folder` (what os.access cannot tell on Windows)."""
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".healthroom-probe-"):
            return True
    except OSError:
        return False


def removable_drives(
    platform: str = sys.platform,
    kernel32: Any = None,
    can_write: Callable[[Path], bool] = writable,
) -> list[RemovableDrive]:
    """The removable drives mounted now that this user can write to."""
    if platform == "win32":
        system = os.environ.get("SYSTEMDRIVE", "C:")  # Windows: case-insensitive
        drives = windows_drives(kernel32 or windows_kernel32(), system)
    elif platform.startswith("linux"):
        drives = linux_drives()
    else:
        drives = []
    return [d for d in drives if can_write(d.path)]
