"""Full-text search over a Guide: built once, then answers each keystroke in a few milliseconds.

No Qt. Text is *folded* (lower case, accents and punctuation removed) and each word is *stemmed*
(a tiny plural stripper for English and Spanish), so "Médicos", "medico" and "médico" meet.
A query word matches a document word when the document word, or its stem, starts with the
query word's stem: typing "visi" already finds "visits", and "famili" (on the way to "families")
finds "family". Every query word must match somewhere in a document for it to be a hit.
Documents are options, topics (a hit in one option's cell opens that cell), common questions,
glossary terms (every form of a term is a title), pages and checklist statements.

    index = SearchIndex(guide)          # once per guide
    index.search("visits")              # -> [Hit(kind="topic", location="guide:topic/visits"...
"""

import html
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

from .content.model import HELP_PAGE, QUESTIONS_PAGE, Guide
from .content.plain import plain_text as html_to_text

# Also the order of equally scored hits: a common question right after the topics, as it answers
# what people ask; a glossary term before the pages, as it names one thing.
KINDS = ("option", "topic", "question", "term", "page", "statement")
TITLE, SHORT, BODY = 10, 3, 1  # a query word scores the weight of the best field it is found in
SNIPPET_CHARS = 120
SNIPPET_LEAD = 40  # characters of context shown before the first match

_WORD = re.compile(r"[^\W_]+")  # letters and digits; what fold() keeps between its spaces
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_LIST_ITEM = re.compile(r"^\s*(?:[-+*]|\d+[.)])\s+")
_MARKS = re.compile(r"[#*_`]+")
_END = re.compile(r"[.!?:;,]$")
_LAST = "\U0010ffff"  # sorts after every character a folded term can hold


def fold(text: str) -> str:
    """Lower case, without accents, with punctuation turned into spaces: "Médico!" -> "medico"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c if c.isalnum() else "" if unicodedata.combining(c) else " "
                   for c in decomposed)
    return " ".join(kept.split())


def stem(word: str) -> str:
    """A folded word without its plural ending, so that a plural and its singular meet.

    - 3 letters or fewer, or ending in "ss", "us" or "is" (class, status, crisis): unchanged;
    - "-ies" -> "-y": families -> family;
    - "-es" dropped when 4 letters or more remain: opciones -> opcion, classes -> class;
    - otherwise "-s" dropped: visits -> visit, medicos -> medico, times -> time.

    The result need not be a word ("houses" -> "hous"); the index also keeps every word as
    written, so a singular query ("house") still finds the plural by its beginning.
    """
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("es") and len(word) >= 6:
        return word[:-2]
    return word[:-1]


def plain_text(markdown: str) -> str:
    """Markdown as one line of readable text: links keep their words, marks and tags go."""
    lines = []
    for line in markdown.splitlines():
        heading = line.lstrip().startswith("#")
        item = bool(_LIST_ITEM.match(line))
        line = _LIST_ITEM.sub("", _TAG.sub("", _LINK.sub(r"\1", line)))
        line = " ".join(_MARKS.sub("", line).split())
        if not line:
            continue
        if (heading or item) and not _END.search(line):
            line += "." if heading else ";"
        lines.append(line)
    return " ".join(lines)


def query_words(query: str) -> list[tuple[str, ...]]:
    """For each distinct word of ``query``, the prefixes that a matching word starts with.

    That is the word's stem and, as the word may be a plural still being typed, the stems of
    the word with "s" and with "es" added: "famili" also finds "family", "opcione" "opción".
    """
    words = []
    for word in fold(query).split():
        forms = {stem(word)} if word.endswith("s") else {
            stem(word), stem(word + "s"), stem(word + "es")}
        # a form that starts with another form adds nothing to it
        prefixes = tuple(sorted(form for form in forms
                                if not any(form != other and form.startswith(other)
                                           for other in forms)))
        if prefixes not in words:
            words.append(prefixes)
    return words


@dataclass(frozen=True)
class Hit:
    kind: str  # one of KINDS
    title: str
    location: str  # a guide: URL, e.g. "guide:compare/cost#iop" or "guide:term/relapse"
    snippet: str  # HTML-escaped text around the first match, matched words in <mark>
    score: float


@dataclass(frozen=True)
class _Field:
    text: str  # plain text, as shown in snippets
    weight: int
    cell: int | None  # a topic's cell index, for the fields of one option's cell
    label: bool  # a title or a short name: shown as the hit's title, never as its snippet
    words: tuple[tuple[int, int, str, str], ...]  # (start, end, folded word, stem) in text


@dataclass(frozen=True)
class _Doc:
    kind: str
    title: str
    location: str
    target: str  # the id used in a compare location
    fields: tuple[_Field, ...]
    levels: tuple[tuple[int, int], ...]  # (weight, mask of fields with it), heaviest first
    label_mask: int  # the fields that name the document
    cells: tuple[tuple[str, int], ...]  # a topic's (option id, mask of its cell's fields)
    order: tuple[int, str]  # kind, folded title: how equally scored hits are ordered

    def best(self, mask: int) -> int:
        """The weight of the heaviest field in ``mask``."""
        for weight, fields in self.levels:
            if mask & fields:
                return weight
        return 0


def _words(text: str) -> tuple[tuple[int, int, str, str], ...]:
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        for token in [word.lower()] if word.isascii() else fold(word).split():
            found.append((match.start(), match.end(), token, stem(token)))
    return tuple(found)


def _doc(kind: str, title: str, location: str, target: str, labels: list[tuple[str, int]],
         fields: list[tuple[str, int, int | None]], cell_ids: tuple[str, ...] = ()) -> _Doc:
    """A document from its (text, weight) labels and (plain text, weight, cell index) fields."""
    specs = [(text, weight, None, True) for text, weight in labels]
    specs += [(text, weight, cell, False) for text, weight, cell in fields]
    built = []
    for text, weight, cell, label in specs:
        text = unicodedata.normalize("NFC", text)  # an accent typed as a separate mark joins
        if text:
            built.append(_Field(text, weight, cell, label, _words(text)))
    levels: dict[int, int] = {}
    for index, field in enumerate(built):
        levels[field.weight] = levels.get(field.weight, 0) | 1 << index
    label_mask = sum(1 << index for index, field in enumerate(built) if field.label)
    cells = tuple((option_id, sum(1 << i for i, f in enumerate(built) if f.cell == number))
                  for number, option_id in enumerate(cell_ids))
    return _Doc(kind, title, location, target, tuple(built),
                tuple(sorted(levels.items(), reverse=True)), label_mask, cells,
                (KINDS.index(kind), fold(title)))


def _documents(guide: Guide) -> list[_Doc]:
    docs = []
    for option in guide.options:
        docs.append(_doc("option", option.name, f"guide:option/{option.id}", option.id,
                         [(option.name, TITLE), (option.short, SHORT)],
                         [(option.summary, SHORT, None), (plain_text(option.body), BODY, None)]))
    for topic in guide.topics:
        fields: list[tuple[str, int, int | None]] = []
        for number, cell in enumerate(topic.cells):
            fields += [(plain_text(cell.short), SHORT, number),
                       (plain_text(cell.body), BODY, number)]
        option_ids = tuple(cell.option_id for cell in topic.cells)
        docs.append(_doc("topic", topic.title, f"guide:topic/{topic.id}", topic.id,
                         [(topic.title, TITLE)], fields, option_ids))
    for question in guide.questions:
        # Opening a question shows the comparison row that answers it, else the questions page.
        target = question.topic_id or QUESTIONS_PAGE
        location = f"guide:compare/{target}" if question.topic_id else f"guide:page/{target}"
        docs.append(_doc("question", question.question, location, target,
                         [(question.question, TITLE)],
                         [(plain_text(question.answer), BODY, None)]))
    for term in guide.glossary:
        docs.append(_doc("term", term.term, f"guide:term/{term.slug}", term.slug,
                         [(form, TITLE) for form in term.forms],
                         [(plain_text(term.definition), BODY, None)]))
    # The glossary and common-questions pages are indexed as the rest: their body is only their
    # introduction, as the loader keeps their terms and questions apart (indexed above).
    # So is the help page, whose lines are kept apart too.
    lines = {HELP_PAGE: [f"{line.heading}. {html_to_text(line.html)}"
                         for line in guide.help_lines]}
    for page in guide.pages:
        bodies = [plain_text(page.body), *lines.get(page.id, ())]
        docs.append(_doc("page", page.title, f"guide:page/{page.id}", page.id,
                         [(page.title, TITLE)], [(body, BODY, None) for body in bodies]))
    for statement in guide.checklist.statements:
        notes = (*statement.fits, *statement.talk, *statement.rules_out)
        docs.append(_doc("statement", statement.text, "guide:checklist", statement.id,
                         [(statement.text, TITLE)], [(n.text, BODY, None) for n in notes]))
    return docs


def _matches(word: tuple[int, int, str, str], prefixes: tuple[str, ...]) -> bool:
    return word[2].startswith(prefixes) or word[3].startswith(prefixes)


def _snippet(field: _Field, prefixes: tuple[str, ...]) -> str:
    """About SNIPPET_CHARS characters of ``field`` from just before its first match."""
    text, words = field.text, field.words
    first = next((w for w in words if _matches(w, prefixes)), None)
    start = 0
    if first is not None and first[0] > SNIPPET_LEAD:
        start = text.find(" ", first[0] - SNIPPET_LEAD, first[0]) + 1 or first[0]
    end = len(text)
    if end - start > SNIPPET_CHARS:
        end = text.rfind(" ", start, start + SNIPPET_CHARS)
        if end <= (first[1] if first else start):
            end = start + SNIPPET_CHARS
    parts = ["…"] if start else []
    position = start
    for word in words:
        if word[1] > end:
            break
        if word[0] < position or not _matches(word, prefixes):
            continue  # before the window, a second token of the same word, or no match
        parts += [html.escape(text[position:word[0]], quote=False), "<mark>",
                  html.escape(text[word[0]:word[1]], quote=False), "</mark>"]
        position = word[1]
    parts.append(html.escape(text[position:end], quote=False))
    if end < len(text):
        parts.append("…")
    return "".join(parts)


class SearchIndex:
    """Every option, topic, common question, glossary term, page and checklist statement of a
    guide, ready to search."""

    def __init__(self, guide: Guide) -> None:
        self._docs = _documents(guide)
        postings: dict[str, dict[int, int]] = {}
        for number, doc in enumerate(self._docs):
            for index, field in enumerate(doc.fields):
                bit = 1 << index
                for _, _, token, root in field.words:
                    for term in (token, root):
                        found = postings.setdefault(term, {})
                        found[number] = found.get(number, 0) | bit
        self._terms = sorted(postings)  # every distinct word and stem, for prefix look-ups
        self._postings = [tuple(postings[term].items()) for term in self._terms]

    def __len__(self) -> int:
        return len(self._docs)

    def _found(self, prefixes: tuple[str, ...]) -> dict[int, int]:
        """Document number -> mask of its fields with a word that starts with one of
        ``prefixes``."""
        found: dict[int, int] = {}
        for prefix in prefixes:
            low = bisect_left(self._terms, prefix)
            high = bisect_left(self._terms, prefix + _LAST, low)
            for postings in self._postings[low:high]:
                for number, mask in postings:
                    found[number] = found.get(number, 0) | mask
        return found

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        """The best ``limit`` hits for ``query``, best first; every query word must match."""
        words = query_words(query)
        if not words or limit <= 0:
            return []
        per_word = []
        for prefixes in words:
            found = self._found(prefixes)
            if not found:
                return []
            per_word.append(found)
        per_word.sort(key=len)
        ranked = []
        for number in per_word[0]:
            if all(number in found for found in per_word[1:]):
                masks = [found[number] for found in per_word]
                doc = self._docs[number]
                ranked.append((-sum(doc.best(mask) for mask in masks), doc.order, number, masks))
        ranked.sort(key=lambda entry: entry[:3])
        every_prefix = tuple(prefix for prefixes in words for prefix in prefixes)
        return [self._hit(self._docs[number], masks, every_prefix, -negative)
                for negative, _, number, masks in ranked[:limit]]

    def _hit(self, doc: _Doc, masks: list[int], prefixes: tuple[str, ...], score: int) -> Hit:
        location, allowed = doc.location, ~doc.label_mask
        if doc.cells and not all(mask & doc.label_mask for mask in masks):
            # Not a match for the topic's title: if one option's cell holds every word, open it.
            best = max(((sum(doc.best(mask & cell) for mask in masks), -number)
                        for number, (_, cell) in enumerate(doc.cells)
                        if all(mask & cell for mask in masks)), default=None)
            if best is not None:
                option_id, allowed = doc.cells[-best[1]]
                location = f"guide:compare/{doc.target}#{option_id}"
        candidates = [(sum(1 for mask in masks if mask & 1 << index), field.weight, -index)
                      for index, field in enumerate(doc.fields) if allowed & 1 << index]
        matched = [c for c in candidates if c[0]]
        if matched:
            snippet = _snippet(doc.fields[-max(matched)[2]], prefixes)
        elif candidates:  # only the title matched: show the start of the first other text
            snippet = _snippet(doc.fields[-candidates[0][2]], ())
        else:
            snippet = ""
        return Hit(doc.kind, doc.title, location, snippet, float(score))
