"""Word-wrapped labels: plain text with a style role, and rendered content in theme colours."""

from PySide6.QtWidgets import QLabel

from .enum_property import set_enum_property
from .text_size import size_for_role


class RichLabel(QLabel):
    """QLabel takes link colours from CSS in the HTML, not from the stylesheet, so the theme's
    CSS is put in front of the content and applied again on every theme change."""

    css = ""  # the class's: the current theme's, which labels made from now on start with

    def __init__(self, html: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        set_enum_property(self, "textFormat", "RichText")
        self.setOpenExternalLinks(False)
        self._html = html
        self._render()

    def set_html(self, html: str) -> None:
        self._html = html
        self._render()

    def html(self) -> str:
        return self._html

    def set_css(self, css: str) -> None:
        self.css = css
        self._render()

    def _render(self) -> None:
        self.setText(f"<style>{self.css}</style>{self._html}" if self.css else self._html)


def text_label(text: str, role: str = "") -> QLabel:
    """A plain, word-wrapped label; ``role`` picks its style (title, heading, muted)."""
    label = QLabel(text)
    label.setWordWrap(True)
    set_enum_property(label, "textFormat", "PlainText")
    if role:
        label.setProperty("role", role)
        size_for_role(label)
    return label
