"""Shows one rendered document; every link click is handed to the window, never opened here."""

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser

from .style import document_css


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

    def _on_anchor(self, url: QUrl) -> None:
        self.linkActivated.emit(url.toString())

    def loadResource(self, kind, url):  # noqa: N802 (Qt's name)
        # Never fetch anything a document refers to: no files, no network.
        return None
