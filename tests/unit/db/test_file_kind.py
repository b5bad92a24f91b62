"""What the sign-in window knows of a file before the database layer is imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.catalogue.codes import Role
from app.db.file_kind import FileKind, file_kind, key_file_path, plainly_has_accounts
from app.db.migrate import open_database
from app.services import accounts
from tests.support import CHAIR


@pytest.mark.parametrize("folder", ["plain", "健康小屋 #1", "50% done?"])  # "?": Linux only
def test_a_register_with_accounts_is_recognised_in_any_folder(tmp_path: Path, folder: str) -> None:
    path = tmp_path / folder / "healthroom.db"
    path.parent.mkdir()
    assert file_kind(path) is FileKind.NEW
    db = open_database(path)
    assert not plainly_has_accounts(path)  # no accounts yet: checked the slow way
    accounts.create_user(db, CHAIR, "chair", Role.CHAIR, "demo-pass-1234")
    db.close()
    assert file_kind(path) is FileKind.PLAIN
    assert plainly_has_accounts(path)
    key_file_path(path).write_bytes(b"{}")
    assert file_kind(path) is FileKind.ENCRYPTED


def test_anything_else_is_left_to_the_full_check(tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database at all" * 100)
    assert not plainly_has_accounts(broken)
    workspace = tmp_path / "county.db"
    from app.db.county_models import open_workspace

    open_workspace(workspace).close()
    assert not plainly_has_accounts(workspace)  # a county workspace is never a register


def test_registers_backups_and_workspaces_stay_in_an_oddly_named_folder(tmp_path: Path) -> None:
    from app.db.county_models import open_workspace
    from app.db.keyfile import new_database_key
    from app.db.transfer import copy_database

    folder = tmp_path / "50% 健康#1?"
    folder.mkdir()
    db = open_database(folder / "plain.db")
    db.close()
    encrypted = copy_database(folder / "plain.db", None, folder / "secret.db", new_database_key())
    open_workspace(folder / "county.db").close()
    assert encrypted.parent == folder
    assert {"plain.db", "secret.db", "county.db"} <= {p.name for p in folder.iterdir()}
    assert [p for p in tmp_path.iterdir() if p != folder] == []  # nothing written beside it
