"""Glossary terms: slugs, finding terms in text, and marking their first use in HTML. No Qt."""

import functools
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guide.content.cache import bundled_guide
from guide.content.model import GlossaryTerm, term_slug
from guide.glossary import Glossary, _form_pattern, _whole_words, mark_terms
from guide.navigation import Location

TERMS = (
    GlossaryTerm("sober", ("sobriety",), "Not using alcohol or drugs."),
    GlossaryTerm("sober living", ("sober living home",), 'A shared <home> & "house".'),
    GlossaryTerm("intensive outpatient program (IOP)", ("IOP",),
                 "A program. See [Get help now](guide:page/help) and **more**."),
    GlossaryTerm("step-down", ("step down",), "Moving to less care."),
    GlossaryTerm("recaída", (), "Volver a consumir."),
)
GLOSSARY = Glossary(TERMS)


@pytest.mark.parametrize("term, slug", [
    ("intensive outpatient program (IOP)", "intensive-outpatient-program-iop"),
    ("sober living", "sober-living"),
    ("step-down", "step-down"),
    ("Court-Mandated", "court-mandated"),
    ("sliding-scale fees", "sliding-scale-fees"),
    ("desintoxicación", "desintoxicacion"),
    ("  level   of care ", "level-of-care"),
    ("a - b", "a-b"),
    ("¿qué?", "que"),
])
def test_slug(term, slug):
    assert term_slug(term) == slug
    assert GlossaryTerm(term, (), "x").slug == slug


def marked(html: str, already: set[str] | None = None) -> list[tuple[str, str]]:
    """(slug, text) of every marked term in the output of mark_terms."""
    out = mark_terms(html, GLOSSARY, set() if already is None else already)
    return re.findall(r'<a href="guide:term/([a-z0-9-]+)" class="term" title="[^"]*">'
                      r"([^<]*)</a>", out)


# (what, html, the (slug, text) pairs marked)
MARKING = [
    ("first use only", "<p>Stay sober. Sober again.</p><p>sober</p>", [("sober", "sober")]),
    ("case is kept", "<p>SOBER days</p>", [("sober", "SOBER")]),
    ("an also form", "<p>Sobriety matters.</p>", [("sober", "Sobriety")]),
    ("longest form first", "<p>a sober living home, then sober</p>",
     [("sober-living", "sober living home"), ("sober", "sober")]),
    ("the longer term is not split", "<p>sober living</p>", [("sober-living", "sober living")]),
    ("whole words only", "<p>sobering, soberly, IOPs, unsober</p>", []),
    ("a form with brackets", "<p>An intensive outpatient program (IOP) or an IOP.</p>",
     [("intensive-outpatient-program-iop", "intensive outpatient program (IOP)")]),
    ("a short form, then the long one", "<p>An IOP, an intensive outpatient program (IOP).</p>",
     [("intensive-outpatient-program-iop", "IOP")]),
    ("hyphen or space", "<p>You step down.</p>", [("step-down", "step down")]),
    ("accents and case", "<p>Una Recaída no es el final.</p>", [("recaida", "Recaída")]),
    ("a line break inside a term", "<p>sober\nliving</p>", [("sober-living", "sober\nliving")]),
    ("not inside a link", '<p><a href="guide:home">sober</a>, then sober</p>',
     [("sober", "sober")]),
    ("not inside a link's inner tags", '<p><a href="x"><b>sober</b></a> sober</p>',
     [("sober", "sober")]),
    ("not inside headings", "<h1>Sober</h1><h2>IOP</h2><h3>step down</h3><p>sober IOP</p>",
     [("sober", "sober"), ("intensive-outpatient-program-iop", "IOP")]),
    ("inside a smaller heading", "<h4>sober</h4>", [("sober", "sober")]),
    ("not inside attributes", '<p title="sober"><span title="IOP > sober">x</span></p>', []),
    ("a hand-made link to a term counts as its first use",
     '<p><a href="guide:term/sober">sober</a> and sober</p>', []),
    ("inside emphasis", "<p>Stay <b>sober</b>.</p>", [("sober", "sober")]),
]


@pytest.mark.parametrize("what, html, expected", MARKING, ids=[m[0] for m in MARKING])
def test_mark_terms(what, html, expected):
    assert marked(html) == expected


def test_marked_html_keeps_everything_else():
    html = '<h2>Sober</h2><p>Tom &amp; Jerry &lt;stay&gt; sober, "quoted".</p>'
    out = mark_terms(html, TERMS, set())
    assert out == ('<h2>Sober</h2><p>Tom &amp; Jerry &lt;stay&gt; '
                   '<a href="guide:term/sober" class="term" title="Not using alcohol or drugs.">'
                   'sober</a>, "quoted".</p>')


def test_unmarked_html_is_returned_unchanged():
    html = "<p>Nothing &#39;here&#39; &nbsp; at all.</p><!-- a comment: sober -->"
    assert mark_terms(html, TERMS, set()) == html
    assert mark_terms("<p>sober</p>", (), set()) == "<p>sober</p>"


def test_the_title_is_the_plain_escaped_definition():
    out = mark_terms("<p>sober living, IOP</p>", TERMS, set())
    assert 'title="A shared &lt;home&gt; &amp; &quot;house&quot;."' in out
    assert 'title="A program. See Get help now and more."' in out


def test_already_marked_terms_are_left_and_new_ones_added():
    already = {"sober"}
    assert marked("<p>sober, sober living</p>", already) == [("sober-living", "sober living")]
    assert already == {"sober", "sober-living"}


def test_one_set_marks_each_term_once_across_fragments():
    already: set[str] = set()
    first = mark_terms("<p>sober</p>", GLOSSARY, already)
    second = mark_terms("<p>sober and IOP</p>", GLOSSARY, already)
    assert "guide:term/sober" in first and "guide:term/sober" not in second
    assert "guide:term/intensive-outpatient-program-iop" in second


def test_a_term_list_and_a_glossary_mark_alike():
    html = "<p>sober living and IOP and step-down</p>"
    assert mark_terms(html, list(TERMS), set()) == mark_terms(html, GLOSSARY, set())


@pytest.mark.parametrize("text, used", [
    ("Nothing here.", set()),
    ("A sober living HOME.", {"sober-living"}),
    ("Sobriety, then an iop.", {"sober", "intensive-outpatient-program-iop"}),
    ("step\ndown", {"step-down"}),
    ("IOPs and soberly", set()),
])
def test_used(text, used):
    assert GLOSSARY.used(text) == used


def test_term_links_parse_and_lead_to_defined_terms_only():
    assert Location.parse("guide:term/sober-living") == Location("term", "sober-living")
    guide = bundled_guide("en")
    assert guide.has("term", "intensive-outpatient-program-iop")
    assert guide.has("term", "sober-living")
    assert not guide.has("term", "detox")
    assert not guide.has("term", None)
    assert guide.term("sober-living").term == "sober living"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_marking_a_whole_guide_is_fast(lang):
    guide = bundled_guide(lang)
    start = time.perf_counter()
    glossary = Glossary(guide.glossary)
    for _ in range(10):
        for topic in guide.topics:
            already: set[str] = set()
            glossary.mark(topic.intro_html, already)
            for cell in topic.cells:
                glossary.mark(cell.html, already)
        for option in guide.options:
            glossary.mark(option.html, set())
    assert time.perf_counter() - start < 1.0


def _one_form_after_another(glossary: Glossary) -> re.Pattern:
    """What the glossary's pattern must find: each form tried in turn, the longest first."""
    return _whole_words("|".join(map(_form_pattern, glossary._forms)))


@functools.cache
def _glossary_and_pieces(which: str) -> tuple[Glossary, list[str]]:
    """A glossary, and the words of its forms cut short and run on: text that nearly matches."""
    glossary = GLOSSARY if which == "test" else Glossary(bundled_guide(which).glossary)
    return glossary, sorted({piece for form in glossary._forms for word in form.split()
                             for piece in (word, word[:-1], word + "s")})


@settings(max_examples=300, deadline=None)
@given(which=st.sampled_from(["test", "en", "es"]), data=st.data())
def test_the_pattern_finds_what_trying_each_form_longest_first_finds(which, data):
    glossary, pieces = _glossary_and_pieces(which)
    words = data.draw(st.lists(st.tuples(st.sampled_from(pieces), st.booleans(),
                                         st.sampled_from([" ", "\n ", "-", ", ", ""])),
                               max_size=16))
    text = "".join((word.upper() if upper else word) + gap for word, upper, gap in words)
    expected = [match.span() for match in _one_form_after_another(glossary).finditer(text)]
    assert [match.span() for match in glossary.pattern.finditer(text)] == expected


@pytest.mark.parametrize("forms", [
    ["a" * length for length in range(1, 1200)],  # each the start of the next: a deep trie
    ["ab" * 5000, "ab" * 5000 + "c"],  # long forms
], ids=["nested", "long"])
def test_a_glossary_of_any_shape_is_compiled_and_finds_its_terms(forms):
    glossary = Glossary(GlossaryTerm(form, (), "x") for form in forms)
    assert glossary.used(f"{forms[-1]} and {forms[0]}.") == {term_slug(forms[-1]),
                                                            term_slug(forms[0])}
