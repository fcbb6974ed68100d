"""Finds visible text that does not fit its widget: clipped, elided or cut off."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QTableWidget, QWidget

SLACK = 2  # pixels of rounding a layout may lose without anything being cut off
TALL = 100_000
ITEM_MARGIN = 8  # the space an item view keeps around a cell's text, both sides together


def _wrapped_height(widget: QWidget, text: str, width: int) -> int:
    rect = widget.fontMetrics().boundingRect(QRect(0, 0, max(width, 1), TALL),
                                             int(Qt.TextFlag.TextWordWrap), text)
    return rect.height()


def _label_problem(label: QLabel) -> str | None:
    if label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText:
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed}px of height, has {label.height()}"
        return None
    needed = label.fontMetrics().horizontalAdvance(label.text())
    if needed > label.contentsRect().width() + SLACK:
        return f"needs {needed}px of width, has {label.contentsRect().width()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK or hint.height() > button.height() + SLACK:
        return f"needs {hint.width()}x{hint.height()}, has {button.width()}x{button.height()}"
    return None


def _table_problems(table: QTableWidget) -> list[str]:
    problems = []
    last = table.rowAt(table.viewport().height() - 1)
    # The rows on screen: the table fits the others as they are scrolled into view.
    rows_in_view = range(max(table.rowAt(0), 0), last + 1 if last >= 0 else table.rowCount())
    for row in rows_in_view:
        for column in range(table.columnCount()):
            item = table.item(row, column)
            width = table.columnWidth(column) - ITEM_MARGIN
            needed = _wrapped_height(table, item.text(), width)
            if needed > table.rowHeight(row) + SLACK:
                problems.append(f"cell {row},{column} '{item.text()[:30]}': needs {needed}px, "
                                f"has {table.rowHeight(row)}")
    for header, sections in ((table.horizontalHeader(), range(table.columnCount())),
                             (table.verticalHeader(), rows_in_view)):
        for section in sections:
            needed = header.sectionSizeFromContents(section)
            if header.orientation() == Qt.Orientation.Horizontal:
                has = (header.sectionSize(section), header.height())
            else:
                has = (header.width(), header.sectionSize(section))
            if needed.width() > has[0] + SLACK or needed.height() > has[1] + SLACK:
                problems.append(f"header {section}: needs {needed.width()}x{needed.height()}, "
                                f"has {has[0]}x{has[1]}")
    return problems


def _list_problems(view: QListWidget) -> list[str]:
    problems = []
    icon = view.iconSize().width() + ITEM_MARGIN
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        needed = _wrapped_height(view, item.text(), rect.width() - icon)
        if needed > rect.height() + SLACK:
            problems.append(f"item '{item.text()}': needs {needed}px, has {rect.height()}")
    return problems


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible label, button, table cell and list item whose text is cut off."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = widget.objectName() or type(widget).__name__
        problem = None
        if isinstance(widget, QLabel) and widget.text():
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton) and widget.text() and not (
                widget.property("iconName") and widget.toolButtonStyle()
                == Qt.ToolButtonStyle.ToolButtonIconOnly if hasattr(widget, "toolButtonStyle")
                else False):
            problem = _button_problem(widget)
        elif isinstance(widget, QTableWidget):
            problems += [f"{name}: {p}" for p in _table_problems(widget)]
        elif isinstance(widget, QListWidget):
            problems += [f"{name}: {p}" for p in _list_problems(widget)]
        if problem:
            text = widget.text().replace("\n", " ")[:40]
            problems.append(f"{name} '{text}': {problem}")
    return problems
