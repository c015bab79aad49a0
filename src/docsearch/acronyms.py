"""The acronyms a paper defines, so that a search by initials finds the name spelt out.

Council papers name things by initials once defined: "Special Educational Needs and
Disabilities (SEND)", "Dedicated Schools Grant (DSG)"; a strategy prints a glossary
("EHCP  Education, Health and Care Plan"). People search by the initials, and a passage
that spells the name out ("the Dedicated Schools Grant high needs deficit") should be
found by "DSG". Each paper's own definitions are used, in that paper only: the same
initials mean different things in different papers ("ASC" is adult social care in one,
autism spectrum conditions in another).

Indexing adds to a passage's searchable words the acronym of each defined name it spells
out (see :meth:`Glossary.also_known_as`); the text shown is unchanged.
"""

from __future__ import annotations

import functools
import re

# Words that an acronym's letters may skip: "Education, Health and Care Plan" is EHCP,
# "Office for National Statistics" ONS.
_SMALL = frozenset("a an and of for the in on to with at by &".split())
# Initials: a capital, then capitals, small letters or "&", with two capitals or more
# ("SEND", "KEaH", "R&D"); a plural "s" or "'s" is not part of them ("EHCPs").
_INITIALS = r"[A-Z](?=[A-Za-z&]*[A-Z])[A-Za-z&]{1,7}?"
_PLURAL = r"(?:s|['’]s)?"
# "Local Electric Vehicle Infrastructure (LEVI)": the name, then the initials in brackets.
_NAME_FIRST = re.compile(r"\(\s*(" + _INITIALS + r")" + _PLURAL + r"\s*\)")
# "SEND (Special Educational Needs and Disabilities)": the initials, then the name.
_INITIALS_FIRST = re.compile(r"\b(" + _INITIALS + r")" + _PLURAL + r"\s*\(([A-Z][^()\n]{3,120})\)")
# A glossary's row: the initials, then the name, alone on a line.
_GLOSSARY_ROW = re.compile(r"^[ \t]*(" + _INITIALS + r")" + _PLURAL + r"[ \t]+([A-Z][^()\n]{3,120}?)[ \t]*$", re.M)
_WORD = re.compile(r"[A-Za-z][\w'’&-]*|&")
# The most words a name is looked for in before its initials.
_NAME_WORDS = 12


def _letters(initials: str) -> str:
    return initials.replace("&", "").lower()


def _spells(words: list[str], initials: str) -> bool:
    """True when ``words`` (the whole list) spell ``initials``: every word that is not a
    small word gives its first letter, and a small word may give its own or none ("Office
    for National Statistics" and "Department for Education", DfE, both spell)."""
    letters = _letters(initials)
    if len(words) < 2 or words[0].lower() in _SMALL or words[-1].lower() in _SMALL:
        return False
    if any(len(w) < 2 and w.lower() not in _SMALL for w in words):
        return False  # "Appendix B (AB)": a letter is a label, not a word of a name

    def match(i: int, j: int) -> bool:  # words[i:] spell letters[j:]
        if i == len(words):
            return j == len(letters)
        word = words[i].lower()
        if word in _SMALL and match(i + 1, j):
            return True
        return j < len(letters) and word[0] == letters[j] and match(i + 1, j + 1)

    return match(0, 0)


def defined(text: str) -> dict[str, str]:
    """The acronyms ``text`` (a whole paper) defines, {initials: name as printed}; the
    first definition of each wins."""
    found: dict[str, str] = {}
    for m in _NAME_FIRST.finditer(text):
        initials = m.group(1)
        if initials in found:
            continue
        before = _WORD.findall(text[max(0, m.start() - 160):m.start()].split("\n\n")[-1])[-_NAME_WORDS:]
        # The shortest run of words ending at the bracket that spells the initials.
        for start in range(len(before) - 2, -1, -1):
            if _spells(before[start:], initials):
                found[initials] = " ".join(before[start:])
                break
    for pattern in (_INITIALS_FIRST, _GLOSSARY_ROW):
        for m in pattern.finditer(text):
            initials, words = m.group(1), _WORD.findall(m.group(2))
            if initials not in found and _spells(words, initials):
                found[initials] = " ".join(words)
    return found


@functools.lru_cache(maxsize=20000)
def _stem(word: str) -> str:
    from whoosh.lang.porter import stem

    # The possessive is not part of the word: "Schools'", "Children's".
    return stem(re.sub(r"(?:['’]s?)$", "", word.lower()))


@functools.lru_cache(maxsize=4096)
def _name_stems(name: str) -> tuple[str, tuple[str, ...]]:
    """The stems of a name's words, small words left out, and the first stem, to find
    where to look (papers of one council define the same names: each is worked out once)."""
    stems = tuple(_stem(w) for w in _WORD.findall(name) if w.lower() not in _SMALL)
    return stems[0], stems


class Glossary:
    """A paper's acronyms, ready to look for their names in each of its passages."""

    def __init__(self, names: dict[str, str]):
        self.names = names
        # Names by their first stem: a paper of the Leicester and Leicestershire this and
        # that names several after one word, and each printing of it is read once for all.
        self._by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for initials, name in names.items():
            first, stems = _name_stems(name)
            self._by_first.setdefault(first, []).append((initials, stems))

    def __bool__(self) -> bool:
        return bool(self.names)

    def also_known_as(self, text: str) -> list[str]:
        """The acronyms of the defined names ``text`` spells out but does not abbreviate.
        A name is spelt out when its words, small words aside, are printed word for word
        by stem ("Education, Health & Care Plans" for "Education, Health and Care Plan";
        not "children and carers" for "Children in Care").

        Only this way round: a text that prints "SEND" is not given the words "special
        educational needs", which would count twice for a query holding both ("special
        school places SEND" put a plan's every mention of SEND above the Kent report on
        special school places; measured on the query sets, see the README)."""
        low = text.lower()
        found = []
        for first, named in self._by_first.items():
            if first in low:
                found += _spelt_out(low, first, named)
        return [initials for initials in found if not prints_initials(text, initials)]


def _spelt_out(low: str, first: str, named: list[tuple[str, tuple[str, ...]]]) -> list[str]:
    """The initials of the names (all starting with the stem ``first``) that the text
    prints. Tried only where a word has that stem: stemming every word of every passage
    would cost more than the rest of indexing it."""
    found: list[str] = []
    longest = max(len(stems) for _, stems in named)
    at = low.find(first)
    while at >= 0 and len(found) < len(named):
        word = _WORD.match(low, at) if at == 0 or not low[at - 1].isalnum() else None
        if word and _stem(word.group(0)) == first:
            words = [w for w in _WORD.findall(low, at, at + 40 * longest) if w not in _SMALL][:longest]
            printed = tuple(_stem(w) for w in words)
            found += [initials for initials, stems in named
                      if initials not in found and printed[:len(stems)] == stems]
        at = low.find(first, at + 1)
    return found


def prints_initials(text: str, initials: str) -> bool:
    """True when ``text`` prints the initials themselves ("DSG", "EHCPs"), as initials:
    in capitals, not as a part of a longer word."""
    return re.search(r"(?<![\w&])" + re.escape(initials) + _PLURAL + r"(?![\w&])", text) is not None
