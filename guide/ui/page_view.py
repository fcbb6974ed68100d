"""Shows one rendered document; every link click is handed to the window, never opened here."""

import math
import re

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
        self.set_css(document_css())

    def set_css(self, css: str) -> None:
        # The default stylesheet only applies to HTML set after it, so re-apply the text.
        html = self.toHtml() if self.document().characterCount() > 1 else None
        self.document().setDefaultStyleSheet(css)
        if html is not None:
            self.setHtml(html)

    def show_html(self, html: str) -> None:
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
        self.document().setDocumentMargin(0)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # New text or a new font size: the column makes room.
        self.document().documentLayout().documentSizeChanged.connect(self.updateGeometry)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth()
        document = self.document()
        document.setTextWidth(width - frame - margins.left() - margins.right())
        return math.ceil(document.size().height()) + frame + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().sizeHint().width(), self.heightForWidth(self.width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().minimumSizeHint().width(), self.fontMetrics().height())
