"""Markdown to the HTML subset that Qt's rich text shows, minus anything that could load content."""

from dataclasses import dataclass

import markdown
import nh3

from .model import GUIDE_LINK

_ALLOWED_TAGS = {
    "a", "p", "br", "hr", "h1", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "code",
    "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "span", "div",
}
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
# Only these link schemes survive; none of them makes Qt load anything by itself.
_LINK_SCHEMES = {"guide", "http", "https", "mailto", "tel"}

_markdown = markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")


def to_html(text: str) -> str:
    """Render Markdown once; script, iframe, object, embed, style and images are dropped."""
    html = _markdown.reset().convert(text)
    return nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_LINK_SCHEMES,
        link_rel=None,
        clean_content_tags={"script", "style", "iframe", "object", "embed", "noscript"},
    )


def inline_html(text: str) -> str:
    """Render a one-line text (a table cell, a summary) without the surrounding paragraph."""
    html = to_html(text)
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        return html[3:-4]
    return html


@dataclass(frozen=True)
class LinkRef:
    kind: str
    target: str | None
    line: int  # 1-based line within the text searched


def guide_links(text: str) -> list[LinkRef]:
    """Every guide: link in ``text``, with its line, for validation."""
    return [
        LinkRef(match.group(1), match.group(2), text.count("\n", 0, match.start()) + 1)
        for match in GUIDE_LINK.finditer(text)
    ]
