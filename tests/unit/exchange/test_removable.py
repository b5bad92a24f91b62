"""Removable drives: on Linux from the mount table and sysfs, on Windows from kernel32's answers
(given by a fake here), and only where this user can write."""

from __future__ import annotations

import ctypes
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.exchange.removable import (
    DRIVE_FIXED,
    DRIVE_REMOVABLE,
    INVALID_HANDLE,
    IOCTL_STORAGE_QUERY_PROPERTY,
    OPEN_EXISTING,
    StorageDeviceDescriptor,
    StoragePropertyQuery,
    bus_type,
    linux_drives,
    removable_drives,
    volume_label,
    windows_drives,
    writable,
)


def test_usb_sticks_are_found_and_the_system_disk_is_not(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/nvme0n1p2 / ext4 rw 0 0\n"
        "/dev/sdb1 /mnt/usb vfat rw 0 0\n"
        "/dev/sdc1 /media/wang/KINGSTON\\040USB vfat rw 0 0\n"
        "proc /proc proc rw 0 0\n"
    )
    block = tmp_path / "block"
    for name, flag in (("nvme0n1", "0"), ("sdb", "1"), ("sdc", "0")):
        (block / name).mkdir(parents=True)
        (block / name / "removable").write_text(flag + "\n")
    found = [str(d.path) for d in linux_drives(mounts, block)]
    assert found == ["/media/wang/KINGSTON USB", "/mnt/usb"]


@pytest.mark.skipif(sys.platform == "win32", reason="sysfs symlinks: the Linux branch")
def test_a_usb_disk_that_says_it_is_not_removable_is_found_by_its_bus(tmp_path: Path) -> None:
    """Linux: removable=0, but the block device hangs off a USB port (its sysfs link says so)."""
    devices = tmp_path / "devices"
    usb_disk = devices / "pci0000:00" / "usb2" / "2-1" / "2-1:1.0" / "host6" / "block" / "sdd"
    sata_disk = devices / "pci0000:00" / "ata1" / "host0" / "block" / "sda"
    block = tmp_path / "block"
    block.mkdir()
    for disk in (usb_disk, sata_disk):
        disk.mkdir(parents=True)
        (disk / "removable").write_text("0\n")
        (block / disk.name).symlink_to(disk)
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda2 /data ext4 rw 0 0\n/dev/sdd1 /mnt/backup exfat rw 0 0\n")
    assert [str(d.path) for d in linux_drives(mounts, block)] == ["/mnt/backup"]


# --- Windows, with kernel32's answers given by a fake -------------------------------------------


@dataclass
class FakeDisk:
    drive_type: int  # GetDriveTypeW
    bus: int | None  # STORAGE_BUS_TYPE; None: the volume cannot be opened for the query
    label: str = ""
    query_fails: bool = False


class FakeKernel32:
    """Answers like kernel32 for the drives in `disks` (letter -> FakeDisk)."""

    def __init__(self, disks: dict[str, FakeDisk]) -> None:
        self.disks = disks
        self.open: dict[int, str] = {}
        self.closed: list[int] = []
        self.asked: list[str] = []  # the drive letters CreateFileW was called for

    def GetLogicalDrives(self) -> int:
        return sum(1 << (ord(letter) - ord("A")) for letter in self.disks)

    def GetDriveTypeW(self, root: str) -> int:
        assert root.endswith(":\\")
        return self.disks[root[0]].drive_type

    def CreateFileW(self, name: str, access: int, share: int, *rest: object) -> int | None:
        assert name.startswith("\\\\.\\") and name.endswith(":") and access == 0
        assert rest[1] == OPEN_EXISTING
        letter = name[4]
        self.asked.append(letter)
        if self.disks[letter].bus is None:
            return INVALID_HANDLE
        handle = 1000 + len(self.open)
        self.open[handle] = letter
        return handle

    def DeviceIoControl(
        self, handle: int, code: int, query: Any, query_size: int, out: Any, out_size: int,
        returned: Any, overlapped: object,
    ) -> int:  # fmt: skip
        assert code == IOCTL_STORAGE_QUERY_PROPERTY and query.contents.PropertyId == 0
        assert query_size == ctypes.sizeof(StoragePropertyQuery) and overlapped is None
        disk = self.disks[self.open[handle]]
        if disk.query_fails:
            return 0
        descriptor = StorageDeviceDescriptor.from_buffer(out)
        descriptor.Size = ctypes.sizeof(StorageDeviceDescriptor)
        descriptor.BusType = disk.bus or 0
        returned.contents.value = ctypes.sizeof(StorageDeviceDescriptor)
        return 1

    def CloseHandle(self, handle: int) -> int:
        self.closed.append(handle)
        return 1

    def GetVolumeInformationW(self, root: str, name: Any, size: int, *rest: object) -> int:
        assert size == len(name)
        name.value = self.disks[root[0]].label
        return 1


USB, SATA, NVME, SD = 7, 11, 17, 12
REMOTE, CDROM = 4, 5


def office_pc() -> FakeKernel32:
    return FakeKernel32(
        {
            "C": FakeDisk(DRIVE_FIXED, SATA, "系统"),  # the system disk
            "D": FakeDisk(DRIVE_FIXED, NVME, "数据"),  # a second internal disk
            "E": FakeDisk(DRIVE_REMOVABLE, USB, "KINGSTON"),  # a USB stick
            "F": FakeDisk(DRIVE_FIXED, USB, "WD Passport"),  # a USB disk that says "fixed"
            "G": FakeDisk(DRIVE_FIXED, None),  # cannot be asked (no rights): not offered
            "H": FakeDisk(DRIVE_REMOVABLE, SD, ""),  # an SD card
            "I": FakeDisk(DRIVE_FIXED, USB, query_fails=True),  # the query refused
            "R": FakeDisk(CDROM, 2),
            "Z": FakeDisk(REMOTE, None, "share"),  # a mapped network drive
        }
    )


def test_windows_finds_sticks_cards_and_usb_disks_that_report_fixed() -> None:
    kernel32 = office_pc()
    drives = windows_drives(kernel32, system_drive="C:")
    assert [(str(d.path), d.label) for d in drives] == [
        ("E:\\", "E:\\ (KINGSTON) USB"),
        ("F:\\", "F:\\ (WD Passport) USB"),
        ("H:\\", "H:\\ SD"),
    ]
    assert sorted(kernel32.closed) == sorted(kernel32.open)  # every handle closed again
    assert not {"R", "Z"} & set(kernel32.asked)  # a CD drive or network drive is never opened


def test_windows_offers_only_the_drives_this_user_can_write_to() -> None:
    writable_roots = {"E:\\", "H:\\"}  # F: is write-protected, say

    drives = removable_drives("win32", office_pc(), can_write=lambda p: str(p) in writable_roots)
    assert [str(d.path) for d in drives] == ["E:\\", "H:\\"]


def test_the_system_drive_is_never_offered_even_on_a_usb_bus() -> None:
    kernel32 = FakeKernel32({"C": FakeDisk(DRIVE_FIXED, USB), "E": FakeDisk(DRIVE_REMOVABLE, USB)})
    assert [str(d.path) for d in windows_drives(kernel32, system_drive="c:")] == ["E:\\"]


def test_bus_type_reads_the_descriptor_and_gives_up_when_it_cannot_ask() -> None:
    kernel32 = office_pc()
    assert bus_type(kernel32, "F") == USB
    assert bus_type(kernel32, "D") == NVME
    assert bus_type(kernel32, "G") is None  # CreateFileW failed
    assert bus_type(kernel32, "I") is None  # DeviceIoControl failed
    assert volume_label(kernel32, "E:\\") == "KINGSTON"


def test_a_folder_is_writable_only_when_a_file_can_be_made_there(tmp_path: Path) -> None:
    assert writable(tmp_path)
    assert not writable(tmp_path / "missing")
    (tmp_path / "file").write_text("x")
    assert not writable(tmp_path / "file")
    assert list(tmp_path.iterdir()) == [tmp_path / "file"]  # the probe left nothing behind


def test_other_systems_offer_no_drive() -> None:
    assert removable_drives("darwin") == []
