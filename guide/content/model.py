"""The guide's content as plain, immutable data: built once by the loader, read by the rest."""

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# Links inside the guide: guide:home, guide:compare, guide:topic/duration, guide:page/help ...
GUIDE_LINK = re.compile(r"guide:([a-z]+)(?:/([A-Za-z0-9_-]+))?")

# The kinds of page a ``related:`` entry may name, as "<kind>/<id>".
RELATED_KINDS = ("topic", "option", "page")
GLOSSARY_PAGE = "glossary"  # the page whose 'terms' make the glossary
QUESTIONS_PAGE = "common-questions"  # the page whose 'questions' are the common questions
HELP_PAGE = "help"  # the page whose 'lines' are the crisis and help lines
# The help lines every guide must have: a safety action and the handout point to them.
REQUIRED_HELP_LINES = ("911", "988")


@lru_cache(maxsize=4096)  # asked again for each term link and each use a page marks
def term_slug(term: str) -> str:
    """The id of a glossary term in ``guide:term/<slug>`` links and ``term-<slug>`` anchors.

    Lower case, accents dropped, spaces turned into "-", other punctuation dropped:
    "intensive outpatient program (IOP)" -> "intensive-outpatient-program-iop".
    """
    plain = "".join(c for c in unicodedata.normalize("NFKD", term.casefold())
                    if not unicodedata.combining(c))
    words = re.sub(r"[^a-z0-9\s-]", "", plain).split()
    return re.sub(r"-{2,}", "-", "-".join(words)).strip("-")


class Source(NamedTuple):
    id: str
    title: str
    publisher: str


class SourceRef(NamedTuple):
    """Where a fact comes from: one source article and a section of it."""

    source_id: str
    section: str


class Option(NamedTuple):
    id: str
    name: str
    short: str
    summary: str
    order: int
    body: str  # Markdown, kept for search and reading-level checks
    html: str
    related: tuple[str, ...] = ()  # "<kind>/<id>" of the pages listed at the end


class Cell(NamedTuple):
    """What one topic says about one option."""

    option_id: str
    short: str
    short_html: str
    sources: tuple[SourceRef, ...]  # empty: the sources say nothing on this
    body: str
    html: str


class Topic(NamedTuple):
    id: str
    title: str
    order: int
    icon: str
    intro_html: str
    cells: tuple[Cell, ...]  # in option order
    questions: tuple[str, ...] = ()
    related: tuple[str, ...] = ()  # "<kind>/<id>" of the pages listed at the end

    def cell(self, option_id: str) -> Cell:
        return next(cell for cell in self.cells if cell.option_id == option_id)


class Page(NamedTuple):
    id: str
    title: str
    order: int
    body: str
    html: str


class GlossaryTerm(NamedTuple):
    """A word from the glossary page, the other ways it is written, and what it means."""

    term: str
    also: tuple[str, ...]
    definition: str  # one line of Markdown
    definition_html: str = ""  # rendered once, by the loader

    @property
    def slug(self) -> str:
        return term_slug(self.term)

    @property
    def forms(self) -> tuple[str, ...]:
        """The term, then its other forms."""
        return (self.term, *self.also)


class CommonQuestion(NamedTuple):
    """A question from the common-questions page, answered, with the topic that covers it."""

    id: str
    question: str
    answer: str  # Markdown
    topic_id: str | None = None  # the comparison row that answers it
    answer_html: str = ""  # rendered once, by the loader


class ChecklistGroup(NamedTuple):
    id: str
    title: str


# The kinds of checklist statement, each handled as what it is (see guide/checklist.py):
SAFETY = "safety"  # a danger: leads with its own action and suspends any fit
FIT = "fit"  # a condition a source ties to an option's design: it fits, or rules one out
LIFE = "life"  # the reader's situation: reasons for and against each option
VALUES = "values"  # what matters most to the reader (a few, chosen apart from the rest)
STATEMENT_KINDS = (SAFETY, FIT, LIFE, VALUES)


class OptionNote(NamedTuple):
    """What a statement means for one option: why it fits, what to talk about, or why a source
    says the option is not designed for it."""

    option_id: str
    text: str  # one or two plain sentences
    sources: tuple[SourceRef, ...]  # empty: the sources are silent, and the text says what to ask


class Statement(NamedTuple):
    id: str
    group_id: str
    text: str  # "I ..." as the reader ticks it
    kind: str  # one of STATEMENT_KINDS
    short: str  # a few words, for the QR code
    fits: tuple[OptionNote, ...] = ()
    talk: tuple[OptionNote, ...] = ()  # what to talk about, per option
    rules_out: tuple[OptionNote, ...] = ()  # only for FIT statements
    conflicts: tuple[str, ...] = ()  # ids of statements that cannot be true at the same time
    # (both ways: the loader adds "b conflicts with a" to every "a conflicts with b")
    action_html: str = ""  # SAFETY: the first thing to do, shown first and large
    detail_html: str = ""  # SAFETY: what follows the action
    sources: tuple[SourceRef, ...] = ()  # SAFETY: where the action's facts come from
    ask: str = ""  # a question worth asking a program, for someone who ticks this

    @property
    def safety(self) -> bool:
        return self.kind == SAFETY


class Checklist(NamedTuple):
    intro_html: str
    groups: tuple[ChecklistGroup, ...]
    statements: tuple[Statement, ...]
    questions: tuple[str, ...] = ()  # questions worth asking any program

    def statement(self, statement_id: str) -> Statement:
        return next(s for s in self.statements if s.id == statement_id)

    def in_group(self, group_id: str) -> tuple[Statement, ...]:
        return tuple(s for s in self.statements if s.group_id == group_id)


class HelpLine(NamedTuple):
    """One way to get help now, from the help page: who it is for, and how to reach it."""

    id: str  # "911", "988", ...
    heading: str  # who it is for: "If you or someone else is in danger right now"
    html: str  # how to reach it, and what it is
    short: str  # one plain line for the handout's foot and the QR code


class Guide(NamedTuple):
    lang: str
    title: str
    subtitle: str
    content_date: str
    review: str
    home_html: str
    sources: tuple[Source, ...]
    options: tuple[Option, ...]
    topics: tuple[Topic, ...]
    pages: tuple[Page, ...]
    checklist: Checklist = Checklist("", (), ())
    glossary: tuple[GlossaryTerm, ...] = ()  # the terms of the page with id "glossary"
    questions: tuple[CommonQuestion, ...] = ()  # those of the page with id "common-questions"
    help_lines: tuple[HelpLine, ...] = ()  # those of the page with id "help"

    def option(self, option_id: str) -> Option:
        return next(o for o in self.options if o.id == option_id)

    def topic(self, topic_id: str) -> Topic:
        return next(t for t in self.topics if t.id == topic_id)

    def page(self, page_id: str) -> Page:
        return next(p for p in self.pages if p.id == page_id)

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources if s.id == source_id)

    def term(self, slug: str) -> GlossaryTerm:
        return next(t for t in self.glossary if t.slug == slug)

    def help_line(self, line_id: str) -> HelpLine:
        return next(line for line in self.help_lines if line.id == line_id)

    def title_of(self, kind: str, target: str) -> str:
        """The title of the option, topic or page ``kind``/``target``, as a link reads."""
        if kind == "option":
            return self.option(target).name
        if kind == "topic":
            return self.topic(target).title
        return self.page(target).title

    def has(self, kind: str, target: str | None) -> bool:
        """Whether a guide:<kind>/<target> link leads somewhere."""
        if kind in ("home", "checklist", "summary", "search"):
            return target is None
        if kind == "compare":  # the table, or the table with one topic's row chosen
            return target is None or target in [t.id for t in self.topics]
        ids = {
            "option": [o.id for o in self.options],
            "topic": [t.id for t in self.topics],
            "page": [p.id for p in self.pages],
            "term": [t.slug for t in self.glossary],
        }.get(kind)
        return ids is not None and target in ids
