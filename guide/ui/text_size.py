"""Text size: fonts, not the stylesheet, carry it.

A new stylesheet restyles every widget (50 ms on the comparison, 300 ms on content ten times
larger); a new font only lays them out again. The size is the application's font, not the
window's: every widget takes it, even one made later under a styled window. Stylesheets stop
a font reaching styled widgets unless the application lets it through, which it does before
any change of font reaches widgets already made (naming the attribute builds PySide's ``Qt``
namespace, so the start, which has no widgets yet, leaves it: see enum_property).
"""

from weakref import WeakSet

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

BASE_POINT_SIZE = 12
# Widgets whose "role" property asks for larger, bold text, and how much larger.
ROLE_FACTORS = {"title": 1.8, "heading": 1.3}
BIG_FACTOR = 1.15  # buttons with the "big" property: the kiosk's ways in


def text_font(family: str | None, scale: float) -> QFont:
    font = QFont(family) if family else QFont()
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    # Qt shapes plain Latin text with HarfBuzz at every paint, for kerning alone: a quarter of
    # the work of each change of view or text size. Scripts that need shaping still get it;
    # the content is NFC, so accents are single characters (content/files.read_text).
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


def use_text_size(family: str | None, scale: float, widgets_made: bool = True) -> QFont | None:
    """The reader's text size for every window, dialog and tooltip: the new font, or None
    when the size was already this one. ``widgets_made``: False before the window's widgets
    are made, so that none needs the font to pass through a stylesheet."""
    font = text_font(family, scale)
    if QApplication.font() == font:  # setting it again would lay out every widget for nothing
        return None
    if widgets_made:
        _let_fonts_through_stylesheets()
        _hold_hidden_views()
    QApplication.setFont(font)
    # Qt posts the change to each widget; delivered now, this turn lays out the new size.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    return font


def set_font_for_children(widget: QWidget, font: QFont) -> None:
    """``widget``'s font, for the widgets in it too."""
    _let_fonts_through_stylesheets()
    widget.setFont(font)


def _let_fonts_through_stylesheets() -> None:
    from PySide6.QtCore import Qt

    QApplication.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles)


def size_for_role(widget: QWidget, base: QFont | None = None) -> None:
    """A title, heading or big button gets its larger, bold font, in proportion to ``base``
    (by default the application's, the reader's size). The font is set outright, so a change
    of size sets it again (size_roles)."""
    factor = ROLE_FACTORS.get(widget.property("role")) or \
        (BIG_FACTOR if widget.property("big") else None)
    if factor:
        _enlarged.add(widget)
        base = base or QApplication.font()
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * factor)
        font.setBold(True)
        widget.setFont(font)


_enlarged: "WeakSet[QWidget]" = WeakSet()  # every widget size_for_role made larger
_holding: "WeakSet[QWidget]" = WeakSet()  # the views that keep their text size while hidden
_held: "WeakSet[QWidget]" = WeakSet()  # those of them keeping an older size now


def size_roles(root: QWidget, base: QFont) -> None:
    """size_for_role again for every title, heading and big button in ``root``, except in
    views that keep an older text size while hidden: they take it when shown. (Found by
    walking the widgets under ``root``, this took ~1 ms of each change of size: Python wrapped
    every child object it met.)"""
    held = [view for view in _held if isValid(view)]
    for widget in list(_enlarged):
        if isValid(widget) and (widget is root or root.isAncestorOf(widget)) and \
                not any(view is widget or view.isAncestorOf(widget) for view in held):
            size_for_role(widget, base)


def _hold_hidden_views() -> None:
    """Before a new text size: hidden views keep theirs (set outright, so that the new
    application font does not reach them) until shown. Held only then, not at every hiding:
    that set every font in the view twice at each change of view, and laid its text out again
    each time."""
    for view in list(_holding):
        if isValid(view) and not view.isVisible() and view not in _held:
            set_font_for_children(view, QApplication.font())
            _held.add(view)


class _TakeSizeWhenShown(QObject):
    """Its view, held while hidden, takes the reader's text size when shown: a change of size
    then lays out only what is on screen. (On content ten times larger, the two hidden
    checklists' 1,200 widgets and their headings took ~4.5 ms of each change.)"""

    def eventFilter(self, view, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and view in _held:
            _held.discard(view)
            held = view.font()
            set_font_for_children(view, QFont())  # the application's font again, whatever it is
            if held != QApplication.font():
                size_roles(view, QApplication.font())
        return False


def hold_text_size_while_hidden(view: QWidget) -> None:
    _holding.add(view)
    view.installEventFilter(_TakeSizeWhenShown(view))
