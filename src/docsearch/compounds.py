"""Words joined by a hyphen: "re-offending", "well-being", "co-ordinated".

Papers print many words both ways, often in one pack ("well-being" 29 times and
"wellbeing" 451 times in the Kent papers; "re-offending" 37 and "reoffending" 53), and
people type the short form. Whoosh cuts "re-offending" into "re" and "offending", so a
search for "reoffending" missed every hyphenated printing. The index therefore also holds
a two-part compound written as one word, at the place of its second part (so phrases of
the parts, "well being", still match), and the search's own checks of a passage's words
read the compounds joined as well (see ``joined``).

Only compounds of two words of letters: "cost-of-living" and "value-for-money" are
phrases that papers print with spaces as often, and "COVID-19" or "2025-26" are not
words to join.
"""
from __future__ import annotations

import re

from whoosh.analysis import CompositeAnalyzer, Filter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter

# Two words of letters joined by one hyphen, not part of a longer chain. (Word's hyphen
# and non-breaking hyphen, U+2010 and U+2011, are hyphens too.)
_HYPHENS = "\u2010\u2011-"  # (the ASCII one last: inside [...] it must not make a range)
COMPOUND = re.compile(rf"(?<![\w{_HYPHENS}])([^\W\d_]+)[{_HYPHENS}]([^\W\d_]+)(?![\w{_HYPHENS}])")


def joined(text: str) -> str | None:
    """``text`` with each compound written as one word ("re-offending" as
    "reoffending"), or None if it holds none: the search's checks look for a word in
    both the text and this."""
    if not any(h in text for h in _HYPHENS):
        return None
    out, n = COMPOUND.subn(r"\1\2", text)
    return out if n else None


class CompoundTokenizer(RegexTokenizer):
    """Whoosh's default word tokenizer; when indexing, both parts of a compound carry it
    (``token.compound``: where it starts, and the compound in lower case) for
    CompoundFilter. When a query is parsed, nothing is added: a phrase of the query's
    words must stay those words."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        compounds = {}
        if tokenize and mode == "index" and any(h in value for h in _HYPHENS):
            for m in COMPOUND.finditer(value):
                compounds[m.start(1)] = compounds[m.start(2)] = (m.start(1), (m.group(1) + m.group(2)).lower())
        # The parent tokenizer gives character offsets only when asked; they are needed
        # here to know which words are a compound's parts.
        for t in super().__call__(value, positions=positions, chars=chars or bool(compounds),
                                  keeporiginal=keeporiginal, removestops=removestops, start_pos=start_pos,
                                  start_char=start_char, tokenize=tokenize, mode=mode, **kwargs):
            t.compound = compounds.get(t.startchar - start_char) if compounds else None
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
