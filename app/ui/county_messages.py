"""Texts of the county window that are widget texts (what an import did, why a package was
refused or a workspace cannot be opened, the roles and the access log are the catalogue's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "County"


def t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
