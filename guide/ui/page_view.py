"""Shows one rendered document; every link click is handed to the window, never opened here."""

import re

from PySide6.QtCore import QRegularExpression, QUrl, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit

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
