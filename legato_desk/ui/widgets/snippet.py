"""A search snippet as rich text: the matching words highlighted."""

from __future__ import annotations

from html import escape

from legato_desk.model.progress import split_highlights


def snippet_html(snippet: str) -> str:
    return "".join(f"<b style='background:#ffe58a'>{escape(t)}</b>" if on else escape(t)
                   for t, on in split_highlights(" ".join(snippet.split())))
