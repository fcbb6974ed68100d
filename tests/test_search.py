"""Search: folding and plurals, ranking, compare-cell locations, snippets, glossary terms and
common questions, and a 10x guide."""

import html
import re
import subprocess
import sys
from collections import Counter

import pytest

from bench.search import MARKER, synthetic_guide
from guide.content.loader import load_guide
from guide.content.model import (
    Cell,
    Checklist,
    CommonQuestion,
    GlossaryTerm,
    Guide,
    Option,
    Page,
    Statement,
    Topic,
)
from guide.content.problems import ContentError
from guide.navigation import Location
from guide.paths import BUNDLED_CONTENT, ROOT
from guide.search import KINDS, TITLE, SearchIndex, fold, plain_text, query_words, stem
from tests.test_qt_free import BLOCK_QT


@pytest.fixture(scope="module")
def guide() -> Guide:
    return load_guide(BUNDLED_CONTENT, "en")


@pytest.fixture(scope="module")
def index(guide) -> SearchIndex:
    return SearchIndex(guide)


@pytest.fixture(scope="module")
def index_in(index):
    """The index of the bundled guide in a language, built when first asked for."""
    built = {"en": index}

    def index_in(lang: str) -> SearchIndex:
        if lang not in built:
            built[lang] = SearchIndex(load_guide(BUNDLED_CONTENT, lang))
        return built[lang]
    return index_in


def locations(hits) -> list[str]:
    return [hit.location for hit in hits]


@pytest.mark.parametrize(("text", "folded"), [
    ("Médico", "medico"),
    ("MÉDICOS", "medicos"),
    ("opción", "opcion"),
    ("Niño, ¿qué?", "nino que"),
    ("Sliding-scale fees!", "sliding scale fees"),
    ("SAMHSA's 1-800-662-4357", "samhsa s 1 800 662 4357"),
    ("Straße", "strasse"),
    ("snake_case", "snake case"),
    ("  \t ", ""),
])
def test_fold(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize(("word", "stemmed"), [
    ("visits", "visit"),
    ("visit", "visit"),
    ("families", "family"),
    ("costs", "cost"),
    ("days", "day"),
    ("times", "time"),
    ("classes", "class"),
    ("medicos", "medico"),
    ("opciones", "opcion"),
    ("class", "class"),  # -ss, -us and -is are not plurals
    ("status", "status"),
    ("crisis", "crisis"),
    ("bus", "bus"),  # 3 letters or fewer: left alone
    ("iop", "iop"),
    ("30", "30"),
])
def test_stem(word, stemmed):
    assert stem(word) == stemmed


@pytest.mark.parametrize(("query", "words"), [
    ("Visits", [("visit",)]),
    ("famili", [("famili", "family")]),  # "families" half typed still finds "family"
    ("opcione", [("opcion",)]),
    ("30 days", [("30",), ("day",)]),
    ("visit visits", [("visit",)]),
    (" ?! ", []),
])
def test_query_words(query, words):
    assert query_words(query) == words


def test_plain_text_drops_markdown():
    markdown = ("## What it is\n\nSee [how long it lasts](guide:topic/duration), **bold** and "
                "_slanted_.\n\n- one item\n- two\n")
    assert plain_text(markdown) == "What it is. See how long it lasts, bold and slanted. " \
                                   "one item; two;"


@pytest.mark.parametrize(("query", "first"), [
    ("visit", "guide:topic/visits"),
    ("VISITS", "guide:topic/visits"),
    ("Visits from", "guide:topic/visits"),
    ("visi", "guide:topic/visits"),  # as typed
    ("cost", "guide:topic/cost"),
    ("costs", "guide:topic/cost"),
    ("how long", "guide:topic/duration"),
    ("30 days", "guide:compare/duration#inpatient"),  # both words in the inpatient cell only
    ("strict", "guide:compare/visits#inpatient"),
    ("sliding scale", "guide:term/sliding-scale-fees"),  # a title: the glossary term
    ("iop", "guide:option/iop"),
    ("get help", "guide:page/help"),
    ("court", "guide:term/court-mandated"),  # a title, as the statement's; a term comes first
])
def test_first_hit(index, query, first):
    hits = index.search(query)
    assert hits and hits[0].location == first, locations(hits)


@pytest.mark.parametrize(("query", "kind", "first"), [
    ("sliding scale", "topic", "guide:compare/cost#iop"),  # in both cells; iop's short is best
    ("court", "statement", "guide:checklist"),
    ("sliding scale", "question", "guide:compare/cost"),
])
def test_first_hit_of_a_kind(index, query, kind, first):
    hits = [hit for hit in index.search(query) if hit.kind == kind]
    assert hits and hits[0].location == first, locations(hits)


def test_a_title_match_ranks_above_text_matches(index):
    hits = index.search("visit")
    assert [(hit.kind, hit.title) for hit in hits[:2]] == [
        ("topic", "Visits from family and friends"), ("question", "Can my family visit?")]
    assert hits[0].score == hits[1].score == TITLE  # equal: the topic comes first by its kind
    assert hits[1].score > hits[2].score


def test_kind_order():
    assert KINDS == ("option", "topic", "question", "term", "page", "statement")


@pytest.mark.parametrize(("lang", "query", "rank", "kind", "title", "location"), [
    # a question's title is the question; it opens the comparison row that answers it
    ("en", "visit", 1, "question", "Can my family visit?", "guide:compare/visits"),
    ("en", "can my family visit", 0, "question", "Can my family visit?", "guide:compare/visits"),
    ("en", "keep my job", 0, "question", "Can I keep my job?", "guide:compare/daily-life"),
    ("en", "night help", 0, "question", "Will someone be there at night if I need help?",
     "guide:compare/staff"),
    ("en", "stop using", 0, "question", "Do I have to stop using before I start?",
     "guide:compare/who-for"),  # as the statement "I am struggling to stop using right now."
    # a glossary term's title is the term, and every other form of it counts as a title too
    ("en", "sober living", 0, "term", "sober living", "guide:term/sober-living"),
    ("en", "sober", 0, "term", "sober", "guide:term/sober"),
    ("en", "sobriety", 0, "term", "sober", "guide:term/sober"),
    ("en", "rehab center", 0, "term", "residential treatment",
     "guide:term/residential-treatment"),
    ("en", "dual diagnosis", 0, "term", "co-occurring disorders",
     "guide:term/co-occurring-disorders"),
    ("en", "relapse", 0, "term", "relapse", "guide:term/relapse"),
    ("en", "iop", 1, "term", "intensive outpatient program (IOP)",
     "guide:term/intensive-outpatient-program-iop"),  # after the option, by kind
    ("en", "shared home", 0, "term", "sober living", "guide:term/sober-living"),  # definition
    ("es", "recaída", 0, "term", "recaída", "guide:term/recaida"),
    ("es", "recaida", 0, "term", "recaída", "guide:term/recaida"),
    ("es", "RECAÍDAS", 0, "term", "recaída", "guide:term/recaida"),
    ("es", "vida sobria", 0, "term", "vida sobria", "guide:term/vida-sobria"),
    ("es", "visita", 1, "question", "¿Puede visitarme mi familia?", "guide:compare/visits"),
])
def test_terms_and_questions_are_found(index_in, lang, query, rank, kind, title, location):
    hits = index_in(lang).search(query)
    assert len(hits) > rank, locations(hits)
    assert (hits[rank].kind, hits[rank].title, hits[rank].location) == (kind, title, location), [
        (hit.kind, hit.location) for hit in hits[:rank + 2]]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_term_and_question_is_found_once_and_not_again_by_its_page(index_in, lang):
    """The glossary and common-questions pages' bodies are only their introductions: their
    terms and questions are indexed once, as terms and questions, and a page is found only
    by its own title and introduction."""
    index = index_in(lang)
    guide = load_guide(BUNDLED_CONTENT, lang)
    assert guide.glossary and guide.questions
    pages = {page.id: [page.title, page.body] for page in guide.pages}
    entries = [(term.definition, "term", term.term, f"guide:term/{term.slug}", "glossary")
               for term in guide.glossary]
    entries += [(question.answer, "question", question.question,
                 f"guide:compare/{question.topic_id}" if question.topic_id
                 else "guide:page/common-questions", "common-questions")
                for question in guide.questions]
    for text, kind, title, location, page_id in entries:
        for query in (title, plain_text(text)):
            hits = index.search(query, limit=1000)
            assert [hit.location for hit in hits if (hit.kind, hit.title) == (kind, title)] == [
                location], query
            if f"guide:page/{page_id}" in locations(hits):
                assert matches_naively(pages[page_id], query), query


@pytest.mark.parametrize(("lang", "query", "title", "snippet"), [
    # the question's title matched: the snippet is its answer, with the word found marked
    ("en", "visit", "Can my family visit?",
     "…centers often have strict rules about <mark>visits</mark> and time outside"),
    # only the term matched: the start of its definition, nothing marked
    ("en", "sober living", "sober living",
     "A shared home for people in recovery, where no one uses alcohol or drugs."),
    ("en", "shared home", "sober living", "A <mark>shared</mark> <mark>home</mark> for people"),
    ("en", "rehab center", "residential treatment",
     "You live at the <mark>center</mark> with other people"),
    ("es", "recaida", "recaída", "Volver a consumir alcohol o drogas"),
    ("es", "drogas recaida", "recaída", "Volver a consumir alcohol o <mark>drogas</mark>"),
])
def test_term_and_question_snippets(index_in, lang, query, title, snippet):
    hit = next(hit for hit in index_in(lang).search(query) if hit.title == title)
    assert snippet in hit.snippet
    assert "<mark>" not in hit.title


def test_hits_come_best_first_then_by_kind_and_title(index):
    hits = index.search("iop")
    assert len(hits) > 10
    keys = [(-hit.score, KINDS.index(hit.kind), fold(hit.title)) for hit in hits]
    assert keys == sorted(keys)


def test_a_word_in_one_cell_opens_that_cell_of_the_comparison(index):
    found = locations(index.search("weekends"))
    assert "guide:compare/visits#iop" in found
    assert "guide:compare/daily-life#iop" in found
    assert "guide:topic/visits" not in found
    # a word of the topic's title leads to the topic, even when a cell holds it too
    assert "guide:topic/visits" in locations(index.search("visits"))


@pytest.mark.parametrize(("singular", "plural"), [
    ("family", "families"),
    ("cost", "costs"),
    ("visit", "visits"),
    ("session", "sessions"),
    ("day", "days"),
])
def test_plural_and_singular_find_the_same(index, singular, plural):
    hits = index.search(singular)
    assert hits
    assert hits == index.search(plural)


@pytest.mark.parametrize("word", ["visits", "families", "insurance", "sessions"])
def test_each_prefix_as_typed_finds_what_the_word_finds(index, word):
    wanted = set(locations(index.search(word)))
    for length in range(3, len(word)):
        assert wanted <= set(locations(index.search(word[:length], limit=100))), word[:length]


def test_snippet_marks_the_words_found(index):
    hit = index.search("30 days")[0]
    assert "<mark>30</mark> <mark>days</mark>" in hit.snippet
    plain = html.unescape(re.sub(r"</?mark>", "", hit.snippet))
    assert plain in "Usually at least 30 days, living at the center the whole time."


def test_snippet_is_escaped_and_short(index):
    hit = index.search("lifeline")[0]
    assert hit.location == "guide:page/help"
    assert "Suicide &amp; Crisis <mark>Lifeline</mark>" in hit.snippet
    after = index.search("suicide")[0].snippet  # the "&" after the last match is escaped too
    assert "<mark>Suicide</mark> &amp; Crisis" in after
    assert not re.search(r"&(?!amp;|lt;|gt;)", hit.snippet + after)
    assert "**" not in hit.snippet and "#" not in hit.snippet
    plain = html.unescape(re.sub(r"</?mark>", "", hit.snippet))
    assert 60 < len(plain) <= 125
    assert plain.startswith("…") and plain.endswith("…")


def test_snippet_drops_markdown_links(index):
    hit = next(h for h in index.search("cost") if h.location == "guide:option/iop")
    assert "See <mark>cost</mark>." in hit.snippet
    assert "guide:" not in hit.snippet and "[" not in hit.snippet


@pytest.mark.parametrize("query", ["", "   ", "?!", "\n"])
def test_an_empty_query_finds_nothing(index, query):
    assert index.search(query) == []


def test_no_match_and_limits(index):
    assert index.search("zebra") == []
    assert index.search("visits zebra") == []
    assert len(index.search("a", limit=3)) == 3
    assert index.search("visits", limit=0) == []


def test_checklist_statements_are_found(index):
    hits = [hit for hit in index.search("court") if hit.kind == "statement"]
    assert [hit.title for hit in hits] == ["I have a court order to go to residential treatment."]
    assert hits[0].location == "guide:checklist"
    assert "<mark>court</mark>" in hits[0].snippet  # from the reason


@pytest.mark.parametrize("query", ["a", "i", "the", "visits", "30 days", "ask", "stay", "s",
                                   "can", "sober", "care"])
def test_every_location_leads_somewhere(guide, index, query):
    hits = index.search(query, limit=1000)
    assert {"term", "question"} & {hit.kind for hit in hits} or query in ("30 days", "stay")
    for hit in hits:
        location = Location.parse(hit.location)
        assert location is not None and guide.has(location.kind, location.target), hit
        if location.detail:
            assert location.detail in [o.id for o in guide.options]


def test_search_imports_without_qt():
    code = BLOCK_QT + (
        "from guide.content.loader import load_guide\n"
        "from guide.paths import BUNDLED_CONTENT\n"
        "from guide.search import SearchIndex\n"
        "print(SearchIndex(load_guide(BUNDLED_CONTENT, 'en')).search('visits')[0].location)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.stdout.strip() == "guide:topic/visits", result.stderr


def small_guide(lang: str, option_body: str, cell_bodies: tuple[str, str]) -> Guide:
    options = (Option("uno", "Uno", "uno", "", 1, option_body, ""),
               Option("dos", "Dos", "dos", "", 2, "", ""))
    cells = tuple(Cell(option.id, "", "", (), body, "")
                  for option, body in zip(options, cell_bodies, strict=True))
    topic = Topic("costo", "Costo", 1, "cost", "", cells)
    return Guide(lang, "Guía", "", "2026-01-01", "", "", (), options, (topic,),
                 (Page("ayuda", "Ayuda", 1, "", ""),),
                 Checklist("", (), (Statement("s", "g", "Necesito un médico.", "uno", 1, ""),), ""))


ESCAPED = "Pay 5 < 10 & less fees: no <b>tags</b>."


def entries_guide() -> Guide:
    """A small Spanish guide with glossary terms and common questions."""
    guide = small_guide("es", "", ("", ""))
    return guide._replace(
        pages=(*guide.pages, Page("glossary", "Palabras", 2, "Palabras que puede ver.", ""),
               Page("common-questions", "Preguntas", 3, "Preguntas frecuentes.", "")),
        glossary=(GlossaryTerm("recaída", ("volver a consumir",), "Volver a **consumir**."),
                  GlossaryTerm("tarifa & costo", (), ESCAPED)),
        questions=(CommonQuestion("cuanto", "¿Cuánto cuesta?", "Vea el [costo](guide:topic/costo).",
                                  "costo"),
                   CommonQuestion("otra", "¿Otra pregunta?", ESCAPED)))


@pytest.mark.parametrize(("query", "found"), [
    ("recaidas", [("term", "recaída", "guide:term/recaida")]),
    ("volver", [("term", "recaída", "guide:term/recaida")]),  # an "also" form is a title
    ("cuanto", [("question", "¿Cuánto cuesta?", "guide:compare/costo")]),
    ("otra", [("question", "¿Otra pregunta?", "guide:page/common-questions")]),  # no topic
    ("fees", [("question", "¿Otra pregunta?", "guide:page/common-questions"),
              ("term", "tarifa & costo", "guide:term/tarifa-costo")]),
    ("costo", [("topic", "Costo", "guide:topic/costo"),
               ("term", "tarifa & costo", "guide:term/tarifa-costo"),
               ("question", "¿Cuánto cuesta?", "guide:compare/costo")]),  # the link's words
    ("palabras", [("page", "Palabras", "guide:page/glossary")]),
])
def test_terms_and_questions_of_a_small_guide(query, found):
    guide = entries_guide()
    hits = SearchIndex(guide).search(query)
    assert [(hit.kind, hit.title, hit.location) for hit in hits] == found
    for hit in hits:
        location = Location.parse(hit.location)
        assert location is not None and guide.has(location.kind, location.target), hit


@pytest.mark.parametrize(("query", "title"), [
    ("fees", "¿Otra pregunta?"),
    ("fees", "tarifa & costo"),
])
def test_term_and_question_snippets_are_escaped(query, title):
    [hit] = [hit for hit in SearchIndex(entries_guide()).search(query) if hit.title == title]
    assert hit.snippet == "Pay 5 &lt; 10 &amp; less <mark>fees</mark>: no tags."
    assert hit.title == title  # a title is plain text; the view escapes it


def test_equal_scores_are_ordered_by_kind():
    ref = ()
    options = (Option("uno", "Zorro uno", "uno", "", 1, "", ""),)
    topic = Topic("t", "Zorro", 1, "cost", "", (Cell("uno", "", "", ref, "", ""),))
    guide = Guide("es", "Guía", "", "2026-01-01", "", "", (), options, (topic,),
                  (Page("p", "Zorro", 1, "", ""),),
                  Checklist("", (), (Statement("s", "g", "Zorro.", "uno", 1, ""),), ""),
                  (GlossaryTerm("zorro", (), "Un animal."),),
                  (CommonQuestion("q", "¿Zorro?", "Sí.", "t"),))
    hits = SearchIndex(guide).search("zorro")
    assert [hit.kind for hit in hits] == list(KINDS)
    assert {hit.score for hit in hits} == {TITLE}


def test_accents_and_spanish_plurals_are_ignored():
    index = SearchIndex(small_guide("es", "Los médicos y las opciones.",
                                    ("Pregunte a su seguro médico.", "Hay dos opciones.")))
    found = index.search("medico")
    assert [(h.kind, h.location) for h in found] == [
        ("statement", "guide:checklist"), ("option", "guide:option/uno"),
        ("topic", "guide:compare/costo#uno")]
    for query in ("médico", "MÉDICOS", "Medicos"):
        assert index.search(query) == found
    assert locations(index.search("opción")) == locations(index.search("opciones")) == [
        "guide:option/uno", "guide:compare/costo#dos"]


def test_accents_typed_as_separate_marks_are_found():
    decomposed = "Los me\u0301dicos."  # "é" as "e" and a combining accent, as some editors save
    index = SearchIndex(small_guide("es", decomposed, ("", "")))
    [hit] = [hit for hit in index.search("médico") if hit.kind == "option"]
    assert hit.snippet == "Los <mark>médicos</mark>."


def test_spanish_guide_ignores_accents():
    if not (BUNDLED_CONTENT / "es" / "guide.md").is_file():
        pytest.skip("no Spanish content")
    try:
        spanish = load_guide(BUNDLED_CONTENT, "es")
    except ContentError as error:
        pytest.skip(f"the Spanish content does not load: {error}")
    index = SearchIndex(spanish)
    hits = index.search("medico")
    assert hits
    assert index.search("médico") == hits
    assert index.search("MÉDICOS") == hits


@pytest.fixture(scope="module")
def large() -> Guide:
    return synthetic_guide(10)


def word_count(guide: Guide) -> int:
    texts = [x for o in guide.options for x in (o.name, o.summary, o.body)]
    texts += [x for t in guide.glossary for x in (*t.forms, t.definition)]
    texts += [x for q in guide.questions for x in (q.question, q.answer)]
    texts += [x for t in guide.topics for c in t.cells for x in (t.title, c.short, c.body)]
    texts += [x for p in guide.pages for x in (p.title, p.body)]
    texts += [x for s in guide.checklist.statements
              for x in (s.text, *(n.text for n in (*s.fits, *s.talk, *s.rules_out)))]
    return sum(len(text.split()) for text in texts)


def test_synthetic_guide_is_ten_times_larger(guide, large):
    assert (len(large.topics), len(large.options), len(large.checklist.statements)) == (60, 5, 200)
    assert (len(large.glossary), len(large.questions)) == (210, 90)
    assert len({term.slug for term in large.glossary}) == 210
    assert large.has("page", "glossary") and large.has("page", "common-questions")
    assert 9 <= word_count(large) / word_count(guide) <= 12
    assert synthetic_guide(10) == large  # the same every time


def test_large_guide_finds_the_one_cell(large):
    where = [(t.id, c.option_id) for t in large.topics for c in t.cells if MARKER in c.body]
    assert len(where) == 1
    topic_id, option_id = where[0]
    hits = SearchIndex(large).search(MARKER.upper()[:5])
    assert [(h.kind, h.location) for h in hits] == [
        ("topic", f"guide:compare/{topic_id}#{option_id}")]
    assert f"<mark>{MARKER}</mark>" in hits[0].snippet


def matches_naively(texts: list[str], query: str) -> bool:
    """Every query word is the start of a word, or of its stem, somewhere in ``texts``."""
    words = [(word, stem(word)) for text in texts for word in fold(plain_text(text)).split()]
    return all(any(w.startswith(prefixes) or s.startswith(prefixes) for w, s in words)
               for prefixes in query_words(query))


@pytest.mark.parametrize("query", ["visit fam", "cost", "sober liv", "ma", "why questions"])
def test_large_guide_finds_what_a_plain_scan_finds(large, query):
    docs = [("option", o.name, [o.name, o.short, o.summary, o.body]) for o in large.options]
    docs += [("term", t.term, [*t.forms, t.definition]) for t in large.glossary]
    docs += [("question", q.question, [q.question, q.answer]) for q in large.questions]
    docs += [("topic", t.title, [t.title, *(x for c in t.cells for x in (c.short, c.body))])
             for t in large.topics]
    docs += [("page", p.title, [p.title, p.body]) for p in large.pages]
    docs += [("statement", s.text, [s.text, *(n.text for n in (*s.fits, *s.talk, *s.rules_out))])
             for s in large.checklist.statements]
    expected = Counter((kind, title) for kind, title, texts in docs
                       if matches_naively(texts, query))
    hits = SearchIndex(large).search(query, limit=10_000)
    assert expected
    assert {"term", "question"} <= {kind for kind, _ in expected}
    assert Counter((hit.kind, hit.title) for hit in hits) == expected
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True)
