"""Loads a content folder into a Guide, reporting every problem as path:line: message."""

import re
from html import unescape
from pathlib import Path

from ..glossary import Glossary
from .cache import languages
from .files import (
    LineList,
    LineMap,
    SourceFile,
    field_int,
    field_text,
    parse_source,
    read_text,
)
from .model import (
    FIT,
    GLOSSARY_PAGE,
    HELP_PAGE,
    LIFE,
    QUESTIONS_PAGE,
    RELATED_KINDS,
    REQUIRED_HELP_LINES,
    SAFETY,
    STATEMENT_KINDS,
    VALUES,
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
from .problems import ContentError, Problem
from .render import RenderError, guide_links, inline_html, to_html

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# In a topic's body, "## <option id>" starts the longer text for that option (the name is
# the rest of the line, less spaces and tabs at its end: stripped after, as a lazy
# "(.+?)[ \t]*$" takes time in the square of a long run of spaces).
SECTION = re.compile(r"^##[ \t]+(.+)$", re.MULTILINE)
MAX_CELL_WORDS = 25
MAX_QUESTIONS = 3
MAX_RELATED = 3
_TAG = re.compile(r"<[^>]*>")


class _Collector:
    """Gathers problems while the loader carries on, so one run reports them all."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        # Files that could not be read at all; links to their names are not reported again.
        self.unreadable: set[str] = set()
        self.texts: dict[Path, str] = {}  # the text of every file read, for its guide: links
        self.seen_ids: dict[tuple[str, str], Problem] = {}
        # 'related' entries, checked once every page is known: (where, "<kind>/<id>", own page)
        self.related: list[tuple[Problem, str, str]] = []
        self.glossary: tuple[GlossaryTerm, ...] = ()
        self.term_lines: dict[str, Problem] = {}  # where each term (by slug) is defined
        self.questions: tuple[CommonQuestion, ...] = ()
        self.help_lines: tuple[HelpLine, ...] | None = None  # None: no help page was read

    def read(self, path: Path) -> SourceFile | None:
        result = read_text(path)
        if isinstance(result, str):
            self.texts[path] = result
            result = parse_source(path, result)
        if isinstance(result, Problem):
            self.problems.append(result)
            self.unreadable.add(f"{path.parent.name.removesuffix('s')}/{path.stem}")
            return None
        return result

    def finish(self, source: SourceFile) -> None:
        self.problems.extend(source.problems)

    def claim_id(self, kind: str, source: SourceFile, meta: LineMap, key: str = "id") -> str:
        """The id in ``meta[key]``, checked for shape and for being unique within ``kind``."""
        value = field_text(source, meta, key)
        if not value:
            return ""
        here = Problem(source.path, meta.line_of(key), "")
        if not ID_PATTERN.match(value):
            source.problem(here.line, f"{kind} id '{value}' may use only a-z, 0-9 and '-'")
            return ""
        earlier = self.seen_ids.get((kind, value))
        if earlier is not None:
            source.problem(here.line, f"duplicate {kind} id '{value}' "
                                      f"(also at {earlier.path}:{earlier.line})")
            return ""
        self.seen_ids[(kind, value)] = here
        return value


def _html(source: SourceFile, line: int, text: str, inline: bool = False) -> str:
    """``text`` as HTML (see render.to_html); text that cannot be shown is reported at ``line``."""
    try:
        return inline_html(text) if inline else to_html(text)
    except RenderError as error:
        source.problem(line, str(error))
        return ""


def _sources_of(source: SourceFile, meta: LineMap, key: str, known: set[str],
                required: bool = True) -> tuple[SourceRef, ...]:
    text = field_text(source, meta, key, required)
    if not text or text.lower() == "none":
        return ()
    refs = []
    for part in text.split(";"):
        source_id, colon, section = part.partition(":")
        source_id, section = source_id.strip(), section.strip()
        if not colon or not section:
            source.problem(meta.line_of(key), f"'{key}' must read '<source id>: <section>', "
                                              f"or 'none'; found '{part.strip()}'")
        elif source_id not in known:
            source.problem(meta.line_of(key), f"unknown source id '{source_id}' "
                                              f"(known: {', '.join(sorted(known))})")
        else:
            refs.append(SourceRef(source_id, section))
    return tuple(refs)


def _items(source: SourceFile, meta: LineMap, key: str) -> list[tuple[int, object]]:
    """The entries of the list ``meta[key]``, each with its line; [] when it is missing."""
    entries = meta.get(key)
    if entries is None:
        return []
    if not isinstance(entries, list):
        source.problem(meta.line_of(key), f"'{key}' must be a list, one '- ' line per entry")
        return []
    if isinstance(entries, LineList):
        return [(entries.line_at(index), entry) for index, entry in enumerate(entries)]
    return [(meta.line_of(key), entry) for entry in entries]


def _related_of(collect: _Collector, source: SourceFile, meta: LineMap,
                own: str) -> tuple[str, ...]:
    """The 'related' pages of ``own`` ("topic/duration"), noted to be checked once all are read."""
    items = _items(source, meta, "related")
    if len(items) > MAX_RELATED:
        source.problem(meta.line_of("related"),
                       f"{len(items)} related pages; a page lists at most {MAX_RELATED}")
    related: list[str] = []
    for line, entry in items:
        if not isinstance(entry, str) or not entry.strip():
            source.problem(line, "each related page is written '<kind>/<id>', "
                                 "such as 'topic/duration'")
        elif entry.strip() in related:
            source.problem(line, f"related page '{entry.strip()}' is listed twice")
        else:
            related.append(entry.strip())
            collect.related.append((Problem(source.path, line, ""), entry.strip(), own))
    return tuple(related)


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.md")) if folder.is_dir() else []


def _load_sources(source: SourceFile) -> tuple[Source, ...]:
    table = source.meta.get("sources")
    if not isinstance(table, LineMap) or not table:
        source.problem(source.meta.line_of("sources"),
                       "missing required field 'sources' (each source id with title and publisher)")
        return ()
    sources = []
    for source_id, entry in table.items():
        if not isinstance(entry, LineMap):
            source.problem(table.line_of(source_id), f"source '{source_id}' needs a title and "
                                                     "a publisher")
            continue
        sources.append(Source(str(source_id), field_text(source, entry, "title"),
                              field_text(source, entry, "publisher")))
    return tuple(sources)


def _load_option(collect: _Collector, path: Path) -> Option | None:
    source = collect.read(path)
    if source is None:
        return None
    meta = source.meta
    option_id = collect.claim_id("option", source, meta)
    option = Option(
        id=option_id,
        name=field_text(source, meta, "name"),
        short=field_text(source, meta, "short"),
        summary=field_text(source, meta, "summary"),
        order=field_int(source, meta, "order", 100),
        body=source.body,
        html=_html(source, source.body_line, source.body),
        related=_related_of(collect, source, meta, f"option/{option_id}"),
    )
    collect.finish(source)
    return option if option.id else None


def _split_sections(source: SourceFile) -> tuple[str, dict[str, tuple[int, str]]]:
    """A topic body's intro, and each '## <option id>' section with the line it starts on."""
    matches = list(SECTION.finditer(source.body))
    intro = source.body[: matches[0].start()] if matches else source.body
    sections: dict[str, tuple[int, str]] = {}
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(source.body)
        line = source.body_line + source.body.count("\n", 0, match.start())
        sections[match.group(1).rstrip(" \t")] = (line, source.body[match.end():end].strip())
    return intro, sections


def _load_topic(collect: _Collector, path: Path, option_ids: list[str],
                source_ids: set[str]) -> Topic | None:
    source = collect.read(path)
    if source is None:
        return None
    meta = source.meta
    topic_id = collect.claim_id("topic", source, meta)
    intro, sections = _split_sections(source)
    for name, (line, _) in sections.items():
        if name not in option_ids:
            source.problem(line, f"section '## {name}' names an unknown option id '{name}' "
                                 f"(options: {', '.join(option_ids)})")
    cells_meta = meta.get("cells")
    if not isinstance(cells_meta, LineMap):
        source.problem(meta.line_of("cells"), "missing required field 'cells' "
                                              "(a 'short' and a 'source' for each option)")
        cells_meta = LineMap()
    for key in cells_meta:
        if key not in option_ids:
            source.problem(cells_meta.line_of(key), f"unknown option id '{key}' in cells "
                                                    f"(options: {', '.join(option_ids)})")
    cells = []
    for option_id in option_ids:
        entry = cells_meta.get(option_id)
        if not isinstance(entry, LineMap):
            source.problem(meta.line_of("cells"),
                           f"topic has no cell for option '{option_id}' (add 'short' and 'source')")
            continue
        short = field_text(source, entry, "short")
        if len(short.split()) > MAX_CELL_WORDS:
            source.problem(entry.line_of("short"), f"the short text for '{option_id}' has "
                           f"{len(short.split())} words; a table cell takes at most "
                           f"{MAX_CELL_WORDS}")
        line_and_text = sections.get(option_id)
        if line_and_text is None:
            source.problem(source.body_line, f"topic has no text for option '{option_id}': "
                                             f"add a '## {option_id}' section")
        line, body = line_and_text or (source.body_line, "")
        cells.append(Cell(option_id, short, _html(source, entry.line_of("short"), short, True),
                          _sources_of(source, entry, "source", source_ids), body,
                          _html(source, line, body)))
    questions = meta.get("questions", [])
    if not isinstance(questions, list) or not all(isinstance(q, str) for q in questions):
        source.problem(meta.line_of("questions"), "'questions' must be a list of sentences")
        questions = []
    elif len(questions) > MAX_QUESTIONS:
        source.problem(meta.line_of("questions"),
                       f"{len(questions)} questions; a topic takes at most {MAX_QUESTIONS}")
    topic = Topic(
        id=topic_id,
        title=field_text(source, meta, "title"),
        order=field_int(source, meta, "order", 100),
        icon=field_text(source, meta, "icon", required=False) or topic_id,
        intro_html=_html(source, source.body_line, intro),
        cells=tuple(cells),
        questions=tuple(q.strip() for q in questions),
        related=_related_of(collect, source, meta, f"topic/{topic_id}"),
    )
    collect.finish(source)
    return topic if topic_id else None


def _load_page(collect: _Collector, path: Path, topic_ids: list[str]) -> Page | None:
    source = collect.read(path)
    if source is None:
        return None
    meta = source.meta
    page = Page(
        id=collect.claim_id("page", source, meta),
        title=field_text(source, meta, "title"),
        order=field_int(source, meta, "order", 100),
        body=source.body,
        html=_html(source, source.body_line, source.body),
    )
    if page.id == GLOSSARY_PAGE:
        collect.glossary = _load_terms(collect, source)
    elif page.id == QUESTIONS_PAGE:
        collect.questions = _load_questions(collect, source, topic_ids)
    elif page.id == HELP_PAGE:
        collect.help_lines = _load_help_lines(source)
    collect.finish(source)
    return page if page.id else None


def _load_terms(collect: _Collector, source: SourceFile) -> tuple[GlossaryTerm, ...]:
    """The glossary page's 'terms', each with a 'term', a 'definition' and maybe 'also'."""
    terms = []
    forms: dict[str, int] = {}  # every form of every term, folded, with the line of its term
    for line, entry in _items(source, source.meta, "terms"):
        if not isinstance(entry, LineMap):
            source.problem(line, "each term needs a 'term' and a 'definition'")
            continue
        term = field_text(source, entry, "term")
        definition = field_text(source, entry, "definition")
        also = entry.get("also", [])
        if isinstance(also, str):
            also = [also]
        if not isinstance(also, list) or not all(isinstance(a, str) and a.strip() for a in also):
            source.problem(entry.line_of("also"),
                           "'also' must be a list of other ways to write the term, "
                           "such as [rehab center]")
            also = []
        if not term:
            continue
        here = entry.line_of("term")
        if not term_slug(term):
            source.problem(here, f"term '{term}' needs at least one letter or digit from a-z, 0-9")
            continue
        earlier = collect.term_lines.get(term_slug(term))
        if earlier is not None:
            source.problem(here, f"duplicate term '{term}' (also at {earlier.path}:{earlier.line})")
            continue
        for form in (term, *also):
            key = " ".join(form.split()).casefold()
            if key in forms and forms[key] != here:
                source.problem(here, f"duplicate term '{form.strip()}' "
                                     f"(also at {source.path}:{forms[key]})")
            forms.setdefault(key, here)
        collect.term_lines[term_slug(term)] = Problem(source.path, here, "")
        terms.append(GlossaryTerm(term, tuple(" ".join(a.split()) for a in also), definition,
                                  _html(source, entry.line_of("definition"), definition, True)))
    return tuple(terms)


def _load_questions(collect: _Collector, source: SourceFile,
                    topic_ids: list[str]) -> tuple[CommonQuestion, ...]:
    """The common-questions page's 'questions', each with an id, question, answer and topic."""
    questions = []
    for line, entry in _items(source, source.meta, "questions"):
        if not isinstance(entry, LineMap):
            source.problem(line, "each question needs an 'id', a 'question' and an 'answer'")
            continue
        question_id = collect.claim_id("question", source, entry)
        question = field_text(source, entry, "question")
        answer = field_text(source, entry, "answer")
        topic_id = field_text(source, entry, "topic", required=False) or None
        if topic_id and topic_id not in topic_ids:
            if f"topic/{topic_id}" not in collect.unreadable:
                source.problem(entry.line_of("topic"), f"unknown topic id '{topic_id}' "
                                                       f"(topics: {', '.join(topic_ids)})")
            topic_id = None
        if question_id:
            questions.append(CommonQuestion(question_id, question, answer, topic_id,
                                            _html(source, entry.line_of("answer"), answer)))
    return tuple(questions)


# What each kind of statement may say about the options (see model.STATEMENT_KINDS).
_NOTES_ALLOWED = {SAFETY: (), FIT: ("fits", "rules_out"), LIFE: ("fits", "talk"),
                  VALUES: ("fits", "talk")}
_STATEMENT_FIELDS = {"id", "group", "kind", "text", "short", "fits", "talk", "rules_out",
                     "conflicts", "action", "detail", "source", "ask"}
# Fields of the first checklist format, which added up points: named, so a clinic's old file
# is told what to write instead.
_OLD_FIELDS = {
    "option": "write 'fits:' with the option id, and a 'reason' and 'source' under it",
    "weight": "the checklist adds up no points now: take 'weight' out",
    "reason": "put the reason under the option in 'fits:', 'talk:' or 'rules_out:'",
    "safety": "write 'kind: safety' and the statement's own first step in 'action:'",
}
_OLD_CHECKLIST_FIELDS = {
    "safety_message": "each safety statement has its own 'action:' and 'detail:' now",
    "safety_short": "each safety statement has its own 'action:' now",
}


def _option_notes(source: SourceFile, entry: LineMap, key: str, option_ids: list[str],
                  source_ids: set[str]) -> tuple[OptionNote, ...]:
    """``entry[key]``: for each option id, a 'reason' and a 'source' ('none' only for 'talk',
    whose reason then says what to ask)."""
    table = entry.get(key)
    if table is None:
        return ()
    if not isinstance(table, LineMap) or not table:
        source.problem(entry.line_of(key), f"'{key}' must name option ids, each with a "
                                           "'reason' and a 'source'")
        return ()
    notes = []
    for option_id, note in table.items():
        where = table.line_of(option_id)
        if option_id not in option_ids:
            source.problem(where, f"unknown option id '{option_id}' in '{key}' "
                                  f"(options: {', '.join(option_ids)})")
            continue
        if not isinstance(note, LineMap):
            source.problem(where, f"'{key}: {option_id}' needs a 'reason' and a 'source'")
            continue
        refs = _sources_of(source, note, "source", source_ids)
        if not refs and key != "talk" and field_text(source, note, "source", False):
            source.problem(note.line_of("source"), f"'{key}' needs a real source: only "
                                                   "'talk' may say 'none'")
        notes.append(OptionNote(str(option_id), field_text(source, note, "reason"), refs))
    return tuple(notes)


def _load_statement(collect: _Collector, source: SourceFile, entry: LineMap,
                    group_ids: set[str], option_ids: list[str],
                    source_ids: set[str]) -> Statement | None:
    statement_id = collect.claim_id("statement", source, entry)
    for key in entry:
        if key in _OLD_FIELDS:
            source.problem(entry.line_of(key), f"'{key}' is no longer used: {_OLD_FIELDS[key]} "
                                               "(see docs/content-format.md)")
        elif key not in _STATEMENT_FIELDS:
            source.problem(entry.line_of(key), f"unknown field '{key}' in a statement "
                                               f"(fields: {', '.join(sorted(_STATEMENT_FIELDS))})")
    group_id = field_text(source, entry, "group")
    if group_id and group_id not in group_ids:
        source.problem(entry.line_of("group"), f"unknown group id '{group_id}'")
    kind = field_text(source, entry, "kind")
    if kind and kind not in STATEMENT_KINDS:
        source.problem(entry.line_of("kind"), f"kind '{kind}' is not one of "
                                              f"{', '.join(STATEMENT_KINDS)}")
        kind = ""
    notes = {key: _option_notes(source, entry, key, option_ids, source_ids)
             for key in ("fits", "talk", "rules_out")}
    allowed = _NOTES_ALLOWED.get(kind, ())
    for key, given in notes.items():
        if given and kind and key not in allowed:
            source.problem(entry.line_of(key), f"a {kind} statement has no '{key}' "
                           f"({'only' if allowed else 'none of'} "
                           f"{', '.join(allowed) or 'fits, talk, rules_out'})")
    if kind and kind != SAFETY and not any(notes[key] for key in allowed):
        source.problem(entry.line, f"statement '{statement_id}' says nothing about any option: "
                                   f"add {' or '.join(repr(k) for k in allowed)}")
    both = ({n.option_id for n in notes["fits"]}
            & {n.option_id for n in (*notes["rules_out"], *notes["talk"])})
    for option_id in sorted(both):
        source.problem(entry.line_of("fits"), f"statement '{statement_id}' both fits "
                                              f"'{option_id}' and talks of or rules it out")
    conflicts = entry.get("conflicts", [])
    if not isinstance(conflicts, list) or not all(isinstance(c, str) for c in conflicts):
        source.problem(entry.line_of("conflicts"), "'conflicts' must be a list of statement ids")
        conflicts = []
    safety = kind == SAFETY
    if safety and "action" not in entry:
        source.problem(entry.line, f"safety statement '{statement_id}' needs an 'action': "
                                   "its own first step, shown before anything else")
    action = field_text(source, entry, "action", required=False)
    detail = field_text(source, entry, "detail", required=False)
    for key in ("action", "detail", "source"):
        if key in entry and not safety:
            source.problem(entry.line_of(key), f"only a safety statement has '{key}'")
    statement = Statement(
        statement_id, group_id, field_text(source, entry, "text"), kind,
        field_text(source, entry, "short"),
        fits=notes["fits"], talk=notes["talk"], rules_out=notes["rules_out"],
        conflicts=tuple(c.strip() for c in conflicts),
        action_html=_html(source, entry.line_of("action"), action, True) if safety else "",
        detail_html=_html(source, entry.line_of("detail"), detail, True) if safety else "",
        sources=_sources_of(source, entry, "source", source_ids, False) if safety else (),
        ask=field_text(source, entry, "ask", required=False),
    )
    return statement if statement_id and kind else None


def _check_statements(source: SourceFile, meta: LineMap, statements: list[Statement],
                      lines: dict[str, int]) -> None:
    """Conflicts name real statements, and what matters most has a group of its own."""
    by_id = {s.id: s for s in statements}
    for statement in statements:
        for other in statement.conflicts:
            if other not in by_id or other == statement.id:
                source.problem(lines[statement.id], f"statement "
                               f"'{statement.id}' conflicts with '{other}', which is "
                               f"{'itself' if other == statement.id else 'not a statement'}")
    kinds_in_group: dict[str, set[str]] = {}
    for statement in statements:
        kinds_in_group.setdefault(statement.group_id, set()).add(statement.kind == VALUES)
    for group_id, kinds in kinds_in_group.items():
        if len(kinds) > 1:
            source.problem(meta.line_of("groups"), f"group '{group_id}' mixes 'values' "
                                                   "statements with others: give what matters "
                                                   "most a group of its own")


def _load_checklist(collect: _Collector, path: Path, option_ids: list[str],
                    source_ids: set[str]) -> Checklist:
    source = collect.read(path) if path.exists() else None
    if source is None:
        return Checklist("", (), ())
    meta = source.meta
    for key, advice in _OLD_CHECKLIST_FIELDS.items():
        if key in meta:
            source.problem(meta.line_of(key), f"'{key}' is no longer used: {advice} "
                                              "(see docs/content-format.md)")
    groups = []
    for line, entry in _items(source, meta, "groups"):
        if not isinstance(entry, LineMap):
            source.problem(line, "each group needs an 'id' and a 'title'")
            continue
        group_id = collect.claim_id("checklist group", source, entry)
        groups.append(ChecklistGroup(group_id, field_text(source, entry, "title")))
    group_ids = {g.id for g in groups}
    statements, lines = [], {}
    for line, entry in _items(source, meta, "statements"):
        if not isinstance(entry, LineMap):
            source.problem(line, "each statement needs an 'id', a 'kind' and a 'text'")
            continue
        statement = _load_statement(collect, source, entry, group_ids, option_ids, source_ids)
        if statement is not None:
            statements.append(statement)
            lines[statement.id] = line
    if not statements:
        source.problem(meta.line, "the checklist has no statements")
    _check_statements(source, meta, statements, lines)
    # A contradiction goes both ways, whichever statement names it.
    named_by = {s.id: {o.id for o in statements if s.id in o.conflicts} for s in statements}
    statements = [s._replace(conflicts=tuple(sorted(set(s.conflicts) | named_by[s.id])))
                  if named_by[s.id] - set(s.conflicts) else s for s in statements]
    questions = []
    for line, entry in _items(source, meta, "ask"):
        if not isinstance(entry, str) or not entry.strip():
            source.problem(line, "each entry of 'ask' is one question, as text")
        else:
            questions.append(entry.strip())
    checklist = Checklist(_html(source, source.body_line, source.body), tuple(groups),
                          tuple(statements), tuple(questions))
    collect.finish(source)
    return checklist


def _load_help_lines(source: SourceFile) -> tuple[HelpLine, ...]:
    """The help page's 'lines': each with an id, a 'heading', a 'text' and a 'short' form.
    Those of REQUIRED_HELP_LINES must be there, each naming its number."""
    lines = []
    for line, entry in _items(source, source.meta, "lines"):
        if not isinstance(entry, LineMap):
            source.problem(line, "each help line needs an 'id', a 'heading', a 'text' and a "
                                 "'short'")
            continue
        line_id = field_text(source, entry, "id")
        text = field_text(source, entry, "text")
        short = field_text(source, entry, "short")
        if line_id in REQUIRED_HELP_LINES and line_id not in f"{text} {short}":
            source.problem(entry.line_of("text"), f"help line '{line_id}' must give the number "
                                                  f"{line_id} in its 'text' and 'short'")
        lines.append(HelpLine(line_id, field_text(source, entry, "heading"),
                              _html(source, entry.line_of("text"), text), short))
    ids = [line.id for line in lines]
    for line_id in sorted({i for i in ids if ids.count(i) > 1}):
        source.problem(source.meta.line_of("lines"), f"help line '{line_id}' is listed twice")
    for line_id in REQUIRED_HELP_LINES:
        if line_id not in ids:
            source.problem(source.meta.line_of("lines"), f"the help page has no line '{line_id}': "
                                                         "every guide must show it")
    return tuple(lines)


def _check_links(guide: Guide, collect: _Collector) -> None:
    """Report guide: links that lead nowhere, at the line they are written on."""
    for path, text in collect.texts.items():  # every file read, as it was read (not again)
        for link in guide_links(text):
            target = f"{link.kind}/{link.target}" if link.target else link.kind
            if not guide.has(link.kind, link.target) and target not in collect.unreadable:
                collect.problems.append(Problem(path, link.line,
                                                f"link to 'guide:{target}', which does not exist"))


def _check_related(guide: Guide, collect: _Collector) -> None:
    """Report 'related' entries that name no page, or the page they are on."""
    for where, value, own in collect.related:
        kind, _, target = value.partition("/")
        if kind not in RELATED_KINDS or not guide.has(kind, target):
            if value not in collect.unreadable:
                collect.problems.append(Problem(where.path, where.line,
                                                f"related page '{value}' does not exist"))
        elif value == own:
            collect.problems.append(Problem(where.path, where.line,
                                            f"related page '{value}' is this page itself"))


def _text(html: str) -> str:
    return unescape(_TAG.sub(" ", html))


def _reader_text(guide: Guide) -> str:
    """Everything a reader sees outside the glossary page, as plain text."""
    parts = [guide.title, guide.subtitle, _text(guide.home_html)]
    for option in guide.options:
        parts += [option.name, option.short, option.summary, _text(option.html)]
    for topic in guide.topics:
        parts += [topic.title, _text(topic.intro_html), *topic.questions]
        for cell in topic.cells:
            parts += [_text(cell.short_html), _text(cell.html)]
    for page in guide.pages:
        if page.id != GLOSSARY_PAGE:
            parts += [page.title, _text(page.html)]
    for question in guide.questions:
        parts += [question.question, _text(question.answer_html)]
    checklist = guide.checklist
    parts += [_text(checklist.intro_html), *(g.title for g in checklist.groups),
              *checklist.questions]
    for statement in checklist.statements:
        parts += [statement.text, statement.short, statement.ask, _text(statement.action_html),
                  _text(statement.detail_html)]
        parts += [note.text for note in (*statement.fits, *statement.talk, *statement.rules_out)]
    for line in guide.help_lines:
        parts += [line.heading, _text(line.html), line.short]
    return "\n".join(parts)


def _check_terms_used(guide: Guide, collect: _Collector) -> None:
    """Report glossary terms that no other text uses: a reader would never meet them."""
    if not guide.glossary or collect.unreadable:  # a term may be used in a file not read
        return
    used = Glossary(guide.glossary).used(_reader_text(guide))
    for term in guide.glossary:
        if term.slug not in used:
            where = collect.term_lines[term.slug]
            collect.problems.append(Problem(where.path, where.line, f"glossary term "
                                            f"'{term.term}' is defined but never used"))


def load_guide(root: Path, lang: str = "en") -> Guide:
    """Load ``root/<lang>``; raises ContentError listing every problem found."""
    folder = Path(root) / lang
    collect = _Collector()
    guide_source = collect.read(folder / "guide.md")
    if guide_source is None:
        raise ContentError(collect.problems)
    sources = _load_sources(guide_source)
    source_ids = {s.id for s in sources}

    options = [o for p in _files(folder / "options") if (o := _load_option(collect, p))]
    if not options:
        collect.problems.append(Problem(folder / "options", 1,
                                        "no options: add one file per option to this folder"))
    options.sort(key=lambda o: (o.order, o.id))
    option_ids = [o.id for o in options]
    topics = [t for p in _files(folder / "topics")
              if (t := _load_topic(collect, p, option_ids, source_ids))]
    topics.sort(key=lambda t: (t.order, t.id))
    pages = [p for path in _files(folder / "pages")
             if (p := _load_page(collect, path, [t.id for t in topics]))]
    pages.sort(key=lambda p: (p.order, p.id))
    checklist = _load_checklist(collect, folder / "checklist.md", option_ids, source_ids)
    if collect.help_lines is None and "page/help" not in collect.unreadable:
        collect.problems.append(Problem(folder / "pages" / f"{HELP_PAGE}.md", 1,
                                        "missing the help page (id 'help'): every guide must "
                                        "show the crisis lines "
                                        f"{' and '.join(REQUIRED_HELP_LINES)}"))

    meta = guide_source.meta
    guide = Guide(
        lang=lang,
        title=field_text(guide_source, meta, "title"),
        subtitle=field_text(guide_source, meta, "subtitle", required=False),
        content_date=field_text(guide_source, meta, "content_date"),
        review=field_text(guide_source, meta, "review", required=False),
        home_html=_html(guide_source, guide_source.body_line, guide_source.body),
        sources=sources,
        options=tuple(options),
        topics=tuple(topics),
        pages=tuple(pages),
        checklist=checklist,
        glossary=collect.glossary,
        questions=collect.questions,
        help_lines=collect.help_lines or (),
    )
    collect.finish(guide_source)
    _check_links(guide, collect)
    _check_related(guide, collect)
    _check_terms_used(guide, collect)
    if collect.problems:
        raise ContentError(collect.problems)
    return guide


def check_content(root: Path) -> list[Problem]:
    """Every problem in every language of ``root``; empty when the folder is sound."""
    root = Path(root)
    langs = languages(root)
    if not langs:
        return [Problem(root, 1, "no language folder with a guide.md (expected e.g. en/guide.md)")]
    problems: list[Problem] = []
    guides: dict[str, Guide] = {}
    for lang in langs:
        try:
            guides[lang] = load_guide(root, lang)
        except ContentError as error:
            problems.extend(error.problems)
    return problems + _missing_translations(root, guides)


def _ids(guide: Guide) -> dict[tuple[str, str], set[str]]:
    """Per kind, the ids every language must share, and the file that holds each kind."""
    return {
        ("option", "options/{}.md"): {o.id for o in guide.options},
        ("topic", "topics/{}.md"): {t.id for t in guide.topics},
        ("page", "pages/{}.md"): {p.id for p in guide.pages},
        ("common question", "pages/common-questions.md"): {q.id for q in guide.questions},
        ("checklist statement", "checklist.md"): {s.id for s in guide.checklist.statements},
        ("checklist group", "checklist.md"): {g.id for g in guide.checklist.groups},
        ("help line", "pages/help.md"): {line.id for line in guide.help_lines},
    }


def _missing_translations(root: Path, guides: dict[str, Guide]) -> list[Problem]:
    """Name what one language has and another lacks, so translations stay complete."""
    problems = []
    for lang, guide in guides.items():
        mine = _ids(guide)
        for other_lang, other in guides.items():
            for (kind, file_pattern), ids in _ids(other).items():
                for missing in sorted(ids - mine[(kind, file_pattern)]):
                    problems.append(Problem(root / lang / file_pattern.format(missing), 1,
                                            f"missing {kind} '{missing}', which "
                                            f"{other_lang}/ has"))
    return problems
