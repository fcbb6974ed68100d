"""The glossary, the common questions and related pages: loaded, then shown by Documents."""

import re

import pytest

from guide.content.cache import bundled_guide
from guide.content.loader import load_guide
from guide.content.model import CommonQuestion, GlossaryTerm
from guide.documents import Documents
from guide.navigation import Location
from tests.conftest import THREE_OPTIONS


@pytest.fixture(scope="module")
def small():
    return load_guide(THREE_OPTIONS, "en")


def shouting(context: str, text: str) -> str:
    """A stand-in translator that makes translated words easy to spot."""
    assert context == "Documents"
    return text.upper()


def test_terms_are_loaded_in_order_with_their_forms(small):
    assert small.glossary[:2] == (
        GlossaryTerm("partial hospitalization", ("partial care",),
                     "Care in the day at a hospital. You sleep at home.",
                     "Care in the day at a hospital. You sleep at home."),
        GlossaryTerm("intensive outpatient (IOP)", ("IOP",),
                     "Therapy a few times a week while you live at home. "
                     "See [how long it lasts](guide:topic/duration).",
                     "Therapy a few times a week while you live at home. "
                     'See <a href="guide:topic/duration">how long it lasts</a>.'),
    )
    assert [t.slug for t in small.glossary] == [
        "partial-hospitalization", "intensive-outpatient-iop", "sober", "sober-living"]


def test_questions_are_loaded_with_their_topics(small):
    assert small.questions == (
        CommonQuestion("how-long", "How long does it take?",
                       "It depends on the program. See [how long it lasts](guide:topic/duration).",
                       "duration",
                       '<p>It depends on the program. See <a href="guide:topic/duration">how long '
                       "it lasts</a>.</p>"),
        CommonQuestion("price", "What does it cost?", "Ask each program what you would pay.",
                       None, "<p>Ask each program what you would pay.</p>"),
    )


def test_the_glossary_and_questions_pages_stay_pages(small):
    assert small.page("glossary").body.strip() == "Words used in this guide."
    assert small.page("common-questions").title == "Common questions"


def test_related_pages_are_loaded(small):
    assert small.topic("cost").related == ("topic/duration", "option/iop", "page/help")
    assert small.option("iop").related == ("option/inpatient", "topic/duration")
    assert small.topic("duration").related == ()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_bundled_pages_carry_terms_questions_and_related_pages(lang):
    guide = bundled_guide(lang)
    assert len(guide.glossary) >= 15
    assert [q.id for q in guide.questions] == [q.id for q in bundled_guide("en").questions]
    assert all(q.topic_id and guide.has("topic", q.topic_id) for q in guide.questions)
    for page in (*guide.topics, *guide.options):
        assert 2 <= len(page.related) <= 3, page.id
    english = bundled_guide("en")
    assert [t.related for t in guide.topics] == [t.related for t in english.topics]
    assert [o.related for o in guide.options] == [o.related for o in english.options]


def test_the_glossary_page_lists_each_term_as_an_anchor(small):
    html = Documents(small).html(Location("page", "glossary"))
    assert html.startswith("<h1>Words to know</h1><p>Words used in this guide.</p><dl>")
    assert ('<dt><a name="term-partial-hospitalization"><b>partial hospitalization</b></a></dt>'
            "<dd>Care in the day at a hospital. You sleep at home.</dd>") in html
    assert '<dd>Therapy a few times a week while you live at home. See <a ' \
           'href="guide:topic/duration">how long it lasts</a>.</dd>' in html
    assert html.count("<dt>") == len(small.glossary)
    assert 'class="term"' not in html  # the glossary does not link to itself


def test_a_term_location_shows_the_glossary(small):
    documents = Documents(small)
    assert documents.html(Location("term", "sober")) == \
        documents.html(Location("page", "glossary"))


def test_the_common_questions_page_answers_each_question(small):
    html = Documents(small, shouting).html(Location("page", "common-questions"))
    assert html.startswith("<h1>Common questions</h1><p>Answers to common questions.</p>")
    assert ("<h2>How long does it take?</h2><p>It depends on the program. See "
            '<a href="guide:topic/duration">how long it lasts</a>.</p>'
            '<p><a href="guide:compare/duration">SEE THIS IN THE COMPARISON</a></p>') in html
    # no topic, no link to the comparison
    assert html.endswith("<h2>What does it cost?</h2><p>Ask each program what you would pay.</p>")


def test_related_pages_end_topic_and_option_pages(small):
    documents = Documents(small, shouting)
    topic = documents.html(Location("topic", "cost"))
    assert topic.endswith(
        '<h2>RELATED PAGES</h2><ul class="related">'
        '<li><a href="guide:topic/duration">How long it lasts</a></li>'
        '<li><a href="guide:option/iop">Intensive outpatient</a></li>'
        '<li><a href="guide:page/help">Get help now</a></li></ul>')
    option = documents.html(Location("option", "iop"))
    assert option.endswith(
        '<h2>RELATED PAGES</h2><ul class="related">'
        '<li><a href="guide:option/inpatient">Inpatient care</a></li>'
        '<li><a href="guide:topic/duration">How long it lasts</a></li></ul>')
    assert "RELATED PAGES" not in documents.html(Location("topic", "duration"))


def marks(html: str) -> list[str]:
    return re.findall(r'href="guide:term/([a-z0-9-]+)" class="term"', html)


def test_terms_are_marked_once_per_document(small):
    documents = Documents(small)
    option = documents.html(Location("option", "iop"))
    # "IOP" is in the heading, the summary and the text: only its first use outside the heading
    assert marks(option) == ["intensive-outpatient-iop", "sober-living"]
    assert '<p class="summary">One line about <a href="guide:term/intensive-outpatient-iop"' \
        in option
    topic = documents.html(Location("topic", "cost"))
    assert marks(topic) == ["intensive-outpatient-iop"]  # "IOP cost cell.", once only
    detail = documents.html(Location("compare", "cost", "iop"))
    assert marks(detail) == ["intensive-outpatient-iop"]
    assert marks(documents.html(Location("page", "help"))) == []


def test_common_question_answers_are_marked():
    guide = bundled_guide("en")
    html = Documents(guide).html(Location("page", "common-questions"))
    assert len(marks(html)) == len(set(marks(html))) > 3
    assert "<h2>Can my family visit?</h2>" in html  # questions are headings, never marked


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_bundled_document_builds_and_links_only_to_real_places(lang):
    guide = bundled_guide(lang)
    documents = Documents(guide)
    locations = [Location("topic", t.id) for t in guide.topics]
    locations += [Location("option", o.id) for o in guide.options]
    locations += [Location("page", p.id) for p in guide.pages]
    locations += [Location("compare", t.id, o.id) for t in guide.topics for o in guide.options]
    for location in locations:
        for url in re.findall(r'href="(guide:[^"]+)"', documents.html(location)):
            target = Location.parse(url)
            assert target is not None and guide.has(target.kind, target.target), (location, url)
