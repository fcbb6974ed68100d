import time, cProfile, pstats, sys
from bench.interactions import shown_window, settle, timed
from guide.navigation import Location
from PySide6.QtCore import QCoreApplication
with shown_window(sys.argv[1] if len(sys.argv) > 1 else None) as w:
    g = w.guide
    w.navigate(Location("compare", g.topics[1].id, g.options[-1].id)); settle(w)
    for _ in range(3): timed(w, w.appearance.larger); timed(w, w.appearance.smaller)
    # split: setStyleSheet vs processEvents vs repaint
    import guide.ui.main_window as mw
    for _ in range(3):
        t0 = time.perf_counter(); w.appearance.larger(); t1 = time.perf_counter()
        QCoreApplication.processEvents(); t2 = time.perf_counter(); w.repaint(); t3 = time.perf_counter()
        print(f"larger: action {1000*(t1-t0):.1f} events {1000*(t2-t1):.1f} paint {1000*(t3-t2):.1f}")
        w.appearance.smaller(); settle(w)
    pr = cProfile.Profile(); pr.enable()
    for _ in range(5): timed(w, w.appearance.larger); timed(w, w.appearance.smaller)
    pr.disable()
    pstats.Stats(pr).sort_stats("tottime").print_stats(18)
