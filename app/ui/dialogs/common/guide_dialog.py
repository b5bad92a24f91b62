"""使用手册: the built-in guide in a window beside the main one (not modal), opened at a section.

It follows the UI language: on a switch it reloads in the other language at the same section.
Links within the guide keep a history of where the reader was, for Back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from app.catalogue.language import Language
from app.ui.forms.ui_guide_dialog import Ui_GuideDialog
from app.ui.guide import guide_html
from app.ui.i18n import catalogue_language

STYLE = """
h1 { font-size: 16pt; } h2 { font-size: 13pt; color: #1f4e79; margin-top: 14px; }
h3 { font-size: 11pt; margin-top: 8px; }
.menu { font-weight: bold; color: #7a3e00; }
.tip { color: #555555; }
th { background-color: #e8eef5; }
"""


class GuideDialog(QDialog):
    """`text` gives the guide in a language: the site's (the default) or the county's."""

    def __init__(
        self, parent: QWidget | None = None, text: Callable[[Language], str] = guide_html
    ) -> None:
        super().__init__(parent)
        self.text = text
        self.ui = Ui_GuideDialog()
        self.ui.setupUi(self)
        self.section = ""
        browser = self.ui.browser
        browser.document().setDefaultStyleSheet(STYLE)
        browser.anchorClicked.connect(self._follow)  # not opened by Qt: the text has no source
        self.history: list[int] = []  # scroll positions left by following a link, for Back
        self.ui.backButton.setEnabled(False)
        self.ui.backButton.clicked.connect(self.back)
        self.ui.contentsButton.clicked.connect(lambda: self._follow(QUrl("#contents")))
        self.ui.buttonBox.rejected.connect(self.close)
        self.resize(820, 620)  # fits 1366×768 with the taskbar; the text scrolls
        self._load()

    def _load(self) -> None:
        self.ui.browser.setHtml(self.text(catalogue_language()))

    def show_section(self, section: str) -> None:
        self.section = section
        self.ui.browser.scrollToAnchor(section)

    def present(self, section: str) -> None:
        """Shown beside its window, in front and active, at `section` (F1 again brings it
        back from behind)."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.show_section(section)

    def _follow(self, url: QUrl) -> None:
        if not url.fragment():  # outside the guide
            QDesktopServices.openUrl(url)
            return
        self.history.append(self.ui.browser.verticalScrollBar().value())
        self.ui.backButton.setEnabled(True)
        self.show_section(url.fragment())

    def back(self) -> None:
        if self.history:
            self.ui.browser.verticalScrollBar().setValue(self.history.pop())
        self.ui.backButton.setEnabled(bool(self.history))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._load()
            if self.section:
                self.show_section(self.section)
        super().changeEvent(event)
