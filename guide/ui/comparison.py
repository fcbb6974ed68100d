"""The side-by-side table: options as columns, topics as rows; the chosen cell explained below."""

from textwrap import wrap

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..content.model import Guide
from .icons import icon
from .page_view import PageView

HINT_HTML = "<p>Choose a row or a box in the table to read more about it here.</p>"


class ComparisonView(QWidget):
    cellChosen = Signal(str, str)  # topic id, option id ("" for the whole row)
    linkActivated = Signal(str)

    def __init__(self, guide: Guide, parent=None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.table = QTableWidget(len(guide.topics), len(guide.options))
        self.table.setObjectName("comparisonTable")
        self.table.setAccessibleName("Comparison of the options")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setIconSize(QSize(24, 24))
        self._fill()
        # Wrapped cell text needs new row heights whenever a column changes width.
        self.table.horizontalHeader().sectionResized.connect(self._fit_rows)
        self.table.currentCellChanged.connect(self._on_current_changed)
        self.table.verticalHeader().sectionClicked.connect(self._on_row_header)

        self.detail = PageView()
        self.detail.setObjectName("comparisonDetail")
        self.detail.setAccessibleName("More about the chosen box")
        self.detail.linkActivated.connect(self.linkActivated)
        self.detail.show_html(HINT_HTML)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _fill(self) -> None:
        for column, option in enumerate(self.guide.options):
            header = QTableWidgetItem(option.short)
            header.setToolTip(f"{option.name}: {option.summary}")
            self.table.setHorizontalHeaderItem(column, header)
        for row, topic in enumerate(self.guide.topics):
            # Header sections do not wrap by themselves; long titles get two lines.
            header = QTableWidgetItem(icon(topic.icon), "\n".join(wrap(topic.title, 18)))
            header.setData(Qt.ItemDataRole.AccessibleTextRole, topic.title)
            self.table.setVerticalHeaderItem(row, header)
            for column, option in enumerate(self.guide.options):
                item = QTableWidgetItem(topic.cell(option.id).short)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)

    def _fit_rows(self, *_args) -> None:
        self.table.resizeRowsToContents()

    def cell_text(self, topic_id: str, option_id: str) -> str:
        return self.table.item(self._row(topic_id), self._column(option_id)).text()

    def _row(self, topic_id: str) -> int:
        return [t.id for t in self.guide.topics].index(topic_id)

    def _column(self, option_id: str) -> int:
        return [o.id for o in self.guide.options].index(option_id)

    def select(self, topic_id: str | None, option_id: str | None, html: str | None) -> None:
        """Show a row or cell as chosen, with its text below, without emitting cellChosen."""
        self.table.blockSignals(True)
        if topic_id is None:
            self.table.clearSelection()
            self.table.setCurrentCell(-1, -1)
        elif option_id is None:
            self.table.selectRow(self._row(topic_id))
        else:
            self.table.setCurrentCell(self._row(topic_id), self._column(option_id))
        self.table.blockSignals(False)
        self.detail.show_html(html or HINT_HTML)

    def _on_current_changed(self, row: int, column: int, *_previous) -> None:
        if row >= 0 and column >= 0:
            self.cellChosen.emit(self.guide.topics[row].id, self.guide.options[column].id)

    def _on_row_header(self, row: int) -> None:
        self.cellChosen.emit(self.guide.topics[row].id, "")
