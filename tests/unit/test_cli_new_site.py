"""A fresh site, nothing entered but the site and its accounts: every printout and the county
package from the command line, each written, each PDF well formed and free of "None"."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.catalogue.codes import Role
from app.cli import main
from app.db.migrate import open_database
from app.services import accounts, site_profile
from tests.support import CHAIR

LEAKS = re.compile(r"\bNone\b|\bnan\b|\bnull\b")


@pytest.fixture
def new_site(tmp_path: Path) -> Path:
    path = tmp_path / "new.db"
    db = open_database(path)
    site_profile.save_profile(
        db, CHAIR,
        site_profile.SiteProfile(site_code="130900-0100", site_name="沧州新建机械有限公司",
                                 room_name="职工健康生活室"),
    )  # fmt: skip
    accounts.create_user(db, CHAIR, "admin", Role.ADMIN, "demo1234", "王芳", "demo1234")
    db.close()
    return path


def test_every_printout_and_the_export_of_an_empty_site(new_site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    user = ["--db", str(new_site), "--user", "admin"]
    commands = {
        "wall.pdf": ["report", "wall-schedule"],
        "monthly.pdf": ["report", "monthly", "--month", "2026-10"],
        "quarterly.pdf": ["report", "quarterly", "--quarter", "2026Q3", "--xlsx",
                          str(out / "quarterly.xlsx")],
        "annual.pdf": ["report", "annual", "--year", "2026", "--xlsx", str(out / "annual.xlsx")],
        "ledger.pdf": ["report", "equipment", "--xlsx", str(out / "ledger.xlsx")],
        "usage.pdf": ["report", "usage-register", "--from", "2026-10-01", "--to", "2026-10-31"],
        "stock.pdf": ["report", "stock-sheet"],
        "cleaning.pdf": ["report", "cleaning-log", "--month", "2026-10"],
        "cleaning-blank.pdf": ["report", "cleaning-log", "--month", "2026-10", "--blank"],
        "plan.pdf": ["report", "plan", "--year", "2026"],
        "outreach.pdf": ["report", "outreach", "--year", "2026"],
    }  # fmt: skip
    qpdf = shutil.which("qpdf")
    for name, command in commands.items():
        assert main([*user, *command, "-o", str(out / name)]) == 0, command
        assert (out / name).is_file(), name
        if qpdf:
            assert subprocess.run([qpdf, "--check", str(out / name)]).returncode == 0, name
        text = "".join(page.extract_text() for page in PdfReader(out / name).pages)
        assert not LEAKS.search(text), (name, LEAKS.findall(text))
    assert sorted(p.name for p in out.glob("*.xlsx")) == ["annual.xlsx", "ledger.xlsx",
                                                          "quarterly.xlsx"]  # fmt: skip
    # No device yet: the label sheet says so instead of printing an empty page.
    assert main([*user, "report", "asset-labels", "-o", str(out / "labels.pdf")]) == 1
    # No activity yet: a sign-in sheet of activity 1 is refused, not a traceback.
    assert main([*user, "report", "sign-in-sheet", "--activity", "1", "-o",
                 str(out / "sign.pdf")]) == 1  # fmt: skip
    assert main([*user, "indicators", "--period", "2026Q4", "--json"]) == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main([*user, "export", "--period", "2026Q3", "-o", str(usb)]) == 0
    assert len(list(usb.glob("*.zip"))) == 1
