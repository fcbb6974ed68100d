"""SVG icons from resources/icons, tinted for the theme; a missing icon is simply blank.

Widgets record which icon they show (``set_icon``), so a theme change can re-tint them all
with one walk over the window (``retint``). New icons are drawn in the inks of the last
``retint``, so a widget made in the current theme is drawn once, not once per theme.

The icons drawn for the first frame are also kept in the user's cache folder, as PNGs named by
the tinted SVG's checksum and the size: the next start shows them without loading QtSvg or
parsing SVG (~1% of a start). Those drawn later follow what a person does (a kiosk visitor's
colours and text size), so they stay in memory and leave no trace (``stop_keeping``). A
folder that cannot be written only means drawing again next time.
"""

import os
import zlib
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractButton, QListWidget, QTableWidget, QWidget

from ..paths import ICONS, cache_folder
from .enum_property import USER_ROLE

# The one colour the SVG files are drawn in; replaced by the theme's icon colour.
DRAWN_INK = "#1f2937"
ICON_NAME = "iconName"  # widget property holding the icon's name
ICON_ROLE = USER_ROLE + 7  # the same, for list and table items
DISABLED_OPACITY = 0.45  # a disabled button's icon, faded as its text is
_inks = {"": DRAWN_INK}  # by button role ("" for all else), as the last retint set them
_keeping = True  # drawn icons are written to the cache folder, until stop_keeping()


class _InkedSvg(QIconEngine):
    """An SVG drawn at exactly the size shown, the first time it is shown: start-up draws only
    the icons on screen, once each, and every size is sharp (no scaling between two)."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._checksum = f"{zlib.crc32(svg):08x}-{len(svg)}"
        self._renderer = None  # a QSvgRenderer, made for the first icon not kept drawn
        self._drawn: dict[tuple[int, int, bool], QPixmap] = {}

    def scaledPixmap(self, size, mode, state, scale) -> QPixmap:  # noqa: N802 (Qt's name)
        width, height = max(round(size.width() * scale), 1), max(round(size.height() * scale), 1)
        disabled = mode == QIcon.Mode.Disabled
        key = (width, height, disabled)
        if key not in self._drawn:
            # Looked for only while keeping (a missing file costs Qt a look under ~20 suffixes).
            kept = self._kept_file(width, height, disabled) if _keeping else None
            pixmap = QPixmap(str(kept)) if kept and kept.is_file() else QPixmap()
            if pixmap.isNull():  # not kept, or unreadable
                pixmap = self._draw(width, height, disabled)
                if kept:
                    _keep(pixmap, kept)
            pixmap.setDevicePixelRatio(scale)
            self._drawn[key] = pixmap
        return self._drawn[key]

    def _kept_file(self, width: int, height: int, disabled: bool) -> Path:
        name = f"{self._checksum}-{width}x{height}{'-faded' if disabled else ''}.png"
        return cache_folder() / "icons" / name

    def _draw(self, width: int, height: int, disabled: bool) -> QPixmap:
        if self._renderer is None:
            from PySide6.QtSvg import QSvgRenderer  # only for icons not kept drawn

            self._renderer = QSvgRenderer(QByteArray(self._svg))
        pixmap = QPixmap(width, height)
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent
        painter = QPainter(pixmap)
        if disabled:
            painter.setOpacity(DISABLED_OPACITY)
        self._renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()
        return pixmap

    def pixmap(self, size, mode, state) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter, rect, mode, state) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def clone(self) -> "_InkedSvg":
        return _InkedSvg(self._svg)


def stop_keeping() -> None:
    """Keep no more drawn icons in the cache folder: called once the first frame is out."""
    global _keeping
    _keeping = False


def _keep(pixmap: QPixmap, path: Path) -> None:
    """Write ``pixmap`` to ``path`` whole (another start may be reading), or not at all."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_suffix(f".{os.getpid()}.tmp")
        if pixmap.save(str(temp), "PNG"):
            os.replace(temp, path)
        else:
            temp.unlink(missing_ok=True)
    except OSError:
        pass


@cache
def icon(name: str, ink: str = DRAWN_INK) -> QIcon:
    try:
        svg = (ICONS / f"{name}.svg").read_bytes().replace(DRAWN_INK.encode(), ink.encode())
    except OSError:
        return QIcon()
    return QIcon(_InkedSvg(svg))


def set_icon(target, name: str) -> None:
    """Show icon ``name`` on a button or an item, remembering it for ``retint``; a button's
    "role" property, if any, must be set first (a primary or danger button's icon takes its
    text colour)."""
    if isinstance(target, QWidget):
        target.setProperty(ICON_NAME, name)
        ink = _inks.get(target.property("role"), _inks[""])
    else:
        target.setData(ICON_ROLE, name)
        ink = _inks[""]
    target.setIcon(icon(name, ink))


def use_inks(colors: dict[str, str]) -> None:
    """Draw icons from now on in the theme's colours: on a coloured button, its text colour."""
    _inks.update({"": colors["icon"], "primary": colors["accent_text"],
                  "danger": colors["danger_text"]})


def retint(root: QWidget, colors: dict[str, str]) -> None:
    """Draw every icon under ``root`` in the theme's colours."""
    use_inks(colors)
    ink = colors["icon"]
    for button in root.findChildren(QAbstractButton):
        if name := button.property(ICON_NAME):
            button.setIcon(icon(name, _inks.get(button.property("role"), ink)))
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
