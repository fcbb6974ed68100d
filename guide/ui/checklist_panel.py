"""The checklist: large tappable statements in groups, the safety message and a live summary."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
)

from ..checklist import Result
from ..content.model import Statement
from ..documents import summary_paragraphs
from .answers import Answers
from .icons import set_icon
from .labels import RichLabel, text_label
from .page_view import FittedPage
from .safety_banner import SafetyBanner
from .scroll_page import ScrollPage


class StatementRow(QFrame):
    """One statement; the whole line is the target, and Space toggles it."""

    def __init__(self, statement: Statement, parent=None) -> None:
        super().__init__(parent)
        self.statement = statement
        self.setProperty("role", "statement")
        self.setMinimumHeight(48)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.box = QCheckBox()
        self.box.setAccessibleName(statement.text)
        if statement.reason:
            self.box.setAccessibleDescription(statement.reason)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        self.text = text_label(statement.text)
        layout.addWidget(self.text, 1)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position()
                                                                                .toPoint()):
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class ChecklistPanel(ScrollPage):
    helpRequested = Signal()
    linkActivated = Signal(str)

    def __init__(self, answers: Answers, with_banner: bool = True, parent=None) -> None:
        """``with_banner`` False: a host (the comparison) shows the safety message instead."""
        super().__init__("checklistContent", spacing=8, parent=parent)
        self.answers = answers
        self.with_banner = with_banner
        guide = answers.guide
        self.setAccessibleName(self.tr("My checklist"))
        # The checklist is always longer than a screen. A bar shown "as needed" makes Qt
        # measure every sentence at two widths, with and without it, on each tick.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        layout = self.column
        layout.addWidget(text_label(self.tr("My checklist"), "title"))
        intro = RichLabel(guide.checklist.intro_html)
        intro.linkActivated.connect(self.linkActivated)
        layout.addWidget(intro)
        self.banner = SafetyBanner(guide.checklist.safety_message_html)
        self.banner.helpRequested.connect(self.helpRequested)
        layout.addWidget(self.banner)

        self.summary = FittedPage()
        self.summary.setAccessibleName(self.tr("What your answers point to"))
        self.summary.linkActivated.connect(self.linkActivated)
        layout.addWidget(self.summary)
        self.clear_button = QPushButton(self.tr("Clear my answers"))
        self.clear_button.setAccessibleDescription(self.tr("Untick every sentence"))
        self.clear_button.clicked.connect(answers.clear)
        self.take_button = QPushButton(self.tr("Take it with you"))
        set_icon(self.take_button, "print")
        self.take_button.setAccessibleDescription(self.tr("Print, save or scan a summary"))
        self.take_button.clicked.connect(lambda: self.linkActivated.emit("guide:summary"))
        clear_row = QHBoxLayout()
        clear_row.addWidget(self.clear_button)
        clear_row.addWidget(self.take_button)
        clear_row.addStretch(1)
        layout.addLayout(clear_row)

        self.rows: dict[str, StatementRow] = {}
        for group in guide.checklist.groups:
            layout.addSpacing(8)
            layout.addWidget(text_label(group.title, "heading"))
            for statement in guide.checklist.in_group(group.id):
                row = StatementRow(statement)
                row.box.toggled.connect(
                    lambda ticked, sid=statement.id: answers.set_ticked(sid, ticked))
                self.rows[statement.id] = row
                layout.addWidget(row)
        self.finish()
        answers.changed.connect(self.show_result)
        self.show_result(answers.result)

    def box(self, statement_id: str) -> QCheckBox:
        return self.rows[statement_id].box

    def show_result(self, result: Result) -> None:
        ticked = self.answers.ticked
        for statement_id, row in self.rows.items():
            if row.box.isChecked() != (statement_id in ticked):
                row.box.blockSignals(True)
                row.box.setChecked(statement_id in ticked)
                row.box.blockSignals(False)
        if self.with_banner:
            self.banner.show_for(result)
        self.summary.show_paragraphs(summary_paragraphs(self.answers.guide, result,
                                                        QCoreApplication.translate))
