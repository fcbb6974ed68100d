"""Search speed: building the index, and answering queries as they are typed.

Run with `python -m bench.search`. Goals: a search under 16 ms for the bundled content and under
50 ms for a guide 10 times larger (`synthetic_guide()`, also used by tests/test_search.py).
"""

import random
import statistics
import time

from guide.content.loader import load_guide
from guide.content.model import (
    GLOSSARY_PAGE,
    LIFE,
    QUESTIONS_PAGE,
    REQUIRED_HELP_LINES,
    Cell,
    Checklist,
    ChecklistGroup,
    CommonQuestion,
    GlossaryTerm,
    Guide,
    HelpLine,
    Option,
    OptionNote,
    Page,
    Source,
    SourceRef,
    Statement,
    Topic,
    term_slug,
)
from guide.paths import BUNDLED_CONTENT
from guide.search import SearchIndex

SEARCHES = 200
BUILDS = 5
MARKER = "quokka"  # in exactly one cell body of the synthetic guide, and nowhere else

# Words a guide like this one uses; the synthetic text draws most of its words from here.
VOCABULARY = """
a about after all alcohol also always and anxiety are around ask at away be before best big
call can care center centers change children choose clinic community commitment cost costs
counselor counseling court crisis daily day days decide depression detox doctor drug drugs each
evening family families fees free friends from goals group groups health help home hours house
how if in insurance intensive is it job learn less life live living long many medical
medication medicine meals mental months more most needs night not now of often on one options
or other outpatient people place plan practise prices program programs questions recovery
residential rules safe safety schedule see services session sessions several skills sleep
sober some sources staff stay step stop stressful strict structure support team that the
therapy therapies they this time times to together travel treatment usually visit visits
want week weekends weeks what when where while who why with withdrawal work year you your
""".split()
SYLLABLES = "ba ce di fo gu la me ni po ru sa te vi zo ka re mu no pe ta".split()
SOURCE = Source("A", "A synthetic source", "nobody")


def _pseudo_words(rng: random.Random, count: int) -> list[str]:
    """Made-up words, so a larger guide also has many more distinct words."""
    return ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(count)]


class _Writer:
    def __init__(self, rng: random.Random, extra: list[str]) -> None:
        self.rng, self.extra = rng, extra

    def words(self, count: int) -> list[str]:
        rng = self.rng
        return [rng.choice(self.extra) if rng.random() < 0.25 else rng.choice(VOCABULARY)
                for _ in range(count)]

    def sentence(self, low: int = 6, high: int = 14) -> str:
        words = self.words(self.rng.randint(low, high))
        if self.rng.random() < 0.1:  # a link or bold words, as the real content has
            words[1] = f"[{words[1]} {words[2]}](guide:topic/topic-1)"
            del words[2]
        elif self.rng.random() < 0.1:
            words[-1] = f"**{words[-1]}**"
        return " ".join(words).capitalize() + "."

    def text(self, words: int) -> str:
        sentences, total = [], 0
        while total < words:
            sentences.append(self.sentence())
            total += len(sentences[-1].split())
        return " ".join(sentences)

    def title(self) -> str:
        return " ".join(self.words(self.rng.randint(2, 4))).capitalize()

    def markdown(self, sections: int, words: int) -> str:
        parts = []
        for _ in range(sections):
            parts += [f"## {self.title()}", "", self.text(words), ""]
            parts += [f"- {self.sentence(3, 7)}" for _ in range(self.rng.randint(0, 4))] + [""]
        return "\n".join(parts)


def _terms(write: _Writer, count: int) -> tuple[GlossaryTerm, ...]:
    """``count`` glossary terms of 1 to 3 words with distinct slugs; a third have other forms."""
    terms: list[GlossaryTerm] = []
    slugs: set[str] = set()
    while len(terms) < count:
        term = " ".join(write.words(write.rng.randint(1, 3)))
        also = ((" ".join(write.words(write.rng.randint(1, 3))),)
                if write.rng.random() < 0.33 else ())
        if term_slug(term) not in slugs:
            slugs.add(term_slug(term))
            terms.append(GlossaryTerm(term, also, write.sentence(8, 22)))
    return tuple(terms)


def _questions(write: _Writer, count: int, topics: list[Topic]) -> tuple[CommonQuestion, ...]:
    """``count`` common questions; most name the topic that answers them, every fifth none."""
    return tuple(
        CommonQuestion(f"question-{n}", write.sentence(4, 10)[:-1] + "?", write.text(38),
                       None if n % 5 == 4 else topics[n * 7 % len(topics)].id)
        for n in range(count))


def synthetic_guide(scale: int = 10) -> Guide:
    """A made-up guide: 5 options, 6 x scale topics, 2 x scale pages (and the glossary and
    common-questions pages), 20 x scale statements, 21 x scale glossary terms and 9 x scale
    common questions (the bundled guide has 21 and 9).

    At scale 10 it holds about 43,000 words, 10 times the bundled English guide. The same scale
    always gives the same guide. MARKER appears once: in one cell body of the middle topic.
    """
    rng = random.Random(scale)
    write = _Writer(rng, _pseudo_words(rng, 400 * scale))
    ref = (SourceRef("A", "Introduction"),)
    options = []
    for n in range(1, 6):
        body = write.markdown(6, 60)
        options.append(Option(f"option-{n}", f"Option {n}: {write.title()}", f"Option {n}",
                              write.sentence(), n, body, body))
    topics = []
    for n in range(6 * scale):
        cells = []
        for option in options:
            short, body = write.sentence(10, 20), write.text(50)
            if n == 3 * scale and option.order == 4:
                body += f" A {MARKER} lives here."
            cells.append(Cell(option.id, short, short, ref, body, body))
        topics.append(Topic(f"topic-{n}", write.title(), n, "topic", "", tuple(cells)))
    pages = []
    for n in range(2 * scale):
        body = write.markdown(4, 50)
        pages.append(Page(f"page-{n}", write.title(), n, body, body))
    groups = tuple(ChecklistGroup(f"group-{n}", write.title()) for n in range(6))
    statements = []
    for n in range(20 * scale):
        text = write.sentence(6, 14)
        statements.append(Statement(
            f"statement-{n}", groups[n % 6].id, text, LIFE, " ".join(text.split()[:3]),
            fits=(OptionNote(options[n % 5].id, write.sentence(10, 20), ref),)))
    help_lines = tuple(HelpLine(number, f"Line {number}", f"<p>Call {number}.</p>",
                                f"Call {number}.") for number in REQUIRED_HELP_LINES)
    glossary = _terms(write, 21 * scale)
    questions = _questions(write, 9 * scale, topics)
    for page_id in (GLOSSARY_PAGE, QUESTIONS_PAGE):  # an introduction; the entries are apart
        intro = write.sentence(10, 16)
        pages.append(Page(page_id, write.title(), len(pages), intro, intro))
    return Guide("en", "Synthetic guide", "", "2026-01-01", "", "", (SOURCE,), tuple(options),
                 tuple(topics), tuple(pages), Checklist("", groups, tuple(statements)), glossary,
                 questions, help_lines)


# What people type, one letter at a time for a few words, then whole words and phrases.
QUERIES = [
    *("visit"[:n] for n in range(1, 6)), "visits",
    *("family"[:n] for n in range(1, 7)), "families",
    *("insurance"[:n] for n in range(1, 10)),
    "cost", "costs", "30 days", "how long", "court", "sober living", "group sessions",
    "medical staff", "weekends", "withdrawal", "depression", "time away from work",
    "ask the center", "help", "crisis", "sleep at home", "no results for this query",
]


def _timings(index: SearchIndex, searches: int = SEARCHES) -> list[float]:
    timings = []
    for number in range(searches):
        query = QUERIES[number % len(QUERIES)]
        started = time.perf_counter()
        index.search(query)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def _build(guide: Guide) -> tuple[SearchIndex, float]:
    builds = []
    for _ in range(BUILDS):
        started = time.perf_counter()
        index = SearchIndex(guide)
        builds.append((time.perf_counter() - started) * 1000)
    return index, statistics.median(builds)


def search_milliseconds() -> dict[str, float]:
    """Median search times and index build times in ms, for the bundled and a 10x guide."""
    results = {}
    for name, guide in (("bundled", load_guide(BUNDLED_CONTENT, "en")),
                        ("10x", synthetic_guide(10))):
        index, build = _build(guide)
        _timings(index, len(QUERIES))  # warm up
        timings = _timings(index)
        results[name] = statistics.median(timings)
        results[f"{name} max"] = max(timings)
        results[f"{name} build"] = build
    return results


def main() -> None:
    results = search_milliseconds()
    goals = {"bundled": "goal < 16 ms", "10x": "goal < 50 ms"}
    print(f"search ({SEARCHES} searches of {len(QUERIES)} queries; build: median of {BUILDS})")
    for name in ("bundled", "10x"):
        print(f"  {name:8} search median {results[name]:7.3f} ms   "
              f"max {results[name + ' max']:7.3f} ms   ({goals[name]})")
        print(f"  {name:8} index build  {results[name + ' build']:7.1f} ms")


if __name__ == "__main__":
    main()
