"""Windows and dialogs that fit the screen they open on, title bar and task bar included.

An office laptop offers 1366×768 less its task bar; 1920×1080 at 150 % scaling offers the
same room as 1280×720. A window asks for its preferred size and gets what the screen allows;
a form taller than that scrolls (ScrollWhenTall) while its buttons stay in view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QTabWidget, QWidget

# What a window manager's title bar takes above a window (Windows 10/11 draw about 31 px at
# 100 %); the screen's available area already leaves out the task bar.
TITLE_BAR = 32


def available_area(window: QWidget) -> QRect:
    """The screen area `window` may use: its parent's screen, else the primary one."""
    anchor = window.parentWidget() or window
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def room_for(window: QWidget) -> QSize:
    """The largest size of `window`'s client area that keeps its title bar on the screen."""
    area = available_area(window)
    return QSize(area.width(), area.height() - TITLE_BAR)


def fit_to_screen(window: QWidget, preferred: QSize | None = None) -> None:
    """Resize `window` to `preferred` (its size hint by default), or less on a smaller screen;
    never below what its layout needs (a form that needs more must scroll)."""
    wanted = preferred if preferred is not None else window.sizeHint()
    room = room_for(window)
    least = window.minimumSizeHint()
    window.resize(
        max(least.width(), min(wanted.width(), room.width())),
        max(least.height(), min(wanted.height(), room.height())),
    )


class ScrollWhenTall(QScrollArea):
    """A borderless scroll area that asks for all of its content's size: on a screen with room
    the content shows whole; on a smaller one the window is fitted and the content scrolls —
    never squeezed below the height it needs at the width it has (text cut in half)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.keep_whole()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.keep_whole()
        super().resizeEvent(event)

    def keep_whole(self) -> None:
        """The content's least height: what its layout asks for at the viewport's width."""
        content = self.widget()
        layout = content.layout() if content is not None else None
        if content is None or layout is None:
            return
        width = self.viewport().width()
        if layout.hasHeightForWidth():
            need = layout.totalHeightForWidth(width)
        else:
            need = layout.totalSizeHint().height()
        if content.minimumHeight() != need:
            content.setMinimumHeight(need)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        hint = content.sizeHint()
        return QSize(hint.width() + bar, hint.height())

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        least = content.minimumSizeHint() if content is not None else QSize()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return QSize(least.width() + bar, min(least.height(), 120))


def scroll_when_tall(content: QWidget) -> ScrollWhenTall:
    """Put `content` (a widget in its parent's layout) into a ScrollWhenTall at its place."""
    parent = content.parentWidget()
    layout = parent.layout() if parent is not None else None
    assert layout is not None, "the content must sit in its parent's layout"
    area = ScrollWhenTall(parent)
    replaced = layout.replaceWidget(content, area)
    assert replaced is not None, "the content must sit in its parent's layout"
    area.setWidget(content)
    return area


def scroll_tab(tabs: QTabWidget, page: QWidget) -> ScrollWhenTall:
    """Put the tab `page` into a ScrollWhenTall: the tab bar stays, the page scrolls."""
    index = tabs.indexOf(page)
    assert index >= 0, "the page must be a tab of `tabs`"
    text, tip, current = tabs.tabText(index), tabs.tabToolTip(index), tabs.currentIndex()
    tabs.removeTab(index)
    area = ScrollWhenTall()
    area.setWidget(page)
    tabs.insertTab(index, area, text)
    tabs.setTabToolTip(index, tip)
    tabs.setCurrentIndex(current)
    return area


def lay_out_now(widget: QWidget) -> None:
    """Lay out `widget`'s parents at once, innermost first, after its text grew: each layout
    level otherwise waits for its own posted request, and a frame drawn in between showed the
    box at its old height, its last lines cut."""
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if layout is not None:
            layout.activate()
        parent = parent.parentWidget()
