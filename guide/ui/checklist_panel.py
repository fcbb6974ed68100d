"""The checklist: large tappable statements in groups, what they mean below them, and the
safety actions and contradictions pinned above, where they stay in view."""

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..checklist import MAX_VALUES, Result
from ..content.model import VALUES, Statement
from ..explain import explain, explanation_paragraphs
from .announce import announce
from .answers import Answers
from .icons import set_icon
from .labels import RichLabel, text_label
from .page_view import FittedPage
from .safety_banner import SafetyBanner
from .scroll_page import ScrollPage

PINNED_SHARE = 50  # at most this % of the checklist's height for the pinned safety box


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
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        self.text = text_label(statement.text)
        layout.addWidget(self.text, 1)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if (event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled()
                and self.rect().contains(event.position().toPoint())):
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class ChecklistPanel(QWidget):
    helpRequested = Signal()
    linkActivated = Signal(str)

    def __init__(self, answers: Answers, with_banner: bool = True, parent=None) -> None:
        """``with_banner`` False: a host (the comparison) shows the safety actions instead."""
        super().__init__(parent)
        self.answers = answers
        self.with_banner = with_banner
        guide = answers.guide
        self.setAccessibleName(self.tr("My checklist"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        # Pinned above the list, so a safety action stays in view whatever is scrolled to.
        self.banner = SafetyBanner()
        self.banner.helpRequested.connect(self.helpRequested)
        outer.addWidget(self.banner)
        self.note = text_label("", "note")  # two answers that cannot both be true
        self.note.hide()
        outer.addWidget(self.note)
        self.page = ScrollPage("checklistContent", spacing=8)
        self.page.setAccessibleName(self.tr("My checklist"))
        # The checklist is always longer than a screen. A bar shown "as needed" makes Qt
        # measure every sentence at two widths, with and without it, on each tick.
        self.page.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        outer.addWidget(self.page, 1)

        layout = self.page.column
        layout.addWidget(text_label(self.tr("My checklist"), "title"))
        intro = RichLabel(guide.checklist.intro_html)
        intro.linkActivated.connect(self.linkActivated)
        layout.addWidget(intro)
        self.to_result = QPushButton(self.tr("See what your answers mean"))
        self.to_result.setProperty("role", "link")
        self.to_result.clicked.connect(self.show_meaning)
        layout.addWidget(self.to_result, 0, Qt.AlignmentFlag.AlignLeft)

        self.rows: dict[str, StatementRow] = {}
        self.values_hint = None
        for group in guide.checklist.groups:
            statements = guide.checklist.in_group(group.id)
            layout.addSpacing(8)
            layout.addWidget(text_label(group.title, "heading"))
            if statements and statements[0].kind == VALUES:  # the loader keeps them apart
                self.values_hint = text_label("", "muted")
                layout.addWidget(self.values_hint)
            for statement in statements:
                row = StatementRow(statement)
                row.box.toggled.connect(
                    lambda ticked, sid=statement.id: self._on_toggled(sid, ticked))
                self.rows[statement.id] = row
                layout.addWidget(row)

        layout.addSpacing(16)
        self.meaning_heading = text_label(self.tr("What your answers mean"), "heading")
        layout.addWidget(self.meaning_heading)
        self.summary = FittedPage()
        self.summary.setAccessibleName(self.tr("What your answers mean"))
        self.summary.linkActivated.connect(self.linkActivated)
        layout.addWidget(self.summary)
        self.clear_button = QPushButton(self.tr("Clear my answers"))
        self.clear_button.setAccessibleDescription(self.tr("Untick every sentence"))
        self.clear_button.clicked.connect(answers.clear)
        self.take_button = QPushButton(self.tr("Take it with you"))
        set_icon(self.take_button, "print")
        self.take_button.setAccessibleDescription(self.tr("Print, save or scan a summary"))
        self.take_button.clicked.connect(self._take_it)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.page.finish()
        self._anchor: StatementRow | None = None  # the row just tapped: it stays where it is
        answers.changed.connect(self.show_result)
        self.show_result(answers.result)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # The pinned safety box keeps the list readable beneath it, whatever the text size.
        self.banner.set_room(max(event.size().height() * PINNED_SHARE // 100, 96))
        super().resizeEvent(event)

    def box(self, statement_id: str) -> QCheckBox:
        return self.rows[statement_id].box

    def ensureWidgetVisible(self, widget: QWidget) -> None:  # noqa: N802 (Qt's name)
        self.page.ensureWidgetVisible(widget)

    def show_meaning(self) -> None:
        """Scroll to "What your answers mean", its heading at the top."""
        top = self.meaning_heading.y() - self.page.column.spacing()
        self.page.verticalScrollBar().setValue(top)

    def _take_it(self) -> None:
        self.linkActivated.emit("guide:summary")

    def _on_toggled(self, statement_id: str, ticked: bool) -> None:
        self._anchor = self.rows[statement_id]
        if not self.answers.set_ticked(statement_id, ticked):  # one value too many
            self.show_result(self.answers.result)

    def show_result(self, result: Result) -> None:
        anchor, self._anchor = self._anchor, None
        before = anchor.mapTo(self, anchor.rect().topLeft()).y() if anchor else None
        ticked = self.answers.ticked
        full = self.answers.values_full()
        for statement_id, row in self.rows.items():
            if row.box.isChecked() != (statement_id in ticked):
                row.box.blockSignals(True)
                row.box.setChecked(statement_id in ticked)
                row.box.blockSignals(False)
            if row.statement.kind == VALUES:
                row.box.setEnabled(statement_id in ticked or not full)
        if self.values_hint is not None:
            self.values_hint.setText(
                self.tr("You chose {0}. To choose another, untick one first.").format(MAX_VALUES)
                if full else self.tr("Choose up to {0}.").format(MAX_VALUES))
        translate = QCoreApplication.translate
        explanation = explain(self.answers.guide, result, translate)
        if self.with_banner:
            self.banner.show_for(result)
        conflicts = explanation.held[bool(result.safety):]
        self.note.setText("\n".join(conflicts))
        self.note.setVisible(bool(conflicts))
        self.summary.show_paragraphs(explanation_paragraphs(explanation, translate))
        if before is not None:
            self._keep_in_place(anchor, before)
        if self.isVisible():
            announce(self.summary, "\n".join(explanation.held[bool(result.safety):])
                     or explanation.headline)

    def _keep_in_place(self, row: StatementRow, before: int) -> None:
        """What appeared above the list pushed it down: scroll by as much, so the row just
        tapped stays under the finger."""
        for _level in range(3):  # the pinned box, the panel, the list: a level a turn
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.layout().activate()
        shift = row.mapTo(self, row.rect().topLeft()).y() - before
        if shift:
            bar = self.page.verticalScrollBar()
            bar.setValue(bar.value() + shift)
        # Where the pinned box now covers the row, show it just below instead.
        self.page.ensureWidgetVisible(row, 0, 0)
