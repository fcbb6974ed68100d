"""Builds the application stylesheet and the rich-text CSS from a theme palette."""

from ..paths import RESOURCES
from ..themes import palette

BASE_POINT_SIZE = 12


def stylesheet(theme: str = "light", scale: float = 1.0) -> str:
    template = (RESOURCES / "themes" / "style.qss").read_text("utf-8")
    values = dict(palette(theme), font_pt=round(BASE_POINT_SIZE * scale),
                  title_pt=round(BASE_POINT_SIZE * 1.8 * scale),
                  heading_pt=round(BASE_POINT_SIZE * 1.3 * scale))
    # QSS is full of braces, so fill only the known {names} rather than str.format.
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def document_css(theme: str = "light") -> str:
    """CSS for rendered Markdown; Qt's rich text honours only a subset, so keep it simple."""
    colors = palette(theme)
    return (f"a {{ color: {colors['link']}; }}"
            f"h1 {{ font-size: x-large; }} h2 {{ font-size: large; margin-top: 16px; }}"
            f".source {{ color: {colors['muted']}; font-style: italic; }}"
            f".short {{ font-weight: bold; }} .summary {{ font-size: large; }}"
            f"table {{ border-collapse: collapse; }} td, th {{ padding: 4px; }}")
