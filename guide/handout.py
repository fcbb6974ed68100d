"""The take-home summary: one HTML document, in Qt's rich-text subset, for print and PDF,
and the same in plain text. No Qt.

Every word the handout adds to the content is in ``TEXT``, marked for Qt's translation tools
and translated through ``tr`` (see guide.i18n); the help lines, safety actions and questions
to ask come from the content. TEXT values hold no markup (content strings are escaped before
they go in); the ``qr_`` ones are for the QR code.
"""

import math
import re
from collections.abc import Sequence
from html import escape
from typing import NamedTuple

from .checklist import Result
from .content.model import HELP_PAGE, Guide
from .content.plain import plain_text
from .explain import explain, explanation_html, explanation_text, safety_html
from .i18n import QT_TRANSLATE_NOOP, Translate, untranslated

# The name the QR image goes by in the HTML; whoever shows the HTML registers an image under it
# (Qt rich text cannot show inline SVG).
QR_RESOURCE = "qr.png"
QR_WIDTH_PX = 132  # CSS pixels at 96 per inch: 3.5 cm on paper, at the least
# A module printed smaller than about 1/3 mm is hard for a phone camera: a code that holds many
# answers is printed larger (CSS pixels a module, at 96 per inch).
QR_MODULE_PX = 1.25

CONTEXT = "Handout"  # the translation context of TEXT
READINESS_KEYS = ("sure", "informed", "values", "support")

TEXT: dict[str, str] = {  # key -> English, marked for pyside6-lupdate
    "title": QT_TRANSLATE_NOOP("Handout", "Your take-home summary"),
    "made_on": QT_TRANSLATE_NOOP("Handout", "Made on {date}."),
    "not_advice": QT_TRANSLATE_NOOP(
        "Handout",
        "This sheet is a discussion aid for a talk with a counselor or doctor. It is not "
        "medical advice."),
    "safety_heading": QT_TRANSLATE_NOOP("Handout", "Important for your safety"),
    "compare_heading": QT_TRANSLATE_NOOP("Handout", "The options side by side"),
    "topic": QT_TRANSLATE_NOOP("Handout", "Topic"),
    "answers_heading": QT_TRANSLATE_NOOP("Handout", "What you ticked"),
    "pen_heading": QT_TRANSLATE_NOOP("Handout", "Your checklist"),
    "pen_intro": QT_TRANSLATE_NOOP(
        "Handout",
        "Use a pen. Tick each sentence that is true for you. Then talk about your answers "
        "with a counselor or doctor."),
    "pen_safety": QT_TRANSLATE_NOOP(
        "Handout",
        "If you tick a sentence about your safety, please read this now"),
    "box": QT_TRANSLATE_NOOP("Handout", "☐"),
    "questions_heading": QT_TRANSLATE_NOOP("Handout", "Questions to ask a program"),
    "questions_intro": QT_TRANSLATE_NOOP(
        "Handout",
        "Take these questions with you when you call or visit a program."),
    "questions_yours": QT_TRANSLATE_NOOP("Handout", "Based on your answers"),
    "questions_all": QT_TRANSLATE_NOOP("Handout", "For any program"),
    "ready_heading": QT_TRANSLATE_NOOP("Handout", "Ready to decide?"),
    "ready_sure": QT_TRANSLATE_NOOP("Handout", "Do you feel sure about the best choice for you?"),
    "ready_informed": QT_TRANSLATE_NOOP(
        "Handout",
        "Do you know the good and hard parts of each option?"),
    "ready_values": QT_TRANSLATE_NOOP(
        "Handout",
        "Do you know which good and hard parts matter most to you?"),
    "ready_support": QT_TRANSLATE_NOOP(
        "Handout",
        "Do you have enough support and advice to make a choice?"),
    "yes": QT_TRANSLATE_NOOP("Handout", "Yes"),
    "no": QT_TRANSLATE_NOOP("Handout", "No"),
    "not_answered": QT_TRANSLATE_NOOP("Handout", "No answer"),
    "ready_all": QT_TRANSLATE_NOOP(
        "Handout",
        "You said yes to all 4. Take this sheet with you when you talk with a counselor or "
        "doctor."),
    "ready_not_yet": QT_TRANSLATE_NOOP(
        "Handout",
        "You said yes to {count} of 4. That is common. It may help to talk it through with a "
        "counselor before you decide."),
    "qr_caption": QT_TRANSLATE_NOOP(
        "Handout",
        "Scan this code with a phone camera to keep a short copy of your answers and the "
        "help lines. It works without the internet."),
    "content_date": QT_TRANSLATE_NOOP(
        "Handout",
        "The facts in this guide were last checked on {date}."),
    "sources_heading": QT_TRANSLATE_NOOP("Handout", "Where the facts come from"),
    "source": QT_TRANSLATE_NOOP("Handout", "Article {id}: “{title}”, by {publisher}."),
    # The QR code's plain text (see guide.qr): short, so the code stays easy to scan.
    "qr_title": QT_TRANSLATE_NOOP("Handout", "Care Choices: my answers"),
    "qr_nothing": QT_TRANSLATE_NOOP("Handout", "Nothing ticked"),
}

def translated(tr: Translate = untranslated) -> dict[str, str]:
    """TEXT in the current language."""
    return {key: tr(CONTEXT, value) for key, value in TEXT.items()}


_LI = '<li style="margin-bottom: 3px">'
_H2 = '<h2 style="margin-top: 14px; margin-bottom: 6px">'
_H3 = '<h3 style="margin-top: 10px; margin-bottom: 4px">'


class Part(NamedTuple):
    """One section of the handout, as HTML for the sheet and as plain lines for the text
    summary: built together, so the two say the same in the same order."""

    html: str
    text: tuple[str, ...]


def _heading(title: str) -> Part:
    return Part(f"{_H2}{escape(title)}</h2>", ("", title, "-" * len(title)))


def program_questions(guide: Guide, result: Result) -> tuple[list[str], list[str]]:
    """(questions chosen by the answers, questions for any program), without repeats."""
    chosen = list(dict.fromkeys(s.ask for s in result.ticked if s.ask))
    return chosen, [q for q in guide.checklist.questions if q not in chosen]


def _comparison_table(guide: Guide, text: dict[str, str], breaks: Sequence[int] = ()) -> Part:
    """All options as columns, all topics as rows; a new table (with the header again) on a new
    page before each topic index in ``breaks``."""
    option_width = (100 - 22) // max(len(guide.options), 1)
    head = "".join(f'<th width="{option_width}%" align="left">{escape(o.name)}</th>'
                   for o in guide.options)
    starts = sorted({0, *(b for b in breaks if 0 < b < len(guide.topics))})
    parts = []
    for start, end in zip(starts, [*starts[1:], len(guide.topics)], strict=True):
        page_break = "; page-break-before: always" if start else ""
        parts.append(f'<table border="1" cellspacing="0" cellpadding="5" width="100%" '
                     f'style="border-collapse: collapse; border-color: #777777{page_break}">'
                     f'<thead><tr bgcolor="#e8e8e8"><th width="22%" align="left">'
                     f'{text["topic"]}</th>{head}</tr></thead>')
        for topic in guide.topics[start:end]:
            cells = "".join(f"<td>{topic.cell(o.id).short_html}</td>" for o in guide.options)
            parts.append(f"<tr><td><b>{escape(topic.title)}</b></td>{cells}</tr>")
        parts.append("</table>")
    lines = []
    for topic in guide.topics:
        lines.append(f"{topic.title}:")
        lines += [f"  {o.name}: {plain_text(topic.cell(o.id).short_html)}"
                  for o in guide.options]
    return Part("".join(parts), tuple(lines))


def _pen_checklist(guide: Guide, text: dict[str, str]) -> Part:
    html = [f"<p>{text['pen_intro']}</p>"]
    lines = [text["pen_intro"]]
    for group in guide.checklist.groups:
        statements = guide.checklist.in_group(group.id)
        if not statements:
            continue
        # A table, so that a long sentence wraps beside its box rather than under it.
        html.append(f'{_H3}{escape(group.title)}</h3><table border="0" cellspacing="0" '
                    'cellpadding="3" width="100%">')
        html += [f'<tr><td width="6%" valign="top"><span style="font-size: 16pt">'
                 f'{text["box"]}</span></td><td valign="middle">{escape(s.text)}</td></tr>'
                 for s in statements]
        html.append("</table>")
        lines += ["", f"{group.title}:", *(f"  {text['box']} {s.text}" for s in statements)]
    safety = [s for s in guide.checklist.statements if s.safety]
    if safety:
        html.append(f"{_H3}{text['pen_safety']}</h3>")
        html.append(_box("".join(f"<p><b>{escape(s.text)}</b><br>{s.action_html}</p>"
                                 for s in safety)))
        lines += ["", f"{text['pen_safety']}:",
                  *(f"  {s.text} {plain_text(s.action_html)}" for s in safety)]
    return Part("".join(html), tuple(lines))


def _box(inner: str) -> str:
    """A framed block: a one-cell table, the one frame Qt's rich text draws reliably."""
    return ('<table border="1" cellspacing="0" cellpadding="8" width="100%" '
            f'style="border-collapse: collapse; border-color: #555555"><tr><td>{inner}'
            "</td></tr></table>")


def _questions(guide: Guide, result: Result, text: dict[str, str]) -> Part:
    chosen, general = program_questions(guide, result)
    html = [f"<p>{text['questions_intro']}</p>"]
    lines = [text["questions_intro"]]
    for heading, questions in ((text["questions_yours"], chosen),
                               (text["questions_all"] if chosen else "", general)):
        if not questions:
            continue
        if heading:
            html.append(f"{_H3}{heading}</h3>")
            lines.append(f"{heading}:")
        html.append("<ul>" + "".join(f"{_LI}{escape(q)}</li>" for q in questions) + "</ul>")
        lines += [f"  - {q}" for q in questions]
    return Part("".join(html), tuple(lines))


def _readiness(readiness: dict[str, bool], text: dict[str, str]) -> Part:
    unknown = sorted(set(readiness) - set(READINESS_KEYS))
    if unknown:
        raise ValueError(f"unknown readiness key(s): {', '.join(unknown)}")
    rows, lines = [], []
    for key in READINESS_KEYS:
        answer = readiness.get(key)
        word = text["not_answered"] if answer is None else text["yes" if answer else "no"]
        rows.append(f'<tr><td>{text["ready_" + key]}</td><td width="18%"><b>{word}</b></td></tr>')
        lines.append(f"  {text['ready_' + key]} {word}")
    yes = sum(readiness.get(key) is True for key in READINESS_KEYS)
    advice = (text["ready_all"] if yes == len(READINESS_KEYS)
              else text["ready_not_yet"].format(count=yes))
    return Part(f'<table border="0" cellspacing="0" cellpadding="3" width="100%">'
                f'{"".join(rows)}</table><p>{advice}</p>', (*lines, advice))


def _help(guide: Guide, qr_svg: str | None, text: dict[str, str]) -> Part:
    lines = "".join(f"<p><b>{escape(line.heading)}</b><br>{line.html}</p>"
                    for line in guide.help_lines)
    plain = tuple(f"{line.heading}: {plain_text(line.html)}" for line in guide.help_lines)
    if not qr_svg:
        return Part(lines, plain)
    size = max(QR_WIDTH_PX, math.ceil(qr_modules(qr_svg) * QR_MODULE_PX))
    qr = (f'<img src="{QR_RESOURCE}" width="{size}" height="{size}">'
          f'<p><i>{text["qr_caption"]}</i></p>')
    return Part('<table border="0" cellspacing="0" cellpadding="0" width="100%"><tr>'
                f'<td valign="top">{lines}</td>'
                f'<td width="30%" valign="top" align="center">{qr}</td></tr></table>', plain)


def qr_modules(svg: str) -> int:
    """How many modules wide the code is, quiet zone included (its SVG is 1 unit a module)."""
    found = re.search(r'width="(\d+)"', svg)
    return int(found.group(1)) if found else 0


def _sources(guide: Guide, text: dict[str, str]) -> Part:
    sources = [text["source"].format(id=escape(s.id), title=escape(s.title),
                                     publisher=escape(s.publisher)) for s in guide.sources]
    dated = (f"{text['content_date'].format(date=escape(guide.content_date))} "
             f"{escape(guide.review)}")
    heading = _heading(text["sources_heading"])
    return Part(f"<p>{dated}</p>{heading.html}<ul>"
                + "".join(f"{_LI}{line}</li>" for line in sources) + "</ul>",
                (plain_text(dated), *heading.text, *(f"  - {plain_text(s)}" for s in sources)))


def handout_parts(guide: Guide, result: Result, *, today: str,
                  readiness: dict[str, bool] | None = None, qr_svg: str | None = None,
                  table_breaks: Sequence[int] = (),
                  tr: Translate = untranslated) -> list[Part]:
    """The take-home summary's sections in order: the title, then the safety actions when a
    safety answer is ticked, before anything else the sheet says."""
    text = translated(tr)
    title = f"{guide.title}: {text['title']}"
    parts = [Part(f"<h1>{escape(title)}</h1>", (title, "=" * len(title))),
             Part(f"<p>{text['made_on'].format(date=escape(today))}</p>"
                  f"<p><i>{text['not_advice']}</i></p>",
                  (text["made_on"].format(date=today), text["not_advice"]))]
    explanation = explain(guide, result, tr)
    if result.safety:
        parts.append(Part(_box(f"{_H3}{text['safety_heading']}</h3>"
                               f"{safety_html(result.safety)}"),
                          (*_heading(text["safety_heading"]).text,
                           *(plain_text(f"{s.action_html}<br>{s.detail_html}")
                             for s in result.safety))))
    parts += [_heading(text["compare_heading"]), _comparison_table(guide, text, table_breaks)]
    if result.nothing_ticked:
        parts += [_heading(text["pen_heading"]), _pen_checklist(guide, text)]
    else:
        shown = explanation._replace(safety=())  # the box above has them
        parts += [_heading(text["answers_heading"]),
                  Part(explanation_html(shown, tr), tuple(explanation_text(shown, tr)))]
    parts += [_heading(text["questions_heading"]), _questions(guide, result, text)]
    if readiness is not None:
        parts += [_heading(text["ready_heading"]), _readiness(readiness, text)]
    parts += [_heading(guide.page(HELP_PAGE).title), _help(guide, qr_svg, text),
              _sources(guide, text)]
    return parts


def handout_html(guide: Guide, result: Result, **options) -> str:
    """The take-home summary for ``result`` as one HTML document.

    ``readiness``: the answers to the 4 "Ready to decide?" questions (READINESS_KEYS, True for
    yes); the section is left out when it is None. ``qr_svg``: the QR code; when given, the
    handout shows it as ``<img src=QR_RESOURCE>``, so the host must register that image.
    ``table_breaks``: topic indices where the comparison table starts again on a new page, so
    that no row is cut in two (see guide.pdf_export).
    """
    return f"<html><body>{''.join(p.html for p in handout_parts(guide, result, **options))}" \
           "</body></html>"


def handout_text(guide: Guide, result: Result, **options) -> str:
    """The take-home summary as plain UTF-8 text, for screen readers, e-mail and notes."""
    lines = [line for part in handout_parts(guide, result, **options) for line in part.text]
    return "\n".join(lines).strip() + "\n"
