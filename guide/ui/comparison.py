"""The side-by-side table: options as columns, topics as rows; the chosen cell explained below."""

from html import escape
from textwrap import wrap

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..checklist import Result
from ..content.model import Guide
from ..content.plain import plain_text
from ..explain import explain, source_words
from ..themes import palette
from .before_paint import BeforePaint
from .icons import set_icon
from .labels import RichLabel
from .page_view import PageView
from .safety_banner import SafetyBanner

# Header sections do not wrap by themselves, so long titles are wrapped at this many characters.
HEADER_WRAP = 16
BADGE_WRAP = 10
MIN_TABLE_AREA = 420  # pixels for the table and its explanation, whatever the text size


def match_badge() -> str:
    """The text that marks the option more of the answers fit (never colour alone)."""
    return "✓ " + QCoreApplication.translate("ComparisonView", "More of your answers fit")


def ruled_out_mark() -> str:
    """The text that marks an option one of the answers rules out (never colour alone)."""
    return QCoreApplication.translate("ComparisonView", "Not made for an answer")


class RowHeader(QHeaderView):
    """The topics down the side. Qt measures every title for the header's width, again at each
    of the layout passes a change of text size brings; this measures once per font, and keeps
    the widths of the sizes already shown (60 titles took ~2 ms of each change of size)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setSectionsClickable(True)  # as QTableView's own header: a title chooses its row
        self.setHighlightSections(True)
        self._hints: dict[str, QSize] = {}  # by font

    def setModel(self, model) -> None:  # noqa: N802 (Qt's name)
        super().setModel(model)
        model.headerDataChanged.connect(self.forget_hints)

    def forget_hints(self) -> None:
        self._hints.clear()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        font = self.font().key()
        if font not in self._hints:
            self._hints[font] = super().sizeHint()
        return self._hints[font]

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            self.forget_hints()


class WrappingTable(QTableWidget):
    """A table whose columns share its width and whose rows grow to show all of their wrapped
    text, whatever its width or font.

    Rows are fitted as they come into view: a new text size measures the rows on screen, not
    all of them (on content ten times larger, 60 rows took ~5 ms of each change).

    QTableView repaints after resized rows and columns, a new font or a new header text on zero
    timers, which run after the coming paint: the table was painted right, then again. So this
    does that work itself, before the paint (_resize_rows, _share_width, and Qt's own delayed
    layout run early)."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.setVerticalHeader(RowHeader(self))
        # Sized here rather than stretched by the header: see _share_width.
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._unfitted: set[int] = set()
        self._keep_current = False  # the chosen row was on screen: keep it there
        # Once per turn of the event loop, however many resizes, font changes and scrolls ask.
        self._fit = BeforePaint(self, self._fit_rows_in_view)
        self.verticalScrollBar().valueChanged.connect(self._fit.request)

    def _rows_in_view(self) -> range:
        last = self.rowAt(self.viewport().height() - 1)
        return range(max(self.rowAt(0), 0), last + 1 if last >= 0 else self.rowCount())

    def _refit_all(self) -> None:
        self._unfitted = set(range(self.rowCount()))
        self._keep_current = self._keep_current or self.currentRow() in self._rows_in_view()
        self._fit.request()

    def _fit_rows_in_view(self) -> None:
        """Fit the rows on screen that are not yet, keeping those already fitted in place."""
        self.executeDelayedItemsLayout()  # a new font's, due after the paint
        if self._keep_current:
            self._keep_current = False
            self.scrollTo(self.currentIndex())
        while self._unfitted:
            in_view = self._rows_in_view()
            rows = [row for row in in_view if row in self._unfitted]
            if not rows:
                return
            # The chosen row stays where it is, or else a row already fitted.
            anchor = self.currentRow() if self.currentRow() in in_view else next(
                (row for row in in_view if row not in self._unfitted), rows[0])
            anchor_top = self.rowViewportPosition(anchor)
            self._resize_rows(rows)
            # Rows fitted above it would push it: scroll by as much instead.
            if shift := self.rowViewportPosition(anchor) - anchor_top:
                self.verticalScrollBar().setValue(self.verticalScrollBar().value() + shift)
            if self.currentRow() in rows:  # chosen, then fitted: it may have grown out of view
                self.scrollTo(self.currentIndex())

    def _resize_rows(self, rows: list[int]) -> None:
        """Fit ``rows`` to their text now, to be painted with the rest of the view."""
        with QSignalBlocker(self.verticalHeader()):
            for row in rows:
                self.resizeRowToContents(row)
                self._unfitted.discard(row)
        self.updateGeometries()  # the scroll bar's range, as the timer would have
        self.viewport().update()

    def _share_width(self) -> None:
        """Columns of equal width filling the view, as the header's Stretch mode makes them,
        but without QTableView's repaint after the paint."""
        header = self.horizontalHeader()
        if not header.count():
            return
        width, extra = divmod(self.viewport().width(), header.count())
        with QSignalBlocker(header):
            for column in range(header.count()):
                header.resizeSection(column, max(width + (column < extra),
                                                 header.minimumSectionSize()))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._share_width()  # before Qt sets the scroll bars from the columns' widths
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the width rewraps the text
            self._refit_all()
        elif event.size().height() > event.oldSize().height():  # more rows come into view
            self._fit.request()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refit_all()


class ComparisonView(QWidget):
    cellChosen = Signal(str, str)  # topic id, option id ("" for the whole row)
    linkActivated = Signal(str)
    checklistToggled = Signal(bool)

    def __init__(self, guide: Guide, side_panel: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.colors = palette("light")
        self.result: Result | None = None
        self.table = WrappingTable(len(guide.topics), len(guide.options))
        self.table.setObjectName("comparisonTable")
        self.table.setAccessibleName(self.tr("Comparison of the options"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setCornerButtonEnabled(False)  # "select all" means nothing here
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setIconSize(QSize(24, 24))
        self._fill()
        self.matched_option: str | None = None
        self.table.currentCellChanged.connect(self._on_current_changed)
        self.table.verticalHeader().sectionClicked.connect(self._on_row_header)

        self.detail = PageView()
        self.detail.setObjectName("comparisonDetail")
        self.detail.setAccessibleName(self.tr("More about the chosen box"))
        self.detail.linkActivated.connect(self.linkActivated)
        self.detail.show_html(self.hint_html())

        # What the answers mean for the options, in one or two lines above the table.
        self.fit_summary = RichLabel()
        self.fit_summary.setProperty("role", "match")
        self.fit_summary.hide()
        self.checklist_button = QPushButton(self.tr("My checklist"))
        set_icon(self.checklist_button, "checklist")
        self.checklist_button.setCheckable(True)
        self.checklist_button.setAccessibleDescription(
            self.tr("Show or hide the checklist beside the comparison"))
        self.checklist_button.toggled.connect(self.checklistToggled)
        self.banner = SafetyBanner()

        table_and_detail = QSplitter(Qt.Orientation.Vertical)
        table_and_detail.addWidget(self.table)
        table_and_detail.addWidget(self.detail)
        table_and_detail.setStretchFactor(0, 3)
        table_and_detail.setStretchFactor(1, 2)
        table_and_detail.setChildrenCollapsible(False)
        self.side_panel = side_panel
        side_panel.hide()
        beside = QSplitter(Qt.Orientation.Horizontal)
        beside.addWidget(table_and_detail)
        beside.addWidget(side_panel)
        beside.setStretchFactor(0, 1)
        beside.setStretchFactor(1, 0)
        beside.setChildrenCollapsible(False)
        side_panel.setMinimumWidth(340)

        top = QHBoxLayout()
        top.setContentsMargins(8, 8, 8, 0)
        top.addWidget(self.fit_summary, 1)
        top.addStretch(0)
        top.addWidget(self.checklist_button)
        # With large text the badge and the safety message take room; rather than squeeze the
        # table to nothing, the whole view then scrolls, keeping the table at a usable height.
        beside.setMinimumHeight(MIN_TABLE_AREA)
        page = QWidget()
        page.setObjectName("comparisonPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.banner)
        column.addWidget(beside, 1)
        scroller = QScrollArea()
        scroller.setAccessibleName(self.tr("Compare the options"))
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroller)

    def hint_html(self) -> str:
        return "<p>" + self.tr("Choose a row or a box in the table to read more about it "
                               "here.") + "</p>"

    def show_side_panel(self, shown: bool) -> None:
        self.side_panel.setVisible(shown)
        self.checklist_button.blockSignals(True)
        self.checklist_button.setChecked(shown)
        self.checklist_button.blockSignals(False)

    def set_colors(self, colors: dict[str, str]) -> None:
        self.colors = colors
        if self.result is not None:
            self.show_result(self.result)

    def show_result(self, result: Result) -> None:
        """Mark the option more of the answers fit by colour and by a text badge, never colour
        alone, and only when nothing holds the fit back; mark an option an answer rules out
        with a calm line that says why. A safety answer's actions lead, above the table."""
        self.result = result
        self.banner.show_for(result)
        translate = QCoreApplication.translate
        explanation = explain(self.guide, result, translate)
        for column, option in enumerate(self.guide.options):
            leading = option.id == result.leading
            mark = (match_badge() if leading else
                    ruled_out_mark() if result.option(option.id).ruled_out else "")
            header = self.table.horizontalHeaderItem(column)
            header.setText(f"{option.short}\n" + "\n".join(wrap(mark, BADGE_WRAP))
                           if mark else option.short)
            for row in range(self.table.rowCount()):
                item = self.table.item(row, column)
                item.setBackground(QColor(self.colors["match"]) if leading else QBrush())
                item.setForeground(QColor(self.colors["match_text"]) if leading else QBrush())
        self.table.executeDelayedItemsLayout()  # for the new header text, before the paint
        lines = [f"<b>{escape(line)}</b>" for line in explanation.held[bool(result.safety):]]
        if result.leading:  # (the checklist says when none is: here the columns show it)
            lines.append(f"<b>{escape(explanation.headline)}</b>")
        for fit in result.options:
            lines += [f"<b>{escape(self.guide.option(fit.option_id).short)}, "
                      f"“{escape(reason.statement.short)}”:</b> {escape(reason.note.text)} "
                      f"<i>({escape(source_words(reason.note.sources, translate))})</i>"
                      for reason in fit.ruled_out]
        html = "<br>".join(lines)
        if html != self.fit_summary.html():
            self.fit_summary.set_html(html)
            self.fit_summary.setAccessibleName(plain_text(html))
        self.fit_summary.setProperty("role", "match" if result.leading else "note")
        self.fit_summary.style().polish(self.fit_summary)
        self.fit_summary.setVisible(bool(lines))
        self.matched_option = result.leading

    def _fill(self) -> None:
        for column, option in enumerate(self.guide.options):
            header = QTableWidgetItem(option.short)
            header.setToolTip(f"{option.name}: {option.summary}")
            self.table.setHorizontalHeaderItem(column, header)
        for row, topic in enumerate(self.guide.topics):
            header = QTableWidgetItem("\n".join(wrap(topic.title, HEADER_WRAP)))
            set_icon(header, topic.icon)
            header.setData(Qt.ItemDataRole.AccessibleTextRole, topic.title)
            self.table.setVerticalHeaderItem(row, header)
            for column, option in enumerate(self.guide.options):
                item = QTableWidgetItem(topic.cell(option.id).short)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)

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
        self.detail.show_html(html or self.hint_html())

    def _on_current_changed(self, row: int, column: int, *_previous) -> None:
        if row >= 0 and column >= 0:
            self.cellChosen.emit(self.guide.topics[row].id, self.guide.options[column].id)

    def _on_row_header(self, row: int) -> None:
        self.cellChosen.emit(self.guide.topics[row].id, "")
