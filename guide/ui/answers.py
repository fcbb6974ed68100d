"""What the visitor has ticked: held in memory only, shared by every view that shows it."""

from PySide6.QtCore import QObject, Signal

from ..checklist import MAX_VALUES, score
from ..content.model import VALUES, Guide


class Answers(QObject):
    """The one place answers live. Never saved: not to settings, logs or files."""

    changed = Signal(object)  # Result
    readinessChanged = Signal()

    def __init__(self, guide: Guide, parent=None) -> None:
        super().__init__(parent)
        self.guide = guide
        self._ticked: frozenset[str] = frozenset()
        # The 4 "ready to decide?" answers (guide.handout.READINESS_KEYS): True yes, False no.
        self.readiness: dict[str, bool] = {}
        self._option_ids = tuple(o.id for o in guide.options)
        self.result = score(guide.checklist, self._option_ids, self._ticked)

    def set_guide(self, guide: Guide) -> None:
        """The same answers in another language: statement ids are shared by every language."""
        self.guide = guide
        self._option_ids = tuple(o.id for o in guide.options)
        known = {s.id for s in guide.checklist.statements}
        self._ticked = self._ticked & known
        self.result = score(guide.checklist, self._option_ids, self._ticked)
        self.changed.emit(self.result)

    @property
    def ticked(self) -> frozenset[str]:
        return self._ticked

    def values_full(self) -> bool:
        """As many "what matters most" answers are ticked as a reader may choose."""
        return len(self.result.values) >= MAX_VALUES

    def may_tick(self, statement_id: str) -> bool:
        statement = self.guide.checklist.statement(statement_id)
        return (statement.kind != VALUES or statement_id in self._ticked
                or not self.values_full())

    def set_ticked(self, statement_id: str, ticked: bool) -> bool:
        """Tick or untick; False, changing nothing, for a value beyond MAX_VALUES."""
        if ticked and not self.may_tick(statement_id):
            return False
        new = self._ticked | {statement_id} if ticked else self._ticked - {statement_id}
        self._replace(new)
        return True

    def clear(self) -> None:
        self._replace(frozenset())
        self.set_readiness({})

    def set_readiness(self, readiness: dict[str, bool]) -> None:
        if readiness != self.readiness:
            self.readiness = dict(readiness)
            self.readinessChanged.emit()

    def _replace(self, ticked: frozenset[str]) -> None:
        if ticked == self._ticked:
            return
        self._ticked = ticked
        self.result = score(self.guide.checklist, self._option_ids, ticked)
        self.changed.emit(self.result)
