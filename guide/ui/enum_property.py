"""Qt enum properties set by their keys' names, so that the first screen never names ``Qt``.

The first time anything names PySide's ``Qt`` namespace, or gets one of its values back from
Qt, PySide builds all of its 93 enums (1,195 members) through Python's ``enum``: 118 M
instructions, where a bare window's whole start is 618 M. Given a key's name, Qt converts it
in C++ instead. So the widgets made for the first screen set their enum properties this way,
and what needs ``Qt`` itself waits until it is used or until the first paint
(``after_first_paint``). Code that runs later uses ``Qt`` as usual. tests/ui/test_start.py
checks that the guide paints its first screen before ``Qt`` exists.
"""

from PySide6.QtCore import QObject

# Qt.ItemDataRole.UserRole: the first of the item data roles left to applications.
USER_ROLE = 256


def set_enum_property(target: QObject, name: str, key: str) -> None:
    """Set ``target``'s enum property ``name`` to the key ``key``, e.g. a label's
    ("textFormat", "RichText"); a wrong name or key raises ValueError."""
    if not target.setProperty(name, key):
        raise ValueError(f"{type(target).__name__} has no enum property {name!r} "
                         f"with a key {key!r}")
