"""Which words are ordinary German or English words (pyspellchecker's lists).

Two questions of the name matcher (model/names.py) are answered here: is a
word *common* (a misspelt name must not swallow "other" or "Mutter"), and is
it *ordinary*, a word rather than a name, when written with a capital
mid-sentence. The lists are made from subtitles, so they hold names too
("schmidt", "olga", "kevin"); what tells a name apart is where it is found:
a German noun is in the German list and hardly in the English one, while a
name turns up rarely in both. So a capitalised word is ordinary when it is
a frequent English word (Zipf 4: "Hand", "Problem"), a frequent German word
(Zipf 3: "Mutter"), or known in German only ("Einschätzung", "Jugendamt");
everything else goes to the export's review. pyspellchecker ships word-frequency
lists made from subtitles and books, pure data, 1.7 MB for the two
languages used; the lists of its other languages are left out of the bundle.
Loading both takes about 0.7 s, so it happens once, on first use.
"""

from __future__ import annotations

import threading
from functools import lru_cache

COMMON_FREQUENCY = 1e-6    # about one in a million running words, Zipf 3
FREQUENT_ENGLISH = 1e-5    # Zipf 4
_lock = threading.Lock()
# English writes days and months with a capital, so the lists (lower case,
# from subtitles) rate them like names; German ones are nouns the list knows.
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december".split())


@lru_cache(maxsize=1)
def _lists():
    from spellchecker import SpellChecker
    with _lock:
        return tuple(SpellChecker(language=lang, distance=1) for lang in ("en", "de"))


def common(word: str) -> bool:
    return any(c.word_usage_frequency(word) >= COMMON_FREQUENCY for c in _lists())


def ordinary(word: str) -> bool:
    if word in CALENDAR:
        return True
    en, de = (c.word_usage_frequency(word) for c in _lists())
    return en >= FREQUENT_ENGLISH or de >= COMMON_FREQUENCY or (en == 0 and de > 0)
