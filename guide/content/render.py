"""Markdown to the HTML subset that Qt's rich text shows, minus anything that could load content."""

import re
from dataclasses import dataclass
from html import unescape

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.tables import TableProcessor
from markdown.htmlparser import HTMLExtractor
from markdown.inlinepatterns import (
    BACKTICK_RE,
    IMAGE_LINK_RE,
    IMAGE_REFERENCE_RE,
    LINK_RE,
    REFERENCE_RE,
    BacktickInlineProcessor,
    ImageInlineProcessor,
    ImageReferenceInlineProcessor,
    LinkInlineProcessor,
    ReferenceInlineProcessor,
    ShortImageReferenceInlineProcessor,
    ShortReferenceInlineProcessor,
)
from markdown.preprocessors import HtmlBlockPreprocessor

_ALLOWED_TAGS = {
    "a", "p", "br", "hr", "h1", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "code",
    "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "span", "div",
}
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
# Only these link schemes survive; none of them makes Qt load anything by itself.
_LINK_SCHEMES = {"guide", "http", "https", "mailto", "tel"}

# How far after a '[' the end of a link's text, or of its address, is looked for.
MAX_LINK_CHARS = 500
# How far after a '<' the '>' of an HTML tag is looked for.
MAX_TAG_CHARS = 500
# How far after a '`' the end of a code span is looked for.
MAX_CODE_CHARS = 1_000
# How many lines of a block are read to tell whether it starts a table.
MAX_TABLE_TEST_LINES = 100


class RenderError(ValueError):
    """A text that cannot be shown; the message says why, for a content problem."""


class _BoundedLink:
    """Markdown looks for the ']' (and the ')') of a link from every '[' to the end of the
    paragraph, so a paragraph of many '[' took minutes; this looks only MAX_LINK_CHARS on."""

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:
        window = data[index:index + MAX_LINK_CHARS]
        if "]" not in window:  # the common case of a long run of '[', without a loop
            return window, index + len(window), False
        text, end, handled = super().getText(window, 0)
        return text, index + end, handled

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:
        href, title, end, handled = super().getLink(data[index:index + MAX_LINK_CHARS], 0)
        return href, title, index + end, handled


class _BoundedBackticks(BacktickInlineProcessor):
    """Markdown looks for the end of a code span from every '`' to the end of the paragraph,
    so a paragraph of many '\\```' took minutes; this looks only MAX_CODE_CHARS on."""

    def find_code_spans(self, start: int, text: str) -> tuple[int, int | None]:
        begin, end = super().find_code_spans(0, text[start:start + MAX_CODE_CHARS])
        return start + begin, None if end is None else start + end


class _BoundedTableTest(TableProcessor):
    """Markdown's table finder splits a whole block into lines to tell whether it starts a
    table, again each time a heading is taken off the block's start: minutes for a block of
    many lines. This reads only MAX_TABLE_TEST_LINES lines."""

    def test(self, parent, block: str) -> bool:
        end = -1
        for _ in range(MAX_TABLE_TEST_LINES):
            end = block.find("\n", end + 1)
            if end < 0:
                return super().test(parent, block)
        return super().test(parent, block[:end])


class _BoundedTags(HTMLExtractor):
    """Python's HTML parser looks for the end of a tag from every '<' to the end of the text,
    so a text of many '<a ' took minutes; this looks only MAX_TAG_CHARS on."""

    def check_for_whole_start_tag(self, i: int) -> int:
        rawdata = self.rawdata
        self.rawdata = rawdata[i:i + MAX_TAG_CHARS]
        try:
            end = super().check_for_whole_start_tag(0)
        finally:
            self.rawdata = rawdata
        return end if end < 0 else i + end


class _BoundedHtmlBlocks(HtmlBlockPreprocessor):
    """Markdown's own raw HTML block finder, with _BoundedTags."""

    def run(self, lines: list[str]) -> list[str]:
        parser = _BoundedTags(self.md)
        parser.feed("\n".join(lines))
        parser.close()
        return "".join(parser.cleandoc).split("\n")


class _BoundedScans(Extension):
    """Markdown's own link and code span patterns, raw HTML block finder and table finder,
    under the same names and priorities, made to look only so far ahead."""

    PATTERNS = [
        ("reference", ReferenceInlineProcessor, REFERENCE_RE, 170),
        ("link", LinkInlineProcessor, LINK_RE, 160),
        ("image_link", ImageInlineProcessor, IMAGE_LINK_RE, 150),
        ("image_reference", ImageReferenceInlineProcessor, IMAGE_REFERENCE_RE, 140),
        ("short_reference", ShortReferenceInlineProcessor, REFERENCE_RE, 130),
        ("short_image_ref", ShortImageReferenceInlineProcessor, IMAGE_REFERENCE_RE, 125),
    ]

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's name)
        for name, processor, pattern, priority in self.PATTERNS:
            bounded = type(f"Bounded{processor.__name__}", (_BoundedLink, processor), {})
            md.inlinePatterns.register(bounded(pattern, md), name, priority)
        md.inlinePatterns.register(_BoundedBackticks(BACKTICK_RE), "backtick", 190)
        md.preprocessors.register(_BoundedHtmlBlocks(md), "html_block", 20)
        md.parser.blockprocessors.register(
            _BoundedTableTest(md.parser, {"use_align_attribute": False}), "table", 75)


def _new_markdown() -> markdown.Markdown:
    return markdown.Markdown(extensions=["tables", "sane_lists", _BoundedScans()],
                             output_format="html")


_markdown = _new_markdown()


def to_html(text: str) -> str:
    """Render Markdown once; script, iframe, object, embed, style and images are dropped.

    Raises RenderError for text nested too deeply for the renderer to follow.
    """
    global _markdown
    try:
        html = _markdown.reset().convert(text)
    except RecursionError:
        _markdown = _new_markdown()  # the failed run may have left its state behind
        raise RenderError("the text has lists or quotes nested too deeply to show; "
                          "keep them a few levels deep") from None
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


# A guide: link as a click follows it (model.GUIDE_LINK): the scheme in any case ("GUIDE:"),
# and any kind, so that "guide:Page/help" is reported as leading nowhere too.
_WRITTEN_LINK = re.compile(r"(?i:guide):([A-Za-z]+)(?:/([A-Za-z0-9_-]+))?")


def guide_links(text: str) -> list[LinkRef]:
    """Every guide: link in ``text``, with its line, for validation; also those written with
    character references ("guide&#58;page/help"), which the rendered link decodes."""
    return [
        LinkRef(match.group(1), match.group(2), number)
        for number, line in enumerate(text.split("\n"), 1)
        for match in _WRITTEN_LINK.finditer(unescape(line) if "&" in line else line)
    ]
