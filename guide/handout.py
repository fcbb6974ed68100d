"""The take-home summary: one HTML document, in Qt's rich-text subset, for print and PDF. No Qt.

Every word the handout adds to the content is in ``TEXT``, marked for Qt's translation tools
and translated through ``tr`` (see guide.i18n). TEXT values are HTML written by us (content
strings are escaped before they go in); the ``qr_`` ones are plain text for the QR code.
"""

from collections.abc import Sequence
from html import escape

from .checklist import Result
from .content.model import Guide, Statement
from .documents import checklist_summary
from .i18n import QT_TRANSLATE_NOOP, Translate, untranslated

# The name the QR image goes by in the HTML; whoever shows the HTML registers an image under it
# (Qt rich text cannot show inline SVG).
QR_RESOURCE = "qr.png"
QR_WIDTH_PX = 132  # CSS pixels at 96 per inch: 3.5 cm on paper

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
    # Questions for every program.
    "q_cost": QT_TRANSLATE_NOOP("Handout", "How much will it cost me?"),
    "q_insurance": QT_TRANSLATE_NOOP(
        "Handout",
        "Do you take my insurance or Medicaid? What will they pay for?"),
    "q_sliding": QT_TRANSLATE_NOOP(
        "Handout",
        "Do you offer sliding-scale fees? These are fees based on how much you earn."),
    "q_visits": QT_TRANSLATE_NOOP("Handout", "What are your rules for visits and phone calls?"),
    "q_day": QT_TRANSLATE_NOOP("Handout", "What does a normal day in your program look like?"),
    "q_after": QT_TRANSLATE_NOOP(
        "Handout",
        "What happens when treatment ends? What help do you give after that?"),
    # Questions chosen by the answers (see ANSWER_QUESTIONS).
    "q_evening": QT_TRANSLATE_NOOP("Handout", "Do you run evening groups?"),
    "q_children": QT_TRANSLATE_NOOP("Handout", "Can I bring my children or arrange care for them?"),
    "q_payment": QT_TRANSLATE_NOOP("Handout", "Do you offer sliding-scale fees or payment plans?"),
    "q_dual": QT_TRANSLATE_NOOP(
        "Handout",
        "Do you treat depression, anxiety, PTSD or bipolar disorder too?"),
    "q_step_down": QT_TRANSLATE_NOOP(
        "Handout",
        "How do you help people move from a residential stay to an IOP?"),
    "q_court": QT_TRANSLATE_NOOP("Handout", "Do you work with courts?"),
    "q_withdrawal": QT_TRANSLATE_NOOP(
        "Handout",
        "Do you have doctors or nurses who can help me through withdrawal safely?"),
    "q_night": QT_TRANSLATE_NOOP("Handout", "Who can I talk to at night or on weekends?"),
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
    "help_heading": QT_TRANSLATE_NOOP("Handout", "Get help now"),
    "help_911": QT_TRANSLATE_NOOP("Handout", "<b>In danger right now?</b> Call <b>911</b>."),
    "help_988": QT_TRANSLATE_NOOP(
        "Handout",
        "<b>Thinking about hurting yourself?</b> Call or text <b>988</b> to reach the 988 "
        "Suicide &amp; Crisis Lifeline. For Spanish, press 2."),
    "help_samhsa": QT_TRANSLATE_NOOP(
        "Handout",
        "<b>Want to talk about drug or alcohol use or mental health?</b> Call SAMHSA's "
        "National Helpline at <b>1-800-662-4357</b>. It is free and confidential, which "
        "means private. It is open 24 hours a day, in English and Spanish."),
    "help_withdrawal": QT_TRANSLATE_NOOP(
        "Handout",
        "Stopping some drugs or alcohol all at once can be dangerous. Talk with a doctor "
        "before you stop."),
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
    "qr_points_to": QT_TRANSLATE_NOOP("Handout", "Points to: {option}"),
    "qr_both": QT_TRANSLATE_NOOP("Handout", "Both could fit"),
    "qr_several": QT_TRANSLATE_NOOP("Handout", "More than one could fit"),
    "qr_no_match": QT_TRANSLATE_NOOP("Handout", "No single match"),
    "qr_nothing": QT_TRANSLATE_NOOP("Handout", "Nothing ticked"),
    "qr_why": QT_TRANSLATE_NOOP("Handout", "Why:"),
    "qr_help": QT_TRANSLATE_NOOP(
        "Handout",
        "Crisis: call or text 988. Help line: 1-800-662-4357. Danger: 911."),
}

def translated(tr: Translate = untranslated) -> dict[str, str]:
    """TEXT in the current language."""
    return {key: tr(CONTEXT, value) for key, value in TEXT.items()}


GENERAL_QUESTIONS = ("q_cost", "q_insurance", "q_sliding", "q_visits", "q_day", "q_after")

# Ticked statement id -> the question (a TEXT key) worth asking because of it. Ids that are
# not in the checklist are never ticked, so they are simply never used.
ANSWER_QUESTIONS: dict[str, str] = {
    "work": "q_evening",
    "family": "q_children",
    "afford": "q_payment",
    "dual": "q_dual",
    "step-down": "q_step_down",
    "court": "q_court",
    "withdrawal": "q_withdrawal",
    "staff": "q_night",
}
# A chosen question that already asks a general one takes its place.
COVERS = {"q_payment": "q_sliding"}


_LI = '<li style="margin-bottom: 3px">'
_H2 = '<h2 style="margin-top: 14px; margin-bottom: 6px">'
_H3 = '<h3 style="margin-top: 10px; margin-bottom: 4px">'


def ticked(result: Result) -> tuple[Statement, ...]:
    """Every ticked statement, safety ones first, then the others in option order."""
    return result.safety + tuple(s for _, statements in result.reasons for s in statements)


def program_questions(guide: Guide, result: Result) -> tuple[list[str], list[str]]:
    """(questions chosen by the answers, general questions), as TEXT keys, without repeats."""
    ids = {s.id for s in ticked(result)}
    chosen = [ANSWER_QUESTIONS[s.id] for s in guide.checklist.statements
              if s.id in ids and s.id in ANSWER_QUESTIONS]
    chosen = list(dict.fromkeys(chosen))
    covered = {COVERS.get(key) for key in chosen}
    return chosen, [key for key in GENERAL_QUESTIONS if key not in covered]


def _comparison_table(guide: Guide, text: dict[str, str], breaks: Sequence[int] = ()) -> str:
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
    return "".join(parts)


def _pen_checklist(guide: Guide, text: dict[str, str]) -> str:
    parts = [f"{_H2}{text['pen_heading']}</h2><p>{text['pen_intro']}</p>"]
    for group in guide.checklist.groups:
        statements = guide.checklist.in_group(group.id)
        if not statements:
            continue
        # A table, so that a long sentence wraps beside its box rather than under it.
        parts.append(f'{_H3}{escape(group.title)}</h3><table border="0" cellspacing="0" '
                     'cellpadding="3" width="100%">')
        parts += [f'<tr><td width="6%" valign="top"><span style="font-size: 16pt">'
                  f'{text["box"]}</span></td><td valign="middle">{escape(s.text)}</td></tr>'
                  for s in statements]
        parts.append("</table>")
    if any(s.safety for s in guide.checklist.statements) and guide.checklist.safety_message_html:
        parts.append(f"{_H3}{text['pen_safety']}</h3>{_box(guide.checklist.safety_message_html)}")
    return "".join(parts)


def _box(inner: str) -> str:
    """A framed block: a one-cell table, the one frame Qt's rich text draws reliably."""
    return ('<table border="1" cellspacing="0" cellpadding="8" width="100%" '
            f'style="border-collapse: collapse; border-color: #555555"><tr><td>{inner}'
            "</td></tr></table>")


def _questions(guide: Guide, result: Result, text: dict[str, str]) -> str:
    chosen, general = program_questions(guide, result)
    parts = [f"{_H2}{text['questions_heading']}</h2><p>{text['questions_intro']}</p>"]
    if chosen:
        parts.append(f"{_H3}{text['questions_yours']}</h3><ul>")
        parts += [f"{_LI}{text[key]}</li>" for key in chosen]
        parts.append(f"</ul>{_H3}{text['questions_all']}</h3>")
    parts.append("<ul>")
    parts += [f"{_LI}{text[key]}</li>" for key in general]
    parts.append("</ul>")
    return "".join(parts)


def _readiness(readiness: dict[str, bool], text: dict[str, str]) -> str:
    unknown = sorted(set(readiness) - set(READINESS_KEYS))
    if unknown:
        raise ValueError(f"unknown readiness key(s): {', '.join(unknown)}")
    rows = []
    for key in READINESS_KEYS:
        answer = readiness.get(key)
        word = text["not_answered"] if answer is None else text["yes" if answer else "no"]
        rows.append(f'<tr><td>{text["ready_" + key]}</td><td width="18%"><b>{word}</b></td></tr>')
    yes = sum(readiness.get(key) is True for key in READINESS_KEYS)
    advice = (text["ready_all"] if yes == len(READINESS_KEYS)
              else text["ready_not_yet"].format(count=yes))
    return (f"{_H2}{text['ready_heading']}</h2>"
            f'<table border="0" cellspacing="0" cellpadding="3" width="100%">{"".join(rows)}'
            f"</table><p>{advice}</p>")


def _help(qr_svg: str | None, text: dict[str, str]) -> str:
    lines = "".join(f"<p>{text[key]}</p>"
                    for key in ("help_911", "help_988", "help_samhsa", "help_withdrawal"))
    if not qr_svg:
        return f"{_H2}{text['help_heading']}</h2>{lines}"
    qr = (f'<img src="{QR_RESOURCE}" width="{QR_WIDTH_PX}" height="{QR_WIDTH_PX}">'
          f'<p><i>{text["qr_caption"]}</i></p>')
    return (f"{_H2}{text['help_heading']}</h2>"
            '<table border="0" cellspacing="0" cellpadding="0" width="100%"><tr>'
            f'<td valign="top">{lines}</td>'
            f'<td width="30%" valign="top" align="center">{qr}</td></tr></table>')


def handout_html(guide: Guide, result: Result, *, today: str,
                 readiness: dict[str, bool] | None = None, qr_svg: str | None = None,
                 table_breaks: Sequence[int] = (), tr: Translate = untranslated) -> str:
    """The take-home summary for ``result`` as one HTML document.

    ``readiness``: the answers to the 4 "Ready to decide?" questions (READINESS_KEYS, True for
    yes); the section is left out when it is None. ``qr_svg``: the QR code; when given, the
    handout shows it as ``<img src=QR_RESOURCE>``, so the host must register that image.
    ``table_breaks``: topic indices where the comparison table starts again on a new page, so
    that no row is cut in two (see guide.pdf_export).
    """
    text = translated(tr)
    parts = [f"<h1>{escape(guide.title)}: {text['title']}</h1>",
             f"<p>{text['made_on'].format(date=escape(today))}</p>",
             f"<p><i>{text['not_advice']}</i></p>"]
    if result.safety and guide.checklist.safety_message_html:
        parts.append(_box(f"{_H3}{text['safety_heading']}</h3>"
                          f"{guide.checklist.safety_message_html}"))
    parts += [f"{_H2}{text['compare_heading']}</h2>", _comparison_table(guide, text, table_breaks)]
    if result.nothing_ticked:
        parts.append(_pen_checklist(guide, text))
    else:
        parts += [f"{_H2}{text['answers_heading']}</h2>", checklist_summary(guide, result, tr)]
    parts.append(_questions(guide, result, text))
    if readiness is not None:
        parts.append(_readiness(readiness, text))
    parts.append(_help(qr_svg, text))
    parts.append(f"<p>{text['content_date'].format(date=escape(guide.content_date))} "
                 f"{escape(guide.review)}</p>")
    parts.append(f"{_H2}{text['sources_heading']}</h2><ul>")
    for source in guide.sources:
        line = text["source"].format(id=escape(source.id), title=escape(source.title),
                                     publisher=escape(source.publisher))
        parts.append(f"{_LI}{line}</li>")
    parts.append("</ul>")
    return f"<html><body>{''.join(parts)}</body></html>"
