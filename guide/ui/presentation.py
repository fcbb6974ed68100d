"""Presentation mode for counselors: one topic at a time, full screen, in large type, with the
options side by side and the topic's discussion questions."""

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from ..content.model import Guide
from ..explain import source_words
from .answers import Answers
from .labels import RichLabel, text_label
from .safety_banner import SafetyBanner
from .style import document_css, stylesheet
from .text_size import set_font_for_children, size_roles, text_font

PRESENTATION_SCALE = 1.75
NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace}


class PresentationWindow(QWidget):
    closed = Signal()
    helpRequested = Signal()

    def __init__(self, guide: Guide, answers: Answers, theme: str, family: str | None,
                 marks: tuple[str, str], start: int = 0) -> None:
        """``marks``: the words that mark the option more answers fit, and one an answer
        rules out (as the comparison's headers say them)."""
        super().__init__()
        self.guide, self.answers = guide, answers
        self.match_badge, self.ruled_out_mark = marks
        self.index = start
        self.setWindowTitle(self.tr("Presentation"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("presentation")
        self.setStyleSheet(stylesheet(theme))
        self.text_font = text_font(family, PRESENTATION_SCALE)
        set_font_for_children(self, self.text_font)
        self.css = document_css(theme)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(20)
        self.position = text_label("", "muted")
        self.title = text_label("", "title")
        # The options side by side, in a scroll area: long text on a small screen stays readable.
        columns = QWidget()
        columns.setObjectName("presentationColumns")
        self.columns = QHBoxLayout(columns)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.setSpacing(24)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(columns)
        scroller.setAccessibleName(self.tr("The options"))
        self.questions = RichLabel()
        self.questions.set_css(self.css)
        self.questions.setAccessibleName(self.tr("Questions to talk about"))
        hint = text_label(self.tr("Page Down or Space: next topic. Page Up: previous. "
                                  "Escape: leave."), "muted")
        # A safety answer's action leads here too; its button leaves for the help page.
        self.banner = SafetyBanner()
        self.banner.helpRequested.connect(self._show_help)
        layout.addWidget(self.banner)
        for widget in (self.position, self.title):
            layout.addWidget(widget)
        layout.addWidget(scroller, 1)
        layout.addWidget(self.questions)
        layout.addWidget(hint)
        self.panels: list[QFrame] = []
        # A bound method, not a lambda: Qt drops the connection when this window is freed.
        answers.changed.connect(self._refresh)
        self.show_topic(start)

    def show_topic(self, index: int) -> None:
        self.index = max(0, min(index, len(self.guide.topics) - 1))
        topic = self.guide.topics[self.index]
        self.position.setText(self.tr("Topic {0} of {1}").format(self.index + 1,
                                                                 len(self.guide.topics)))
        self.title.setText(topic.title)
        while self.columns.count():
            self.columns.takeAt(0).widget().deleteLater()
        self.panels = [self._panel(topic, option) for option in self.guide.options]
        for panel in self.panels:
            # New widgets take the application's font otherwise.
            set_font_for_children(panel, self.text_font)
            self.columns.addWidget(panel, 1)
        questions = "".join(f"<li>{escape(q)}</li>" for q in topic.questions)
        heading = escape(self.tr("Questions to talk about"))
        self.questions.set_html(f"<p><b>{heading}</b></p><ul>{questions}</ul>" if questions
                                else "")
        self.banner.show_for(self.answers.result)
        size_roles(self, self.text_font)

    def _refresh(self, _result) -> None:
        self.show_topic(self.index)

    def _show_help(self) -> None:
        self.close()
        self.helpRequested.emit()

    def _panel(self, topic, option) -> QFrame:
        result = self.answers.result
        matched = option.id == result.leading
        panel = QFrame()
        panel.setProperty("role", "match" if matched else "card")
        panel.setAccessibleName(option.name)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(text_label(option.name, "heading"))
        if matched:
            badge = text_label(self.match_badge, "match")
            layout.addWidget(badge)
        for reason in result.option(option.id).ruled_out:
            words = source_words(reason.note.sources, QCoreApplication.translate)
            layout.addWidget(text_label(f"{self.ruled_out_mark}: {reason.note.text} ({words})",
                                        "ruled-out"))
        cell = topic.cell(option.id)
        text = RichLabel(f"<p><b>{cell.short_html}</b></p>{cell.html}")
        text.set_css(self.css)
        layout.addWidget(text)
        layout.addStretch(1)
        return panel

    def matched_panel(self) -> QFrame | None:
        return next((p for p in self.panels if p.property("role") == "match"), None)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if key in NEXT_KEYS:
            self.show_topic(self.index + 1)
        elif key in PREVIOUS_KEYS:
            self.show_topic(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.show_topic(0)
        elif key == Qt.Key.Key_End:
            self.show_topic(len(self.guide.topics) - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.closed.emit()
        super().closeEvent(event)
