"""Telling screen readers what changed: Qt's announcement event, which reaches AT-SPI as
``object:announcement`` (QAccessible.Alert sends nothing on Linux)."""

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, message: str, assertive: bool = False) -> None:
    """Have screen readers say ``message`` (plain text): at once when ``assertive`` (safety),
    else when they are done speaking (results, counts)."""
    if not message or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
