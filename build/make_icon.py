"""Draw the application icon at every size and write the PNG set and the .ico.

    python build/make_icon.py        # writes resources/icons/

The icon is drawn, not scaled: small sizes get thicker strokes so the key stays
readable at 16 px. The .ico holds PNG-compressed images (16–256 px), which every
Windows since Vista reads.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

SIZES = (16, 24, 32, 48, 64, 128, 256)
OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256.0

    # Tile: a deep blue rounded square, lighter at the top.
    tile = QRectF(8 * s, 8 * s, 240 * s, 240 * s)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomLeft())
    gradient.setColorAt(0.0, QColor("#2f6fd6"))
    gradient.setColorAt(1.0, QColor("#173b7a"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    p.drawRoundedRect(tile, 44 * s, 44 * s)

    # The key: a ring (the bow) and a shaft with two teeth, in white.
    stroke = max(28 * s, 2.6)
    pen = QPen(QColor("white"), stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    bow_center = QPointF(88 * s, 104 * s)
    p.drawEllipse(bow_center, 44 * s, 44 * s)
    shaft = QPainterPath(QPointF(128 * s, 138 * s))
    shaft.lineTo(196 * s, 206 * s)
    p.drawPath(shaft)
    if size >= 32:  # teeth vanish into noise below 32 px
        p.drawLine(QPointF(166 * s, 176 * s), QPointF(188 * s, 154 * s))
        p.drawLine(QPointF(186 * s, 196 * s), QPointF(204 * s, 178 * s))

    # Badge: a green disc with a check mark (activated).
    badge_center = QPointF(190 * s, 74 * s)
    radius = 46 * s if size >= 32 else 58 * s
    p.setPen(QPen(QColor("#173b7a"), max(8 * s, 1.0)))
    p.setBrush(QColor("#2fb463"))
    p.drawEllipse(badge_center, radius, radius)
    check = QPainterPath(QPointF(badge_center.x() - radius * 0.45, badge_center.y()))
    check.lineTo(badge_center.x() - radius * 0.1, badge_center.y() + radius * 0.35)
    check.lineTo(badge_center.x() + radius * 0.5, badge_center.y() - radius * 0.35)
    p.setPen(
        QPen(QColor("white"), max(14 * s, 1.6), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
             Qt.PenJoinStyle.RoundJoin)
    )
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(check)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO container holding PNG images (ICONDIR + ICONDIRENTRY table)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, blob in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in SIZES:
        blob = png_bytes(draw(size))
        (OUT / f"kms-wizard-{size}.png").write_bytes(blob)
        pngs[size] = blob
    (OUT / "kms-wizard.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {len(SIZES)} PNGs and kms-wizard.ico to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
