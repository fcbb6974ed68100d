"""Ticking a statement until the comparison's highlight and the summary are updated, laid out
and painted."""

import time

from bench.interactions import application, run_pending, shown_window

TICKS = 200


def tick_milliseconds(ticks: int = TICKS, content: str | None = None) -> list[float]:
    """The time of each of ``ticks`` ticks (or unticks) in the checklist beside the comparison,
    in ms, on ``content`` (None: the bundled content)."""
    from guide.navigation import Location

    app = application()
    with shown_window(content) as window:
        window.navigate(Location("compare"))
        window.comparison.checklist_button.click()
        app.processEvents()
        boxes = [row.box for row in window.checklist_side.rows.values()
                 if not row.statement.safety]
        timings = []
        for index in range(ticks):
            box = boxes[index % len(boxes)]
            started = time.perf_counter()
            box.click()
            run_pending()  # the panel laid out for the summary's new size, and painted
            timings.append((time.perf_counter() - started) * 1000)
    return timings
