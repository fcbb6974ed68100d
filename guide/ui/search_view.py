"""Search results as you type: title, kind and a snippet with the match marked."""

from html import escape

from PySide6.QtCore import QCoreApplication

from ..i18n import QT_TRANSLATE_NOOP
from ..search import Hit
from .page_view import PageView

KIND_NAMES = {
    "option": QT_TRANSLATE_NOOP("SearchView", "Option"),
    "topic": QT_TRANSLATE_NOOP("SearchView", "Topic"),
    "question": QT_TRANSLATE_NOOP("SearchView", "Common question"),
    "term": QT_TRANSLATE_NOOP("SearchView", "Word to know"),
    "page": QT_TRANSLATE_NOOP("SearchView", "Page"),
    "statement": QT_TRANSLATE_NOOP("SearchView", "Checklist"),
}


class SearchView(PageView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("searchView")
        self.setAccessibleName(self.tr("Search results"))
        self.hits: list[Hit] = []

    def show_hits(self, query: str, hits: list[Hit]) -> None:
        self.hits = hits
        if not query.strip():
            self.show_html("<p>" + escape(self.tr("Type a word to search the guide.")) + "</p>")
            return
        if not hits:
            self.show_html("<p>" + escape(self.tr("Nothing found for “{0}”. Try another word, "
                                                  "or see the common questions."))
                           .format(escape(query)) + ' <a href="guide:page/common-questions">'
                           + escape(self.tr("Common questions")) + "</a></p>")
            return
        heading = self.tr("Results for “{0}”").format(query)
        parts = [f"<h1>{escape(heading)}</h1>"]
        for hit in hits:
            kind = QCoreApplication.translate("SearchView", KIND_NAMES.get(hit.kind, hit.kind))
            parts.append(f'<p><a href="{hit.location}"><b>{escape(hit.title)}</b></a> '
                         f'<span class="source">· {escape(kind)}</span><br>{hit.snippet}</p>')
        self.show_html("".join(parts))
