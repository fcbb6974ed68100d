import time, sys
from bench.interactions import shown_window, settle, timed
from guide.navigation import Location
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget
import guide.ui.style as st, re
import guide.ui.main_window as mwm
_orig = st.stylesheet
def nofont(*a, **k):
    return re.sub(r"font-family: [^;]+;", "", re.sub(r"font-size: \d+pt;", "", _orig(*a, **k)))
mwm.stylesheet = nofont
from PySide6.QtCore import Qt as _Qt
from PySide6.QtWidgets import QApplication as _A
_A.setAttribute(_Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles)
with shown_window(sys.argv[1] if len(sys.argv) > 1 else None) as w:
    g = w.guide
    w.navigate(Location("compare", g.topics[1].id, g.options[-1].id)); settle(w)
    w.navigate(Location("checklist")); settle(w); w.navigate(Location("compare", g.topics[1].id, g.options[-1].id)); settle(w)
    print("widgets", len(w.findChildren(QWidget)))
    sheet = w.styleSheet()
    import re
    const = re.sub(r"font-family: [^;]+;", "", re.sub(r"font-size: \d+pt;", "", sheet))
    w.setStyleSheet(const); settle(w)
    def size(pt):
        f = QFont(w.font_family, pt)
        from PySide6.QtWidgets import QApplication
        QApplication.setFont(f)
        for label in w.findChildren(QLabel):
            role = label.property("role")
            if role in ("title", "heading"):
                g2 = QFont(f); g2.setPointSizeF(pt * (1.8 if role == "title" else 1.3)); g2.setBold(True); label.setFont(g2)
    ts = []
    for i in range(6):
        ts.append(timed(w, lambda: size(15))); ts.append(timed(w, lambda: size(12)))
    size(18); settle(w)
    from PySide6.QtCore import Qt
    wl = w.nav_bar.where
    print("window font", w.font().pointSizeF(), "WA_SetFont where", wl.testAttribute(Qt.WidgetAttribute.WA_SetFont), "parent chain", [ (type(p).__name__, p.font().pointSizeF(), p.testAttribute(Qt.WidgetAttribute.WA_SetFont)) for p in iter(lambda c=[wl]: (c.append(c[-1].parentWidget()) or c[-1]) if c[-1] is not None else None, None)][:6])
    print("where label pt", w.nav_bar.where.font().pointSizeF(), w.nav_bar.where.fontInfo().pointSizeF(), "page", w.comparison.detail.font().pointSizeF(), "button", w.nav_bar.home_button.font().pointSizeF())
    w.grab().save("/tmp/font18.png")
    size(12); settle(w)
    import statistics; print("font approach median", statistics.median(ts), max(ts))
    ts = []
    for i in range(3):
        ts.append(timed(w, w.appearance.larger)); ts.append(timed(w, w.appearance.smaller))
    print("stylesheet approach median", statistics.median(ts))
