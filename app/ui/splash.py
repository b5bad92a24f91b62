"""The first half second: Qt application, bundled font, and a start-up window at once.

Only Qt and a few light modules are imported here. The start-up window (a splash with the
icon, the name and "opening…") is on screen before the database layer, the services and the
pages are imported and the database is opened — which takes a second or more, longer from a
bundle on a cold disk — so a double-click is answered at once.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel

from app import APP_ID, APP_NAME, __version__
from app.paths import resource
from app.ui import smoke
from app.ui.fonts import set_ui_font

CONFIGURED = "healthroom_configured"  # a dynamic property: configure an application once
SPLASH_SIZE = (440, 220)
SPLASH_EXPOSE_WAIT_MS = 300  # at most, for the window system to map the start-up window


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    if app.property(CONFIGURED):
        return app
    app.setOrganizationName(APP_ID)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "healthroom.png"))))
    set_ui_font(app)
    app.setProperty(CONFIGURED, True)
    return app


def splash_pixmap() -> QPixmap:
    width, height = SPLASH_SIZE
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    pixmap = QPixmap(int(width * ratio), int(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("#ffffff"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setPen(QColor("#c5d3d3"))
    painter.drawRect(QRectF(0.5, 0.5, width - 1, height - 1))
    painter.fillRect(QRectF(0, 0, width, 6), QColor("#0f8b8d"))
    painter.drawPixmap(
        32,
        52,
        QPixmap(str(resource("icons", "healthroom.png"))).scaled(
            112, 112, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        ),
    )
    title = QFont(QApplication.font())
    title.setPointSizeF(22)
    title.setBold(True)
    painter.setFont(title)
    painter.setPen(QColor("#1d3b3c"))
    painter.drawText(
        QRectF(168, 58, width - 184, 44), Qt.AlignmentFlag.AlignVCenter, "健康小屋台账"
    )
    body = QFont(QApplication.font())
    body.setPointSizeF(11)
    painter.setFont(body)
    painter.setPen(QColor("#3d5556"))
    painter.drawText(
        QRectF(168, 104, width - 184, 26),
        Qt.AlignmentFlag.AlignVCenter,
        f"{APP_NAME} {__version__}",
    )
    painter.setPen(QColor("#6b7f80"))
    painter.drawText(
        QRectF(168, 134, width - 184, 26),
        Qt.AlignmentFlag.AlignVCenter,
        "正在打开… · Opening…",  # both languages: the chosen one is not loaded yet
    )
    painter.end()
    return pixmap


def show_splash(app: QApplication) -> QLabel:
    """Show the start-up window and make sure it is painted before the heavy imports block.

    A plain frameless label, not QSplashScreen: that one may wait up to a second for the
    window system on show(), which is the very delay the start-up window is there to hide.
    """
    splash = QLabel()
    splash.setWindowFlags(
        Qt.WindowType.SplashScreen
        | Qt.WindowType.FramelessWindowHint
        | Qt.WindowType.WindowStaysOnTopHint
    )
    splash.setPixmap(splash_pixmap())
    splash.adjustSize()
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        frame = splash.frameGeometry()
        frame.moveCenter(screen.availableGeometry().center())
        splash.move(frame.topLeft())
    splash.show()
    deadline = QDeadlineTimer(SPLASH_EXPOSE_WAIT_MS)
    handle = splash.windowHandle()
    while handle is not None and not handle.isExposed() and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    splash.repaint()  # paint now: the event loop starts only after the heavy imports
    app.processEvents()
    smoke.first_window_shown()
    return splash


def run_window(database: Path) -> int:
    """Open the desktop window on `database` (the program without a command)."""
    smoke.begin()
    app = create_application()
    splash = show_splash(app)
    from app.ui.start import run  # light: the heavy rest is imported while the person signs in

    return run(database, splash, background=True)


def run_workspace_window(workspace: Path | str) -> int:
    """Open the county window on `workspace` (`healthroom --workspace FILE`)."""
    smoke.begin()
    app = create_application()
    splash = show_splash(app)
    from app.ui.app import run_workspace

    return run_workspace(workspace, splash)
