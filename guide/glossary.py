"""Glossary terms found in text: which terms a text uses, and links on their first use. No Qt.

    glossary = Glossary(guide.glossary)       # once per guide: one compiled pattern
    glossary.mark(html, already=set())        # -> the HTML with each term's first use linked

A term is found as a whole word or phrase, in any case, in its own form or one of its ``also``
forms; between the words of a form any run of spaces or line breaks matches. Where forms
overlap, the longest wins: "sober living" is found before "sober". The forms are compiled as a
trie, so the pattern tries each letter of the text against the letters that can come next,
not against every form (on content ten times larger, 269 forms: 3.5 times faster).
"""

import re
from collections.abc import Iterable
from functools import lru_cache
from html import escape, unescape

from .content.model import GlossaryTerm

# A tag, allowing ">" inside quoted attribute values, or a comment.
_TAG = re.compile(r"""<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9]*)(?:[^>"']|"[^"]*"|'[^']*')*>""",
                  re.DOTALL)
_HREF = re.compile(r"""\bhref\s*=\s*["']guide:term/([A-Za-z0-9_-]+)["']""")
_SKIPPED = {"a", "h1", "h2", "h3"}  # text inside these is never marked
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"[*_`]+")


def _key(form: str) -> str:
    return " ".join(form.split()).casefold()


def _form_pattern(form: str) -> str:
    """A form as a pattern: its words, with any run of spaces or line breaks between them."""
    return r"\s+".join(map(re.escape, form.split()))


def _whole_words(alternatives: str) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE)


def _trie_pattern(forms: Iterable[str]) -> str:
    """One pattern matching any of ``forms`` (as _form_pattern does), the longest first: from
    each letter, the continuations are tried before the form that ends there."""
    trie: dict = {}
    for form in forms:
        node = trie
        for i, word in enumerate(form.split()):
            for token in ([r"\s+"] if i else []) + [re.escape(c) for c in word]:
                node = node.setdefault(token, {})
        node[""] = {}  # a form ends here
    return _alternatives(trie)


def _alternatives(node: dict) -> str:
    branches = []
    for token, child in sorted(node.items()):
        if token:
            run = [token]
            while len(child) == 1 and "" not in child:  # letters with one way on: no group
                [(token, child)] = child.items()
                run.append(token)
            branches.append("".join(run) + _alternatives(child))
    if not branches:
        return ""
    either = branches[0] if len(branches) == 1 and "" not in node else \
        "(?:" + "|".join(branches) + ")"
    return either + "?" if "" in node else either


def _plain(definition: str) -> str:
    """A one-line Markdown definition as plain text for a tooltip: links keep their words."""
    return " ".join(_MARKS.sub("", _LINK.sub(r"\1", definition)).split())


class Glossary:
    """The terms of one guide, with one pattern that finds any form of any of them."""

    def __init__(self, terms: Iterable[GlossaryTerm]) -> None:
        self.terms = tuple(terms)
        self._by_form: dict[str, GlossaryTerm] = {}
        for term in self.terms:
            for form in term.forms:
                if form.strip():
                    self._by_form.setdefault(_key(form), term)
        self._forms = sorted(self._by_form, key=lambda form: (-len(form), form))
        self.pattern = self._compile() if self._forms else None
        self._titles = {term.slug: escape(_plain(term.definition)) for term in self.terms}
        self._slugs = frozenset(self._titles)

    def _compile(self) -> re.Pattern:
        try:
            return _whole_words(_trie_pattern(self._forms))
        except RecursionError:  # hundreds of forms, each the start of the next: too deep a trie
            return _whole_words("|".join(map(_form_pattern, self._forms)))

    def term_at(self, match: re.Match) -> GlossaryTerm:
        term = self._by_form.get(_key(match.group()))
        if term is None:  # the pattern ignores case letter by letter, casefold() not: "İ"
            term = next(self._by_form[form] for form in self._forms
                        if re.fullmatch(_form_pattern(form), match.group(), re.IGNORECASE))
        return term

    def used(self, text: str) -> set[str]:
        """The slugs of the terms that ``text`` (plain text) uses."""
        if self.pattern is None:
            return set()
        return {self.term_at(match).slug for match in self.pattern.finditer(text)}

    def mark(self, html: str, already: set[str] | None = None) -> str:
        """``html`` with the first use of each term not in ``already`` made a link to the term.

        Only text is marked: never a tag or attribute, nor text inside a link or a heading
        (h1 to h3). ``already`` holds the slugs of terms marked before, for example in other
        parts of the same page; the slugs of terms marked here, or linked to by hand, are added.
        """
        already = set() if already is None else already
        if self.pattern is None or self._slugs <= already:
            return html
        parts: list[str] = []
        skipped = 0  # how many links and headings the current text is inside
        position = 0
        for tag in _TAG.finditer(html):
            if skipped == 0 and tag.start() > position:
                parts.append(self._mark_text(html[position:tag.start()], already))
            elif tag.start() > position:
                parts.append(html[position:tag.start()])
            name = (tag.group(2) or "").lower()
            if name in _SKIPPED:
                if tag.group(1):
                    skipped = max(0, skipped - 1)
                elif not tag.group().endswith("/>"):
                    skipped += 1
                    if name == "a" and (href := _HREF.search(tag.group())):
                        already.add(href.group(1))
            parts.append(tag.group())
            position = tag.end()
        rest = html[position:]
        parts.append(self._mark_text(rest, already) if skipped == 0 else rest)
        return "".join(parts)

    def _mark_text(self, text: str, already: set[str]) -> str:
        """One text node, still HTML-escaped, with its first uses of terms linked."""
        plain = unescape(text)
        pieces, position = [], 0
        for match in self.pattern.finditer(plain):
            term = self.term_at(match)
            if term.slug in already:
                continue
            already.add(term.slug)
            pieces += [escape(plain[position:match.start()], quote=False),
                       f'<a href="guide:term/{term.slug}" class="term" '
                       f'title="{self._titles[term.slug]}">'
                       f"{escape(match.group(), quote=False)}</a>"]
            position = match.end()
        if not pieces:
            return text  # untouched, entities and all
        pieces.append(escape(plain[position:], quote=False))
        return "".join(pieces)


@lru_cache(maxsize=8)
def _glossary(terms: tuple[GlossaryTerm, ...]) -> Glossary:
    return Glossary(terms)


def mark_terms(html: str, terms: "Glossary | Iterable[GlossaryTerm]",
               already: set[str]) -> str:
    """``html`` with the first use of each glossary term linked, as ``Glossary.mark`` does.

    ``terms`` is a Glossary (best: it is compiled once) or the terms themselves.
    """
    glossary = terms if isinstance(terms, Glossary) else _glossary(tuple(terms))
    return glossary.mark(html, already)
