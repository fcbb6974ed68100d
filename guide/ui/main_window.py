"""The main window: composes the views and moves between places in the guide."""

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..content.cache import bundled_guide
from ..content.model import Guide
from ..content.problems import ContentError
from ..navigation import HOME, History, Location
from ..settings import Settings
from ..themes import THEME_NAMES
from .after_first_paint import after_first_paint
from .answers import Answers
from .appearance import Appearance
from .dialogs import is_open, open_dialog
from .enum_property import set_enum_property
from .fonts import load_fonts
from .home_view import HomeView
from .icons import retint, stop_keeping, use_inks
from .labels import RichLabel
from .nav_bar import NavBar
from .sidebar import Sidebar
from .style import document_css, qt_palette, stylesheet
from .text_size import hold_text_size_while_hidden, size_roles, use_text_size
from .translation import LANGUAGES, available_languages, use_language

if TYPE_CHECKING:  # made or loaded only when first used
    from PySide6.QtWidgets import QMessageBox

    from ..documents import Documents
    from ..search import SearchIndex
    from .checklist_panel import ChecklistPanel
    from .comparison import ComparisonView
    from .page_view import PageView
    from .search_view import SearchView
    from .summary_view import SummaryView

HELP = Location("page", "help")
# From this text size up, the small bar buttons show icons only, so the bar still fits.
COMPACT_SCALE = 1.5
# Below this width the comparison has no room for the checklist beside it.
NARROW_WIDTH = 900
KIOSK_TEXT_STEP = 1  # a kiosk starts at 125% text, read standing at arm's length


class MainWindow(QMainWindow):
    """``guide_for(lang)`` gives the guide in another language, for the language button."""

    viewsBuilt = Signal()  # the views were made anew (language switch, start over)

    def __init__(self, guide: Guide, settings: Settings | None = None,
                 guide_for: Callable[[str], Guide] | None = None, kiosk: bool = False) -> None:
        """``kiosk``: the public-screen variant: a touch start screen, larger text, and
        nothing saved (the kiosk passes in-memory settings)."""
        super().__init__()
        self.kiosk = kiosk
        self.settings = settings or Settings()
        self.guide_for = guide_for or bundled_guide
        self.history = History()
        self.setMinimumSize(640, 480)
        self.font_family = load_fonts()
        self.appearance = Appearance(self.settings, KIOSK_TEXT_STEP if kiosk else 0, self)
        # Asked before the window closes; the kiosk uses it to refuse visitors.
        self.may_close: Callable[[], bool] = lambda: True
        self.answers = Answers(guide, self)
        use_language(guide.lang)
        # Widgets are made in the theme's colours, stylesheet and the reader's text size, so
        # they need no second pass (_dress, size_roles). Styled after they were made, every
        # widget was restyled, and each label of the home view measured again at a width it
        # never had: ~3% of a start.
        self._dressed_in = self.appearance.theme
        self._use_theme_for_new_widgets()
        use_text_size(self.font_family, self.appearance.scale, widgets_made=False)
        self._use_stylesheet()
        self._build(guide)
        after_first_paint(self, self._after_first_frame)
        self.appearance.changed.connect(self.apply_appearance)
        self.apply_appearance()
        self._restore()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:  # Qt is about to paint
            # A new size climbs the layouts a level a turn of the event loop (a label or
            # button, its bar, the window), and Qt paints between two turns: a longer "You are
            # here" or a new text size showed the bar cut off for a frame. Settle them first.
            for _level in range(3):
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        return super().event(event)

    def _build(self, guide: Guide) -> None:
        """Make the window's frame and first views for ``guide``; called again, in the new
        language, on a switch. The other views are made when first shown (see _view)."""
        self.guide = guide
        self._documents: Documents | None = None  # made for the first page shown
        self.search_index: SearchIndex | None = None  # built on the first search
        self._views: dict[str, QWidget] = {}
        self.setWindowTitle(guide.title)
        # The frame first, then the views inside it, so each is styled as it is made (see
        # __init__): a view added to the styled window afterwards is restyled whole.
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        body = QSplitter()
        self.stack = QStackedWidget()
        self.setCentralWidget(central)  # deletes the previous views, if any
        self.nav_bar = NavBar(self.other_languages())
        self.nav_bar.search_box.setVisible(not self.kiosk)  # a kiosk offers common questions
        self.sidebar = Sidebar(guide)
        layout.addWidget(self.nav_bar)
        layout.addWidget(body, 1)
        body.addWidget(self.sidebar)
        body.addWidget(self.stack)
        body.setStretchFactor(1, 1)
        body.setSizes([300, 800])
        body.setChildrenCollapsible(False)
        if self.kiosk:
            from .kiosk_start import KioskStart  # a desktop start never needs it

            self.home_view = KioskStart(guide, parent=self.stack)
        else:
            self.home_view = HomeView(guide, parent=self.stack)
        self.stack.addWidget(self.home_view)
        hold_text_size_while_hidden(self.home_view)
        if self.isVisible():
            central.show()  # at once, not on Qt's next turn of the loop
        self._connect()
        self.viewsBuilt.emit()

    def _connect(self) -> None:
        self.nav_bar.back_button.clicked.connect(self.go_back)
        self.nav_bar.forward_button.clicked.connect(self.go_forward)
        self.nav_bar.home_button.clicked.connect(self.go_home)
        self.nav_bar.help_button.clicked.connect(self.show_help)
        self.nav_bar.languageChosen.connect(self._set_language_soon)
        self.nav_bar.search_box.textEdited.connect(self.search)
        self.nav_bar.smaller_button.clicked.connect(self.appearance.smaller)
        self.nav_bar.larger_button.clicked.connect(self.appearance.larger)
        self.nav_bar.theme_button.clicked.connect(self.appearance.next_theme)
        self.sidebar.locationChosen.connect(self.navigate)
        self.home_view.linkActivated.connect(self.follow_link)

    # Views made when first needed, so that start-up builds only what it shows -----------------

    def _view(self, name: str, make: Callable[[], QWidget]) -> QWidget:
        view = self._views.get(name)
        if view is None:
            view = self._views[name] = make()
            hold_text_size_while_hidden(view)
            self.stack.addWidget(view)
            self._dress(view)
            self.viewsBuilt.emit()
        return view

    def _use_theme_for_new_widgets(self) -> None:
        use_inks(self.appearance.colors)
        RichLabel.css = document_css(self.appearance.theme)

    def _dress(self, view: QWidget) -> None:
        """Give ``view`` the current theme's icon and link colours (the stylesheet reaches it
        by itself): a view made by an earlier theme, or one that starts in the default."""
        css = RichLabel.css = document_css(self.appearance.theme)  # for labels made later too
        for widget in (view, *view.findChildren(QWidget)):
            if hasattr(widget, "set_css"):  # a RichLabel or a PageView: rendered documents
                widget.set_css(css)
        retint(view, self.appearance.colors)

    def has_view(self, name: str) -> bool:
        return name in self._views

    @property
    def documents(self) -> "Documents":
        """The guide's pages as HTML (with the glossary's links): not needed to start."""
        if self._documents is None:
            from ..documents import Documents

            self._documents = Documents(self.guide, QCoreApplication.translate)
        return self._documents

    @property
    def page_view(self) -> "PageView":
        return self._view("page", self._make_page_view)

    @property
    def comparison(self) -> "ComparisonView":
        return self._view("comparison", self._make_comparison)

    @property
    def checklist_page(self) -> "ChecklistPanel":
        return self._view("checklist", lambda: self._make_checklist(with_banner=True))

    @property
    def checklist_side(self) -> "ChecklistPanel":
        return self.comparison.side_panel

    @property
    def summary_view(self) -> "SummaryView":
        return self._view("summary", self._make_summary)

    @property
    def search_view(self) -> "SearchView":
        return self._view("search", self._make_search)

    def _make_page_view(self) -> "PageView":
        from .page_view import PageView

        view = PageView()
        view.setObjectName("pageView")
        view.setAccessibleName(self.tr("Page"))
        view.linkActivated.connect(self.follow_link)
        return view

    def _make_checklist(self, with_banner: bool) -> "ChecklistPanel":
        from .checklist_panel import ChecklistPanel

        panel = ChecklistPanel(self.answers, with_banner=with_banner)
        panel.helpRequested.connect(self.show_help)
        panel.linkActivated.connect(self.follow_link)
        return panel

    def _make_comparison(self) -> "ComparisonView":
        from .comparison import ComparisonView

        comparison = ComparisonView(self.guide, self._make_checklist(with_banner=False))
        hold_text_size_while_hidden(comparison.side_panel)
        comparison.set_colors(self.appearance.colors)
        comparison.show_result(self.answers.result)
        comparison.linkActivated.connect(self.follow_link)
        comparison.cellChosen.connect(self._on_cell_chosen)
        comparison.checklistToggled.connect(self._on_checklist_toggled)
        comparison.banner.helpRequested.connect(self.show_help)
        self.answers.changed.connect(comparison.show_result)
        return comparison

    def _make_summary(self) -> "SummaryView":
        from .summary_view import SummaryView  # QR drawing is loaded only when needed

        summary = SummaryView(self.answers, self.kiosk)
        summary.printRequested.connect(self._print)
        summary.saveRequested.connect(self._save)
        return summary

    def _make_search(self) -> "SearchView":
        from .search_view import SearchView

        view = SearchView()
        view.linkActivated.connect(self._open_hit)
        return view

    def _print(self) -> None:
        from .printing import print_preview  # Qt's print support, loaded only to print

        print_preview(self, self.answers)

    def _save(self) -> None:
        from .printing import ask_where_to_save

        ask_where_to_save(self, self.answers)

    def _after_first_frame(self) -> None:
        # Keys wait for the first frame: their classes are ~1% of a start, and no one can press
        # a key before there is a window. Icons drawn from now on follow what a person does.
        self._add_shortcuts()
        stop_keeping()

    def _add_shortcuts(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        for keys, slot in ((QKeySequence.StandardKey.Back, self.go_back),
                           (QKeySequence.StandardKey.Forward, self.go_forward),
                           (QKeySequence("Alt+Home"), self.go_home),
                           (QKeySequence.StandardKey.ZoomIn, self.appearance.larger),
                           (QKeySequence("Ctrl+="), self.appearance.larger),
                           (QKeySequence.StandardKey.ZoomOut, self.appearance.smaller),
                           (QKeySequence("Ctrl+0"), self.appearance.reset_size),
                           (QKeySequence("F1"), self.show_shortcuts),
                           (QKeySequence("F5"), self.present),
                           (QKeySequence.StandardKey.Find, self.focus_search),
                           (QKeySequence.StandardKey.Quit, self.close)):
            QShortcut(keys, self, slot)

    # Language --------------------------------------------------------------------------------

    def other_languages(self) -> list[str]:
        return [lang for lang in LANGUAGES if lang != self.guide.lang
                and lang in available_languages()]

    def _set_language_soon(self, lang: str) -> None:
        # The switch rebuilds the views, the clicked button among them, so it must wait until
        # the click has been handled. (A bound method, not a lambda, is connected: a lambda
        # would keep the window alive.)
        QTimer.singleShot(0, self, lambda: self.set_language(lang))

    def set_language(self, lang: str) -> None:
        """Show the guide in ``lang``, keeping the place, the answers and the open checklist."""
        if lang == self.guide.lang:
            return
        try:
            guide = self.guide_for(lang)
        except (ContentError, OSError) as error:  # e.g. the content folder went away
            self._tell(self.tr("Not available"),
                       self.tr("This language cannot be shown: its content cannot be read "
                               "now. The guide carries on in the current language.\n\n{0}")
                       .format(error))
            return
        side_shown = self.has_view("comparison") and self.comparison.side_panel.isVisible()
        use_language(lang)
        self.answers.set_guide(guide)
        self._build(guide)
        self.apply_appearance()
        if side_shown:
            self.comparison.show_side_panel(True)
        self._show(self.history.current)
        self.settings.set_value("appearance/language", lang)

    def _use_stylesheet(self) -> None:
        theme = self.appearance.theme
        sheet = stylesheet(theme, self.kiosk)
        if sheet != self.styleSheet():  # setting it again would restyle every widget for nothing
            # The application's, as the text size is: a window's palette reaches widgets under
            # a stylesheet only once the application lets it through, which names Qt.
            QApplication.setPalette(qt_palette(theme))
            self.setStyleSheet(sheet)

    def apply_appearance(self) -> None:
        appearance = self.appearance
        self._use_stylesheet()
        if (font := use_text_size(self.font_family, appearance.scale)) is not None:
            size_roles(self, font)
        if self._dressed_in != appearance.theme:  # a change of text size only: no new colours
            self._dress(self)  # retint sets the inks for icons made later
            self._dressed_in = appearance.theme
            if self.has_view("comparison"):
                self.comparison.set_colors(appearance.colors)
        self.nav_bar.set_compact(appearance.scale >= COMPACT_SCALE)
        self.nav_bar.set_theme_name(
            QCoreApplication.translate("Themes", THEME_NAMES[appearance.theme]))

    def shortcuts_html(self) -> str:
        keys = [
            ("Tab / Shift+Tab", self.tr("Move to the next / previous control")),
            (self.tr("Enter or Space"), self.tr("Press a button, tick a sentence")),
            (self.tr("Arrow keys"), self.tr("Move around the table and lists")),
            ("Alt+Left / Alt+Right", self.tr("Back / Forward")),
            ("Alt+Home", self.tr("Home")),
            (self.tr("Ctrl+plus / Ctrl+minus"), self.tr("Larger / smaller text")),
            ("Ctrl+0", self.tr("Normal text size")),
            ("F5", self.tr("Presentation: one topic at a time, full screen")),
            ("Ctrl+F", self.tr("Search")),
            ("F1", self.tr("This list")),
        ]
        rows = "".join(f"<tr><td><b>{key}</b></td><td>{what}</td></tr>" for key, what in keys)
        return f"<table cellpadding='4'>{rows}</table>"

    def show_shortcuts(self) -> None:
        self.shortcuts_box = self._tell(self.tr("Keyboard shortcuts"), self.shortcuts_html(),
                                        icon="NoIcon")
        set_enum_property(self.shortcuts_box, "textFormat", "RichText")

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 760)
        last = Location.parse(self.settings.value("window/last_view"))
        if last is None or not self.guide.has(last.kind, last.target):
            last = HOME
        self.history.clear(last)
        self._show(last)

    # Moving around -------------------------------------------------------------------------

    def navigate(self, location: Location) -> None:
        if self.history.go(location):
            self._show(location)

    def go_back(self) -> None:
        if (location := self.history.back()) is not None:
            self._show(location)

    def go_forward(self) -> None:
        if (location := self.history.forward()) is not None:
            self._show(location)

    def go_home(self) -> None:
        self.navigate(HOME)

    def show_help(self) -> None:
        self.navigate(HELP)

    def follow_link(self, url: str) -> None:
        location = Location.parse(url)
        if location is None or not self.guide.has(location.kind, location.target):
            self._explain_outside_link(url)
        elif location.kind == "term":
            self.explain_term(location.target)
        else:
            self.navigate(location)

    # Search ----------------------------------------------------------------------------------

    def focus_search(self) -> None:
        if self.nav_bar.search_box.isVisible():
            self.nav_bar.search_box.setFocus()
            self.nav_bar.search_box.selectAll()

    def search(self, query: str) -> None:
        """Show the results for ``query`` as it is typed (one step in the history, not one a
        letter)."""
        if self.search_index is None:
            from ..search import SearchIndex

            self.search_index = SearchIndex(self.guide)
        self.search_view.show_hits(query, self.search_index.search(query))
        location = Location("search")
        if self.history.current.kind == "search":
            self.history.replace(location)
        else:
            self.history.go(location)
        self._show(location)

    def _open_hit(self, url: str) -> None:
        """Open a result and mark the words searched for there."""
        self.follow_link(url)
        from ..search import query_words

        words = [forms[0] for forms in query_words(self.nav_bar.search_box.text())]
        colors = self.appearance.colors
        if self.history.current.kind == "compare":
            self.comparison.detail.highlight(words, colors)
        elif self.has_view("page") and self.stack.currentWidget() is self.page_view:
            self.page_view.highlight(words, colors)

    def explain_term(self, slug: str) -> None:
        """The word's meaning in a popup by the pointer (or the text cursor, from the keyboard),
        with a way on to the glossary."""
        if is_open(getattr(self, "term_popup", None)):
            self.term_popup.close()
        from .term_popup import TermPopup

        self.term_popup = TermPopup(self.guide.term(slug), self)
        self.term_popup.glossaryRequested.connect(
            lambda target: (self.term_popup.close(), self.navigate(Location("term", target))))
        pointer = self.mapFromGlobal(QCursor.pos())
        if not self.rect().contains(pointer):
            from .page_view import PageView

            view = self.focusWidget() if isinstance(self.focusWidget(), PageView) \
                else self.page_view
            pointer = view.viewport().mapTo(self, view.cursorRect().bottomLeft())
        self.term_popup.show_at(pointer)

    def _tell(self, title: str, text: str, icon: str = "Information") -> "QMessageBox":
        """A message that does not block the guide; closing it frees it. ``icon``: the name of
        a QMessageBox.Icon."""
        from PySide6.QtWidgets import QMessageBox  # ~14 enums: made when first needed

        self.message_box = open_dialog(
            QMessageBox(QMessageBox.Icon[icon], title, text, parent=self))
        return self.message_box

    def _explain_outside_link(self, url: str) -> None:
        # The guide works offline and never opens other programs; show the address instead.
        address = url.removeprefix("tel:").removeprefix("mailto:")
        self.outside_box = self._tell(
            self.tr("Outside this guide"),
            self.tr("This guide does not open links outside itself. The address is:\n\n{0}")
            .format(address))

    def _on_checklist_toggled(self, shown: bool) -> None:
        # Beside the table when there is room for both; on a narrow window, a page of its own.
        if shown and self.comparison.width() < NARROW_WIDTH:
            self.comparison.show_side_panel(False)
            self.navigate(Location("checklist"))
        else:
            self.comparison.show_side_panel(shown)

    def _on_cell_chosen(self, topic_id: str, option_id: str) -> None:
        location = Location("compare", topic_id, option_id or None)
        if self.history.current.kind == "compare":
            self.history.replace(location)
        else:
            self.history.go(location)
        self._show(location)

    def _show(self, location: Location) -> None:
        if location.kind == "home":
            self.stack.setCurrentWidget(self.home_view)
        elif location.kind == "checklist":
            self.stack.setCurrentWidget(self.checklist_page)
        elif location.kind == "summary":
            self.stack.setCurrentWidget(self.summary_view)
        elif location.kind == "search":
            self.stack.setCurrentWidget(self.search_view)
        elif location.kind == "compare":
            html = self.documents.html(location) if location.target else None
            self.comparison.select(location.target, location.detail, html)
            self.stack.setCurrentWidget(self.comparison)
        else:
            self.page_view.show_html(self.documents.html(location))
            self.stack.setCurrentWidget(self.page_view)
            if location.kind == "term":
                self.page_view.scrollToAnchor(f"term-{location.target}")
        self.sidebar.mark(location)
        self.nav_bar.set_where(self.title_of(location))
        self.nav_bar.back_button.setEnabled(self.history.can_go_back)
        self.nav_bar.forward_button.setEnabled(self.history.can_go_forward)

    def title_of(self, location: Location) -> str:
        guide = self.guide
        if location.kind == "compare":
            title = self.tr("Compare the options")
            return f"{title} › {guide.topic(location.target).title}" if location.target else title
        return {
            "home": lambda: self.tr("Home"),
            "checklist": lambda: self.tr("My checklist"),
            "summary": lambda: self.tr("Take it with you"),
            "search": lambda: self.tr("Search"),
            "option": lambda: guide.option(location.target).name,
            "topic": lambda: guide.topic(location.target).title,
            "page": lambda: guide.page(location.target).title,
            "term": lambda: guide.page("glossary").title,
        }[location.kind]()

    def current_location(self) -> Location:
        return self.history.current

    def present(self) -> None:
        """Presentation mode, from the topic on screen (or the first), full screen."""
        if self.kiosk:
            return
        current = self.history.current
        ids = [t.id for t in self.guide.topics]
        start = ids.index(current.target) if current.kind in ("topic", "compare") and \
            current.target in ids else 0
        from .comparison import match_badge, ruled_out_mark
        from .presentation import PresentationWindow

        self.presentation = PresentationWindow(self.guide, self.answers, self.appearance.theme,
                                               self.font_family,
                                               (match_badge(), ruled_out_mark()), start)
        self.presentation.helpRequested.connect(self.show_help)
        self.presentation.showFullScreen()

    def start_over(self, lang: str | None = None) -> None:
        """Forget everything a visitor did: answers, history, open pages and dialogs, scroll
        positions, typed text, text size, colours and language (back to ``lang``)."""
        for dialog in self.findChildren(QDialog):
            dialog.close()
            dialog.deleteLater()
        if is_open(getattr(self, "term_popup", None)):
            self.term_popup.close()
        self.answers.clear()
        self.history.clear(HOME)
        guide = self.guide
        if lang and lang != self.guide.lang:
            try:
                guide = self.guide_for(lang)
            except (ContentError, OSError):
                pass  # the start language cannot be read now: stay in this one
        if guide is not self.guide:
            use_language(lang)
            self.answers.set_guide(guide)
            self._build(guide)  # new views in the start language
        else:
            self._clear_views()  # the same views, emptied: much cheaper than making them anew
        self.appearance.restore_defaults()
        self.apply_appearance()
        self._show(HOME)

    def _clear_views(self) -> None:
        self.nav_bar.search_box.clear()
        if self.has_view("search"):
            self.search_view.show_hits("", [])
        if self.has_view("comparison"):
            self.comparison.show_side_panel(False)
            self.comparison.select(None, None, None)
        for area in self.findChildren(QAbstractScrollArea):
            for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
                bar.setValue(bar.minimum())

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self.may_close():
            event.ignore()
            return
        self.settings.set_value("window/geometry", self.saveGeometry())
        self.settings.set_value("window/last_view", self.history.current.url())
        self.appearance.save()
        if not self.settings.sync():
            print(f"care-guide: {self.settings.problem()}", file=sys.stderr)
        super().closeEvent(event)
