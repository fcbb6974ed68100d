"""What fuzzing the loader found (tests/test_fuzz.py): each input once, as a plain test.

Before the fixes, each of these raised an exception other than ContentError, took minutes or
never ended, or let a broken link through. Now each gives problems as path:line: message.
"""

import os
import time

import pytest

from guide.content.files import MAX_FILE_BYTES, MAX_TEXT_CHARS
from guide.content.loader import SECTION, check_content, load_guide
from guide.content.model import GlossaryTerm
from guide.content.render import to_html
from guide.glossary import Glossary
from tests.test_fuzz import time_bound

HELP = "en/pages/note.md"  # a page of its own, to break (help.md must keep its lines)
TOPIC = "en/topics/duration.md"
CHECKLIST = "en/checklist.md"


def problems_of(root, path: str, data: str | bytes) -> list[str]:
    """The problems of ``root`` once ``path`` holds ``data``, as 'path:line: message' less root."""
    target = root / path
    if isinstance(data, str):
        data = data.encode("utf-8")
    target.write_bytes(data)
    with time_bound(30):
        problems = check_content(root)
    return [str(p).removeprefix(f"{root}/") for p in problems]


def help_page(front: str = "", body: str = "Help text.\n") -> str:
    return f"---\nid: note\ntitle: Note\n{front}---\n{body}"


# The front matter ------------------------------------------------------------------------------


def test_a_number_too_long_to_show_stays_text(content_copy):
    # ValueError: Exceeds the limit (4300 digits) for integer string conversion
    assert problems_of(content_copy, HELP, help_page("order: " + "1" * 5000 + "\n")) == [
        f"{HELP}:4: 'order' must be a whole number"]
    assert problems_of(content_copy, HELP, help_page().replace(
        "title: Note", "title: 0x" + "f" * 5000)) == []
    assert load_guide(content_copy).page("note").title == "0x" + "f" * 5000


def test_settings_nested_too_deeply(content_copy):
    # RecursionError in PyYAML's composer
    for nested in ["[" * 2000 + "]" * 2000, "{a: " * 2000 + "1" + "}" * 2000]:
        assert problems_of(content_copy, HELP, help_page(f"x: {nested}\n")) == [
            f"{HELP}:4: broken YAML in the front matter: "
            "settings nested more than 20 levels deep"]


def test_merges_that_multiply_are_refused_quickly(content_copy):
    # Took 17 s at 7 levels of 10 merges, and ten times longer (and ten times the memory) for
    # each level more. PyYAML 6.0.4 merges each key once, so there they no longer multiply and
    # the page is sound; older releases get the limit.
    levels = ["a0: &a0 {k: 1, j: 2}"] + [
        f"a{i + 1}: &a{i + 1} {{<<: [{', '.join([f'*a{i}'] * 10)}]}}" for i in range(9)]
    started = time.monotonic()
    problems = problems_of(content_copy, HELP, help_page("\n".join(levels) + "\n"))
    assert time.monotonic() - started < 5
    assert problems in ([], [f"{HELP}:7: broken YAML in the front matter: "
                             "'<<' merges make more than 1000 settings"])


def test_merges_that_make_too_many_settings_are_refused(content_copy):
    many = ", ".join(f"k{i}: {i}" for i in range(1001))  # one mapping may be that long
    assert problems_of(content_copy, HELP, help_page(f"a: &a {{{many}}}\n")) == []
    assert problems_of(content_copy, HELP, help_page(f"a: &a {{{many}}}\nb: {{<<: *a}}\n")) == [
        f"{HELP}:5: broken YAML in the front matter: '<<' merges make more than 1000 settings"]


def test_too_many_aliases(content_copy):
    aliases = ", ".join(["*v"] * 101)
    assert problems_of(content_copy, HELP, help_page(f"v: &v x\nx: [{aliases}]\n")) == [
        f"{HELP}:5: broken YAML in the front matter: more than 100 aliases ('*name')"]


@pytest.mark.parametrize("value", ["!!int x", "!!int 0x,!!binary iop", "!!int", "!!float x",
                                   "!!bool maybe", "!!seq x", "[a, !!int 0b2]"])
def test_a_value_its_tag_does_not_fit(content_copy, value):
    # ValueError, IndexError, KeyError or AttributeError from PyYAML's constructors
    [problem] = problems_of(content_copy, HELP, help_page(f"order: 2\nx: {value}\n"))
    assert problem.startswith(f"{HELP}:5: broken YAML in the front matter: the value after '!!")
    assert problem.endswith("' is not of that kind")


def test_a_control_character_is_named_at_its_line(content_copy):
    # was "help.md:1: broken YAML in the front matter: cannot be read"
    assert problems_of(content_copy, HELP, help_page("order: 2\nx: a\x01b\n")) == [
        f"{HELP}:5: broken YAML in the front matter: character U+0001 is not allowed"]


@pytest.mark.parametrize("value", ["5", "true", "1.5", "x"])
def test_checklist_groups_and_statements_that_are_not_lists(content_copy, value):
    # TypeError: 'int' object is not iterable
    text = (content_copy / CHECKLIST).read_text("utf-8")
    text = text[:text.index("groups:")] + f"groups: {value}\n" + text[text.index("statements:"):]
    problems = problems_of(content_copy, CHECKLIST, text)
    assert f"{CHECKLIST}:2: 'groups' must be a list, one '- ' line per entry" in problems
    start = text.index("statements:")
    text = text[:start] + f"statements: {value}\n---\nText.\n"
    assert f"{CHECKLIST}:3: 'statements' must be a list, one '- ' line per entry" in \
        problems_of(content_copy, CHECKLIST, text)


# Files ---------------------------------------------------------------------------------------


def test_a_pipe_is_not_read(content_copy):
    # Reading a named pipe waited for a writer for ever, once to read it and once for its links.
    os.mkfifo(content_copy / "en/pages/pipe.md")
    assert problems_of(content_copy, HELP, help_page()) == [
        "en/pages/pipe.md:1: cannot be read: it is not a regular file"]


def test_a_link_to_an_endless_device_is_not_read(content_copy):
    # read_bytes() of /dev/zero filled the memory before the size was checked.
    (content_copy / "en/pages/zero.md").symlink_to("/dev/zero")
    assert problems_of(content_copy, HELP, help_page()) == [
        "en/pages/zero.md:1: cannot be read: it is not a regular file"]


def test_a_file_over_the_limit_is_read_no_further(content_copy):
    size = MAX_FILE_BYTES * 10
    assert problems_of(content_copy, HELP, help_page(body="a" * size)) == [
        f"{HELP}:1: is {size + 29:,} bytes; a content file may be at most {MAX_FILE_BYTES:,}"]


def test_a_page_at_the_text_limit_is_read(content_copy):
    assert problems_of(content_copy, HELP, help_page(body="a" * MAX_TEXT_CHARS)) == []


def test_a_page_over_the_text_limit_is_not_rendered(content_copy):
    [problem] = problems_of(content_copy, HELP, help_page(body="[" * (MAX_TEXT_CHARS + 1)))
    assert "at most 32,000 fit one page" in problem


def test_a_setting_over_the_text_limit_is_not_rendered(content_copy):
    long_title = "x" * (MAX_TEXT_CHARS + 1)
    [problem] = problems_of(content_copy, HELP,
                            help_page(body="Text.").replace("title: Note", f"title: {long_title}"))
    assert "'title' has 32,001 characters" in problem


def test_a_long_checklist_over_the_text_limit_is_fine(content_copy):
    """Clinics may write long checklists: only each rendered text is bounded, not the file."""
    path = content_copy / "en/checklist.md"
    text = path.read_text("utf-8")
    extra = "".join(f"  - id: extra-{n}\n    group: now\n    kind: life\n"
                    f"    text: I am sentence number {n}.\n    short: Number {n}\n"
                    f"    talk:\n      iop:\n        reason: Reason {n}.\n"
                    f"        source: none\n" for n in range(600))
    big = text.replace("  - id: danger\n", extra + "  - id: danger\n")
    assert len(big) > 2 * MAX_TEXT_CHARS
    path.write_text(big, "utf-8")
    from guide.content.loader import check_content

    assert check_content(content_copy) == []


def test_old_mac_line_ends(content_copy):
    # Lines ending in a lone CR: "has no front matter"; YAML counted them as lines, the loader not.
    text = help_page("order: 2\nx: [\n", "Text.\n").replace("\n", "\r")
    [problem] = problems_of(content_copy, HELP, text)
    assert problem.startswith(f"{HELP}:6: broken YAML in the front matter: ")
    assert problems_of(content_copy, HELP, help_page().replace("\n", "\r")) == []


# Markdown ----------------------------------------------------------------------------------


@pytest.mark.parametrize("nested", ["- " * 3000 + "x", "1. " * 3000 + "x", "* " * 3000 + "x"])
def test_lists_nested_too_deeply(content_copy, nested):
    # RecursionError in Python-Markdown
    assert problems_of(content_copy, HELP, help_page(body=nested)) == [
        f"{HELP}:5: the text has lists or quotes nested too deeply to show; "
        "keep them a few levels deep"]


def test_lists_nested_too_deeply_in_a_table_cell(content_copy):
    text = (content_copy / TOPIC).read_text("utf-8")
    text = text.replace("Inpatient duration cell.", "'" + "- " * 3000 + "x'")
    problems = problems_of(content_copy, TOPIC, text)
    assert f"{TOPIC}:7: the text has lists or quotes nested too deeply to show; " \
           "keep them a few levels deep" in problems


def test_the_renderer_recovers_after_text_nested_too_deeply(content_copy):
    problems_of(content_copy, HELP, help_page(body="- " * 3000 + "x"))
    assert to_html("- a\n- b\n\n1. c") == \
        "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<ol>\n<li>c</li>\n</ol>"


# Texts under the size limit that took from 10 s to minutes to render (hours at the old
# limit of 1,000,000 bytes), four times as long for twice the text; now about a second.
SLOW_TEXTS = {
    "many [": "[" * 20_000,  # 56 s
    "many [[]": "[[]" * 6_000,  # 25 s
    "many <a ": "<a " * 10_000,  # 12 s
    "many <a, then x=\"": "<a " * 10_000 + 'x="',  # 12 s
    "many \\```": "\\```" * 7_500,  # 12 s
}


@pytest.mark.parametrize("text", SLOW_TEXTS.values(), ids=SLOW_TEXTS.keys())
def test_texts_that_took_minutes(text):
    started = time.monotonic()
    with time_bound(60):
        to_html(text)
    assert time.monotonic() - started < 6


def test_a_long_run_of_spaces_in_a_section_line(content_copy):
    # The section pattern "(.+?)[ \t]*$" took time in the square of the run of spaces: 30 s.
    started = time.monotonic()
    assert [m.group(1) for m in SECTION.finditer("## iop" + " " * 100_000 + "x\n")] == \
        ["iop" + " " * 100_000 + "x"]
    assert time.monotonic() - started < 2
    text = (content_copy / TOPIC).read_text("utf-8").replace("## iop\n", "## iop \t \n")
    assert problems_of(content_copy, TOPIC, text) == []


def test_links_are_still_links():
    assert to_html("[a](guide:home) ![i](http://e.org/i.png) [r][x] `c`\n\n[x]: http://e.org") \
        == '<p><a href="guide:home">a</a>  <a href="http://e.org">r</a> <code>c</code></p>'


# Links ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("written", ["guide&#58;page/faq", "guide&colon;page/faq",
                                     "guide:pa&#103;e/faq", "GUIDE:page/faq",
                                     "guide:Page/faq"])
def test_a_link_to_nowhere_written_another_way(content_copy, written):
    # The link was checked as written, but followed as the renderer decodes it
    # (guide&#58;page/faq -> guide:page/faq) and as a click reads it (GUIDE: -> guide:).
    problems = problems_of(content_copy, HELP, help_page(body=f"See [x]({written}).\n"))
    assert len(problems) == 1 and problems[0].startswith(f"{HELP}:5: link to 'guide:")
    assert "which does not exist" in problems[0]


# The glossary ------------------------------------------------------------------------------


def test_a_term_whose_case_folds_two_ways(content_copy):
    # KeyError: the pattern ignores case letter by letter ("İ" matches "i"), casefold() turns
    # "İ" into two letters.
    glossary = (content_copy / "en/pages/glossary.md").read_text("utf-8")
    glossary = glossary.replace("terms:\n", "terms:\n  - term: \u0130\n    definition: A letter.\n")
    (content_copy / "en/pages/glossary.md").write_text(glossary, "utf-8")
    assert problems_of(content_copy, HELP, help_page(body="\u0130\u0307 here.\n")) == []


def test_a_plain_term_written_with_a_letter_whose_case_folds_two_ways(content_copy):
    # Found as: the term "I", and "İ" on a page. KeyError: 'i̇'
    glossary = (content_copy / "en/pages/glossary.md").read_text("utf-8")
    glossary = glossary.replace("terms:\n", "terms:\n  - term: I\n    definition: A letter.\n")
    (content_copy / "en/pages/glossary.md").write_text(glossary, "utf-8")
    assert problems_of(content_copy, HELP, help_page(body="Words: \u0130.\n")) == []


def test_glossary_finds_a_term_whose_case_folds_two_ways():
    glossary = Glossary([GlossaryTerm("\u0130", (), "A letter.")])
    assert glossary.used("\u0130\u0307") == {"i"}
    assert 'href="guide:term/i"' in glossary.mark("<p>\u0130\u0307</p>")
    assert Glossary([GlossaryTerm("I", (), "A letter.")]).used("\u0130") == {"i"}
