"""Whole HTML documents for the page view, assembled once from the pre-rendered content. No Qt."""

from html import escape

from .checklist import Result
from .content.model import Guide, Option, SourceRef, Topic
from .navigation import Location


def source_note(guide: Guide, refs: tuple[SourceRef, ...]) -> str:
    if not refs:
        return ('<p class="source">Source: the two source articles do not cover this. '
                "Ask the program directly.</p>")
    sections: dict[str, list[str]] = {}
    for ref in refs:
        sections.setdefault(ref.source_id, []).append(f"“{escape(ref.section)}”")
    parts = [f"Article {escape(source_id)} (“{escape(guide.source(source_id).title)}”), "
             f"{'section' if len(names) == 1 else 'sections'} {' and '.join(names)}"
             for source_id, names in sections.items()]
    return f'<p class="source">Source: {"; ".join(parts)}.</p>'


def cell_detail(guide: Guide, topic: Topic, option: Option) -> str:
    cell = topic.cell(option.id)
    return (f"<h2>{escape(topic.title)}: {escape(option.name)}</h2>"
            f'<p class="short">{cell.short_html}</p>{cell.html}'
            f"{source_note(guide, cell.sources)}"
            f'<p><a href="guide:topic/{topic.id}">Read the whole topic</a> · '
            f'<a href="guide:option/{option.id}">More about {escape(option.short)}</a></p>')


def topic_document(guide: Guide, topic: Topic) -> str:
    parts = [f"<h1>{escape(topic.title)}</h1>", topic.intro_html]
    for option in guide.options:
        cell = topic.cell(option.id)
        parts += [f"<h2>{escape(option.name)}</h2>", f'<p class="short">{cell.short_html}</p>',
                  cell.html, source_note(guide, cell.sources)]
    if topic.questions:
        parts.append("<h2>Questions to talk about</h2><ul>")
        parts += [f"<li>{escape(question)}</li>" for question in topic.questions]
        parts.append("</ul>")
    parts.append(f'<p><a href="guide:compare/{topic.id}">See this in the comparison</a></p>')
    return "".join(parts)


def option_document(option: Option) -> str:
    return (f"<h1>{escape(option.name)}</h1><p class=\"summary\">{escape(option.summary)}</p>"
            f'{option.html}<p><a href="guide:compare">Compare the options side by side</a></p>')


class Documents:
    """The HTML for every page-view location, built on first use and kept."""

    def __init__(self, guide: Guide) -> None:
        self.guide = guide
        self._cache: dict[Location, str] = {}

    def html(self, location: Location) -> str:
        if location not in self._cache:
            self._cache[location] = self._build(location)
        return self._cache[location]

    def _build(self, location: Location) -> str:
        guide = self.guide
        if location.kind == "topic" or (location.kind == "compare" and not location.detail):
            return topic_document(guide, guide.topic(location.target))
        if location.kind == "option":
            return option_document(guide.option(location.target))
        if location.kind == "page":
            page = guide.page(location.target)
            return f"<h1>{escape(page.title)}</h1>{page.html}"
        if location.kind == "compare":
            return cell_detail(guide, guide.topic(location.target), guide.option(location.detail))
        raise ValueError(f"no document for {location.url()}")


def checklist_summary(guide: Guide, result: Result) -> str:
    """What the ticked statements point to, and why, as HTML for the checklist and handout."""
    if result.nothing_ticked:
        parts = ["<p>Nothing is ticked yet. Tick the sentences that are true for you, and the "
                 "comparison will show which option your answers point to.</p>"]
    elif result.match:
        parts = [f"<p>Your answers point to <b>{escape(guide.option(result.match).name)}</b>."
                 "</p>"]
    elif result.tie:
        parts = ["<p>Your answers point to more than one option equally. Both could fit: "
                 "talk it through with a counselor.</p>"]
    else:
        parts = ["<p>The sentences you ticked do not point to one option.</p>"]
    for option in guide.options:
        statements = result.reasons_for(option.id)
        if statements:
            parts.append(f"<p><b>For {escape(option.short)}</b> "
                         f"(points: {result.score_of(option.id)})</p>")
            # Paragraphs, not a list: QLabel mis-measures the height of wrapped list items.
            parts += [f"<p>• {escape(s.text)} <i>{escape(s.reason)}</i></p>" for s in statements]
    parts.append("<p>This is a starting point for a talk with a counselor or doctor. "
                 "It is not an assessment.</p>")
    return "".join(parts)
