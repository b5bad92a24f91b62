"""The UI font: the system's Chinese font first, the bundled one behind it; PDFs keep theirs."""

from __future__ import annotations

import shutil
import subprocess

from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from app.paths import font_path
from app.ui.fonts import SYSTEM_CJK_FAMILIES, preferred_cjk_family, writes_chinese
from app.ui.splash import create_application


def test_microsoft_yahei_is_preferred_on_windows_and_noto_before_wenquanyi() -> None:
    windows = ["Segoe UI", "SimSun", "Microsoft YaHei", "Microsoft YaHei UI", "Arial"]
    assert preferred_cjk_family(windows, lambda _f: True) == "Microsoft YaHei UI"
    linux = ["DejaVu Sans", "WenQuanYi Zen Hei", "Noto Sans CJK SC"]
    assert preferred_cjk_family(linux, lambda _f: True) == "Noto Sans CJK SC"
    assert preferred_cjk_family(["DejaVu Sans", "Arial"], lambda _f: True) is None
    # A family of that name that cannot write Chinese (a broken install) is passed over.
    assert preferred_cjk_family(linux, lambda f: f != "Noto Sans CJK SC") == "WenQuanYi Zen Hei"


def system_chinese_families() -> list[str]:
    if shutil.which("fc-list") is None:
        return []
    listed = subprocess.run(
        ["fc-list", ":lang=zh-cn", "family"], capture_output=True, text=True, check=False
    ).stdout
    return [name for line in listed.splitlines() for name in line.split(",")]


def test_the_application_font_writes_chinese_from_the_system_or_the_bundled_font(
    qapp: QApplication,
) -> None:
    app = create_application()
    families = app.font().families()
    font_id = QFontDatabase.addApplicationFont(str(font_path()))  # which family it holds
    bundled = QFontDatabase.applicationFontFamilies(font_id)
    QFontDatabase.removeApplicationFont(font_id)
    assert bundled and families[-1] == bundled[0]  # the bundled font always the last resort
    assert writes_chinese(bundled[0])
    # The font database is asked, not assumed: the system's family is used when it has one.
    system = [f for f in SYSTEM_CJK_FAMILIES if f in system_chinese_families()]
    if system and system[0] != bundled[0]:
        assert families[1] == system[0]
    else:
        assert families[1:] == [bundled[0]]
    metrics = QFontMetrics(app.font())
    assert all(metrics.inFontUcs4(ord(c)) for c in "职工健康生活室台账")
    assert app.font().pointSizeF() >= 10.5
