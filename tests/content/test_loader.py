"""The loader and validator, on good content and on one broken folder per kind of mistake."""

import os
import subprocess
import sys
import unicodedata

import pytest

from guide.content.loader import check_content, load_guide
from guide.content.problems import ContentError
from guide.paths import BUNDLED_CONTENT, ROOT
from tests.conftest import THREE_OPTIONS


def test_bundled_content_is_sound():
    assert check_content(BUNDLED_CONTENT) == []


def test_bundled_guide_has_both_options_and_the_known_topics():
    guide = load_guide(BUNDLED_CONTENT, "en")
    assert [o.id for o in guide.options] == ["inpatient", "iop"]
    topic_ids = {t.id for t in guide.topics}
    for required in ("structure", "duration", "living", "staff", "visits", "cost"):
        assert required in topic_ids
    for topic in guide.topics:
        for option in guide.options:
            cell = topic.cell(option.id)
            assert cell.short and cell.html, (topic.id, option.id)
            assert len(cell.short.split()) <= 25
    assert {"help", "about"} <= {p.id for p in guide.pages}


def test_cost_cells_admit_the_sources_are_silent():
    guide = load_guide(BUNDLED_CONTENT, "en")
    for cell in guide.topic("cost").cells:
        assert cell.sources == ()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_help_page_carries_every_crisis_line(lang):
    guide = load_guide(BUNDLED_CONTENT, lang)
    lines = {line.id: line for line in guide.help_lines}
    assert list(lines)[:2] == ["911", "988"]  # danger first, then the crisis line
    text = " ".join(f"{line.heading} {line.html} {line.short}" for line in lines.values())
    for number in ("988", "1-800-662-4357", "911", "1-800-487-4889", "838255", "435748",
                   "AYUDA"):
        assert number in text, number


def test_a_guide_without_a_help_page_is_refused(content_copy):
    (content_copy / HELP).unlink()
    problems = [str(p) for p in check_content(content_copy)]
    assert f"{content_copy / HELP}:1: missing the help page (id 'help'): every guide must " \
           "show the crisis lines 911 and 988" in problems


def test_contradictions_go_both_ways_whichever_statement_names_them():
    checklist = load_guide(THREE_OPTIONS, "en").checklist
    assert checklist.statement("stop").conflicts == ("sober",)
    assert checklist.statement("sober").conflicts == ("stop",)


def test_three_options_load_in_order():
    guide = load_guide(THREE_OPTIONS, "en")
    assert [o.id for o in guide.options] == ["inpatient", "partial", "iop"]
    assert [c.option_id for c in guide.topic("cost").cells] == ["inpatient", "partial", "iop"]


TOPIC = "en/topics/duration.md"
GOOD_TOPIC = (THREE_OPTIONS / TOPIC).read_text("utf-8")
GLOSSARY = "en/pages/glossary.md"
GOOD_GLOSSARY = (THREE_OPTIONS / GLOSSARY).read_text("utf-8")
QUESTIONS = "en/pages/common-questions.md"
GOOD_QUESTIONS = (THREE_OPTIONS / QUESTIONS).read_text("utf-8")
RELATED = "en/topics/cost.md"
GOOD_RELATED = (THREE_OPTIONS / RELATED).read_text("utf-8")
OPTION = "en/options/iop.md"
GOOD_OPTION = (THREE_OPTIONS / OPTION).read_text("utf-8")
CHECKLIST = "en/checklist.md"
GOOD_CHECKLIST = (THREE_OPTIONS / CHECKLIST).read_text("utf-8")
HELP = "en/pages/help.md"
GOOD_HELP = (THREE_OPTIONS / HELP).read_text("utf-8")

# (what is wrong, file, new text, expected line, words the message must contain)
BROKEN = [
    ("broken YAML", TOPIC, GOOD_TOPIC.replace("title: How long it lasts", "title: [oops"),
     4, "broken YAML"),
    ("no front matter", "en/pages/help.md", "Just text.\n", 1, "no front matter"),
    ("front matter never closed", "en/pages/help.md", "---\nid: help\ntitle: Help\n", 1,
     "not closed"),
    ("missing required field", "en/options/iop.md",
     (THREE_OPTIONS / "en/options/iop.md").read_text("utf-8").replace(
         "name: Intensive outpatient\n", ""),
     2, "missing required field 'name'"),
    ("topic without a cell for an option", TOPIC,
     GOOD_TOPIC.replace("  partial:\n    short: Partial duration cell.\n    source: none\n", ""),
     5, "no cell for option 'partial'"),
    ("topic without text for an option", TOPIC,
     GOOD_TOPIC.replace("## partial\nLonger partial duration text.\n", ""), 18,
     "no text for option 'partial'"),
    ("unknown option id in cells", TOPIC, GOOD_TOPIC.replace("  iop:\n", "  iopp:\n"), 12,
     "unknown option id 'iopp'"),
    ("unknown option id in a section", TOPIC, GOOD_TOPIC.replace("## iop\n", "## day-care\n"), 24,
     "unknown option id 'day-care'"),
    ("duplicate id", "en/topics/extra.md", GOOD_TOPIC, 2, "duplicate topic id 'duration'"),
    ("link to a page that does not exist", "en/pages/help.md",
     "---\nid: help\ntitle: Help\n---\nSee [the FAQ](guide:page/faq).\n", 5,
     "guide:page/faq"),
    ("unknown source", TOPIC, GOOD_TOPIC.replace('"A: Part one"', '"Z: Part one"'), 8,
     "unknown source id 'Z'"),
    ("cell text too long for a table", TOPIC,
     GOOD_TOPIC.replace("Inpatient duration cell.", "word " * 30), 7, "at most 25"),
    # the checklist: each kind of statement handled as what it is
    ("unknown option in the checklist", CHECKLIST,
     GOOD_CHECKLIST.replace("      partial:\n        reason: Partial care is in the day.",
                            "      daycare:\n        reason: Partial care is in the day."),
     40, "unknown option id 'daycare' in 'fits'"),
    ("a statement in the first format", CHECKLIST,
     GOOD_CHECKLIST.replace("    kind: life\n    text: I must keep working.",
                            "    kind: life\n    weight: 2\n    text: I must keep working."),
     50, "'weight' is no longer used"),
    ("the old shared safety message", CHECKLIST,
     GOOD_CHECKLIST.replace("ask:\n  - How", "safety_message: Call 988.\nask:\n  - How"),
     98, "'safety_message' is no longer used"),
    ("an unknown kind", CHECKLIST, GOOD_CHECKLIST.replace("kind: fit", "kind: point", 1), 10,
     "kind 'point' is not one of safety, fit, life, values"),
    ("a safety statement without its own action", CHECKLIST,
     GOOD_CHECKLIST.replace("    action: Call or text **988** now.\n", ""), 61,
     "needs an 'action'"),
    ("a safety statement that fits an option", CHECKLIST,
     GOOD_CHECKLIST.replace("    detail: In danger, call 911.\n", "    detail: In danger, call 911."
                            "\n    fits:\n      iop:\n        reason: x\n        source: none\n"),
     68, "a safety statement has no 'fits'"),
    ("a life statement that rules an option out", CHECKLIST,
     GOOD_CHECKLIST.replace("    talk:\n      inpatient:", "    rules_out:\n      inpatient:"),
     56, "a life statement has no 'rules_out'"),
    ("a rule-out without a source", CHECKLIST,
     GOOD_CHECKLIST.replace('        reason: An IOP is for people who are not using now.\n'
                            '        source: "A: Part two"\n      partial:',
                            '        reason: An IOP is for people who are not using now.\n'
                            '        source: none\n      partial:'),
     20, "'rules_out' needs a real source"),
    ("a statement that says nothing about any option", CHECKLIST,
     GOOD_CHECKLIST.replace("    fits:\n      iop:\n        reason: An IOP is for people who are "
                            "not using now.\n        source: \"A: Part two\"\n  - id: days",
                            "  - id: days"), 25, "says nothing about any option"),
    ("a contradiction with a statement that is not there", CHECKLIST,
     GOOD_CHECKLIST.replace("conflicts: [sober]", "conflicts: [sobre]"), 8,
     "conflicts with 'sobre', which is not a statement"),
    ("values mixed with other statements", CHECKLIST,
     GOOD_CHECKLIST.replace("    group: values\n    kind: values\n    text: Sleeping at home.",
                            "    group: now\n    kind: values\n    text: Sleeping at home."),
     2, "mixes 'values' statements with others"),
    ("a statement that both fits and rules out an option", CHECKLIST,
     GOOD_CHECKLIST.replace("    fits:\n      inpatient:\n        reason: Staff are there all "
                            "day.", "    fits:\n      iop:\n        reason: Staff are there all "
                            "day."), 13, "both fits 'iop' and talks of or rules it out"),
    # the help page: the crisis lines every guide shows
    ("a help page without 988", HELP,
     GOOD_HELP.replace('  - id: "988"\n    heading: In crisis\n    text: Call or text **988**.\n'
                       '    short: "Crisis: 988"\n', ""), 4, "the help page has no line '988'"),
    ("a 988 line without its number", HELP,
     GOOD_HELP.replace("text: Call or text **988**.", "text: Call the crisis line.")
              .replace('"Crisis: 988"', '"Crisis line"'), 11,
     "help line '988' must give the number 988"),
    # the glossary
    ("term without its word", GLOSSARY,
     GOOD_GLOSSARY.replace("  - term: sober\n", "  - also: [sobriety]\n"), 12,
     "missing required field 'term'"),
    ("term without a definition", GLOSSARY,
     GOOD_GLOSSARY.replace("    definition: Not using alcohol or drugs.\n", ""), 12,
     "missing required field 'definition'"),
    ("duplicate term", GLOSSARY, GOOD_GLOSSARY.replace("- term: sober living", "- term: Sober"),
     14, "duplicate term 'Sober' (also at "),
    ("another form that is already a term's", GLOSSARY,
     GOOD_GLOSSARY.replace("also: [IOP]", "also: [IOP, Partial care]"), 9,
     "duplicate term 'Partial care'"),
    ("other forms that are not a list", GLOSSARY,
     GOOD_GLOSSARY.replace("also: [IOP]", "also: {IOP: yes}"), 10, "'also' must be a list"),
    ("terms that are not a list", GLOSSARY,
     "---\nid: glossary\ntitle: Words\nterms: sober\n---\nWords.\n", 4,
     "'terms' must be a list"),
    ("term used nowhere else", GLOSSARY,
     GOOD_GLOSSARY.replace("---\nWords used in this guide.",
                           "  - term: detox\n    definition: Care.\n---\nWords like detox."),
     16, "glossary term 'detox' is defined but never used"),
    ("link to a term that does not exist", "en/pages/help.md",
     "---\nid: help\ntitle: Help\n---\nSee [detox](guide:term/detox).\n", 5,
     "link to 'guide:term/detox', which does not exist"),
    # the common questions
    ("question without its question", QUESTIONS,
     GOOD_QUESTIONS.replace("    question: What does it cost?\n", ""), 10,
     "missing required field 'question'"),
    ("question without an answer", QUESTIONS,
     GOOD_QUESTIONS.replace("    answer: Ask each program what you would pay.\n", ""), 10,
     "missing required field 'answer'"),
    ("duplicate question id", QUESTIONS, GOOD_QUESTIONS.replace("- id: price", "- id: how-long"),
     10, "duplicate question id 'how-long' (also at "),
    ("question about an unknown topic", QUESTIONS,
     GOOD_QUESTIONS.replace("topic: duration", "topic: prices"), 9, "unknown topic id 'prices'"),
    # related pages
    ("related page that does not exist", RELATED,
     GOOD_RELATED.replace("  - page/help\n", "  - page/faq\n"), 20,
     "related page 'page/faq' does not exist"),
    ("related page of a kind that cannot be", RELATED,
     GOOD_RELATED.replace("  - option/iop\n", "  - compare/cost\n"), 19,
     "related page 'compare/cost' does not exist"),
    ("related page that is the page itself", RELATED,
     GOOD_RELATED.replace("  - topic/duration\n", "  - topic/cost\n"), 18,
     "related page 'topic/cost' is this page itself"),
    ("related page listed twice", RELATED,
     GOOD_RELATED.replace("  - page/help\n", "  - option/iop\n"), 20,
     "related page 'option/iop' is listed twice"),
    ("too many related pages", RELATED,
     GOOD_RELATED.replace("  - page/help\n", "  - page/help\n  - option/partial\n"), 17,
     "4 related pages; a page lists at most 3"),
    ("related that is not a list", RELATED,
     GOOD_RELATED.replace("related:\n  - topic/duration\n  - option/iop\n  - page/help\n",
                          "related: topic/duration\n"), 17, "'related' must be a list"),
    ("related page of an option that does not exist", OPTION,
     GOOD_OPTION.replace("  - topic/duration\n", "  - topic/durations\n"), 9,
     "related page 'topic/durations' does not exist"),
]


@pytest.mark.parametrize("what, path, text, line, words", BROKEN, ids=[b[0] for b in BROKEN])
def test_each_mistake_is_reported_with_its_line(content_copy, what, path, text, line, words):
    (content_copy / path).write_text(text, "utf-8")
    problems = check_content(content_copy)
    matching = [p for p in problems if words in p.message]
    assert matching, f"{what}: no problem mentions {words!r} in {[str(p) for p in problems]}"
    assert str(matching[0]).startswith(f"{content_copy / path}:{line}: ")


def test_a_file_that_is_not_utf8_is_named_with_its_line(content_copy):
    (content_copy / "en/pages/help.md").write_bytes(
        b"---\nid: help\ntitle: Help\n---\nCaf\xe9 and more.\n")
    [problem] = check_content(content_copy)
    assert str(problem).startswith(f"{content_copy / 'en/pages/help.md'}:5: ")
    assert "not UTF-8" in problem.message


def test_an_accent_saved_as_a_separate_mark_joins_its_letter(content_copy):
    """Some editors save "o" then U+0301 for "ó"; the guide draws text unshaped, where only a
    single character shows the accent in its place."""
    decomposed = unicodedata.normalize("NFD", "Sesión en español")
    assert decomposed != "Sesión en español"
    (content_copy / TOPIC).write_text(
        GOOD_TOPIC.replace("title: How long it lasts", f"title: {decomposed}")
        .replace("Inpatient duration cell.", f"{decomposed}.")
        .replace("Longer inpatient duration text.", f"{decomposed}!"), "utf-8")
    topic = load_guide(content_copy, "en").topic("duration")
    assert topic.title == "Sesión en español"
    assert topic.cell("inpatient").short == "Sesión en español."
    assert topic.cell("inpatient").html == "<p>Sesión en español!</p>"


def test_every_problem_is_listed_not_just_the_first(content_copy):
    (content_copy / "en/pages/help.md").write_text("no front matter", "utf-8")
    (content_copy / TOPIC).write_text(GOOD_TOPIC.replace("  iop:\n", "  iopp:\n"), "utf-8")
    problems = check_content(content_copy)
    assert len({p.path for p in problems}) == 2


def test_load_guide_raises_with_every_problem(content_copy):
    (content_copy / "en/pages/help.md").write_text("no front matter", "utf-8")
    with pytest.raises(ContentError) as caught:
        load_guide(content_copy, "en")
    assert "no front matter" in caught.value.problems[0].message


def test_raw_html_that_could_load_anything_is_dropped(content_copy):
    (content_copy / "en/pages/note.md").write_text(
        "---\nid: note\ntitle: Note\n---\n"
        '<script>alert(1)</script>\n\n<iframe src="https://example.org"></iframe>\n\n'
        '<object data="file:///etc/passwd"></object>\n\n<img src="http://example.org/a.png">\n\n'
        '<style>p { color: red }</style>\n\n'
        'Safe **text** and [a link](guide:home).\n', "utf-8")
    html = load_guide(content_copy, "en").page("note").html.lower()
    for bad in ("<script", "alert", "<iframe", "<object", "<img", "<style", "color: red",
                "example.org", "file:"):
        assert bad not in html
    assert "<strong>text</strong>" in html and 'href="guide:home"' in html


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)


def test_cli_check_content_passes_on_bundled_content():
    result = run_cli("--check-content")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "sound" in result.stdout


def test_cli_check_content_lists_problems_and_exits_1(content_copy):
    (content_copy / "en/pages/help.md").write_bytes(b"\xff\xfe broken")
    (content_copy / TOPIC).write_text(GOOD_TOPIC.replace("title: How", "title: [How"), "utf-8")
    result = run_cli("--check-content", str(content_copy))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert all(line.startswith(str(content_copy)) for line in lines)
    assert "Traceback" not in result.stderr


def test_languages_must_have_the_same_ids(content_copy):
    import shutil

    shutil.copytree(content_copy / "en", content_copy / "es")
    (content_copy / "es/topics/cost.md").unlink()
    text = (content_copy / "es/checklist.md").read_text("utf-8")
    (content_copy / "es/checklist.md").write_text(text.replace("id: work", "id: trabajo"), "utf-8")
    messages = sorted(str(p) for p in check_content(content_copy))
    assert messages == [
        f"{content_copy}/en/checklist.md:1: missing checklist statement 'trabajo', which es/ has",
        f"{content_copy}/es/checklist.md:1: missing checklist statement 'work', which en/ has",
        f"{content_copy}/es/topics/cost.md:1: missing topic 'cost', which en/ has",
    ]


def test_languages_must_have_the_same_common_questions(content_copy):
    import shutil

    shutil.copytree(content_copy / "en", content_copy / "es")
    questions = content_copy / "es" / QUESTIONS.removeprefix("en/")
    questions.write_text(GOOD_QUESTIONS.replace("- id: price", "- id: precio"), "utf-8")
    assert sorted(str(p) for p in check_content(content_copy)) == [
        f"{content_copy}/en/pages/common-questions.md:1: missing common question 'precio', "
        "which es/ has",
        f"{content_copy}/es/pages/common-questions.md:1: missing common question 'price', "
        "which en/ has",
    ]


def test_each_language_has_its_own_glossary(content_copy):
    import shutil

    shutil.copytree(content_copy / "en", content_copy / "es")
    glossary = content_copy / "es" / GLOSSARY.removeprefix("en/")
    glossary.write_text(GOOD_GLOSSARY.replace("  - term: sober\n", "  - term: sobrio\n"), "utf-8")
    assert [str(p) for p in check_content(content_copy)] == [
        f"{glossary}:12: glossary term 'sobrio' is defined but never used"]


def test_problems_print_on_a_terminal_that_is_not_utf8(content_copy):
    (content_copy / "en/pages/ayúda.md").write_text("no front matter", "utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--check-content",
                             str(content_copy)], capture_output=True, text=True, cwd=ROOT,
                            timeout=60, env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "ay\\xfada.md:1: " in result.stdout
