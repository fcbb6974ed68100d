"""Shows one rendered document; every link click is handed to the window, never opened here."""

import math
import re
from difflib import SequenceMatcher

from PySide6.QtCore import QRegularExpression, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QTextEdit

from .style import document_css

# Search folds accents away; to mark "médico" for "medico", each letter matches its accented forms.
ACCENTS = {"a": "[aáàä]", "e": "[eéèë]", "i": "[iíìï]", "o": "[oóòö]", "u": "[uúùü]", "n": "[nñ]",
           "c": "[cç]"}


class PageView(QTextBrowser):
    linkActivated = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        # A scroll bar that came and went with each document changed the text's width, and Qt
        # laid the text out again at each width: two more layouts of most new pages.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._html = ""  # as given: toHtml() would pin today's font size into the text
        self.set_css(document_css())

    def set_css(self, css: str) -> None:
        # The default stylesheet only applies to HTML set after it, so re-apply the text.
        self.document().setDefaultStyleSheet(css)
        if self._html:
            self.setHtml(self._html)

    def show_html(self, html: str) -> None:
        self._html = html
        self.setHtml(html)

    def highlight(self, words: list[str], colors: dict[str, str]) -> None:
        """Mark every place a word starts with one of ``words`` (folded, as search uses them:
        lower case, no accents) and show the first."""
        selections = []
        marked = QTextCharFormat()
        marked.setBackground(QColor(colors["selection"]))
        marked.setForeground(QColor(colors["selection_text"]))
        for word in words:
            pattern = QRegularExpression(r"\b" + "".join(ACCENTS.get(c, re.escape(c))
                                                          for c in word),
                                         QRegularExpression.PatternOption.CaseInsensitiveOption)
            cursor = QTextCursor(self.document())
            while not (cursor := self.document().find(pattern, cursor)).isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = marked
                selections.append(selection)
        self.setExtraSelections(selections)
        if selections:
            first = min(selections, key=lambda s: s.cursor.position()).cursor
            self.setTextCursor(first)
            self.ensureCursorVisible()

    def _on_anchor(self, url: QUrl) -> None:
        self.linkActivated.emit(url.toString())

    def loadResource(self, kind, url):  # noqa: N802 (Qt's name)
        # Never fetch anything a document refers to: no files, no network.
        return None


class FittedPage(PageView):
    """A PageView as tall as its text, with no scroll bar of its own, for text that changes
    often inside a scrolling column (the checklist's summary). Qt lays its text out once per
    change; a word-wrapped QLabel measures rich text four times over, at four widths."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setProperty("fitted", True)  # the stylesheet drops the page's box
        self._paragraphs: list[str] = []  # as shown by show_paragraphs
        self.document().setDocumentMargin(0)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # New text or a new font size: the column makes room.
        self.document().documentLayout().documentSizeChanged.connect(self.updateGeometry)

    def show_paragraphs(self, paragraphs: list[str]) -> None:
        """Show ``paragraphs`` (the inner HTML of each), changing only those that differ from
        what is shown: the others keep their layout, so a long summary that gains a line costs
        a line, not the whole text."""
        shown, self._paragraphs = self._paragraphs, list(paragraphs)
        whole = "".join(f"<p>{html}</p>" for html in paragraphs)
        changes = [op for op in SequenceMatcher(a=shown, b=paragraphs, autojunk=False)
                   .get_opcodes() if op[0] != "equal"]
        # The first paragraph is only ever replaced in place; anything else: show afresh.
        if not shown or not paragraphs or any(i1 == 0 and i2 - i1 != j2 - j1
                                              for _, i1, i2, j1, j2 in changes):
            self.show_html(whole)
            return
        self._html = whole  # what set_css shows again
        # No edit block around the edits: Qt would lay out all the text between the first and
        # the last, where separate edits lay out only what each changed.
        cursor = QTextCursor(self.document())
        for _, i1, i2, j1, j2 in reversed(changes):  # from the end: earlier numbers hold
            kept = min(i2 - i1, j2 - j1)  # replaced in place; the rest removed or added
            if i2 - i1 > kept:
                cursor.setPosition(self._end_of_block(i1 + kept - 1))
                cursor.setPosition(self._end_of_block(i2 - 1), QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
            else:
                cursor.setPosition(self._end_of_block(i1 + kept - 1))
                for html in paragraphs[j1 + kept:j2]:
                    cursor.insertBlock()
                    cursor.insertHtml(html)
            for offset in range(kept):
                block = self.document().findBlockByNumber(i1 + offset)
                cursor.setPosition(block.position())
                cursor.setPosition(self._end_of_block(i1 + offset),
                                   QTextCursor.MoveMode.KeepAnchor)
                cursor.insertHtml(paragraphs[j1 + offset])

    def _end_of_block(self, number: int) -> int:
        block = self.document().findBlockByNumber(number)
        return block.position() + block.length() - 1

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        # The contents margins hold the frame: the text gets the viewport's width, as the view
        # itself gives it, or each would lay the whole text out again at its own width.
        margins = self.contentsMargins()
        document = self.document()
        text_width = width - margins.left() - margins.right()
        if document.textWidth() != text_width:  # Qt lays all the text out again even if equal
            document.setTextWidth(text_width)
        return math.ceil(document.size().height()) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().sizeHint().width(), self.heightForWidth(self.width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().minimumSizeHint().width(), self.fontMetrics().height())
