"""Whole HTML documents for the page view, assembled once from the pre-rendered content. No Qt.

Interface words are marked with QT_TRANSLATE_NOOP and translated through ``tr``, which the
window passes in (Qt's translator); without one they stay in English.

The first use of each glossary term in a document's content is a link to the term (see
``glossary.py``); a ``guide:term/<slug>`` location shows the glossary page, where the term is
the anchor ``term-<slug>``.
"""

from functools import cached_property
from html import escape

from .content.model import (
    GLOSSARY_PAGE,
    HELP_PAGE,
    QUESTIONS_PAGE,
    Guide,
    Option,
    Page,
    SourceRef,
    Topic,
)
from .glossary import Glossary
from .i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from .navigation import Location

C = "Documents"  # the translation context of this module
NO_SOURCE = QT_TRANSLATE_NOOP("Documents", "Source: the two source articles do not cover this. "
                                 "Ask the program directly.")
SOURCE = QT_TRANSLATE_NOOP("Documents", "Source: {0}.")
ARTICLE_SECTION = QT_TRANSLATE_NOOP("Documents", "Article {0} (“{1}”), section {2}")
ARTICLE_SECTIONS = QT_TRANSLATE_NOOP("Documents", "Article {0} (“{1}”), sections {2}")
AND = QT_TRANSLATE_NOOP("Documents", " and ")
WHOLE_TOPIC = QT_TRANSLATE_NOOP("Documents", "Read the whole topic")
MORE_ABOUT = QT_TRANSLATE_NOOP("Documents", "More about {0}")
QUESTIONS = QT_TRANSLATE_NOOP("Documents", "Questions to talk about")
IN_COMPARISON = QT_TRANSLATE_NOOP("Documents", "See this in the comparison")
COMPARE_ALL = QT_TRANSLATE_NOOP("Documents", "Compare the options side by side")
RELATED = QT_TRANSLATE_NOOP("Documents", "Related pages")


def source_note(guide: Guide, refs: tuple[SourceRef, ...], tr: Translate = untranslated) -> str:
    if not refs:
        return f'<p class="source">{tr(C, NO_SOURCE)}</p>'
    sections: dict[str, list[str]] = {}
    for ref in refs:
        sections.setdefault(ref.source_id, []).append(f"“{escape(ref.section)}”")
    parts = [tr(C, ARTICLE_SECTION if len(names) == 1 else ARTICLE_SECTIONS).format(
                 escape(source_id), escape(guide.source(source_id).title),
                 tr(C, AND).join(names))
             for source_id, names in sections.items()]
    return f'<p class="source">{tr(C, SOURCE).format("; ".join(parts))}</p>'


def _no_marks(html: str) -> str:
    return html


def _marker(glossary: Glossary | None):
    """A function that links the first use of each term across the fragments it is given."""
    if glossary is None:
        return _no_marks
    already: set[str] = set()
    return lambda html: glossary.mark(html, already)


def related_links(guide: Guide, related: tuple[str, ...], tr: Translate = untranslated) -> str:
    """The "Related pages" list that ends a topic or option page; empty when there are none."""
    items = []
    for entry in related:
        kind, _, target = entry.partition("/")
        if guide.has(kind, target):
            items.append(f'<li><a href="guide:{kind}/{target}">'
                         f"{escape(guide.title_of(kind, target))}</a></li>")
    if not items:
        return ""
    return f'<h2>{tr(C, RELATED)}</h2><ul class="related">{"".join(items)}</ul>'


def cell_detail(guide: Guide, topic: Topic, option: Option, tr: Translate = untranslated,
                glossary: Glossary | None = None) -> str:
    cell = topic.cell(option.id)
    mark = _marker(glossary)
    return (f"<h2>{escape(topic.title)}: {escape(option.name)}</h2>"
            f'<p class="short">{mark(cell.short_html)}</p>{mark(cell.html)}'
            f"{source_note(guide, cell.sources, tr)}"
            f'<p><a href="guide:topic/{topic.id}">{tr(C, WHOLE_TOPIC)}</a> · '
            f'<a href="guide:option/{option.id}">'
            f"{tr(C, MORE_ABOUT).format(escape(option.short))}</a></p>")


def topic_document(guide: Guide, topic: Topic, tr: Translate = untranslated,
                   glossary: Glossary | None = None) -> str:
    mark = _marker(glossary)
    parts = [f"<h1>{escape(topic.title)}</h1>", mark(topic.intro_html)]
    for option in guide.options:
        cell = topic.cell(option.id)
        parts += [f"<h2>{escape(option.name)}</h2>",
                  f'<p class="short">{mark(cell.short_html)}</p>',
                  mark(cell.html), source_note(guide, cell.sources, tr)]
    if topic.questions:
        parts.append(f"<h2>{tr(C, QUESTIONS)}</h2><ul>")
        parts += [f"<li>{mark(escape(question, quote=False))}</li>"
                  for question in topic.questions]
        parts.append("</ul>")
    parts.append(f'<p><a href="guide:compare/{topic.id}">{tr(C, IN_COMPARISON)}</a></p>')
    parts.append(related_links(guide, topic.related, tr))
    return "".join(parts)


def option_document(guide: Guide, option: Option, tr: Translate = untranslated,
                    glossary: Glossary | None = None) -> str:
    mark = _marker(glossary)
    return (f"<h1>{escape(option.name)}</h1>"
            f'<p class="summary">{mark(escape(option.summary, quote=False))}</p>'
            f'{mark(option.html)}<p><a href="guide:compare">{tr(C, COMPARE_ALL)}</a></p>'
            + related_links(guide, option.related, tr))


def glossary_document(guide: Guide, page: Page) -> str:
    """The glossary page: its intro, then each term, an anchor ``term-<slug>``, and its meaning."""
    parts = [f"<h1>{escape(page.title)}</h1>", page.html, "<dl>"]
    for term in guide.glossary:
        parts.append(f'<dt><a name="term-{term.slug}"><b>{escape(term.term)}</b></a></dt>'
                     f"<dd>{term.definition_html}</dd>")
    parts.append("</dl>")
    return "".join(parts)


def questions_document(guide: Guide, page: Page, tr: Translate = untranslated,
                       glossary: Glossary | None = None) -> str:
    """The common-questions page: its intro, then each question with its answer."""
    mark = _marker(glossary)
    parts = [f"<h1>{escape(page.title)}</h1>", mark(page.html)]
    for question in guide.questions:
        parts += [f"<h2>{escape(question.question)}</h2>", mark(question.answer_html)]
        if question.topic_id:
            parts.append(f'<p><a href="guide:compare/{question.topic_id}">'
                         f"{tr(C, IN_COMPARISON)}</a></p>")
    return "".join(parts)


def help_document(guide: Guide, page: Page, glossary: Glossary | None = None) -> str:
    """The help page: its intro, then each help line under the heading of who it is for."""
    mark = _marker(glossary)
    parts = [f"<h1>{escape(page.title)}</h1>", mark(page.html)]
    parts += [f"<h2>{escape(line.heading)}</h2>{mark(line.html)}" for line in guide.help_lines]
    return "".join(parts)


def page_document(guide: Guide, page: Page, tr: Translate = untranslated,
                  glossary: Glossary | None = None) -> str:
    if page.id == GLOSSARY_PAGE:
        return glossary_document(guide, page)
    if page.id == QUESTIONS_PAGE:
        return questions_document(guide, page, tr, glossary)
    if page.id == HELP_PAGE:
        return help_document(guide, page, glossary)
    return f"<h1>{escape(page.title)}</h1>{_marker(glossary)(page.html)}"


class Documents:
    """The HTML for every page-view location, built on first use and kept."""

    def __init__(self, guide: Guide, tr: Translate = untranslated) -> None:
        self.guide = guide
        self.tr = tr
        self._cache: dict[Location, str] = {}

    @cached_property
    def glossary(self) -> Glossary | None:
        """Compiled on the first page shown, not at start-up."""
        return Glossary(self.guide.glossary) if self.guide.glossary else None

    def html(self, location: Location) -> str:
        if location.kind == "term":  # the glossary page; the view scrolls to term-<slug>
            location = Location("page", GLOSSARY_PAGE)
        if location not in self._cache:
            self._cache[location] = self._build(location)
        return self._cache[location]

    def _build(self, location: Location) -> str:
        guide, tr, glossary = self.guide, self.tr, self.glossary
        if location.kind == "topic" or (location.kind == "compare" and not location.detail):
            return topic_document(guide, guide.topic(location.target), tr, glossary)
        if location.kind == "option":
            return option_document(guide, guide.option(location.target), tr, glossary)
        if location.kind == "page":
            return page_document(guide, guide.page(location.target), tr, glossary)
        if location.kind == "compare":
            return cell_detail(guide, guide.topic(location.target),
                               guide.option(location.detail), tr, glossary)
        raise ValueError(f"no document for {location.url()}")
