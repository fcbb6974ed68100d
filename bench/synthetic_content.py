"""A content folder 10 times the bundled one, written to disk in the documented format.

The text is bench/search.py's `synthetic_guide(scale)` (5 options, 6 x scale topics, 20 x scale
statements, 21 x scale glossary terms, 9 x scale common questions), written out as
en/guide.md, en/options/*.md, en/topics/*.md, en/pages/*.md (help, about, glossary,
common-questions and the rest) and en/checklist.md, with the few things the model leaves out
(topic questions and related pages) drawn from the same generator. The same scale always
writes the same files, and the folder passes `python main.py --check-content FOLDER`.

Write one with: python -m bench.synthetic_content FOLDER [SCALE]
"""

import random
import sys
from pathlib import Path

import yaml

from bench.search import _pseudo_words, _Writer, synthetic_guide
from guide.content.model import GLOSSARY_PAGE, HELP_PAGE, QUESTIONS_PAGE, Guide

ICONS = ("after", "cost", "daily-life", "duration", "goals", "living", "staff", "structure",
         "therapies", "visits", "who-for")
SOURCE = "A: Introduction"
# The first two made-up pages become the pages every guide has.
RENAMED = {"page-0": ("help", "Get help now"), "page-1": ("about", "About this guide")}
TERMS_PER_LINE = 12


def _file(path: Path, meta: dict, body: str) -> None:
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1_000_000)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front}---\n{body.strip()}\n", encoding="utf-8")


def _distinct_terms(guide: Guide) -> list[dict]:
    """The glossary entries, dropping any 'also' form that another term already uses (the
    checker allows no word or phrase in two terms)."""
    taken = {" ".join(t.term.split()).casefold() for t in guide.glossary}
    entries = []
    for term in guide.glossary:
        entry = {"term": term.term}
        also = []
        for form in term.also:
            key = " ".join(form.split()).casefold()
            if key not in taken:
                taken.add(key)
                also.append(form)
        if also:
            entry["also"] = also
        entry["definition"] = term.definition
        entries.append(entry)
    return entries


def _terms_lines(guide: Guide) -> list[str]:
    """Sentences naming every glossary term (the checker wants each used somewhere). Terms are
    kept apart by ';', so a longer term never swallows a listed one."""
    terms = [t.term for t in guide.glossary]
    return [f"Words to know: {'; '.join(terms[n:n + TERMS_PER_LINE])}."
            for n in range(0, len(terms), TERMS_PER_LINE)]


def write_content(folder: Path, scale: int = 10) -> Path:
    """Write the synthetic guide at ``scale`` into ``folder`` (made if needed); returns it."""
    guide = synthetic_guide(scale)
    # The same made-up words as the model (its first draws), then a generator of its own.
    write = _Writer(random.Random(1000 + scale), _pseudo_words(random.Random(scale), 400 * scale))
    en = Path(folder) / "en"
    options = [o.id for o in guide.options]
    topics = [t.id for t in guide.topics]

    _file(en / "guide.md", {
        "title": guide.title,
        "subtitle": "A made-up guide ten times the size of the real one.",
        "content_date": guide.content_date,
        "review": write.sentence(),
        "sources": {s.id: {"title": s.title, "publisher": s.publisher} for s in guide.sources},
    }, f"{write.text(60)} You can [compare them](guide:compare) side by side. "
       f"If you need help right now, go to [Get help now](guide:page/help).")

    for n, option in enumerate(guide.options):
        _file(en / "options" / f"{option.id}.md", {
            "id": option.id, "name": option.name, "short": option.short,
            "summary": option.summary, "order": option.order,
            "related": [f"option/{options[(n + 1) % len(options)]}",
                        f"topic/{topics[n * 11 % len(topics)]}"],
        }, option.body)

    for n, topic in enumerate(guide.topics):
        related = [f"topic/{topics[(n + step) % len(topics)]}" for step in (1, 2, 3)]
        _file(en / "topics" / f"{topic.id}.md", {
            "id": topic.id, "title": topic.title, "order": topic.order,
            "icon": ICONS[n % len(ICONS)],
            "cells": {cell.option_id: {"short": cell.short, "source": SOURCE}
                      for cell in topic.cells},
            "questions": [write.sentence(6, 12)[:-1] + "?" for _ in range(1 + n % 3)],
            "related": related[:2 + n % 2],
        }, "\n\n".join(f"## {cell.option_id}\n{cell.body}" for cell in topic.cells))

    plain = [p for p in guide.pages if p.id not in (GLOSSARY_PAGE, QUESTIONS_PAGE)]
    words_to_know = _terms_lines(guide)
    for n, page in enumerate(plain):
        page_id, title = RENAMED.get(page.id, (page.id, page.title))
        extra = "\n\n".join(words_to_know[n::len(plain)])
        meta = {"id": page_id, "title": title, "order": page.order + 1}
        if page_id == HELP_PAGE:
            meta["lines"] = [{"id": line.id, "heading": line.heading,
                              "text": line.html.removeprefix("<p>").removesuffix("</p>"),
                              "short": line.short} for line in guide.help_lines]
        _file(en / "pages" / f"{page_id}.md", meta, f"{page.body}\n\n{extra}")
    glossary = guide.page(GLOSSARY_PAGE)
    _file(en / "pages" / f"{GLOSSARY_PAGE}.md", {
        "id": GLOSSARY_PAGE, "title": glossary.title, "order": glossary.order + 1,
        "terms": _distinct_terms(guide),
    }, glossary.body)
    questions = guide.page(QUESTIONS_PAGE)
    _file(en / "pages" / f"{QUESTIONS_PAGE}.md", {
        "id": QUESTIONS_PAGE, "title": questions.title, "order": questions.order + 1,
        "questions": [{"id": q.id, "question": q.question, "answer": q.answer,
                       **({"topic": q.topic_id} if q.topic_id else {})}
                      for q in guide.questions],
    }, questions.body)

    checklist = guide.checklist
    _file(en / "checklist.md", {
        "groups": [{"id": g.id, "title": g.title} for g in checklist.groups],
        "statements": [{"id": s.id, "group": s.group_id, "kind": s.kind, "text": s.text,
                        "short": s.short,
                        **{key: {n.option_id: {"reason": n.text, "source": SOURCE}
                                 for n in getattr(s, key)}
                           for key in ("fits", "talk") if getattr(s, key)}}
                       for s in checklist.statements],
    }, write.text(40))
    return Path(folder)


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: python -m bench.synthetic_content FOLDER [SCALE]")
    print(write_content(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) == 3 else 10))
