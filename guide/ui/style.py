"""Builds the application stylesheet and the rich-text CSS from a theme palette."""

from functools import cache

from PySide6.QtGui import QColor, QPalette

from ..paths import RESOURCES
from ..themes import palette


@cache  # asked at each change of text size, to see whether the colours changed too
def stylesheet(theme: str = "light", kiosk: bool = False) -> str:
    """Colours, borders and spacing; the text size is in fonts (see text_size)."""
    template = (RESOURCES / "themes" / "style.qss").read_text("utf-8")
    if kiosk:
        template += (RESOURCES / "themes" / "kiosk.qss").read_text("utf-8")
    values = palette(theme)
    # QSS is full of braces, so fill only the known {names} rather than str.format.
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def document_css(theme: str = "light") -> str:
    """CSS for rendered Markdown; Qt's rich text honours only a subset, so keep it simple.
    Font and size come from the widget, so text size applies to content too."""
    colors = palette(theme)
    return (f"a {{ color: {colors['link']}; }} mark {{ background: {colors['selection']}; "
            f"color: {colors['selection_text']}; }}"
            f"h1 {{ font-size: x-large; }} h2 {{ font-size: large; margin-top: 16px; }}"
            f".source {{ color: {colors['muted']}; font-style: italic; }}"
            f".short {{ font-weight: bold; }} .summary {{ font-size: large; }}"
            f"table {{ border-collapse: collapse; }} td, th {{ padding: 4px; }}")


def qt_palette(theme: str = "light") -> QPalette:
    """The same colours as a QPalette, for what Qt draws natively (check marks, scroll bars)."""
    colors = palette(theme)
    result = QPalette()
    roles = {
        QPalette.ColorRole.Window: "window", QPalette.ColorRole.WindowText: "text",
        QPalette.ColorRole.Base: "surface", QPalette.ColorRole.AlternateBase: "header",
        QPalette.ColorRole.Text: "text", QPalette.ColorRole.Button: "surface",
        QPalette.ColorRole.ButtonText: "text", QPalette.ColorRole.Highlight: "selection",
        QPalette.ColorRole.HighlightedText: "selection_text", QPalette.ColorRole.Link: "link",
        QPalette.ColorRole.ToolTipBase: "surface", QPalette.ColorRole.ToolTipText: "text",
        QPalette.ColorRole.PlaceholderText: "muted",
    }
    for role, name in roles.items():
        result.setColor(role, QColor(colors[name]))
    return result
