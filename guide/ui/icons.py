"""SVG icons from resources/icons, tinted for the theme; a missing icon is simply blank.

Widgets record which icon they show (``set_icon``), so a theme change can re-tint them all
with one walk over the window (``retint``).
"""

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QListWidget, QTableWidget, QWidget

from ..paths import ICONS

# The one colour the SVG files are drawn in; replaced by the theme's icon colour.
DRAWN_INK = "#1f2937"
ICON_NAME = "iconName"  # widget property holding the icon's name
ICON_ROLE = Qt.ItemDataRole.UserRole + 7  # the same, for list and table items


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
    for size in (24, 48):  # the sizes shown; Qt scales between them
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def set_icon(target, name: str) -> None:
    """Show icon ``name`` on a button or an item, remembering it for ``retint``."""
    if isinstance(target, QWidget):
        target.setProperty(ICON_NAME, name)
    else:
        target.setData(ICON_ROLE, name)
    target.setIcon(icon(name))


def retint(root: QWidget, colors: dict[str, str]) -> None:
    """Draw every icon in the theme's colours: on a coloured button, in its text colour."""
    ink = colors["icon"]
    on_role = {"primary": colors["accent_text"], "danger": colors["danger_text"]}
    for button in root.findChildren(QAbstractButton):
        if name := button.property(ICON_NAME):
            button.setIcon(icon(name, on_role.get(button.property("role"), ink)))
    for view in root.findChildren(QListWidget):
        for row in range(view.count()):
            item = view.item(row)
            if name := item.data(ICON_ROLE):
                item.setIcon(icon(name, ink))
    for table in root.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            item = table.verticalHeaderItem(row)
            if item is not None and (name := item.data(ICON_ROLE)):
                item.setIcon(icon(name, ink))
