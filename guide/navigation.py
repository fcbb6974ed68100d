"""Where the reader is (a Location) and where they have been (History). No Qt."""

from typing import NamedTuple

from .content.model import GUIDE_LINK

# "term" is a glossary term: the glossary page, scrolled to the term's anchor "term-<slug>".
VIEW_KINDS = ("home", "compare", "checklist", "summary", "search", "option", "topic", "page",
              "term")


class Location(NamedTuple):
    kind: str
    target: str | None = None  # an id; in the comparison, the chosen topic row
    detail: str | None = None  # in the comparison, the chosen option column

    @classmethod
    def parse(cls, url: str) -> "Location | None":
        """``guide:topic/duration`` or ``guide:compare/duration#iop``; None for anything else."""
        address, _, detail = url.partition("#")
        match = GUIDE_LINK.fullmatch(address)
        if not match or match.group(1) not in VIEW_KINDS:
            return None
        return cls(match.group(1), match.group(2), detail or None)

    def url(self) -> str:
        address = f"guide:{self.kind}" + (f"/{self.target}" if self.target else "")
        return address + (f"#{self.detail}" if self.detail else "")


HOME = Location("home")


class History:
    """Back and forward, as in a web browser."""

    def __init__(self, start: Location = HOME) -> None:
        self.current = start
        self._back: list[Location] = []
        self._forward: list[Location] = []

    def go(self, location: Location) -> bool:
        """Move to ``location``; False when already there."""
        if location == self.current:
            return False
        self._back.append(self.current)
        self._forward.clear()
        self.current = location
        return True

    def replace(self, location: Location) -> None:
        """Refine the current place (a new cell in the same table) without a new step."""
        self.current = location

    def back(self) -> Location | None:
        if not self._back:
            return None
        self._forward.append(self.current)
        self.current = self._back.pop()
        return self.current

    def forward(self) -> Location | None:
        if not self._forward:
            return None
        self._back.append(self.current)
        self.current = self._forward.pop()
        return self.current

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def clear(self, start: Location = HOME) -> None:
        self.__init__(start)
