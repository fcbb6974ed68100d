"""Property tests (fuzzing) of the content loader, with hypothesis.

Each example copies the three-option fixture to a temporary folder, then replaces or adds files
with generated data: random front matter, random Markdown, random bytes, YAML bombs, odd file
names and odd kinds of file. Whatever the folder holds, ``check_content`` and ``load_guide``
give either a sound Guide or problems that each name a path inside the folder, a line >= 1 and
a message; never another exception, and never a hang (each call runs under a time bound).

Every property runs twice: briefly, with the same examples each time, in every test run; and at
length, with new examples each time, by ``make fuzz`` (``pytest -m fuzz_long
tests/test_fuzz.py``; FUZZ_EXAMPLES sets the examples per property, default 3000).
"""

import copy
import os
import pickle
import re
import shutil
import signal
import stat
import tempfile
import threading
from contextlib import contextmanager
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guide.content.files import MAX_FILE_BYTES
from guide.content.loader import ID_PATTERN, check_content, load_guide
from guide.content.model import FIT, STATEMENT_KINDS, Guide
from guide.content.problems import ContentError, Problem
from guide.navigation import Location
from tests.conftest import THREE_OPTIONS

SHORT = settings(max_examples=40, deadline=timedelta(seconds=10), derandomize=True,
                 database=None, print_blob=True,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
LONG = settings(SHORT, max_examples=int(os.environ.get("FUZZ_EXAMPLES", "3000")),
                derandomize=False)
# Far more than any example takes (tens of milliseconds; a few seconds for a file at the size
# limit on a slow machine), far less than a hang.
TIME_BOUND = 60

FILES = sorted(str(p.relative_to(THREE_OPTIONS)) for p in THREE_OPTIONS.rglob("*.md"))
FOLDERS = ["en/options", "en/topics", "en/pages"]
OPTION_IDS = ["inpatient", "iop", "partial"]
IDS = [*OPTION_IDS, "cost", "duration", "help", "glossary", "common-questions", "now", "stop",
       "how-long", "sober", "sober-living", "A", "B", ""]
KEYS = ["id", "name", "short", "summary", "order", "title", "subtitle", "content_date", "review",
        "icon", "cells", "source", "sources", "publisher", "questions", "question", "answer",
        "topic", "related", "terms", "term", "also", "definition", "groups", "group",
        "statements", "text", "kind", "fits", "talk", "rules_out", "conflicts", "action",
        "detail", "ask", "lines", "heading", "reason", "safety", "fit", "life", "values",
        "weight", "option", "safety_message", *OPTION_IDS, "911", "988", "A", "<<"]
LINK_KINDS = ["home", "compare", "checklist", "summary", "search", "option", "topic", "page",
              "term", "glossary", "", "Topic", "x"]
HTML = [
    "<script>alert(1)</script>", "<script src='http://example.org/x.js'>", "<iframe src=x>",
    "<iframe src='https://example.org'></iframe>", "<img src=http://example.org/a.png>",
    "<img src='file:///etc/passwd' onerror=alert(1)>", "<style>p {color: red}</style>",
    "<style>", "<object data=file:///x></object>", "<embed src=x>", "<noscript>n</noscript>",
    "<div>", "</div>", "<div><div><p>", "<b>bold", "<a href='guide:page/nope'>x</a>",
    "<a href=\"guide&#58;page/nope\">x</a>", "<a href=javascript:alert(1)>x</a>", "<!--",
    "<!-- c -->", "-->", "<![CDATA[x]]>", "<?php x ?>", "<a ", "<a x=\"", "</>", "<", ">",
    "&", "&amp;", "&#0;", "&#x110000;", "&#99999999999;", "&nbsp;", "<svg onload=alert(1)>",
    "<math><mi>x</mi></math>", "<table><tr><td>x</td></tr></table>", "<br/>", "<hr>",
]
REPEATABLE = ["[", "]", "(", "[a](", "![", "<a ", "<", "*", "_", "`", "> ", "- ", "1. ", "|",
              "&#", "\\", "#", "## ", "    ", "\n", "guide:", "[]()", "<div>", "\t", ":"]
ODD_CHARACTERS = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028",
                  "\u2029", "\ufeff", "\ufffe", "\uffff", "\u202e", "\u200b", "\ue000",
                  "\U0001f600", "\u0130", "\u0307", "\u00df", "\u03c2", "\r", "\r\n"]


# ---------------------------------------------------------------------------------------------
# The oracle


class Hang(Exception):
    """An example took longer than TIME_BOUND."""


@contextmanager
def time_bound(seconds: float = TIME_BOUND):
    """Raise Hang in the block after ``seconds`` (where the platform has SIGALRM)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() != threading.main_thread():
        yield
        return
    fired = []

    def alarm(signum, frame):
        fired.append(True)
        raise Hang(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if fired:  # raised, but caught and dropped somewhere in the code under test
        raise Hang(f"took more than {seconds} s")


def assert_sound_problem(problem: Problem, root: Path) -> None:
    assert isinstance(problem, Problem), problem
    path = Path(os.path.abspath(problem.path))
    assert path.is_relative_to(os.path.abspath(root)), f"outside the folder: {problem}"
    assert isinstance(problem.line, int) and not isinstance(problem.line, bool), problem
    assert problem.line >= 1, problem
    assert isinstance(problem.message, str) and problem.message.strip(), problem
    assert str(problem).startswith(f"{problem.path}:{problem.line}: ")


def _html_parts(guide: Guide) -> list[str]:
    parts = [guide.home_html, guide.checklist.intro_html]
    parts += [html for s in guide.checklist.statements for html in (s.action_html, s.detail_html)]
    parts += [line.html for line in guide.help_lines]
    parts += [option.html for option in guide.options]
    for topic in guide.topics:
        parts += [topic.intro_html, *(c.short_html for c in topic.cells),
                  *(c.html for c in topic.cells)]
    parts += [page.html for page in guide.pages]
    parts += [term.definition_html for term in guide.glossary]
    parts += [question.answer_html for question in guide.questions]
    return parts


# What the renderer may leave in HTML (see guide/content/render.py): nothing that loads anything.
TAGS = {"a", "p", "br", "hr", "h1", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "code",
        "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "span", "div"}
ATTRIBUTES = {"href", "title", "align", "lang", "class", "name"}
SCHEMES = {"guide", "http", "https", "mailto", "tel"}


class _Tags(HTMLParser):
    """The start tags of an HTML text, each with its attributes."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def assert_sound_guide(guide: Guide) -> None:
    assert isinstance(guide, Guide)
    assert guide.options, "a guide without options"
    option_ids = [o.id for o in guide.options]
    for kind, ids in [("option", option_ids), ("topic", [t.id for t in guide.topics]),
                      ("page", [p.id for p in guide.pages])]:
        assert len(set(ids)) == len(ids), f"duplicate {kind} ids {ids}"
        assert all(ID_PATTERN.match(i) for i in ids), f"bad {kind} ids {ids}"
    for topic in guide.topics:
        assert [c.option_id for c in topic.cells] == option_ids, topic.id
    slugs = [term.slug for term in guide.glossary]
    assert len(set(slugs)) == len(slugs) and all(slugs), slugs
    statement_ids = {s.id for s in guide.checklist.statements}
    for statement in guide.checklist.statements:
        assert statement.kind in STATEMENT_KINDS, statement
        notes = (*statement.fits, *statement.talk, *statement.rules_out)
        assert all(note.option_id in option_ids for note in notes), statement
        assert not (statement.safety and notes), statement
        assert not statement.rules_out or statement.kind == FIT, statement
        assert set(statement.conflicts) <= statement_ids - {statement.id}, statement
    assert {"911", "988"} <= {line.id for line in guide.help_lines}
    for html in _html_parts(guide):
        assert isinstance(html, str)
        for tag, attributes in _Tags(html).tags:
            assert tag in TAGS, f"tag <{tag}> in {html[:300]!r}"
            assert set(attributes) <= ATTRIBUTES, f"attributes {attributes} in {html[:300]!r}"
            href = (attributes.get("href") or "").strip()
            scheme, colon, rest = href.partition(":")
            if not colon or not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", scheme):
                continue  # a relative address
            assert scheme.lower() in SCHEMES, f"a link to {href!r}"
            # A web view lower-cases the scheme: "GUIDE:page/x" is followed as "guide:page/x".
            location = Location.parse(f"{scheme.lower()}:{rest}")
            if location is not None:
                assert guide.has(location.kind, location.target), \
                    f"a link to nowhere in a sound guide: {href!r}"
    assert pickle.loads(pickle.dumps(guide)) == guide  # the cache keeps it as plain data


def assert_outcome(root: Path) -> None:
    """The contract: problems, each sound, or a sound guide; nothing else, and in time."""
    with time_bound():
        problems = check_content(root)
    assert isinstance(problems, list)
    for problem in problems:
        assert_sound_problem(problem, root)
    with time_bound():
        try:
            guide = load_guide(root, "en")
        except ContentError as error:
            guide = None
            assert error.problems, "ContentError without problems"
            for problem in error.problems:
                assert_sound_problem(problem, root)
    if guide is not None:
        assert_sound_guide(guide)
    if [p.name for p in root.iterdir()] == ["en"]:  # one language: the two calls agree
        assert (guide is not None) == (problems == []), [str(p) for p in problems]


# ---------------------------------------------------------------------------------------------
# Applying edits to a copy of the fixture. An edit is plain data, so hypothesis can show it:
# ("write", path, bytes), ("mkdir", path), ("symlink", path, target), ("fifo", path),
# ("delete", path).


def apply(root: Path, edits: list[tuple]) -> None:
    for kind, relative, *rest in edits:
        try:
            _apply(root / relative, kind, rest)
        except (NotADirectoryError, FileExistsError):
            pass  # an earlier edit made a file where this one needs a folder


def _apply(path: Path, kind: str, rest: list) -> None:
    if kind in ("write", "mkdir", "mkdir-empty", "symlink", "fifo"):
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove(path)
    if kind == "write":
        path.write_bytes(rest[0])
    elif kind == "mkdir":
        path.mkdir()
        (path / "inside.md").write_text("---\nid: inside\n---\n", "utf-8")
    elif kind == "mkdir-empty":
        path.mkdir()
    elif kind == "chmod" and path.is_file():  # no effect for root, who may read anything
        path.chmod(0)
    elif kind == "symlink":
        path.symlink_to(rest[0])
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "delete":
        _remove(path)


def _remove(path: Path) -> None:
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


def run_edits(edits: list[tuple]) -> None:
    with tempfile.TemporaryDirectory(prefix="fuzz-") as temp:
        root = Path(temp) / "content"
        shutil.copytree(THREE_OPTIONS, root)
        apply(root, edits)
        try:
            assert_outcome(root)
        finally:
            for path in root.rglob("*"):  # so the folder can be removed, whatever was made
                if not path.is_symlink() and stat.S_ISDIR(path.lstat().st_mode):
                    path.chmod(0o755)


# ---------------------------------------------------------------------------------------------
# Strategies

words = st.one_of(st.sampled_from(["sober", "sober living", "IOP", "partial care", "word",
                                   "Inpatient", "\u0130\u0307", "988"]),
                  st.text(max_size=12))
long_strings = st.builds(lambda piece, times: piece * times,
                         st.text(min_size=1, max_size=3), st.integers(50, 3000))
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(-(10 ** 150), 10 ** 150),
    st.floats(), st.text(max_size=30), st.sampled_from(IDS + KEYS), words, st.dates(),
    st.datetimes(), long_strings,
)
hashable = st.one_of(st.sampled_from(KEYS), st.none(), st.booleans(), st.integers(),
                     st.floats(allow_nan=False), st.text(max_size=10), st.dates())
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(hashable, inner, max_size=4), max_leaves=12)
valid_looking = st.one_of(
    st.sampled_from(IDS), st.sampled_from([f"{k}/{i}" for k in ("topic", "option", "page", "x")
                                           for i in IDS[:6]]),
    st.sampled_from(["A: Part one", "A: Part two", "none", "Z: x", "A:", ": x", "A: x; B: y"]),
    st.integers(0, 4),
)


def dump(meta) -> str:
    return yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=80)


def fixture_meta(relative: str):
    text = (THREE_OPTIONS / relative).read_text("utf-8")
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


@st.composite
def mutated_meta(draw, meta):
    """``meta`` with 1 to 4 changes at random places: a value replaced, a key added or removed."""
    meta = copy.deepcopy(meta)
    for _ in range(draw(st.integers(1, 4))):
        node = meta
        while isinstance(node, (dict, list)) and node and draw(st.booleans()):
            key = draw(st.sampled_from(list(node) if isinstance(node, dict)
                                       else list(range(len(node)))))
            if not isinstance(node[key], (dict, list)):
                break
            node = node[key]
        if not isinstance(node, (dict, list)):
            continue
        action = draw(st.sampled_from(["set", "set-valid", "delete", "add"]))
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if action == "add" or not keys:
            if isinstance(node, dict):
                node[draw(st.one_of(st.sampled_from(KEYS), hashable))] = draw(values)
            else:
                node.append(draw(values))
        elif action == "delete":
            del node[draw(st.sampled_from(keys))]
        else:
            node[draw(st.sampled_from(keys))] = draw(values if action == "set" else valid_looking)
    return meta


def link(kind: str, target: str | None, text: str, prefix: str) -> str:
    address = f"{prefix}{kind}" + (f"/{target}" if target is not None else "")
    return f"[{text}]({address})"


links = st.one_of(
    st.builds(link, st.sampled_from(LINK_KINDS), st.one_of(st.none(), st.sampled_from(IDS),
                                                           st.text(max_size=10)),
              words, st.sampled_from(["guide:", "guide:", "GUIDE:", "guide&#58;", "guide&colon;",
                                      " guide:", "guide%3A", "guide://", "<guide:"])),
    st.sampled_from(["[x](http://example.org)", "[x](javascript:alert(1))", "<http://e.org>",
                     "[x](file:///etc/passwd)", "[x](data:text/html,<script>x</script>)",
                     "![i](http://example.org/a.png)", "[r][ref]\n\n[ref]: guide:page/nope",
                     "[x](guide:page/help \"t\")", "[x](<guide:page/nope>)", "guide:page/nope",
                     "[x](guide:compare/duration#iop)", "[x](guide:term/sober)"]),
)


def nested(depth: int, marker: str) -> str:
    if marker == "indent":
        return "".join(" " * (4 * i) + "- x\n" for i in range(depth))
    return marker * depth + "x"


markdown_pieces = st.one_of(
    st.text(max_size=40),
    words,
    st.builds(lambda level, text: "#" * level + " " + text, st.integers(1, 8), words),
    st.builds(lambda name: f"## {name}", st.one_of(st.sampled_from(OPTION_IDS), words)),
    links,
    st.sampled_from(HTML),
    st.sampled_from(ODD_CHARACTERS),
    st.builds(nested, st.integers(1, 400), st.sampled_from(["- ", "> ", "1. ", "* ", "indent",
                                                            "> - ", "[", "<div>"])),
    st.builds(lambda token, times: token * times, st.sampled_from(REPEATABLE),
              st.integers(1, 600)),
    st.sampled_from(["```\ncode <script>\n```", "    indented code", "| a | b |\n|---|---|\n| 1 |",
                     "***", "---", "___", "* a\n* b", "1) x", "> quote", "<div>\n*md*\n</div>",
                     "term\n: definition", "a  \nb", "\\[not a link\\]"]),
)
bodies = st.lists(st.tuples(markdown_pieces, st.sampled_from(["\n", "\n\n", " ", ""])),
                  max_size=10).map(lambda pieces: "".join(p + s for p, s in pieces))

yaml_tokens = st.sampled_from([
    ":", ": ", "-", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "<<: ", "!!str ", "!!int ",
    "!!binary ", "!!set ", "!!omap ", "!!python/object:os.system ", "!foo ", "? ", "|", ">",
    "'", '"', "#", "%YAML 1.1\n", "---", "...", "\n", "\n  ", "  ", "\t", "id", "title",
    "order", "cells", "iop", "0x", "0o7", "1_000", "1:20:30", ".nan", "-.inf", "~", "null",
    "yes", "No", "2026-11-23", "2026-13-45T99:99:99", "é", "\x00", "\x01", "\u2028", "\x85",
    "\\x", "\\", "=", "@", "`",
])
yamlish = st.one_of(st.lists(yaml_tokens, max_size=40).map("".join), st.text(max_size=200))


@st.composite
def yaml_bombs(draw) -> str:
    """Front matter made to exhaust the stack, the memory or the time."""
    kind = draw(st.sampled_from(["flow", "block", "laughs", "merge", "self-merge", "recursive",
                                 "aliases", "number", "tags"]))
    depth = draw(st.integers(1, 3000))
    if kind == "flow":
        opening = draw(st.sampled_from(["[", "{a: ", "[{a: ", "{? "]))
        closing = {"[": "]", "{a: ": "}", "[{a: ": "}]", "{? ": "}"}[opening]
        return "id: x\nx: " + opening * depth + "1" + closing * draw(st.integers(0, depth))
    if kind == "block":
        depth = min(depth, 300)
        step = draw(st.sampled_from(["- ", "a: "]))
        return "id: x\nx:\n" + "".join(" " * (2 * i + 2) + step.strip() + ("\n" if step == "a: "
                                        else " 1\n") for i in range(depth))
    width, levels = draw(st.integers(2, 12)), draw(st.integers(1, 12))
    if kind == "laughs":
        lines = ["a0: &a0 [lol, lol]"]
        lines += [f"a{i + 1}: &a{i + 1} [{', '.join([f'*a{i}'] * width)}]" for i in range(levels)]
        return "\n".join(lines) + f"\ntitle: *a{levels}\nid: *a{levels}"
    if kind == "merge":
        lines = ["a0: &a0 {k: 1, j: 2}"]
        lines += [f"a{i + 1}: &a{i + 1} {{<<: [{', '.join([f'*a{i}'] * width)}], k{i}: 1}}"
                  for i in range(levels)]
        return "\n".join(lines) + f"\ncells: *a{levels}\nid: x"
    if kind == "self-merge":
        return draw(st.sampled_from(["a: &a {<<: *a}", "a: &a {b: {<<: *a}}",
                                     "a: &a [{<<: *a}]", "<<: {id: x}\n<<: {id: y}",
                                     "<<: *undefined", "<<: [1, 2]", "<<: 1"]))
    if kind == "recursive":
        return draw(st.sampled_from(["id: &a [*a]", "cells: &a {x: *a}", "terms: &a [*a, *a]",
                                     "related: &a [*a]", "questions: &a [*a]",
                                     "statements: &a [{id: *a}]", "title: &t x\nid: *t"]))
    if kind == "aliases":
        return "v: &v x\nid: x\nx: [" + ", ".join(["*v"] * min(depth, 2000)) + "]"
    if kind == "number":
        digits = draw(st.sampled_from(["9", "f", "1", "0"])) * min(depth * 3, 20_000)
        prefix = draw(st.sampled_from(["", "0x", "0o", "0b", "-", "+", "1:", "0."]))
        key = draw(st.sampled_from(["order", "title", "weight", "id", "A"]))
        return f"id: x\n{key}: {prefix}{digits}"
    return draw(st.sampled_from([
        "id: !!binary aGVsbG8=", "id: !!binary ###", "title: !!set {a, b}", "title: !!omap [a: 1]",
        "title: !!python/object/apply:os.system [echo]", "title: !!float x", "order: !!int x",
        "order: !!timestamp 2026-01-01", "title: !!null x", "id: !!str", "title: !<tag:x> y",
        "%TAG ! tag:x,2000:\n---\ntitle: !y z", "title: !!pairs [a: 1]", "? [a]\n: b",
        "? {a: 1}\n: b", "[a]: b", "{a: 1}: b", "!!set {a}: b",
    ]))


@st.composite
def mutated_files(draw) -> list[tuple]:
    """A fixture file with its front matter changed in a few places."""
    relative = draw(st.sampled_from(FILES))
    meta, body = fixture_meta(relative)
    if draw(st.integers(0, 3)) == 0:
        body = draw(bodies)
    text = "---\n" + dump(draw(mutated_meta(meta))) + "---\n" + body
    return [("write", relative, text.encode("utf-8", "surrogatepass"))]


@st.composite
def front_matter_files(draw) -> bytes:
    body = draw(st.one_of(st.just("Text.\n"), bodies))
    kind = draw(st.sampled_from(["values", "yamlish", "bomb"]))
    if kind == "values":
        meta = draw(st.dictionaries(st.one_of(st.sampled_from(KEYS), hashable), values,
                                    max_size=8))
        front = dump(meta)
    elif kind == "yamlish":
        front = draw(yamlish)
    else:
        front = draw(yaml_bombs())
    return ("---\n" + front + ("" if front.endswith("\n") else "\n") + "---\n" + body).encode(
        "utf-8", "surrogatepass")


@st.composite
def markdown_files(draw) -> list[tuple]:
    """A fixture file's own front matter, with a generated body (or a generated text field)."""
    relative = draw(st.sampled_from(FILES))
    meta, _ = fixture_meta(relative)
    body = draw(bodies)
    if draw(st.booleans()):  # the Markdown in a text field of the front matter instead
        node = meta
        for key in draw(st.sampled_from([["title"], ["summary"], ["statements", 4, "action"],
                                         ["lines", 0, "text"], ["statements", 0, "fits",
                                                                "inpatient", "reason"],
                                         ["cells", "iop", "short"], ["terms", 0, "definition"],
                                         ["questions", 0, "answer"], ["sources", "A", "title"]])):
            if isinstance(node, dict) and key in node or isinstance(node, list) and node:
                parent, node = node, node[key]
            else:
                break
        else:
            parent[key] = body
    text = "---\n" + dump(meta) + "---\n" + body
    return [("write", relative, text.encode("utf-8", "surrogatepass"))]


@st.composite
def glossary_files(draw) -> list[tuple]:
    """Glossary terms of any letters, and a page that writes them in another case."""
    terms = draw(st.lists(st.text(min_size=1, max_size=8), min_size=1, max_size=4))
    meta, body = fixture_meta("en/pages/glossary.md")
    meta["terms"] = [{"term": term, "definition": "A word.",
                      "also": draw(st.lists(st.text(min_size=1, max_size=6), max_size=2))}
                     for term in terms]
    changes = [str.upper, str.lower, str.casefold, str.swapcase, str.title, lambda t: t]
    used = " ".join(draw(st.sampled_from(changes))(term) + draw(st.sampled_from(
        ["", "\u0307", "\u0130", "s", "\u00df", "\u212a"])) for term in terms)
    glossary = "---\n" + dump(meta) + "---\n" + body
    page = f"---\nid: help\ntitle: Help\n---\nWords: {used}.\n"
    return [("write", "en/pages/glossary.md", glossary.encode("utf-8", "surrogatepass")),
            ("write", "en/pages/help.md", page.encode("utf-8", "surrogatepass"))]


def _spoil(data: bytes, how: str, where: int) -> bytes:
    where = where % (len(data) + 1)
    if how == "crlf":
        return data.replace(b"\n", b"\r\n")
    if how == "cr":
        return data.replace(b"\n", b"\r")
    if how == "bom":
        return b"\xef\xbb\xbf" + data
    if how == "truncate":
        return data[:where]
    invalid = {"ff": b"\xff", "lead": b"\xc3", "surrogate": b"\xed\xa0\x80",
               "too-big": b"\xf4\x90\x80\x80", "overlong": b"\xc0\xaf", "nul": b"\x00",
               "bom-inside": b"\xef\xbb\xbf", "utf16-bom": b"\xff\xfe"}[how]
    return data[:where] + invalid + data[where:]


@st.composite
def byte_files(draw) -> bytes:
    kind = draw(st.sampled_from(["random", "spoiled", "special", "over-limit", "at-limit"]))
    if kind == "random":
        return draw(st.binary(max_size=400))
    if kind == "spoiled":
        relative = draw(st.sampled_from(FILES))
        data = (THREE_OPTIONS / relative).read_bytes()
        for _ in range(draw(st.integers(1, 3))):
            data = _spoil(data, draw(st.sampled_from(
                ["crlf", "cr", "bom", "truncate", "ff", "lead", "surrogate", "too-big",
                 "overlong", "nul", "bom-inside", "utf16-bom"])), draw(st.integers(0, 10 ** 4)))
        return data
    if kind == "special":
        return draw(st.sampled_from([
            b"", b"---", b"---\n", b"---\n---", b"---\n---\n", b"\xef\xbb\xbf", b"------",
            b"\xef\xbb\xbf---\n---\n", b"---\n" * 50, b"-- -\n", b"---\n...\n---\n", b"\n---\n",
            b" ---\n---\n", b"---\r---\r", b"---\n---\n---\n", b"---\n\n\n---\n\n\n",
            b"---\nid: x", b"---\n- a\n- b\n---\n", b"---\n'x'\n---\n", b"---\n~\n---\n",
            b"---\n42\n---\n", b"\x00---\n---\n", b"---\x00\n---\n", "---\nid: é\n---\n".encode(
                "utf-16"),
        ]))
    # Files just over (or at) the size limit; what fills them is cheap to render.
    head = b"---\nid: help\ntitle: Help\n---\n"
    size = MAX_FILE_BYTES + (draw(st.integers(1, 64)) if kind == "over-limit" else 0)
    filler = draw(st.sampled_from([b"a", b"word ", b"\n", b"x\n\n", "\u00e9".encode()]))
    return (head + filler * (size // len(filler) + 1))[:size]


names = st.text(
    st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)),
    min_size=1, max_size=30,
).filter(lambda name: name not in (".", "..") and len(os.fsencode(name + ".md")) < 200)


@st.composite
def odd_files(draw) -> list[tuple]:
    """Files with odd names, and entries that are not plain files at all."""
    folder = draw(st.sampled_from(FOLDERS))
    name = draw(st.one_of(names, st.sampled_from(
        ["", " ", "-x", "X", "a.md", ".hidden", "inpatient ", "IOP", "iop\n", "\u0130", "x" * 150,
         "\U0001f600", "con", "nul", "a:b", "a\\b", "*", "?", "'\""])))
    relative = f"{folder}/{name}.md"
    kind = draw(st.sampled_from(["file", "file", "dir", "broken-link", "loop", "link-to-dir",
                                 "link-to-file", "fifo", "raw-name", "unreadable-folder"]))
    content = draw(st.one_of(front_matter_files(), st.sampled_from(
        [b"---\nid: x\ntitle: X\n---\nX\n", (THREE_OPTIONS / FILES[0]).read_bytes()])))
    if kind == "file":
        return [("write", relative, content)]
    if kind == "dir":
        return [("mkdir", relative)]
    if kind == "broken-link":
        return [("symlink", relative, "nowhere.md")]
    if kind == "loop":
        return [("symlink", relative, f"{name}.md")]
    if kind == "link-to-dir":
        return [("symlink", relative, ".")]
    if kind == "link-to-file":
        return [("symlink", relative, f"../../{FILES[0]}")]
    if kind == "fifo":
        return [("fifo", relative)]
    if kind == "raw-name":  # a name that is not UTF-8 (Linux keeps such names as bytes)
        raw = os.fsdecode(draw(st.sampled_from([b"\xff", b"\xc3(", b"a\x80b", b"\xed\xa0\x80"])))
        return [("write", f"{folder}/{raw}.md", content)]
    return [("write", relative, content), ("chmod", relative)]


@st.composite
def structure_edits(draw) -> list[tuple]:
    """Whole files and folders missing, or in the wrong shape, or a second language."""
    kind = draw(st.sampled_from(["delete", "file-for-folder", "folder-for-file", "language",
                                 "empty-folder"]))
    if kind == "delete":
        return [("delete", draw(st.sampled_from([*FILES, *FOLDERS, "en"])))]
    if kind == "file-for-folder":
        return [("write", draw(st.sampled_from([*FOLDERS, "en"])), b"---\nid: x\n---\n")]
    if kind == "folder-for-file":
        return [("mkdir", draw(st.sampled_from(["en/guide.md", "en/checklist.md", *FILES])))]
    if kind == "empty-folder":
        folder = draw(st.sampled_from(FOLDERS))
        return [("delete", folder), ("mkdir-empty", folder)]
    edits = [("write", f"es/{relative[3:]}", (THREE_OPTIONS / relative).read_bytes())
             for relative in FILES]
    spoilt = draw(st.sampled_from(FILES))
    edits.append(("write", f"es/{spoilt[3:]}", draw(front_matter_files())))
    return edits


def file_edit(contents) -> st.SearchStrategy:
    """Replace a fixture file, or add a new file, with ``contents``."""
    where = st.one_of(st.sampled_from(FILES), st.builds(
        lambda folder, name: f"{folder}/{name}.md", st.sampled_from(FOLDERS),
        st.sampled_from(["new", "extra", "zzz", "aaa"])))
    return st.builds(lambda path, data: [("write", path, data)], where, contents)


any_edit = st.one_of(mutated_files(), file_edit(front_matter_files()), markdown_files(),
                     glossary_files(), file_edit(byte_files()), odd_files(), structure_edits())


# ---------------------------------------------------------------------------------------------
# The properties: each short (every run) and long (make fuzz)


def _edits(*lists: list[tuple]) -> list[tuple]:
    return [edit for edits in lists for edit in edits]


PROPERTIES = {
    "front_matter": st.lists(st.one_of(mutated_files(), file_edit(front_matter_files())),
                             min_size=1, max_size=3),
    "markdown": st.lists(st.one_of(markdown_files(), glossary_files()), min_size=1,
                         max_size=3),
    "bytes": st.lists(file_edit(byte_files()), min_size=1, max_size=3),
    "yaml_bombs": st.lists(file_edit(st.builds(
        lambda front: ("---\n" + front + "\n---\nText.\n").encode("utf-8", "surrogatepass"),
        yaml_bombs())), min_size=1, max_size=2),
    "odd_files": st.lists(st.one_of(odd_files(), structure_edits()), min_size=1, max_size=3),
    "anything": st.lists(any_edit, min_size=1, max_size=4),
}


def _property(name: str, profile: settings):
    @profile
    @given(edits=PROPERTIES[name])
    def test(edits):
        run_edits(_edits(*edits))

    test.__name__ = f"test_{name}"
    return test


def _long(test):
    def run(request):
        if "fuzz_long" not in (request.config.option.markexpr or ""):
            pytest.skip("the long run: make fuzz (pytest -m fuzz_long tests/test_fuzz.py)")
        test()
    return pytest.mark.fuzz_long(run)


test_random_front_matter = _property("front_matter", SHORT)
test_random_markdown = _property("markdown", SHORT)
test_random_bytes = _property("bytes", SHORT)
test_yaml_bombs = _property("yaml_bombs", SHORT)
test_odd_files_and_folders = _property("odd_files", SHORT)
test_anything = _property("anything", SHORT)

test_random_front_matter_long = _long(_property("front_matter", LONG))
test_random_markdown_long = _long(_property("markdown", LONG))
test_random_bytes_long = _long(_property("bytes", LONG))
test_yaml_bombs_long = _long(_property("yaml_bombs", LONG))
test_odd_files_and_folders_long = _long(_property("odd_files", LONG))
test_anything_long = _long(_property("anything", LONG))
