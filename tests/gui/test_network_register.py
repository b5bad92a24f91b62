"""A register on a network share is refused before the sign-in, with the reason in the
person's language; nothing is written there. The mount table is a fake (no NFS on test hosts)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from app.db import network_location as location
from app.ui.i18n import Language, Translations
from app.ui.start import open_session


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux mount table")
@pytest.mark.parametrize(
    ("language", "title", "words"),
    [
        (Language.CHINESE, "台账文件在网络驱动器上", ("网络位置（nfs4 nas:/export）", "本机硬盘")),
        (Language.ENGLISH, "The register is on a network drive", ("(nfs4 nas:/export)", "disk")),
    ],
)
def test_a_register_on_a_network_share_is_refused_with_the_reason(
    translations: Translations,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: Language,
    title: str,
    words: tuple[str, ...],
) -> None:
    translations.apply(language)
    share = tmp_path / "share"
    share.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda2 / ext4 rw 0 0\nnas:/export {share} nfs4 rw 0 0\n")
    monkeypatch.setattr(location, "MOUNTS", mounts)
    shown: list[tuple[str, str]] = []

    def warning(_parent: QWidget | None, heading: str, text: str, *_rest: object) -> object:
        shown.append((heading, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    assert open_session(share / "健康小屋.db") is None
    assert len(shown) == 1
    heading, text = shown[0]
    assert heading == title
    assert str(share / "健康小屋.db") in text
    assert all(word in text for word in words), text
    assert list(share.iterdir()) == []  # no database, no key file, no backup folder
