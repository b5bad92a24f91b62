"""Removable drives are found from the mount table and the kernel's removable flags."""

from __future__ import annotations

from pathlib import Path

from app.exchange.removable import linux_drives


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
