"""Draw the application icon: a white house with a green cross on a teal rounded square.

Run once and commit the result (`resources/icons/healthroom.png` and `.ico`):
`python build_scripts/make_icon.py`. Each size is drawn by Qt at its own resolution, so the
small Windows sizes stay crisp; Pillow packs them into the .ico.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZE = 256

TEAL = "#0f8b8d"
TEAL_DARK = "#0b6e70"
CROSS = "#2eaa5c"


def draw(size: int) -> bytes:
    """The icon at `size` pixels as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPolygonF

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 100, size / 100)  # draw on a 100 × 100 grid

    gradient = QLinearGradient(0, 0, 0, 100)
    gradient.setColorAt(0, QColor(TEAL))
    gradient.setColorAt(1, QColor(TEAL_DARK))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawRoundedRect(QRectF(2, 2, 96, 96), 20, 20)

    # The house: a roof and a body in one outline, white.
    house = QPainterPath()
    house.addPolygon(
        QPolygonF(
            [
                QPointF(50, 14),
                QPointF(88, 46),
                QPointF(79, 46),
                QPointF(79, 86),
                QPointF(21, 86),
                QPointF(21, 46),
                QPointF(12, 46),
            ]
        )
    )
    house.closeSubpath()
    painter.setBrush(QColor("white"))
    painter.drawPath(house.simplified())

    # The health cross in the body of the house.
    painter.setBrush(QColor(CROSS))
    arm, length, centre_x, centre_y = 11.0, 30.0, 50.0, 64.0
    painter.drawRoundedRect(
        QRectF(centre_x - arm / 2, centre_y - length / 2, arm, length), 2.5, 2.5
    )
    painter.drawRoundedRect(
        QRectF(centre_x - length / 2, centre_y - arm / 2, length, arm), 2.5, 2.5
    )
    painter.end()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv)
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "healthroom.png").write_bytes(draw(PNG_SIZE))
    images = [Image.open(io.BytesIO(draw(size))) for size in ICO_SIZES]
    largest = images[-1]
    largest.save(
        ICONS / "healthroom.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=images[:-1],
    )
    del app
    print(f"wrote {ICONS / 'healthroom.png'} and {ICONS / 'healthroom.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
