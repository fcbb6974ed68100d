"""Word-wrapped labels: plain text with a style role, and rendered content in theme colours."""

from PySide6.QtWidgets import QLabel

from .enum_property import set_enum_property
from .text_size import size_for_role


class WrappedLabel(QLabel):
    """A word-wrapped label that lays its text out once per width. Qt's layouts ask for a
    wrapped label's height at a width many times over (each label of the home view 15 to 21
    times, at 4 to 7 widths, while the window is made, styled and shown), and QLabel lays the
    whole text out again for every answer: ~20 M instructions of a start, 3% of a bare
    window's. Set the text format before the label is first measured."""

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._heights: dict[int, int] = {}
        self._measured_text = text

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        if (text := self.text()) != self._measured_text:
            self._heights.clear()
            self._measured_text = text
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._heights.clear()  # a new font, style or margins: measure again
        super().changeEvent(event)


class RichLabel(WrappedLabel):
    """QLabel takes link colours from CSS in the HTML, not from the stylesheet, so the theme's
    CSS is put in front of the content and applied again on every theme change."""

    css = ""  # the class's: the current theme's, which labels made from now on start with

    def __init__(self, html: str = "", parent=None) -> None:
        super().__init__(parent=parent)
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


def text_label(text: str, role: str = "") -> WrappedLabel:
    """A plain, word-wrapped label; ``role`` picks its style (title, heading, muted)."""
    label = WrappedLabel(text)
    set_enum_property(label, "textFormat", "PlainText")
    if role:
        label.setProperty("role", role)
        size_for_role(label)
    return label
