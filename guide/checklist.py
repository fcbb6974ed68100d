"""What the ticked statements mean for each option, and why. No Qt.

Nothing here adds up points. Each kind of statement is handled as what it is (model.SAFETY,
FIT, LIFE, VALUES): a safety answer leads with its own action and holds back any fit; an answer
a source says an option is not designed for rules that option out; the rest are reasons for
each option, or things to talk about. Only when the answers fit one option more than any
other, nothing rules it out and nothing holds it back, is that option named, as the option
more of the answers fit: a starting point for a talk, never a choice made for the reader.
"""

from typing import NamedTuple

from .content.model import SAFETY, VALUES, Checklist, OptionNote, Statement

MAX_VALUES = 2  # what matters most is a choice: a reader picks at most this many


class UnknownAnswers(ValueError):
    def __init__(self, ids: list[str]) -> None:
        super().__init__(f"unknown answer id(s): {', '.join(ids)}")
        self.ids = ids


class TooManyValues(ValueError):
    def __init__(self, ids: list[str]) -> None:
        super().__init__(f"at most {MAX_VALUES} answers about what matters most may be ticked; "
                         f"found {len(ids)}: {', '.join(ids)}")
        self.ids = ids


class Reason(NamedTuple):
    """A ticked statement and what it means for one option."""

    statement: Statement
    note: OptionNote


class OptionFit(NamedTuple):
    option_id: str
    fits: tuple[Reason, ...]  # the reader's situation fits how the option is designed
    values: tuple[Reason, ...]  # what matters most to the reader, which the option offers
    talk: tuple[Reason, ...]  # things to talk about before choosing it
    ruled_out: tuple[Reason, ...]  # answers a source says the option is not designed for

    @property
    def fit_count(self) -> int:
        return len(self.fits) + len(self.values)


class Result(NamedTuple):
    ticked: tuple[Statement, ...]  # in checklist order
    safety: tuple[Statement, ...]  # the ticked safety statements; the first leads
    conflicts: tuple[tuple[Statement, Statement], ...]  # pairs that cannot both be true
    options: tuple[OptionFit, ...]  # in option order
    leading: str | None  # the option more of the answers fit, when nothing holds it back

    @property
    def nothing_ticked(self) -> bool:
        return not self.ticked

    @property
    def suspended(self) -> bool:
        """No fit is shown: a safety answer comes first, or two answers contradict."""
        return bool(self.safety or self.conflicts)

    @property
    def values(self) -> tuple[Statement, ...]:
        return tuple(s for s in self.ticked if s.kind == VALUES)

    def option(self, option_id: str) -> OptionFit:
        return next(fit for fit in self.options if fit.option_id == option_id)


def _leading(options: tuple[OptionFit, ...]) -> str | None:
    top = max((fit.fit_count for fit in options), default=0)
    leaders = [fit for fit in options if fit.fit_count == top]
    if top and len(leaders) == 1 and not leaders[0].ruled_out:
        return leaders[0].option_id
    return None


def score(checklist: Checklist, option_ids: list[str] | tuple[str, ...],
          answers: set[str] | frozenset[str]) -> Result:
    """What ticking ``answers`` means for each option (the name is the first version's: nothing
    is scored). Raises UnknownAnswers for ids not in the checklist, TooManyValues for more than
    MAX_VALUES answers about what matters most."""
    answers = answers if isinstance(answers, (set, frozenset)) else set(answers)
    ticked = tuple(s for s in checklist.statements if s.id in answers)  # in checklist order
    if len(ticked) != len(answers):
        raise UnknownAnswers(sorted(answers - {s.id for s in ticked}))
    chosen = tuple(s for s in ticked if s.kind == VALUES)
    if len(chosen) > MAX_VALUES:
        raise TooManyValues([s.id for s in chosen])
    lists: dict[str, tuple[list, list, list, list]] = {o: ([], [], [], []) for o in option_ids}
    conflicts = []
    for n, statement in enumerate(ticked):
        kind = statement.kind
        if kind == SAFETY:
            continue
        fits = 1 if kind == VALUES else 0
        for index, notes in ((fits, statement.fits), (2, statement.talk),
                             (3, statement.rules_out)):
            for note in notes:
                lists[note.option_id][index].append(Reason(statement, note))
        if statement.conflicts:  # both ways (see the loader): each pair from its first one
            conflicts += [(statement, other) for other in ticked[n + 1:]
                          if other.id in statement.conflicts]
    options = tuple(OptionFit(option_id, *map(tuple, lists[option_id]))
                    for option_id in option_ids)
    safety = tuple(s for s in ticked if s.kind == SAFETY)
    held_back = bool(safety or conflicts)
    return Result(ticked, safety, tuple(conflicts), options,
                  None if held_back else _leading(options))
