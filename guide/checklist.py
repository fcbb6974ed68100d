"""Scoring the checklist: which option the ticked statements point to, and why. No Qt."""

from typing import NamedTuple

from .content.model import Checklist, Statement


class UnknownAnswers(ValueError):
    def __init__(self, ids: list[str]) -> None:
        super().__init__(f"unknown answer id(s): {', '.join(ids)}")
        self.ids = ids


class Result(NamedTuple):
    scores: tuple[tuple[str, int], ...]  # (option id, score) in option order
    match: str | None  # the one option with the highest score, if there is one
    reasons: tuple[tuple[str, tuple[Statement, ...]], ...]  # ticked statements per option
    safety: tuple[Statement, ...]  # ticked safety statements, which outrank any score

    @property
    def nothing_ticked(self) -> bool:
        return not self.safety and all(not statements for _, statements in self.reasons)

    @property
    def tie(self) -> bool:
        """More than one option shares the highest score, and it is above zero."""
        top = max((score for _, score in self.scores), default=0)
        return top > 0 and sum(score == top for _, score in self.scores) > 1

    def score_of(self, option_id: str) -> int:
        return dict(self.scores)[option_id]

    def reasons_for(self, option_id: str) -> tuple[Statement, ...]:
        return dict(self.reasons)[option_id]


def score(checklist: Checklist, option_ids: list[str] | tuple[str, ...],
          answers: set[str] | frozenset[str]) -> Result:
    """The result of ticking ``answers``; raises UnknownAnswers for ids not in the checklist."""
    by_id = {s.id: s for s in checklist.statements}
    unknown = sorted(set(answers) - by_id.keys())
    if unknown:
        raise UnknownAnswers(unknown)
    ticked = [s for s in checklist.statements if s.id in answers]  # in checklist order
    reasons = tuple((option_id, tuple(s for s in ticked if s.option_id == option_id))
                    for option_id in option_ids)
    scores = tuple((option_id, sum(s.weight for s in statements))
                   for option_id, statements in reasons)
    top = max((value for _, value in scores), default=0)
    leaders = [option_id for option_id, value in scores if value == top]
    match = leaders[0] if top > 0 and len(leaders) == 1 else None
    return Result(scores, match, reasons, tuple(s for s in ticked if s.safety))
