"""A register on a network drive (Windows) or a network file system (Linux) is refused with the
reason, before anything is read or written there. Windows' GetDriveTypeW and Linux's mount
table are answered by fakes: no test machine has a mapped drive or an NFS share."""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath

import pytest

from app.cli import main
from app.db import network_location as location
from app.db.migrate import open_database
from app.db.network_location import (
    DRIVE_REMOTE,
    NetworkLocation,
    linux_network_location,
    network_location,
    windows_network_location,
)
from app.services import login

DRIVE_FIXED, DRIVE_REMOVABLE = 3, 2
# The mount-table cases use POSIX paths; the refusal end to end needs the Linux branch in use.
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the mount table")


def drive_types(remote: str = "Z") -> dict[str, int]:
    return {"C:\\": DRIVE_FIXED, "E:\\": DRIVE_REMOVABLE, f"{remote}:\\": DRIVE_REMOTE}


def asked(types: dict[str, int], log: list[str] | None = None):  # type: ignore[no-untyped-def]
    def get_drive_type(root: str) -> int:
        if log is not None:
            log.append(root)
        return types[root]

    return get_drive_type


@pytest.mark.parametrize(
    ("path", "where"),
    [
        (r"Z:\健康小屋\healthroom.db", "Z:"),  # a mapped network drive
        (r"\\nas\共享\healthroom.db", r"\\nas\共享"),  # a UNC path
        (r"\\?\UNC\nas\share\healthroom.db", r"\\nas\share"),  # the same, extended-length
        (r"\\?\Z:\healthroom.db", "Z:"),
        (r"C:\Users\wang\AppData\Local\healthroom\healthroom.db", None),
        (r"\\?\C:\data\healthroom.db", None),
        (r"E:\healthroom.db", None),  # a USB stick is not a network location
    ],
)
def test_windows_network_drives_and_unc_paths(path: str, where: str | None) -> None:
    assert windows_network_location(PureWindowsPath(path), asked(drive_types())) == where


def test_windows_asks_the_drive_type_of_the_drive_root_only() -> None:
    roots: list[str] = []
    windows_network_location(PureWindowsPath(r"z:\a\b.db"), asked({"z:\\": DRIVE_REMOTE}, roots))
    assert roots == ["z:\\"]
    roots.clear()
    windows_network_location(PureWindowsPath(r"\\nas\share\b.db"), asked({}, roots))
    assert roots == []  # a UNC path needs no question


def test_the_windows_branch_is_taken_for_win32() -> None:
    fake = asked(drive_types("Y"))
    assert network_location(Path(r"Y:\x.db"), platform="win32", drive_type=fake) == "Y:"
    assert network_location(Path(r"C:\x.db"), platform="win32", drive_type=fake) is None


MOUNTS = (
    "/dev/sda2 / ext4 rw 0 0\n"
    "nas:/export/office /mnt/nas nfs4 rw,relatime 0 0\n"
    "//nas/健康 /mnt/smb\\040share cifs rw 0 0\n"
    "wang@host:/srv /home/wang/remote fuse.sshfs rw 0 0\n"
    "/dev/sdb1 /mnt/nas/local-cache ext4 rw 0 0\n"
    "tmpfs /tmp tmpfs rw 0 0\n"
)


@linux_only
@pytest.mark.parametrize(
    ("path", "where"),
    [
        ("/mnt/nas/台账/healthroom.db", "nfs4 nas:/export/office"),
        ("/mnt/smb share/healthroom.db", "cifs //nas/健康"),
        ("/home/wang/remote/healthroom.db", "fuse.sshfs wang@host:/srv"),
        ("/mnt/nas/local-cache/healthroom.db", None),  # a local disk mounted inside the share
        ("/home/wang/healthroom.db", None),
        ("/tmp/healthroom.db", None),
        ("/mnt/nasty/healthroom.db", None),  # only whole path parts count
    ],
)
def test_linux_network_file_systems(tmp_path: Path, path: str, where: str | None) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS, encoding="utf-8")
    assert linux_network_location(Path(path), mounts) == where
    assert network_location(Path(path), platform="linux", mounts=mounts) == where


@linux_only
def test_no_mount_table_means_no_refusal(tmp_path: Path) -> None:
    assert linux_network_location(Path("/mnt/nas/x.db"), tmp_path / "missing") is None
    assert network_location(Path("/Volumes/x.db"), platform="darwin") is None


@pytest.fixture
def on_nfs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path/share as the kernel would list an NFS mount there."""
    share = tmp_path / "share"
    share.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda2 / ext4 rw 0 0\nnas:/export {share} nfs4 rw 0 0\n")
    monkeypatch.setattr(location, "MOUNTS", mounts)
    return share


@linux_only
def test_opening_or_creating_a_register_there_is_refused_and_writes_nothing(on_nfs: Path) -> None:
    register = on_nfs / "健康小屋" / "healthroom.db"
    with pytest.raises(NetworkLocation) as refused:
        open_database(register)
    assert refused.value.where == "nfs4 nas:/export"
    assert "网络位置" in str(refused.value) and "network location" in str(refused.value)
    with pytest.raises(NetworkLocation):
        login.create_encrypted(register, "chair", "a long enough password")
    assert list(on_nfs.iterdir()) == []  # no folder, no key file, no database


@linux_only
def test_the_command_line_says_why_and_exits_1(
    on_nfs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register = on_nfs / "healthroom.db"
    assert main(["--db", str(register), "check"]) == 1
    error = capsys.readouterr().err
    assert "Traceback" not in error
    assert "台账文件在网络位置（nfs4 nas:/export）" in error and "own disk" in error
    assert not register.exists()
