"""Text size: fonts, not the stylesheet, carry it.

A new stylesheet restyles every widget (50 ms on the comparison, 300 ms on content ten times
larger); a new font only lays them out again. Stylesheets switch Qt's font propagation off
unless the application asks for it, so it does. The size is the application's font, not the
window's: a widget made later under a styled window takes the application's font.
"""

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

BASE_POINT_SIZE = 12
# Widgets whose "role" (or "size") property asks for larger, bold text, and how much larger.
ROLE_FACTORS = {"title": 1.8, "heading": 1.3, "big": 1.3}


def text_font(family: str | None, scale: float) -> QFont:
    font = QFont(family) if family else QFont()
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    return font


def use_text_size(family: str | None, scale: float) -> QFont:
    """The reader's text size for every window, dialog and tooltip; the font it set."""
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles)
    font = text_font(family, scale)
    if QApplication.font() != font:  # setting it again would lay out every widget for nothing
        QApplication.setFont(font)
        # Qt posts the change to each widget; delivered now, this turn lays out the new size.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    return font


def size_roles(root: QWidget, base: QFont) -> None:
    """Titles, headings and big buttons under ``root``, in proportion to ``base``. Their fonts
    are set outright, so this runs again on every change of size."""
    for widget in (root, *root.findChildren(QWidget)):
        factor = ROLE_FACTORS.get(widget.property("role")) or \
            ROLE_FACTORS.get(widget.property("size"))
        if factor:
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * factor)
            font.setBold(True)
            widget.setFont(font)
