"""Opening the guide's dialogs and popups so that they are freed when closed."""

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid


def open_dialog(dialog: QWidget) -> QWidget:
    """Open ``dialog`` without blocking; closing it frees it (a kiosk runs for weeks)."""
    from PySide6.QtCore import Qt  # not at start-up (see enum_property)

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if hasattr(dialog, "open"):
        dialog.open()
    else:
        dialog.show()
    return dialog


def is_open(widget: QWidget | None) -> bool:
    """Whether ``widget`` is still there and showing (a closed dialog may be freed already)."""
    return widget is not None and isValid(widget) and widget.isVisible()
