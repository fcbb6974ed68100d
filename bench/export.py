"""Exporting the take-home summary: scoring, HTML, QR, layout and PDF, written to a temp file.

Run with: QT_QPA_PLATFORM=offscreen python -m bench.export
"""

import statistics
import tempfile
import time
from pathlib import Path

RUNS = 20
ANSWERS = {"work", "family", "afford", "dual", "stress"}
READINESS = {"sure": True, "informed": True, "values": False, "support": True}


def export_milliseconds(runs: int = RUNS) -> list[float]:
    """The time of each of ``runs`` full exports, in milliseconds (content loaded once)."""
    from guide.checklist import score
    from guide.content.loader import load_guide
    from guide.paths import BUNDLED_CONTENT
    from guide.pdf_export import ensure_gui_application, export_pdf

    ensure_gui_application()
    guide = load_guide(BUNDLED_CONTENT, "en")
    option_ids = [option.id for option in guide.options]
    timings = []
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "summary.pdf"
        for _ in range(runs):
            started = time.perf_counter()
            result = score(guide.checklist, option_ids, ANSWERS)
            export_pdf(guide, result, target, today="2026-12-01", readiness=READINESS)
            timings.append((time.perf_counter() - started) * 1000)
    return timings


if __name__ == "__main__":
    timings = export_milliseconds()
    print(f"export the take-home summary to PDF: median {statistics.median(timings):.1f} ms "
          f"(min {min(timings):.1f}, max {max(timings):.1f}, {len(timings)} runs)")
