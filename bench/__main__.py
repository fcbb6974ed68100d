"""Print the benchmark table: start-up and memory against a bare PySide6 window, and ticking."""

import os
import statistics
import subprocess
import sys
import tempfile
import time

from bench.export import export_milliseconds
from bench.search import search_milliseconds
from bench.tick import tick_milliseconds

RUNS = int(os.environ.get("BENCH_RUNS", "9"))


def first_paint(kind: str, settings_dir: str) -> tuple[float, int]:
    env = dict(os.environ, XDG_CONFIG_HOME=settings_dir, QT_QPA_PLATFORM="offscreen")
    started = time.time()
    out = subprocess.run([sys.executable, "-m", "bench.first_paint", kind, str(started)],
                         capture_output=True, text=True, env=env, check=True).stdout
    seconds, peak_kib = out.split()
    return float(seconds), int(peak_kib)


def main() -> None:
    samples: dict[str, list[tuple[float, int]]] = {"bare": [], "guide": []}
    with tempfile.TemporaryDirectory() as settings_dir:
        for _ in range(RUNS):  # alternate, so both see the same machine load
            for kind in samples:
                samples[kind].append(first_paint(kind, settings_dir))
    start = {kind: statistics.median(s for s, _ in runs) for kind, runs in samples.items()}
    peak = {kind: statistics.median(m for _, m in runs) for kind, runs in samples.items()}
    ticks = tick_milliseconds()
    search = search_milliseconds()
    exports = export_milliseconds()
    rows = [
        ("cold start to first paint, bare window", f"{start['bare'] * 1000:.0f} ms", ""),
        ("cold start to first paint, guide", f"{start['guide'] * 1000:.0f} ms",
         f"{start['guide'] / start['bare']:.2f}x bare (goal <= 1.4x)"),
        ("peak memory, bare window", f"{peak['bare'] / 1024:.0f} MiB", ""),
        ("peak memory, guide", f"{peak['guide'] / 1024:.0f} MiB",
         f"{peak['guide'] / peak['bare']:.2f}x bare (goal <= 1.5x)"),
        ("tick a statement -> highlight + summary", f"{statistics.median(ticks):.2f} ms",
         f"median of {len(ticks)}, max {max(ticks):.2f} ms (goal < 16 ms)"),
        ("search, bundled content", f"{search['bundled']:.2f} ms",
         f"max {search['bundled max']:.2f} ms; index built in {search['bundled build']:.1f} ms"),
        ("search, 10x content", f"{search['10x']:.2f} ms",
         f"max {search['10x max']:.2f} ms (goal < 50 ms); index built in "
         f"{search['10x build']:.0f} ms"),
        ("export the handout (PDF)", f"{statistics.median(exports):.0f} ms",
         f"median of {len(exports)} (goal well under 1 s)"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark'.ljust(width)}  {'median':>10}  notes   ({RUNS} start-ups each)")
    for name, value, note in rows:
        print(f"{name.ljust(width)}  {value:>10}  {note}")


if __name__ == "__main__":
    main()
