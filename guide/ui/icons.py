"""SVG icons from resources/icons, recoloured for the theme; a missing icon is simply blank."""

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..paths import ICONS

# The one colour the SVG files are drawn in; replaced by the theme's text colour.
DRAWN_INK = "#1f2937"


@cache
def icon(name: str, ink: str = DRAWN_INK) -> QIcon:
    try:
        svg = (ICONS / f"{name}.svg").read_text("utf-8").replace(DRAWN_INK, ink)
    except OSError:
        return QIcon()
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        return QIcon()
    result = QIcon()
    for size in (24, 32, 48, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result
