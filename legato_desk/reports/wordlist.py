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
Only the data is used (``WordList``, about 20 MiB held instead of the 100
MiB of pyspellchecker's dicts); reading both takes about 0.3 s, so it
happens once, on first use.
"""

from __future__ import annotations

import bisect
import re
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


# Words of the counsellors' own trade that the subtitle lists rate like names.
DOMAIN = frozenset(
    "supervision supervisor supervisorin intake jobcenter jobcoach fallkonferenz "
    "schlüsselklient schlüsselklientin keyclient".split())
# Last parts of German family and given names that are words too
# ("Neu-mann", "Rosen-berg", "Gott-fried", "Fried-rich").
NAME_ENDINGS = frozenset(
    "mann berg bach stein feld dorf burg hausen hauser heim meier maier mayer meyer "
    "baum brand wald thal kopf hoff schmidt schmid müller bauer huber hofer berger "
    "brunn brunner land lein hardt hart haus bruch hagen horst kamp kötter winkel "
    "fried hold rich bert helm hard gard traud trud linde mund wart gunde hilde marie "
    "rike lotte grete liese trude".split())
# The English list spells the American way, so a British "Practised" or
# "Colour" opening a sentence would read as an unknown name. Each rewrite keeps
# three letters in front, so a name like "Nour" or "Elise" is never made a word.
_BRITISH = tuple((re.compile(a), b) for a, b in (
    (r"(?<=\w{3})is(e|ed|es|ing|ation|ations|er|ers)$", r"iz\1"),
    (r"(?<=\w{3})ys(e|ed|es|ing)$", r"yz\1"),
    (r"(?<=\w{3})our(s|ed|ing|ite|ites|able)?$", r"or\1"),
    (r"(?<=\w{3})tre(s)?$", r"ter\1"),
    (r"(?<=\w{3})ll(ed|ing|er|ers)$", r"l\1"),
    (r"(?<=\w{3})ence(s)?$", r"ense\1"),
    (r"(?<=\w{3})ogue(s)?$", r"og\1"),
    (r"^practis", "practic"),
    (r"^programme", "program"),
))


def _spellings(word: str) -> list[str]:
    """The word and its American spelling when it looks British."""
    out = [word]
    for pattern, repl in _BRITISH:
        other = pattern.sub(repl, word)
        if other != word:
            out.append(other)
    return out


def _frequency(checker, word: str) -> float:
    return max(checker.word_usage_frequency(w) for w in _spellings(word))


class WordList:
    """One language's list, compact: the words sorted in one string, their
    offsets and counts in arrays, looked up by bisection. pyspellchecker's own
    form (a dict of 500,000 words for the two languages) held about 100 MiB
    of the app's 250 MiB with a large case open; this holds the same answers
    in about 10 MiB, read from the same file without building the dict."""

    def __init__(self, pairs):
        """``pairs``: (word, count) in sorted order, read one at a time."""
        import array
        import io

        blob, previous = io.StringIO(), ""
        self._starts, self._counts = array.array("I", [0]), array.array("I")
        for word, count in pairs:
            if word <= previous:
                raise ValueError("the word list is not sorted")
            previous = word
            blob.write(word)
            self._starts.append(self._starts[-1] + len(word))
            self._counts.append(int(count))
        self._blob = blob.getvalue()
        self._total = sum(self._counts) or 1

    def __len__(self) -> int:
        return len(self._counts)

    def __getitem__(self, i: int) -> str:
        return self._blob[self._starts[i]:self._starts[i + 1]]

    def word_usage_frequency(self, word: str) -> float:
        word = word.lower()
        i = bisect.bisect_left(self, word)
        return self._counts[i] / self._total if i < len(self) and self[i] == word else 0.0


_PAIR = re.compile(r'"([^"\\]*)": (\d+)')


def _read(language: str) -> WordList:
    """pyspellchecker's list of ``language``, read as pyspellchecker reads it
    (pkgutil, so the frozen bundle finds it too)."""
    import gzip
    import pkgutil

    data = pkgutil.get_data("spellchecker", f"resources/{language}.json.gz")
    text = gzip.decompress(data).decode("utf-8")
    if "\\" in text:  # escaped characters: the json module reads them
        import json
        return WordList(sorted(json.loads(text).items()))
    # the file is one flat {"word": count} object: matched a pair at a time,
    # so no dict or list of 340,000 pairs is built on the way
    return WordList(m.groups() for m in _PAIR.finditer(text))


@lru_cache(maxsize=1)
def _lists():
    with _lock:
        return tuple(_read(lang) for lang in ("en", "de"))


def common(word: str) -> bool:
    en, de = _lists()
    return (_frequency(en, word) >= COMMON_FREQUENCY
            or de.word_usage_frequency(word) >= COMMON_FREQUENCY)


def ordinary(word: str) -> bool:
    return _listed(word) or _compound(word)


def _listed(word: str) -> bool:
    if word in CALENDAR or word in DOMAIN:
        return True
    english, german = _lists()
    en, de = _frequency(english, word), german.word_usage_frequency(word)
    return en >= FREQUENT_ENGLISH or de >= COMMON_FREQUENCY or (en == 0 and de > 0)


@lru_cache(maxsize=8192)
def _compound(word: str) -> bool:
    """A German compound of listed words ("Fußballgruppe", "Gebetszeiten",
    "Jobcenter"): the lists hold few of them, and every one written
    capitalised would otherwise go to the review. The last part must be a
    listed word that does not end a family name ("Zimmermann", "Rosenberg"
    stay names); the first may carry a linking -s, -n, -en or -es."""
    if len(word) < 7 or "'" in word or "-" in word:
        return False
    for cut in range(3, len(word) - 3):
        head, first = word[cut:], word[:cut]
        if head in NAME_ENDINGS or not (_listed(head) or _compound(head)):
            continue
        firsts = [first] + [first[:-len(s)] for s in ("es", "en", "s", "n")
                            if first.endswith(s) and len(first) - len(s) >= 3]
        if any(common(f) or _listed(f) for f in firsts):
            return True
    return False
