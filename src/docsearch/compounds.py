"""Words joined by a hyphen: "re-offending", "well-being", "co-ordinated".

Papers print many words both ways, often in one pack ("well-being" 29 times and
"wellbeing" 451 times in the Kent papers; "re-offending" 37 and "reoffending" 53), and
people type the short form. Whoosh cuts "re-offending" into "re" and "offending", so a
search for "reoffending" missed every hyphenated printing. The index therefore also holds
a two-part compound written as one word, at the place of the first of its parts the
stop filter keeps (so phrases of the parts, "well being", still match, and the words
after it keep their places), and the search's own checks of a passage's words
read the compounds joined as well (see ``joined``).

Only compounds of two words of letters: "cost-of-living" and "value-for-money" are
phrases that papers print with spaces as often, and "COVID-19" or "2025-26" are not
words to join.
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from whoosh.analysis import CompositeAnalyzer, Filter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter

# Word's hyphen and non-breaking hyphen, U+2010 and U+2011, are hyphens too.
_HYPHENS = "\u2010\u2011-"  # (the ASCII one last: inside [...] it must not make a range)
# A hyphen. The words around it are read from there: a pattern for the whole compound
# is tried at every letter of a text, and cost a search a third of its time over the
# candidates' texts (a look-behind for the letter before it, a quarter).
_HYPHEN = re.compile(f"[{_HYPHENS}]")


class Compound(NamedTuple):
    start: int  # where the first word starts
    end: int  # where the second word ends
    first: str
    second: str

    @property
    def whole(self) -> str:
        return self.first + self.second


def compounds(text: str) -> list[Compound]:
    """The two-word compounds of letters in ``text``: not part of a longer chain
    ("cost-of-living"), nor of figures ("COVID-19", "2025-26")."""
    found = []
    for m in _HYPHEN.finditer(text):
        if not (0 < m.start() and m.end() < len(text) and text[m.start() - 1].isalpha() and text[m.end()].isalpha()):
            continue
        a = m.start()
        while a > 0 and text[a - 1].isalpha():
            a -= 1
        b = m.end()
        while b < len(text) and text[b].isalpha():
            b += 1
        # (Words of letters only: "word" characters around them are digits or "_".)
        if (a > 0 and (text[a - 1].isalnum() or text[a - 1] in _HYPHENS or text[a - 1] == "_")) \
                or (b < len(text) and (text[b].isalnum() or text[b] in _HYPHENS or text[b] == "_")):
            continue
        found.append(Compound(a, b, text[a:m.start()], text[m.end():b]))
    return found


@functools.lru_cache(maxsize=256)
def joined(text: str) -> str | None:
    """``text`` with each compound written as one word ("re-offending" as
    "reoffending"), or None if it holds none: the search's checks look for a word in
    both the text and this. (Kept for the last few texts: a candidate's text is asked for
    by more than one check.)"""
    found = compounds(text) if any(h in text for h in _HYPHENS) else []
    if not found:
        return None
    out, at = [], 0
    for c in found:
        hyphen = c.start + len(c.first)
        out += [text[at:hyphen]]
        at = hyphen + 1
    return "".join(out) + text[at:]


class CompoundTokenizer(RegexTokenizer):
    """Whoosh's default word tokenizer; when indexing, both parts of a compound carry it
    (``token.compound``: where it starts, and the compound in lower case) for
    CompoundFilter. When a query is parsed, nothing is added: a phrase of the query's
    words must stay those words."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        parts = {}
        if tokenize and mode == "index" and any(h in value for h in _HYPHENS):
            for c in compounds(value):
                parts[c.start] = parts[c.end - len(c.second)] = (c.start, c.whole.lower())
        tokens = super().__call__(value, positions=positions, chars=chars or bool(parts), keeporiginal=keeporiginal,
                                  removestops=removestops, start_pos=start_pos, start_char=start_char,
                                  tokenize=tokenize, mode=mode, **kwargs)
        if not parts:
            # (No compound: Whoosh's own tokens, as fast as without this class.)
            yield from tokens
            return
        # The parent tokenizer gives character offsets only when asked; they are needed
        # here to know which words are a compound's parts.
        for t in tokens:
            t.compound = parts.get(t.startchar - start_char)
            yield t


class CompoundFilter(Filter):
    """The compound once, after the first of its parts the stop filter kept, at that
    part's place: after "re" in "re-offending", after "stand" in "stand-by" (whose "by" is
    a stop word), after "going" in "on-going". It goes after the stop filter, which numbers
    places again and would move every later word one place on."""

    def __call__(self, tokens):
        done = None
        for t in tokens:
            yield t
            compound = getattr(t, "compound", None)
            if compound and compound[0] != done:
                done = compound[0]
                t.text = compound[1]
                t.compound = None
                yield t


def stem_analyzer():
    """Whoosh's StemmingAnalyzer (words, lower case, stop words out, Porter stems), with
    the compounds added."""
    return CompositeAnalyzer(CompoundTokenizer(), LowercaseFilter(), StopFilter(), CompoundFilter(), StemFilter())
