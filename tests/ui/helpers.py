"""Driving real widgets the way a person would: clicking cells and links."""

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTableWidget, QTextBrowser, QWidget


def click_cell(qtbot, table: QTableWidget, row: int, column: int) -> None:
    item = table.item(row, column)
    table.scrollToItem(item)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(item).center())


def link_position(browser: QTextBrowser, href: str) -> QPoint:
    """The on-screen middle of the first link to ``href``, scrolled into view."""
    document = browser.document()
    block = document.begin()
    while block.isValid():
        for fragment in (it.fragment() for it in _fragments(block)):
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                return browser.cursorRect(cursor).center()
        block = block.next()
    raise AssertionError(f"no link to {href} in the page")


def _fragments(block):
    it = block.begin()
    while not it.atEnd():
        yield it
        it += 1


def click_link(qtbot, browser: QTextBrowser, href: str) -> None:
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                     pos=link_position(browser, href))


class Paints(QObject):
    """What ``look()`` returns at each paint of ``widget``."""

    def __init__(self, widget: QWidget, look) -> None:
        super().__init__(widget)
        self.seen: list = []
        self._look = look
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.seen.append(self._look())
        return False
