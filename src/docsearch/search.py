"""Stage 5: a query becomes ranked hits with snippets.

The query language (also in ``docsearch search --help`` and the README):

- plain words: papers with all of them rank first, but a missing word does not empty
  the result; stemmed, so councillor/councillors and recommend/recommendation meet;
- ``"exact phrase"``: matched on the unstemmed text;
- ``-word`` or ``NOT word`` excludes; ``AND``/``OR`` and brackets group; ``prefix*``;
- fields: ``kind:resolution``, ``body:cabinet``, ``council:kent``, ``minute:441``,
  ``title:...``;
- dates: ``date:2020``, ``date:2020-03``, ``date:2020-01..2020-06``,
  ``date:"5 March 2020"``, ``date:"March 2020"``; a day typed in full with a meeting's
  name (``cabinet 9 January 2025``) keeps that day's meetings, when the index holds any.

Only Whoosh is imported here: no nltk, pypdf or bs4 on the search path (sentence
boundaries for snippets were computed at ingest).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import re
import weakref
from collections import Counter
from typing import NamedTuple

from whoosh import qparser, query as wq, scoring
from whoosh.analysis import STOP_WORDS

from .acronyms import prints_initials
from .compounds import compounds, joined
from .dates import DAY_MONTH_YEAR, ISO, NUMERIC, find_date, parse_date_range
from .errors import QueryError
from .index import LISTED, copy_entry, copy_listing, segment_from_stored, words_key_of
from .model import Hit, kinds_named

#: Fields a query may name, and what they search.
QUERY_FIELDS = ("kind", "body", "council", "minute", "title", "date", "content")

# `date:VALUE` where VALUE runs to the next space outside quotes; `a..b` is a range, and
# either end may be quoted: `date:"January 2025"..2025-03`.
_DATE_TERM = re.compile(r'(?<![\w:])date:((?:"[^"]*"|[^\s"])+)', re.I)
# `kind:resolution`, `body:"scrutiny commission"`: filters every hit must pass.
_FILTER_TERM = re.compile(r'(?<![\w:])(kind|body|council|minute):(?:"([^"]*)"|([^\s()]+))', re.I)
_FIELD_TERM = re.compile(r'(?<![\w:"])([A-Za-z_]+):(?=\S)')
_PHRASE = re.compile(r'(?<![\w:])"([^"]+)"')
_PHRASE_OR_FIGURE = re.compile(r'"[^"]*"|(?<![\w.,£$€])[£$€]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,]|\.\d)'
                               # ... and a reference with a slash: "24/00108", "OSC47/24".
                               r'|(?<![\w/:])[A-Za-z]{0,5}\d+(?:/[A-Za-z0-9]+)+(?![\w/])'
                               # ... or letters and a slash, or capitals and a full stop: "JWC/24/5",
                               # "OSMB/60", "PL.87" (not "S.106", "Reg.18": shorthand for "Section
                               # 106" and "Regulation 18", which papers print in full).
                               r'|(?<![\w/:.])(?:[A-Za-z]{1,6}/|[A-Z]{2,6}\.)\d+[A-Za-z]?(?:/[A-Za-z0-9]+)*(?![\w/]|\.\d)')
# "-word" or "-"phrase"" at a word start: exclusion, as people type it in web search.
_MINUS = re.compile(r'(?<![\w-])-(?=[\w"(])')
# An excluded word or phrase: "-apologies", "NOT interests", '-"previous minutes"'.
_EXCLUDED_WORD = re.compile(r'(?:(?<![\w-])-|\bNOT\s+)(?:"[^"]*"|[^\s()]+)')

#: How much of the ranking comes from the kind of segment: decisions answer questions.
KIND_WEIGHT = {"resolution": 1.25, "recommendation": 1.2, "minute": 1.0, "report": 0.9, "section": 0.8}
#: Procedural items (apologies, declarations, previous minutes) and a report's lists of
#: appendices, background papers and contacts rank well below substance.
PROCEDURAL_WEIGHT = 0.35
# Words the index leaves out, which may stand between two words printed "side by side".
_STOP_ALT = "|".join(sorted(STOP_WORDS))
_PROCEDURAL_WORDS = re.compile(r"\b(apolog|declar|interest|minutes|previous|urgent|next meeting|substitut|"
                               r"appendix\b|appendices\b|background (?:papers|documents)|contents\b|"
                               r"contacts?\b|authors?\b)", re.I)

SNIPPET_CHARS = 320


def weighting():
    # BM25 over the searchable text (headings weighted inside it, see
    # index._searchable). A lower B on titles keeps a long heading searched with
    # ``title:`` from being punished for its length.
    return scoring.BM25F(B=0.75, K1=1.2, title_B=0.3)


class ParsedQuery(NamedTuple):
    """A query in the query language, taken apart."""

    query: object  # a Whoosh query, or None when only filters were given
    dates: tuple[dt.date, dt.date] | None
    filters: dict[str, list[str]]
    phrases: list[str]  # exact phrases every hit must contain as printed
    words: list[str] = []  # for plain words only (no operators or fields): their stems in order


def filters_typed(text: str) -> set[str]:
    """The fields the query filters by ("council", "date", ...), in lower case."""
    text = _double_quoted(text or "")
    return {m.group(1).lower() for m in _FILTER_TERM.finditer(text)} | ({"date"} if _DATE_TERM.search(text) else set())


def without_filters(text: str, only: tuple[str, ...] = ()) -> str:
    """The query's words with its filters (kind:, body:, council:, minute:, date:) taken
    out: what to try when the filters rule out every hit. ``only``: those fields' filters
    alone ("council", "date")."""
    text = _double_quoted(text or "")
    if not only or "date" in only:
        text = _DATE_TERM.sub(" ", text)
    text = _FILTER_TERM.sub(lambda m: " " if not only or m.group(1).lower() in only else m.group(0), text)
    return " ".join(text.split())


# A field's value in single quotes, body:'corporate parenting', as the shell's quoting
# invites inside a double-quoted argument (and the start or end of a date range).
_SINGLE_QUOTED_VALUE = re.compile(r"(?<![\w:])((?:" + "|".join(("kind", "body", "council", "minute", "title", "date"))
                                  + r"):|(?<=\S)\.\.)'((?:[^'\"]|(?<=\w)'(?=\w))*)'", re.I)


def _double_quoted(text: str) -> str:
    """The query with a field's single-quoted value in double quotes: "body:'corporate
    parenting'" had searched the body "'corporate" and the word "parenting'". An
    apostrophe between letters is the value's own: body:'children's services'."""
    return _SINGLE_QUOTED_VALUE.sub(r'\1"\2"', text) if "'" in text else text


#: The longest query parsed, in characters: a long question is a few hundred.
LONGEST_QUERY = 2000


def parse_query(schema, text: str) -> ParsedQuery:
    """Parse the query language. Raises QueryError with a one-line reason."""
    text = _double_quoted(text or "")
    # Whoosh's parser tries each of its rules at each character: a page pasted by mistake
    # (100,000 characters) took 40 s, holding an Index that threads may share.
    if len(text) > LONGEST_QUERY:
        raise QueryError(f"the query is {len(text):,} characters long; the longest searched is {LONGEST_QUERY:,}")
    if text.count('"') % 2:
        raise QueryError('unbalanced quotes in the query: close the "phrase"')
    depth = 0
    for ch in _PHRASE.sub("", text):
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            raise QueryError("unbalanced brackets in the query: a ')' has no '('")
    if depth:
        raise QueryError("unbalanced brackets in the query: a '(' is not closed")

    # "title:" or "body:" with nothing after it: say so, rather than search for the word.
    empty = re.search(r'(?<![\w:"])(' + "|".join(QUERY_FIELDS) + r'):(?=\s|$)', _PHRASE.sub(" ", text), re.I)
    if empty:
        raise QueryError(f"'{empty.group(0)}' names no value; write the value straight after it, "
                         f"{empty.group(1).lower()}:VALUE")
    # A filter applies to every hit; "kind:minute OR budget" cannot make it an alternative
    # to words, and must not quietly mean "kind:minute budget". (Filters of one field
    # joined by OR are either value: see _filters.)
    marked = _FILTER_TERM.sub("\0", _DATE_TERM.sub("\0", _PHRASE.sub(" phrase ", text)))
    mixed = re.search(r"\0[\s)]*\bOR\b[\s(]*[^\0\s(]|[^\0\s)][\s)]*\bOR\b[\s(]*\0", marked)
    if mixed:
        raise QueryError("OR cannot join a filter (kind:, body:, council:, minute:, date:) to words: a filter "
                         "applies to every hit; search for each separately, or leave out OR to have both")
    date_range = None
    for m in _DATE_TERM.finditer(text):
        date_range = _intersect(date_range, _date_value(m.group(1)))
        if date_range[0] > date_range[1]:
            # Each date: narrows the others (a meeting has one date), so two that do not
            # overlap can match nothing; "either" is a range.
            raise QueryError("the dates in the query do not overlap, and a meeting has one date; for either, "
                             "give one range: date:2020-01..2020-06")
    text = _DATE_TERM.sub(" ", text)

    # A filter keeps what it names; excluding by one ("-kind:minute", "NOT council:kent")
    # is not supported, and must not quietly keep what it names instead.
    negated = re.search(r'(?:(?<![\w:])-|\bNOT\s+)((?:kind|body|council|minute):(?:"[^"]*"|[^\s()]+))', text, re.I)
    if negated:
        raise QueryError(f"excluding by a field ('{negated.group(0).strip()}') is not supported; name what to keep "
                         "instead (kind:resolution,report), or exclude words")
    filters: dict[str, list[str]] = {}
    for m in _FILTER_TERM.finditer(text):
        value = (m.group(2) if m.group(2) is not None else m.group(3)).strip()
        name = m.group(1).lower()
        if name == "kind":
            try:
                kinds_named(value)
            except ValueError as exc:
                raise QueryError(str(exc)) from None
        if not value:
            raise QueryError(f"'{m.group(0)}' names no value")
        filters.setdefault(name, []).append(value)
    text = _FILTER_TERM.sub(" ", text)

    outside = _PHRASE.sub(" ", text)
    for m in _FIELD_TERM.finditer(outside):
        name = m.group(1).lower()
        if name not in QUERY_FIELDS:
            raise QueryError(f"unknown field '{m.group(1)}:' in the query; fields are "
                             "kind:, body:, council:, minute:, title:, date:")
    # Field names are case-insensitive for the user; Whoosh's are lower case.
    text = _FIELD_TERM.sub(lambda m: m.group(1).lower() + ":", text)
    # A figure with thousands separators ("£4,350", "12,000") is one figure, and a
    # reference ("24/00108") one reference: the index holds their parts as words, so
    # unquoted they would match every "350", and decision 22/00108.
    text = _PHRASE_OR_FIGURE.sub(lambda m: m.group(0) if m.group(0).startswith('"') else f'"{m.group(0)}"', text)
    # A bare "phrase" is found on the stemmed text and then checked word for word
    # (unless it is excluded: NOT "phrase", -"phrase").
    phrases = [m.group(2) for m in re.finditer(r'((?:\bNOT\s+|-)?)(?<![\w:])"([^"]+)"', text)
               if not m.group(1) and re.search(r"\w", m.group(2))]
    text = re.sub(r'(?<![\w:])"([^"]+)"', r'content:"\1"', text)
    text = _MINUS.sub("NOT ", text)

    # Nothing but operators left once the filters are taken out ("kind:minute OR
    # kind:resolution"): the filters alone are the query.
    left = re.sub(r"\b(?:AND|OR)\b", " ", text) if filters or date_range else text
    if not re.search(r"\w", left):
        return ParsedQuery(None, date_range, filters, [])
    # Words are looked up in the text, which starts with the segment's heading (see
    # index._segment_docs): one BM25 over heading and text, so a word in both is one word
    # found, not two.
    # (Whoosh's parser fails inside on "NOT NOT budget"; a user hears why.)
    if re.search(r"\bNOT\s+NOT\b", text):
        raise QueryError("NOT twice in a row: NOT (or -) leaves out the word after it; write it once")
    parser = qparser.QueryParser("content", schema, group=qparser.OrGroup)
    try:
        q = parser.parse(text)
    except Exception:  # noqa: BLE001 - Whoosh's parser raises assorted errors
        raise QueryError("cannot understand the query: check its AND, OR, NOT and brackets, "
                         "or put the words in quotes") from None
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        if re.search(r"\w", text):
            raise QueryError("the query has nothing to search for (only operators or common words?)")
        raise QueryError("the query has nothing to search for")
    if _only_negative(q):
        # Exclusions alone need filters to exclude from ("council:kent -budget"); run_search
        # checks that there are some, as options may give them.
        return ParsedQuery(q, date_range, filters, phrases, [])
    q = _hoist_not(q)
    return ParsedQuery(q, date_range, filters, phrases, _plain_words(q))


#: How much more a passage scores for each pair of query words it prints side by side
#: (a name, a term of art: "free schools", "care leavers"), and for holding every word
#: of a query of three or more.
PAIR_BOOST = 0.3
ALL_BOOST = 0.3
#: A passage found by the look-up for some of the words scores times the share of the
#: words it holds to this power: a resolution holding three words of five on a
#: neighbouring subject must not outrank the report paragraph holding four.
SOME_WORDS_POWER = 0.5
#: How much more a resolution or recommendation scores when its own words (not the
#: report it comes from, which every section of the report shares) hold every word of a
#: query of two or more: the decision that names the whole subject is the answer the
#: query asks for, above the report paragraphs that discuss it.
DECISION_ALL_BOOST = 0.2
#: Candidates Whoosh ranks per hit asked for: room for the copies that fold into
#: "also in" and for the kind, procedural and word-pair adjustments to reorder.
CANDIDATES_PER_HIT = 8
#: Passages holding some of the words only are looked up when fewer than this many per
#: hit asked for hold all of them (on the query set, they never reached the first page
#: otherwise; the look-up is the slower search).
ENOUGH_TOGETHER = 2
#: Resolutions and recommendations ranked as candidates however many report passages
#: outscore them on raw BM25 (see _best_decisions).
DECISION_CANDIDATES = 10
#: With ``sort="date"``: the candidates, best first, that are then put newest first. A
#: fixed number, so that a longer list is the same list, only longer.
DATE_CANDIDATES = 1000
#: Candidates are ranked for at least this many hits, so that lists of up to this many
#: are the same list, only longer. More costs every search: 20 made the Kent queries'
#: searches 45% slower (median 42 to 61 ms).
POOL_FLOOR = 10


#: How much more a segment scores when the query names the body that met ("cabinet",
#: "county council", "corporate parenting panel"): the user is asking for its decision.
BODY_BOOST = 0.3


#: A query word typed in capitals is initials ("SEND", "LEVI"): a candidate that holds it
#: only as an ordinary word of the same stem ("send", "levy"), neither printed in capitals
#: nor added for the name spelt out (see acronyms), scores this much.
CAPITALS_WEIGHT = 0.5
_CAPITALS = re.compile(r"(?<![\w&:-])([A-Z][A-Z&]{1,5})(?:s|['’]s)?(?![\w&:])")


def _typed_in_capitals(query: str) -> list[str]:
    """The words of a query typed in capitals, as initials are ("SEND transport", "LEVI"),
    not a query of several words typed all in capitals, nor the operators AND, OR, NOT."""
    plain = without_filters(query)
    if not any(c.islower() for c in plain) and len(plain.split()) > 1:
        return []  # all in capitals: nothing says which are initials
    return [w for w in _CAPITALS.findall(plain) if w not in ("AND", "OR", "NOT")]


#: How much more the record a number typed in the query numbers scores: a decision's
#: ("24/00093") or a minute's ("OSC47/24"). The record itself comes before the reports
#: and agendas that cite it.
NUMBERED_BOOST = 1.0
# A reference typed in a query: digits with a slash, or letters and digits ("24/00093",
# "OSC47/24", "CAB 45/24" as typed without the space, "JWC/24/5", "PL.87"). A number
# alone is too often a figure or a year to be taken for a minute's.
_REFERENCE = re.compile(r"(?<![\w/])(?=[\w/.-]*\d)(?=[\w/.-]*[/A-Za-z])[A-Za-z]*[/.]?\d[\w.-]*(?:/[\w.-]+)*(?![\w/])")


# ... or a number after the word "minute", as a clerk cites one: "minute 285", "Minute
# No. 45", "min. 12", "minute CAB 130" (a body's letters typed in capitals, then a space).
_MINUTE_CITED = re.compile(r"\b(?:minutes?|min\.?)\s+(?:no\.?\s*|number\s+)?((?-i:[A-Z]{2,6})\s\d+[a-z]?|\d+[a-z]?)\b", re.I)


def _citations(query: str) -> list[tuple[str, str]]:
    """The references typed in a query: each as typed, with "minute" where that cites it
    ("24/00093", "minute CAB 130"), and in lower case as the minute field holds it."""
    words = without_filters(query)
    return [(m.group(0), m.group(0).lower()) for m in _REFERENCE.finditer(words) if "/" in m.group(0)
            or re.search(r"[A-Za-z]\.?\d|\d[A-Za-z]", m.group(0))] \
        + [(m.group(0), m.group(1).lower()) for m in _MINUTE_CITED.finditer(words)]



def _ordinary_word_only(fields: dict, word: str) -> bool:
    """True when the candidate holds the word typed in capitals only as an ordinary word
    of the same stem ("levy", "sending" for LEVI, SEND): neither printed in capitals nor
    added for a name spelt out. (One that holds neither form is missing the word, and
    ranks by the words it has.)"""
    text = "\n".join((fields.get("label", ""), fields.get("text", ""), " ".join(fields.get("aka") or ())))
    if prints_initials(text, word):
        return False
    stem = _stem(word)
    return any(_stem(w) == stem for w in re.findall(r"\b" + re.escape(word[:2]) + r"\w*", text, re.I))


#: A report's recommendations score at least this share of the report's best-scoring
#: section: what the report asks the meeting to decide is what a search for the report's
#: subject is after, even when the recommendations do not repeat the words ("APPROVE the
#: net transfer of £356.0k into reserves" under a report on late business rates changes).
RECOMMENDATIONS_SHARE = 0.5


def _lift_recommendations(scored: list) -> list:
    """Raise each report's recommendations to RECOMMENDATIONS_SHARE of the best score of
    any candidate from the same report (paper and report name)."""
    best: dict = {}
    for score, fields in scored:
        if fields.get("document"):
            key = (fields.get("paper"), fields["document"])
            best[key] = max(best.get(key, 0.0), score)
    return [(max(score, RECOMMENDATIONS_SHARE * best[(fields.get("paper"), fields["document"])])
             if fields.get("kind") == "recommendation" and fields.get("document") else score, fields)
            for score, fields in scored]


#: The decisions of a minute cited by its number ("minute 285") follow it, at this share
#: of its score: they print neither the word "minute" nor the number.
CITED_DECISION_SHARE = 0.9
#: ... of a minute scoring at least this share of the best minute of that number.
CITED_MINUTE_SHARE = 0.5


def _cited_decisions(searcher, scored: list, references: set[str], flt) -> list:
    """``scored`` with the resolutions and recommendations of each minute item cited by
    number raised to CITED_DECISION_SHARE of its score, added when not among them."""
    by_number: dict[str, dict[str, float]] = {}
    for score, fields in scored:  # (a long minute's best passage stands for it)
        number = (fields.get("minute") or "").lower()
        if fields.get("kind") == "minute" and number in references:
            seg = fields.get("of") or fields["id"]
            minutes = by_number.setdefault(number, {})
            minutes[seg] = max(minutes.get(seg, 0.0), score)
    # Of two councils' minutes 285, the one the query's other words are about: "minute
    # 285 food vouchers" had the other council's minute 285 bring its resolution along.
    cited = {seg: score for minutes in by_number.values() for seg, score in minutes.items()
             if score >= CITED_MINUTE_SHARE * max(minutes.values())}
    if not cited:
        return scored
    lifted = [(max(score, CITED_DECISION_SHARE * cited[fields["parent"]]) if fields.get("parent") in cited
               and fields.get("kind") in ("resolution", "recommendation") else score, fields) for score, fields in scored]
    have = {fields["id"] for _, fields in scored}
    children = wq.AndNot(wq.Or([wq.Term("parent", i) for i in cited]), wq.Every("bare"))
    for r in _top(searcher.search(children, filter=flt, limit=10 * len(cited))):
        fields = r.fields()
        if fields["id"] not in have and fields.get("kind") in ("resolution", "recommendation"):
            lifted.append((CITED_DECISION_SHARE * cited[fields["parent"]], fields))
    return lifted


# Words that make a name into a body's: "Cabinet Committee", "Scrutiny Panel".
_BODY_WORDS = ("committee", "panel", "commission", "board", "member", "group", "forum", "council",
               "subcommittee")


def _names_body(body: str | None, words: list[str], joining: bool = False) -> bool:
    """True when the query (its stems) holds the body's name, word for word: "county
    council", "cabinet". Not a body named "Council" alone (most queries hold the word),
    nor a name the query goes on to make another body's: "cabinet committee". With
    ``joining``, the name's compounds are written whole ("Sub-Committee" as
    "SubCommittee"), as the words must then be."""
    if not body:
        return False
    stems = _body_stems(joined(body) or body) if joining else _body_stems(body)
    if not stems or stems == ["council"]:
        return False
    n = len(stems)
    after = _body_stems(" ".join(_BODY_WORDS))
    return any(words[i:i + n] == stems and (i + n == len(words) or words[i + n] not in after)
               for i in range(len(words) - n + 1))


@functools.lru_cache(maxsize=1024)
def _body_stems(name: str) -> list[str]:
    """The stems of a body's name, once per name: every candidate of a query asks."""
    return [_stem(w) for w in re.findall(r"[a-z]+", name.lower()) if w not in STOP_WORDS and len(w) > 1]


def _stem_prefix(stem: str) -> str:
    """A prefix of every word with this stem. Porter stems end in "i" where the word ends
    in "y" (policy, polici), so the stem less its last letter."""
    return stem[:-1] if len(stem) > 3 else stem


def _words_held(text: str, words: list[str]) -> set[str]:
    """The query's words (stems) that ``text`` holds, each looked for as a word starting
    with its stem's prefix, in the text as printed or with its compounds joined
    ("reoffending" in "re-offending", as the index holds it)."""
    low = text.lower()
    held = {w for w in words if re.search(r"\b" + re.escape(_stem_prefix(w)), low)}
    if len(held) < len(words) and (whole := joined(low)):
        held |= {w for w in words if w not in held and re.search(r"\b" + re.escape(_stem_prefix(w)), whole)}
    return held


def _share_held(text: str, words: list[str]) -> float:
    """The share of the query's words (stems) that ``text`` holds."""
    return len(_words_held(text, words)) / len(words)


def _spread_over_passages(searcher, q, flt, words: list[str], together: set[int]) -> list:
    """For ``sort="date"``: the best passage of each long segment (see
    index.PASSAGE_MIN_WORDS) that holds every word of the query only across its passages.
    The look-up for every word finds passages, so a minute with "zebra" in its first
    passage and "crossing" in its last is not found by it, though it holds both words.
    Segments with a passage in ``together`` (found by that look-up) are left out.

    Worked out from the postings, not the passages' stored text: which passages hold
    each word, and, for the segments of the passages holding the rarest word, which
    passages are theirs (the ``of`` field's postings)."""
    passages = set(wq.Term("doctype", "passage").docs(searcher))
    if flt is not None:
        passages &= set(flt.docs(searcher))
    holding = [passages.intersection(wq.Term("content", w).docs(searcher)) for w in set(words)]
    rarest = min(holding, key=len)
    reader = searcher.reader()
    spread: set[int] = set()
    for seg_id in {searcher.stored_fields(n).get("of") for n in rarest} - {None}:
        theirs = set(reader.postings("of", seg_id).all_ids())
        if not theirs & together and all(theirs & docs for docs in holding):
            spread |= theirs
    if not spread:
        return []
    best: dict[str, object] = {}
    for r in _top(searcher.search(q, filter=spread, limit=len(spread))):  # best first
        best.setdefault(r.fields().get("of"), r)
    return list(best.values())


def _word_pairs(words: list[str]) -> list[tuple]:
    """Each pair of neighbouring query words (stems), with a pattern for the two printed
    side by side, perhaps with common words ("of", "the") between."""
    pairs = []
    for a, b in zip(words, words[1:]):
        pa, pb = _stem_prefix(a), _stem_prefix(b)
        pattern = re.compile(rf"\b({re.escape(pa)}\w*)(?:\W+(?:{_STOP_ALT})\b)*\W+({re.escape(pb)}\w*)")
        pairs.append((a, b, pa, pb, pattern))
    return pairs


def _pairs_found(text: str, pairs: list[tuple]) -> int:
    """How many of the word pairs occur side by side in ``text``: "Free Schools
    programme" holds (free, school) and (school, programm)."""
    low = text.lower()

    def side_by_side(form: str, a, b, pa, pb, pattern) -> bool:
        return pa in form and pb in form and any(_stem(m.group(1)) == a and _stem(m.group(2)) == b
                                                 for m in pattern.finditer(form))

    # (The compounds joined only when the printed text lacks the pair.)
    return sum(1 for pair in pairs if side_by_side(low, *pair) or side_by_side(joined(low) or "", *pair))


def _typed_days(query: str) -> tuple[set[dt.date], set[str]]:
    """The days a query names in full among its words ("Cabinet 9 January 2025",
    "budget 13/02/2025"), outside its quotes and its date: filters; and the stems of the
    words that name them."""
    text = _DATE_TERM.sub(" ", re.sub(r'"[^"]*"', " ", query or ""))
    days, stems = set(), set()
    for m, day in _days_in(text):
        days.add(day)
        stems.update(_stem(w) for w in _words(m.group(0)))
    return days, stems


def _days_in(text: str):
    """The days written in full in ``text`` (day, month and year): each match and its day."""
    for pattern in (DAY_MONTH_YEAR, NUMERIC, ISO):
        for m in pattern.finditer(text):
            if m.group("year") and (day := find_date(m.group(0))):
                yield m, day


# Words naming a meeting or its papers, with which a day typed in full means that day's
# meetings (see run_search).
_MEETING_WORDS = re.compile(r"\b(?:cabinet|council|committee|sub-?committee|panel|board|commission|forum|executive|"
                            r"authority|meeting|minutes|agenda)\b", re.I)


def _with(flt, more):
    """A filter narrowed by ``more``."""
    return more if flt is None else wq.And([flt, more])


def _of_bodies_named(searcher, schema, on_the_day, query: str):
    """Of the meetings held on a typed day, those of the bodies the query names, when they
    met that day: "cabinet 13 March 2025" is the Cabinet's meeting, not the County
    Council's that day, whose papers say "Cabinet" often enough to fill the list (ten of
    its hits came before the Cabinet's agenda). A council's meeting of all its members
    ("Council", "County Council") is named by "council" (which _names_body leaves out, as
    most queries hold it). None when no body met that is named."""
    # The query's words as typed, its filters left out (the parsed query's words would
    # do, but a day in figures, "13/03/2025", is parsed as a phrase, and a query with one
    # has no plain words to name a body with). Compounds written whole on both sides:
    # "planning subcommittee" names the "Planning Sub-Committee", "health and well-being
    # board" the "Health and Wellbeing Board".
    typed = without_filters(query).lower()
    words = [_stem(w) for w in re.findall(r"[a-z]+", joined(typed) or typed) if w not in STOP_WORDS and len(w) > 1]
    bodies = {searcher.stored_fields(n).get("body") for n in on_the_day.docs(searcher)} - {None}
    named = [b for b in bodies if _names_body(b, words, joining=True)]
    if not named:
        return None, []
    # "council" beside another body's name is the council's own meeting too ("council
    # budget recommendations from cabinet ..."), unless a council is named already: "county
    # council budget" is not the parish council's meeting that day too.
    if "council" in words and not any(_body_stems(b)[-1:] == ["council"] for b in named):
        named += [b for b in bodies if b not in named and _body_stems(b)[-1:] == ["council"] and len(_body_stems(b)) <= 2]

    def words_of(name):
        return {t.text for t in schema["body"].analyzer(name)}

    either = []
    for name in named:
        own = words_of(name)
        # Not the longer names holding it ("Cabinet Member for Integrated Children's
        # Services" for "Cabinet"), which the body filter's words would match too.
        longer = {w for other in bodies - set(named) if words_of(other) > own for w in words_of(other)} - own
        exact = wq.And([wq.Term("body", w) for w in sorted(own)])
        either.append(wq.AndNot(exact, wq.Or([wq.Term("body", w) for w in sorted(longer)])) if longer else exact)
    return _with(on_the_day, wq.Or(either)), named


_WEEKDAY = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day,?")


def _beyond_the_meeting(query: str, bodies: list[str]) -> str | None:
    """A query that names a day and the bodies that met on it ("Cabinet 30 January 2025
    capital strategy"), less the day and the bodies' names: what to rank that meeting's
    papers by. Every one of them is that day's and that body's, printed so or not (the
    capital strategy appended to the meeting's papers prints neither, and ranked below
    the reports that print "Cabinet" and "January"). None when nothing else is asked
    ("Cabinet 9 January 2025"), or the query is more than plain words (the caller keeps
    the whole query too when only common words are left, "council and cabinet ...", or
    when the meeting's papers hold none of the rest)."""
    if '"' in query or _FIELD_TERM.search(query) or _EXCLUDED_WORD.search(query):
        return None
    days = [m.span() for m, _ in _days_in(query)]
    text = "".join(" " if any(a <= i < b for a, b in days) else c for i, c in enumerate(query))
    named = {stem for body in bodies for stem in _body_stems(body)}
    rest = [w for w in text.split() if not _WEEKDAY.fullmatch(w) and _stem(w.strip(",.;:").lower()) not in named]
    return " ".join(rest) or None


def _held_on(days: set[dt.date]):
    """A filter for the meetings held on ``days``."""
    return wq.Or([wq.DateRange("meeting_date", dt.datetime.combine(d, dt.time()), dt.datetime.combine(d, dt.time.max))
                  for d in sorted(days)])


def _best_decisions(searcher, q, flt, known: set[int]) -> list:
    """The best resolutions and recommendations matching ``q`` that are not among the
    candidates ``known``. Outscored on raw BM25 by many report passages, a record of
    decision can fall just outside the candidates and yet rank first once its kind counts:
    Kent's decision on family hubs came first in a list of eleven and was missing from a
    list of ten."""
    decisions = wq.Or([wq.Term("kind", "resolution"), wq.Term("kind", "recommendation")])
    return [r for r in _top(searcher.search(q, filter=_with(flt, decisions), limit=DECISION_CANDIDATES))
            if r.docnum not in known]


def _top(results) -> list:
    # Not list(results): that asks len(), which makes Whoosh count every match.
    return [results[i] for i in range(results.scored_length())]


#: The words a question is asked in ("what did the council decide about the budget",
#: "how did councillors vote"), as typed. They are not the subject: a passage need not
#: hold them to hold all the words, and they count this much of a word. ("Why" is not
#: one: an answer says why.)
QUESTION_WEIGHT = 0.2
_QUESTION_WORDS = {"what", "who", "whom", "whose", "how", "which", "where", "did", "does", "do", "was",
                   "were", "much", "many", "about"}


def _question_words_aside(q, words: list[str], query: str):
    """The query with its question words (see QUESTION_WEIGHT) weighted down, and the
    words a passage must hold to hold them all; unchanged when it is all question words.
    Only words typed as question words: "Howe" stems to "how" too, and "councillor howe"
    had put Councillor Howe's passages fourth and sixth."""
    typed = re.findall(r"[A-Za-z]+", query or "")
    question = {_stem(w) for w in typed if w.lower() in _QUESTION_WORDS} - {
        _stem(w) for w in typed if w.lower() not in _QUESTION_WORDS}
    asked = [w for w in words if w not in question]
    if not asked or len(asked) == len(words):
        return q, words
    positive = q.a if isinstance(q, wq.AndNot) else q
    weighted = wq.Or([wq.Term(sq.fieldname, sq.text, boost=QUESTION_WEIGHT) if sq.text in question else sq
                      for sq in positive.subqueries])
    return (wq.AndNot(weighted, q.b) if isinstance(q, wq.AndNot) else weighted), asked


def _plain_words(q) -> list[str]:
    """The stems of a query of plain words (``-word`` exclusions allowed), in order;
    [] for a query with operators, fields, phrases or prefixes."""
    positive = q.a if isinstance(q, wq.AndNot) else q
    subs = positive.subqueries if isinstance(positive, wq.Or) else [positive]
    if not all(isinstance(sq, wq.Term) and sq.fieldname == "content" for sq in subs):
        return []
    return [sq.text for sq in subs]


def _hoist_not(q):
    """In an OR of words, ``NOT x`` must exclude x from every hit, not add "any paper
    without x" as one more way to match: Or([a, b, Not(x)]) becomes AndNot(Or([a, b]), x)."""
    if isinstance(q, (wq.Or, wq.And)) and q.subqueries:
        subs = [_hoist_not(sq) for sq in q.subqueries]
        negatives = [sq.query for sq in subs if isinstance(sq, wq.Not)]
        positives = [sq for sq in subs if not isinstance(sq, wq.Not)]
        if negatives and positives:
            kept = type(q)(positives, boost=q.boost) if len(positives) > 1 else positives[0]
            if isinstance(q, wq.Or) and hasattr(q, "scale"):
                kept = wq.Or(positives, boost=q.boost, scale=q.scale) if len(positives) > 1 else positives[0]
            excluded = negatives[0] if len(negatives) == 1 else wq.Or(negatives)
            return wq.AndNot(kept, excluded)
        return type(q)(subs, boost=q.boost) if not isinstance(q, wq.Or) else wq.Or(subs, boost=q.boost, scale=getattr(q, "scale", None))
    return q


def _excluded(q) -> list[list[str]]:
    """What a query excludes (under NOT, or right of AND NOT): stemmed words, and
    stemmed phrases, each as a list of stems."""
    found: list[list[str]] = []

    def walk(node, negated):
        if isinstance(node, wq.AndNot):
            walk(node.a, negated)
            walk(node.b, not negated)
        elif isinstance(node, wq.Not):
            walk(node.query, not negated)
        elif isinstance(node, (wq.Term, wq.Phrase)):
            if negated and node.fieldname == "content":
                found.append([node.text] if isinstance(node, wq.Term) else list(node.words))
        elif hasattr(node, "subqueries"):
            for sub in node.subqueries:
                walk(sub, negated)

    walk(q, False)
    return found


def _only_negative(q) -> bool:
    if isinstance(q, wq.Not):
        return True
    if isinstance(q, (wq.And, wq.Or)) and q.subqueries:
        return all(isinstance(sq, wq.Not) for sq in q.subqueries)
    return False


def _date_value(value: str) -> tuple[dt.date, dt.date]:
    """The dates a date: filter's value spans; its quotes are only grouping."""
    if ".." in value:
        a, _, b = value.partition("..")
        a, b = a.replace('"', ""), b.replace('"', "")
        first = parse_date_range(a) if a.strip() else (dt.date.min, dt.date.min)
        last = parse_date_range(b) if b.strip() else (dt.date.max, dt.date.max)
        if first is None or last is None:
            raise QueryError(f"'{value}' is not a date range; try date:2020-01..2020-06")
        if first[0] > last[1]:
            raise QueryError(f"the date range '{value}' is empty: its start is after its end")
        return first[0], last[1]
    rng = parse_date_range(value.replace('"', ""))
    if rng is None:
        raise QueryError(f"'{value}' is not a date; try date:2020, date:2020-03 or date:\"5 March 2020\"")
    return rng


def _intersect(a, b):
    if a is None:
        return b
    return max(a[0], b[0]), min(a[1], b[1])


def date_bound(value, end: bool) -> dt.date | None:
    """A --since/--until value (a date as people write it) as a day."""
    if isinstance(value, dt.datetime):  # a datetime is a date too, with a time of day that says nothing here
        return value.date()
    if value is None or isinstance(value, dt.date):
        return value
    rng = parse_date_range(str(value))
    if rng is None:
        raise QueryError(f"'{value}' is not a date; try 2020-03-05, 5 March 2020 or March 2020")
    return rng[1] if end else rng[0]


def _filters(schema, kind, council, body, date_range, named=None):
    terms = []
    # A segment has one kind, council, body and minute, so a field named twice means
    # either value ("kind:minute OR kind:resolution", "kind:minute,resolution"), never
    # both, which nothing could match.
    for field, values in (named or {}).items():
        either = []
        for value in values:
            if field == "kind":
                either += [wq.Term("kind", k) for k in kinds_named(value)]
            elif field == "minute":
                # Either of several, as kinds and councils ("minute:80,81"); a decision's
                # number as file names print it ("24-00093") is the one printed "24/00093".
                for number in filter(None, value.lower().split(",")):
                    either += [wq.Term("minute", n) for n in dict.fromkeys([number, number.replace("-", "/")])]
            else:
                either += _names(schema, field, value)
        if either:
            terms.append(wq.Or(either) if len(either) > 1 else either[0])
    if kind:
        try:
            kinds = kinds_named(kind)
        except ValueError as exc:
            raise QueryError(str(exc)) from None
        terms.append(wq.Or([wq.Term("kind", k) for k in kinds]))
    for field, value in (("council", council), ("body", body)):
        if value:
            either = _names(schema, field, value)
            if not either:
                raise QueryError(f"--{field} {value!r} has no words to match")
            terms.append(wq.Or(either) if len(either) > 1 else either[0])
    if date_range:
        first, last = date_range
        if first > last:
            raise QueryError("the date range is empty: its start is after its end")
        terms.append(wq.DateRange("meeting_date",
                                  dt.datetime.combine(max(first, dt.date(1900, 1, 1)), dt.time()),
                                  dt.datetime.combine(min(last, dt.date(2999, 12, 31)), dt.time.max)))
    if not terms:
        return None
    return wq.And(terms) if len(terms) > 1 else terms[0]


def _names(schema, field: str, value: str) -> list:
    """A council or body named in a filter: every word of the name must match. Councils
    may be listed with commas, either of them ("kent,medway"), as kinds are; a body's
    name may hold a comma itself ("Growth, Economic Development and Communities Cabinet
    Committee")."""
    names = value if isinstance(value, list) else value.split(",") if field == "council" else [value]
    either = []
    for name in names:
        words = [t.text for t in schema[field].analyzer(name)]
        if field == "body" and words == ["full", "council"]:
            # "Full Council", as papers call a council's meeting of all its members: the
            # body recorded as "County Council", "Council", "Parish Council", ..., not a
            # committee or a youth council.
            either.append(wq.And([wq.Term("body", "council"),
                                  wq.Not(wq.Or([wq.Term("body", w) for w in _NOT_FULL_COUNCIL]))]))
        elif words:
            either.append(wq.And([wq.Term(field, w) for w in words]))
    return either


#: Words of a body's name that make it other than a council's full meeting.
_NOT_FULL_COUNCIL = ("cabinet", "committee", "panel", "board", "commission", "forum", "executive", "care",
                     "youth", "member", "sub", "working", "group", "partnership")


def run_search(searcher, schema, query: str, *, kind=None, council=None, body=None, since=None,
               until=None, limit: int = 10, sort: str = "relevance", _some_words: bool = False) -> list[Hit]:
    """Run a query against an open Whoosh searcher and return ranked, de-duplicated hits.
    (``_some_words``: look up the passages holding some of the words however many hold all
    of them; see below.)"""
    if limit < 1:
        raise QueryError("the number of results (limit) must be at least 1")
    query = _double_quoted(query or "")
    if sort not in ("relevance", "date"):
        raise QueryError("sort must be 'relevance' or 'date'")
    q, date_range, named, phrases, words = parse_query(schema, query)
    q, words = _question_words_aside(q, words, query)
    typed_days, day_words = _typed_days(query)
    # A day typed in figures ("13/02/2025") is that day's meeting, not a phrase every hit
    # must print (none of the budget's papers prints it so: the search found nothing).
    phrases = [ph for ph in phrases if not (typed_days and _typed_days(ph)[0] and not re.search(r"[A-Za-z]", ph))]
    first, last = date_bound(since, False), date_bound(until, True)
    if first and last and first > last:
        raise QueryError(f"--since ({since}) is after --until ({until})")
    if first or last:
        outside = date_range is not None
        date_range = _intersect(date_range, (first or dt.date.min, last or dt.date.max))
        if outside and date_range[0] > date_range[1]:
            raise QueryError("the query's date: is outside --since/--until")
    flt = _filters(schema, kind, council, body, date_range, named)
    if q is not None and _only_negative(q):
        if not (kind or council or body or date_range or named):
            raise QueryError("the query only excludes words; add a word to search for, or a filter")
        # Filters less the excluded words: every segment that passes them and lacks the words.
        gone = q.subqueries if isinstance(q, (wq.And, wq.Or)) else [q]
        q = wq.AndNot(_searched_printings(), wq.Or([sq.query for sq in gone]))
        flt = wq.And([wq.Term("doctype", "segment")] + ([flt] if flt is not None else []))
    if q is None:
        if not (kind or council or body or date_range or named):
            raise QueryError("empty query: give some words to search for")
        # Only filters: every segment that passes them (not the paper and passage records).
        q = _searched_printings()
        flt = wq.And([wq.Term("doctype", "segment")] + ([flt] if flt is not None else []))
    s = searcher
    on_the_day = _with(flt, _held_on(typed_days)) if typed_days and _MEETING_WORDS.search(query) else None
    if on_the_day is not None and s.search(wq.Every(), filter=on_the_day, limit=1).scored_length():
        # A day typed in full with a meeting's name ("Cabinet 9 January 2025", "council
        # minutes 13/02/2025") asks for that day's meetings, when the index holds any;
        # their segments hold the day's words by their date, printed in them or not. (Not
        # "deadline 31 March 2025": a date the papers print, whatever met that day.)
        of_bodies, bodies = _of_bodies_named(s, schema, on_the_day, query)
        flt = of_bodies or on_the_day
        rest = _beyond_the_meeting(query, bodies) if bodies else None
        if rest is not None and any(w.lower() not in STOP_WORDS for w in _WORD.findall(rest)):
            # Ranked by the rest of the words: the day and the body are the filter's. (Not
            # when no paper of the meeting holds any of them: the meeting's papers are
            # listed as before, rather than none.)
            rest_q, _, _, rest_phrases, rest_words = parse_query(schema, rest)
            if s.search(rest_q, filter=flt, limit=1).scored_length():
                q, words = _question_words_aside(rest_q, rest_words, rest)
                phrases = rest_phrases
    else:
        typed_days = set()
    # Asked for by a word searched for, not by one excluded ("-apologies").
    wanted_procedural = bool(_PROCEDURAL_WORDS.search(_EXCLUDED_WORD.sub(" ", query or "")))
    wanted_count = max(DATE_CANDIDATES, limit) if sort == "date" else CANDIDATES_PER_HIT * max(limit, POOL_FLOOR)
    together: set[int] = set()
    looked_up_some = False
    try:
        # No terms=True: collecting matched terms makes Whoosh score every matching
        # document instead of skipping blocks that cannot reach the top (five times slower
        # on a 14,000-segment index). Matched terms are found on the shown hits instead.
        if len(words) > 1:
            # Candidates are the passages with every word; those with only some of them
            # are looked up (the slower search) only when too few have them all (see
            # ENOUGH_TOGETHER). Papers with all the words thus come first, and a missing
            # word does not empty the result.
            every = wq.And([wq.Term("content", w) for w in words])
            if isinstance(q, wq.AndNot):
                every = wq.AndNot(every, q.b)
            results = _top(s.search(every, filter=flt, limit=wanted_count))
            if sort == "date":
                results += _spread_over_passages(s, q, flt, words, {r.docnum for r in results})
            elif len(results) == wanted_count:  # (fewer: every match is a candidate already)
                results += _best_decisions(s, every, flt, {r.docnum for r in results})
            together = {r.docnum for r in results}
            # (Counted for at least POOL_FLOOR hits, so that a list of five is the first
            # five of a list of ten.)
            if _some_words or len(results) < ENOUGH_TOGETHER * max(limit, POOL_FLOOR):
                looked_up_some = True
                results += [r for r in _top(s.search(q, filter=flt, limit=wanted_count)) if r.docnum not in together]
        else:
            results = _top(s.search(q, filter=flt, limit=wanted_count))
            if sort != "date" and len(results) == wanted_count:
                results += _best_decisions(s, q, flt, {r.docnum for r in results})
    except wq.QueryError as exc:  # Whoosh's own: a query its index cannot answer
        raise QueryError(f"cannot run the query: {exc}") from None
    terms = _query_words(q)

    scored = []
    wanted = [_words(ph) for ph in phrases]
    # A phrase with a sign in it ("4.99%", "£4,350") must print the sign too: the index
    # holds words, and "4.99" alone is in a table of interest rates.
    signed = [_flat(ph) for ph in phrases if _SIGN.search(ph)]
    capitals = _typed_in_capitals(query)
    citations = _citations(query)
    references = {reference for _, reference in citations}
    citing_words = _words_held(" ".join(typed for typed, _ in citations), words) if citations else set()
    pairs = _word_pairs(words)
    for r in results:
        if sort == "date" and together and r.docnum not in together:
            # Newest first among the hits holding every word: a newer paper that holds
            # one of them is not what "the latest decisions on council tax" asks for.
            continue
        fields = r.fields()
        if wanted:
            words_in = _words(fields.get("label", "") + " \n " + fields.get("text", ""))
            if not all(_contains(words_in, w) for w in wanted):
                continue
            if signed and not all(sign in _flat(fields.get("text", "")) for sign in signed):
                continue
        score = r.score * KIND_WEIGHT.get(fields.get("kind"), 1.0)
        if fields.get("procedural") == "yes" and not wanted_procedural:
            score *= PROCEDURAL_WEIGHT
        if capitals and any(_ordinary_word_only(fields, w) for w in capitals):
            score *= CAPITALS_WEIGHT
        numbered = bool(references) and (fields.get("minute") or "").lower() in references
        if numbered:
            score *= 1 + NUMBERED_BOOST
        if r.docnum in together and len(words) > 2:
            score *= 1 + ALL_BOOST
        elif len(words) > 1:
            # Found by the look-up for some of the words: the fewer it holds, the lower.
            found = _words_held(fields.get("label", "") + "\n" + fields.get("text", ""), words)
            found |= day_words & set(words) if typed_days else set()
            # The record a reference numbers holds the words that cite it ("minute CAB
            # 130"), printed in it or not.
            found |= citing_words if numbered else set()
            whole = numbered and len(found) == len(words) > 2  # (as if found by the look-up for all)
            score *= 1 + ALL_BOOST if whole else (len(found) / len(words)) ** SOME_WORDS_POWER
        if words and _names_body(fields.get("body"), words):
            score *= 1 + BODY_BOOST
        if pairs:
            found = _pairs_found(fields.get("label", "") + "\n" + fields.get("text", ""), pairs)
            score *= 1 + PAIR_BOOST * found
        if (len(words) > 1 and fields.get("kind") in ("resolution", "recommendation")
                and _share_held(fields.get("text", ""), words) == 1):
            score *= 1 + DECISION_ALL_BOOST
        scored.append((score, fields))
    scored = _lift_recommendations(scored)
    if references:
        scored = _cited_decisions(s, scored, references, flt)
    if sort == "date":
        # Newest first before copies are folded, so that the walk below stops as early as
        # for relevance, and a copy folds under its newest printing.
        scored.sort(key=lambda x: (x[1].get("meeting_date") or dt.datetime.min, x[0]), reverse=True)
    else:
        scored.sort(key=lambda x: -x[0])

    excluded = _excluded(q)
    excluded_starts = {stem[:2] for gone in excluded for stem in gone}
    hits: list[Hit] = []
    seen: set[str] = set()
    by_dup: dict[str, Hit] = {}
    # Per hit: the keys of the exact copies of it and of what folded into it (see _list_copies).
    copy_keys: dict[int, list[str]] = {}
    shingled: list[tuple[Hit, set]] = []
    snippet_from: dict[str, tuple] = {}
    listed: dict[int, tuple[set, set]] = {}  # per hit: the copies listed under it, and their parents
    # Per segment made from the index: its words' key (the stored dupkey; see _list_copy).
    words_key: dict[str, str] = {}
    for score, fields in scored:
        if len(hits) >= limit * 2:
            break  # enough to show, with room for the ones that fold into "also in"
        # A passage stands for its segment, which shows once, where its best part ranks;
        # the snippet comes from the passage that matched.
        seg_id = fields.get("of") or fields["id"]
        if seg_id in seen:
            continue
        seen.add(seg_id)
        passage = fields if fields.get("doctype") == "passage" else None
        if passage is not None:
            fields = s.document(id=seg_id)
            if not fields:
                continue
        # An excluded word must be absent from the whole segment, not only from the passage
        # that matched (nor from a long segment's record, whose words are in its passages).
        if excluded:
            # Only words that can share a stem with an excluded one are stemmed (see
            # make_snippet); the others keep their places as None, for phrases.
            stems = [_stem(w) if w[:2].lower() in excluded_starts else None
                     for w in _WORD.findall(fields.get("text", ""))]
            if any(_contains(stems, gone) for gone in excluded):
                continue
        seg = segment_from_stored(fields)
        dup = fields.get("dupkey")
        words_key[seg.id] = words_key_of(fields)
        # The same text printed twice (word for word, or a summary repeated inside a
        # longer appendix section) shows once, with "also in". A near-copy in another
        # meeting's papers is not folded: a report reworded for the next body ("Cabinet
        # is asked to recommend" / "County Council is asked to adopt") is that body's decision.
        first = by_dup.get(dup) if dup else None
        if first is not None and _other_record(seg, first.segment):
            first = None
        shingles = None
        if first is None:
            shingles = _shingles(seg.text)
            # A resolution is part of its minute item, and both show. But a section that
            # is only a heading over its recommendations says the same as they do: the
            # one ranked first stands for both.
            if any(_related(seg, h.segment) and (_repeats(shingles, sh, both=True) or _adds_nothing(seg, h.segment))
                   for h, sh in shingled):
                continue
            first = next((h for h, sh in shingled if _repeats(shingles, sh, longer=True)
                          and not _related(seg, h.segment) and not _other_meeting(seg, h.segment)
                          and not _other_record(seg, h.segment)), None)
        src = passage or fields
        if first is not None:
            if first.segment.meeting_date is None and seg.meeting_date is not None and (
                    shingles is None or len(shingles) >= next(len(sh) for h, sh in shingled if h is first) / 2):
                # The same text printed in a meeting's papers (an appendix printed again in
                # the pack): that printing is shown, since it says which meeting had it,
                # and the undated one goes under "also in". Only a copy of (nearly) the
                # whole, at least half as long: a short passage of boilerplate the hit also
                # prints ("Key decision: YES ...") does not stand in for a 465-word record.
                first.segment, seg = seg, first.segment
                snippet_from[first.segment.id] = (src.get("text", ""), src.get("sentences") or [], src.get("aka"))
            _list_copy(first, copy_entry(seg), seg.parent, words_key[seg.id],
                       listed.setdefault(id(first), (set(), set())))
            copy_keys[id(first)].append(fields.get("copy"))
            continue
        hit = Hit(seg, score, "")
        snippet_from[seg.id] = (src.get("text", ""), src.get("sentences") or [], src.get("aka"))
        if dup:
            by_dup[dup] = hit
        copy_keys[id(hit)] = [fields.get("copy")]
        shingled.append((hit, shingles))
        hits.append(hit)
    if len(hits) < limit and together and not looked_up_some and sort != "date":
        # The passages holding every word were many, but many were copies, or passages of
        # one segment, and fold into fewer hits than asked for: the list is filled from
        # those holding some of the words, as when few hold them all.
        return run_search(searcher, schema, query, kind=kind, council=council, body=body, since=since,
                          until=until, limit=limit, sort=sort, _some_words=True)
    if sort == "date":
        hits.sort(key=lambda h: (h.segment.meeting_date or dt.date.min, h.score), reverse=True)
    hits = hits[:limit]
    for hit in hits:
        for key in copy_keys[id(hit)]:
            _list_copies(s, hit, key, listed.setdefault(id(hit), (set(), set())))
        # A copy whose words differ from the printing shown (a summary inside a longer
        # section, a draft and its final version) is listed as similar, not as the same
        # text. Told only now: the printing shown may have changed while copies folded.
        shown = words_key[hit.segment.id]
        for entry in hit.also_in:
            entry["similar"] = entry.pop("_words") != shown
    prefixes = _query_prefixes(q)
    # Snippets only for the hits shown: stemming every candidate's text costs more than
    # the search itself.
    for hit in hits:
        text, sentences, aka = snippet_from[hit.segment.id]
        # Initials found as the name the paper spells out (see acronyms): the name's words
        # are what the snippet shows and marks.
        named = {initials: name for initials, name in (aka or {}).items() if initials.lower() in terms}
        spelt = [w for name in named.values() for w in re.findall(r"[A-Za-z]+", name)
                 if w.lower() not in STOP_WORDS]
        # A prefix ("consult*") matches the words the segment prints that start with it.
        started = sorted({w.lower() for w in _WORD.findall(hit.segment.title + "\n" + hit.segment.text)
                          if w.lower().startswith(prefixes)}) if prefixes else []
        hit.snippet, hit.highlights = make_snippet(text, sentences, terms + started + [w.lower() for w in spelt])
        hit.matched_terms = sorted(set(_matched_terms(hit.segment.title + "\n" + hit.segment.text, terms + started))
                                   | {initials.lower() for initials in named})
    parent_ids = {h.segment.parent for h in hits if h.segment.parent}
    if parent_ids:
        titles = {}
        for pid in parent_ids:
            f = s.document(id=pid)
            if f:
                titles[pid] = f.get("label")
        for h in hits:
            h.parent_title = titles.get(h.segment.parent)
    return hits


def _searched_printings():
    """Every record but the exact copies of a segment searched (see index._mend_copies),
    for searches by filters alone: the copies are listed under it, and, ranked too, they
    would fill the candidates (which all score alike) with copies of the first texts."""
    return wq.AndNot(wq.Every(), wq.Every("bare"))


def _list_copies(searcher, hit: Hit, key: str | None, listed: tuple[set, set]) -> None:
    """Lists under "also in" the exact copies of a hit, or of a near-copy folded into it,
    by their ``key``: their words are not searched (see index._mend_copies), so they are
    not among the candidates."""
    if not key or searcher.doc_frequency("copy", key) < 2:
        return
    copies = []
    for n in searcher.document_numbers(copy=key):
        *values, parent, words = _listing(searcher, n)
        copies.append((dict(zip(LISTED, values)), parent, words))
    for entry, parent, words in sorted(copies, key=lambda c: (c[0]["source"], c[0]["id"])):
        if entry["id"] != hit.segment.id and entry["id"] not in listed[0]:
            _list_copy(hit, entry, parent, words, listed)


#: Each searcher's segments' ``listing`` columns, [(first document, column or None)].
_LISTINGS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _listing(searcher, docnum: int) -> tuple:
    """A record's copy_listing, from its column (read once a searcher), else (a record
    written without one) from its stored fields."""
    leaves = _LISTINGS.get(searcher)
    if leaves is None:
        leaves = [(offset, leaf.column_reader("listing") if leaf.has_column("listing") else None)
                  for leaf, offset in searcher.reader().leaf_readers()]
        _LISTINGS[searcher] = leaves
    offset, column = next((o, c) for o, c in reversed(leaves) if o <= docnum)
    listing = column[docnum - offset] if column is not None else None
    return listing or copy_listing(searcher.stored_fields(docnum))


def _list_copy(hit: Hit, entry: dict, parent: str | None, words: str, listed: tuple[set, set]) -> None:
    """Lists a copy (its copy_entry ``entry``, its ``parent``) under ``hit``'s "also
    in", with its words' key ``words`` (told against the printing finally shown: see
    search). A copy and its parent (a report section and its recommendations, both
    printed again in the same paper) are listed once; ``listed`` holds the ids and the
    parents listed so far."""
    ids, parents = listed
    if parent not in ids and entry["id"] not in parents:
        hit.also_in.append(dict(entry, _words=words))
    ids.add(entry["id"])
    parents.add(parent)


# Near-duplicates: runs of this many words, and the share of one text's runs that must
# appear in another for it to count as a copy.
SHINGLE_WORDS = 8
DUPLICATE_SHARE = 0.8
#: A hit holding a copy of a hit ranked above it folds into that hit's "also in" only if
#: it is at most this many times as long: a summary's appendix section that adds a
#: sentence is a copy; a minute of an eight-page debate that quotes the recommendations
#: is not, and folded under them it could not be found.
COPY_AT_MOST_LONGER = 2


def _shingles(text: str) -> set:
    # A paragraph's number is no part of its words: a report's summary and its section 4
    # print the same recommendations, the one bare and the other as "4.1", "4.2".
    words = re.findall(r"\w+", _PARAGRAPH_NUMBERS.sub("", text).lower())
    return {hash(tuple(words[i:i + SHINGLE_WORDS])) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}


_PARAGRAPH_NUMBERS = re.compile(r"(?m)^[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]+")


def _repeats(a: set, b: set, both: bool = False, longer: bool = False) -> bool:
    """True when the shorter text is (nearly) all contained in the longer one; with
    ``both``, when each is (nearly) all contained in the other; with ``longer``, when
    ``a`` is no more than COPY_AT_MOST_LONGER times as long as ``b``, too."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < 4 or longer and len(a) > COPY_AT_MOST_LONGER * len(b):
        return False
    shared = len(small & large)
    return shared >= DUPLICATE_SHARE * (len(large) if both else len(small))


def _other_meeting(a, b) -> bool:
    """True when both segments' meetings are known and differ (body or date). Known from
    the papers themselves: a paper dated only by its file name (an appendix published on
    its own) was not reworded for its meeting, and its draft for Cabinet and final
    version for the Council are one text printed twice."""
    return bool(a.meeting_date and b.meeting_date and a.body and b.body
                and not a.dated_by_file_name and not b.dated_by_file_name
                and (a.meeting_date, a.body) != (b.meeting_date, b.body))


_RECORDS = ("minute", "resolution")


def _other_record(a, b) -> bool:
    """True when two segments are different records however alike their words. A
    decision (a minute or resolution) is not a copy of the report or recommendation
    that proposed it: "Endorses the submission" resolved by the Council and "Endorse
    the submission" recommended to it are both wanted, as what was decided and what
    was asked. Two minutes or resolutions of another council, meeting or minute item
    record different decisions: "RESOLVED that planning permission be GRANTED subject
    to the conditions set out in the report" is each application's own decision, word
    for word the same; so do two in one paper, numbered or not (a panel's "RESOLVED
    that the Panel note the report" under each of its items). A meeting's minutes
    printed again in a later pack are the same record."""
    if (a.kind in _RECORDS) != (b.kind in _RECORDS):
        return True
    if a.kind not in _RECORDS:
        return False
    return bool(a.council and b.council and a.council != b.council or _other_meeting(a, b)
                or a.minute and b.minute and a.minute != b.minute or a.source == b.source)


def _adds_nothing(a, b) -> bool:
    """True when one is a report's section and the other the recommendations it holds,
    and the section says nothing more: its heading and short lines (a contact's name,
    office and telephone; "Appendix 1.") around them, and its list of appendices however
    long their names ("Appendix 6 – Commissioned Family Hub Contracts Consultation
    Report": the section had shown again under the recommendations it holds)."""
    section, held = (a, b) if b.parent == a.id else (b, a)
    if held.kind != "recommendation" or section.kind not in ("report", "section") or held.text not in section.text:
        return False
    rest = section.text.replace(held.text, "\n")
    return not any(len(line.split()) >= 8 and not _LISTED_APPENDIX.match(line) for line in rest.splitlines())


# A line of a report's list of appendices: "Appendix 3 – 24-00093 - Decision Report".
_LISTED_APPENDIX = re.compile(r"^\s*(?:appendix|annex|annexe)\s+[A-Z0-9]{1,3}\b", re.I)


def _related(a, b) -> bool:
    """A segment and its parent (a minute item and its resolution)."""
    return a.parent == b.id or b.parent == a.id


def _words(text: str) -> list[str]:
    from .clean import normalise

    return re.findall(r"\w+", normalise(text).lower())


_SIGN = re.compile(r"[%£$€]")


def _flat(text: str) -> str:
    """Text as printed, in lower case with its spacing evened out, to find a phrase's signs."""
    from .clean import normalise

    flat = " ".join(normalise(text).lower().split())
    return re.sub(r"(?<=\d) (?=%)|(?<=[£$€]) (?=\d)", "", flat)  # "4.99 %", "£ 4,350"


def _contains(words: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    if not n:
        return True
    first = phrase[0]
    return any(words[i:i + n] == phrase for i, w in enumerate(words) if w == first)


def _query_words(q) -> list[str]:
    """Lower-case words of the query (stemmed and unstemmed forms both appear in
    matched terms; the snippet matches words by their stem)."""
    words = set()
    for field, text in q.iter_all_terms() if hasattr(q, "iter_all_terms") else []:
        if field in ("content", "title"):
            words.add(text.decode() if isinstance(text, bytes) else str(text))
    return sorted(words)


def _query_prefixes(q) -> tuple[str, ...]:
    """The prefixes the query asks for ("consult*"): Whoosh lists no terms for them."""
    leaves = q.leaves() if q is not None and hasattr(q, "leaves") else []
    return tuple(sorted({leaf.text.lower() for leaf in leaves
                         if isinstance(leaf, wq.Prefix) and leaf.fieldname in ("content", "title")}))


# A word as the index cuts it (Whoosh's tokenizer keeps a dot between letters or figures:
# "4.99", "e.g"), so that "4.99%" is found in a snippet as it was in the index.
_WORD = re.compile(r"\w+(?:\.?\w+)*(?:['’]\w+)?")


def _matched_terms(text: str, terms: list[str]) -> list[str]:
    """The query's terms that occur in ``text``, each as the text first prints it
    ("families" for the stem "famili")."""
    wanted = {_stem(t) for t in terms} | set(terms)
    starts = {x[:2] for x in wanted}
    printed: dict[str, str] = {}
    for w in _WORD.findall(text):
        if w[:2].lower() in starts:
            printed.setdefault(_stem(w), w.lower())
    for c in _compounds(text, starts):
        printed.setdefault(_stem(c.whole), text[c.start:c.end].lower())
    found = {printed.get(t) or printed.get(_stem(t)) for t in terms}
    return sorted(w for w in found if w)


def _compounds(text: str, starts: set[str]):
    """The compounds in ``text`` (see compounds) whose first two letters are in ``starts``."""
    return [c for c in compounds(text) if c.first[:2].lower() in starts]


@functools.lru_cache(maxsize=20000)
def _stem(word: str) -> str:
    from whoosh.lang.porter import stem

    return stem(word.lower())


_SENTENCE_END = frozenset(".!?;:")


def make_snippet(text: str, sentences: list, terms: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Whole sentences around the matched words, and the (start, end) of each matched
    word inside the snippet for highlighting."""
    if not text:
        return "", []
    stems = {_stem(t) for t in terms} | {t.lower() for t in terms}
    prefixes = [t[:-1].lower() for t in terms if t.endswith("*")]
    # A word can only share a stem with a term if it starts with the stem's first two
    # letters: stemming every word of a long text costs more than the search.
    starts = {x[:2] for x in stems} | {p[:2] for p in prefixes}
    matches = [(m.start(), m.end()) for m in _WORD.finditer(text)
               if m.group(0)[:2].lower() in starts and (
                   m.group(0).lower() in stems or _stem(m.group(0)) in stems
                   or any(m.group(0).lower().startswith(p) for p in prefixes if p))]
    # A compound the query names written as one word ("reoffending"), highlighted whole.
    whole = [(c.start, c.end) for c in _compounds(text, starts) if _stem(c.whole) in stems]
    if whole:
        matches = sorted(set(whole) | {(a, b) for a, b in matches if not any(x <= a < y for x, y in whole)})
    spans = [tuple(s) for s in sentences] or [(0, len(text))]
    best = 0
    if matches:
        # The sentence with the most of the query's words (by stem: "balance" and
        # "balances" are one); of equals, a sentence before a heading (a report's title
        # in capitals over its first paragraph, which the hit's title already shows),
        # then the one whose words are rarest in this text: "reserves", in three
        # sentences, says more than "budget", in thirty.
        stem_at = {a: _stem(text[a:b]) for a, b in matches}
        held = [{stem_at[a] for a, _ in matches if span[0] <= a < span[1]} for span in spans]
        spread = Counter(st for h in held for st in h)

        def worth(i):
            ends = text[spans[i][0]:spans[i][1]].rstrip(" \t\n\"'’”)]")[-1:]
            return len(held[i]), ends in _SENTENCE_END, sum(1 / spread[st] for st in held[i]), -i

        best = max(range(len(spans)), key=worth)
    # Short sentences ("RESOLVED:", a heading) take the following ones with them.
    chosen = [spans[best]]
    while chosen[-1][1] - chosen[0][0] < SNIPPET_CHARS // 2 and best + len(chosen) < len(spans):
        chosen.append(spans[best + len(chosen)])
    start, end = chosen[0][0], chosen[-1][1]
    if end - start > SNIPPET_CHARS:
        # A very long "sentence" (a table, a list): centre on the first match inside.
        inside = [a for a, _ in matches if start <= a < end]
        centre = inside[0] if inside else start
        # Cut between words, never inside one ("…unty Council"); a cut within a few
        # words of the sentence's start keeps the start.
        cut = max(start, centre - SNIPPET_CHARS // 3)
        if cut - start > SNIPPET_CHARS // 10:
            space = text.find(" ", cut, centre)
            start = space + 1 if space >= 0 else cut
        end = min(end, start + SNIPPET_CHARS)
        # (Inside a figure too: "46,631.1" had been cut to "46,…".)
        if end < chosen[-1][1] and not text[end - 1].isspace() and not text[end].isspace():
            space = text.rfind(" ", start, end)
            end = space if space > start else end
    raw = text[start:end]
    # One line for display; keep offsets by replacing newlines one for one.
    snippet = raw.replace("\n", " ")
    highlights = [(a - start, b - start) for a, b in matches if start <= a and b <= end]
    prefix = "…" if start > 0 and not chosen[0][0] == start else ""
    suffix = "…" if end < chosen[-1][1] else ""
    if prefix:
        highlights = [(a + 1, b + 1) for a, b in highlights]
    return prefix + snippet + suffix, highlights


def _unknown_stem(token: str, word: str, reader, analyzer) -> str | None:
    """The stem of ``word`` (``token`` of a query, lower-cased and unquoted) when it is a
    plain word of three letters or more that no paper holds; None for a word the papers
    hold, an operator, a filter or an excluded word."""
    if (not word or ":" in token or token.startswith("-") or token.upper() in ("AND", "OR", "NOT")
            or not word.isalpha() or len(word) < 3):
        return None
    stems = [t.text for t in analyzer(word)]
    return stems[0] if stems and ("content", stems[0]) not in reader else None


def missing_words(searcher, query: str) -> list[str]:
    """The plain words of a query that no paper holds, as typed."""
    reader = searcher.reader()
    analyzer = searcher.schema["content"].analyzer
    return [token.strip("()") for token in without_filters(re.sub(r'"[^"]*"', " ", query or "")).split()
            if _unknown_stem(token, token.strip("()").lower(), reader, analyzer)]


def suggest_query(searcher, query: str) -> str | None:
    """'Did you mean': replace words the index does not know with the nearest it does."""
    from whoosh.support.levenshtein import damerau_levenshtein

    if not query:
        return None
    reader = searcher.reader()
    analyzer = searcher.schema["content"].analyzer
    corrector = None  # made only for a word the index does not know: it reads the word list
    changed = False
    out = []
    for token in re.split(r"(\s+)", query):
        word = token.strip('"()').lower()
        # (Nor a word longer than any the papers print: Whoosh's look-up of the words
        # within reach takes time in proportion to its length, 29 s for 1,000 letters.)
        # (Nor a question's own words, which a small index may lack: "what" is not "white".)
        stem = _unknown_stem(token, word, reader, analyzer) \
            if len(word) <= SUGGEST_LONGEST and word not in _QUESTION_WORDS else None
        if stem is None:
            out.append(token)
            continue
        # A word split in two ("pot holes", "play ground"): the two joined, if the papers
        # print them so, rather than a word a letter from the second ("pot homes").
        before = out[-2].strip('"()').lower() if len(out) >= 2 and not out[-1].strip() else ""
        joined = [t.text for t in analyzer(before + word)] if before.isalpha() else []
        if joined and ("content", joined[0]) in reader and (glued := _surface_word(searcher, joined[0], before + word)):
            out[-2:] = [out[-2].replace(out[-2].strip('"()'), glued)]
            changed = True
            continue
        # The stems nearest the typed word's, then the printed word nearest the typed one:
        # "resilence" is one letter from both "resid" and "resili", but is "resilience".
        # Whoosh lists the stems within reach most used first ("famly": "earli" and "fall"
        # before "famili"), so the nearest are picked here. A long word may be three
        # letters out ("devolutoin" from "devolut"): looked for only when two find none,
        # as it reads more of the word list.
        corrector = corrector or searcher.corrector("content")
        options = corrector.suggest(stem, limit=SUGGEST_OPTIONS, maxdist=2)
        if not options and len(word) >= LONG_WORD:
            options = corrector.suggest(stem, limit=SUGGEST_OPTIONS, maxdist=3)
        # Porter stems a misspelt word its own way ("corprate" to "corprat", three letters
        # from "corpor"; "educaton" unchanged, four from "educ"), so a stem is also
        # measured against the start of the word as typed, which a stem mostly is: the
        # stems a letter or so from a start of the typed word are the likeliest ("corpor"
        # for "corprate", not "compat"; "miner" for "minrals", not "mental"). The typed
        # word's own starts that the papers hold as stems ("educ") are among them.
        # (Those sharing its first three letters: a look-up by prefix, where one three
        # slips wide reads much of the word list.)
        same_start = itertools.islice(reader.expand_prefix("content", word[:3]), SUGGEST_PREFIXED)
        near_start = sorted({o for o in (t.decode() if isinstance(t, bytes) else t for t in same_start)
                             if len(o) >= 3 and _from_start(o, word) <= 1},
                            key=lambda o: -reader.doc_frequency("content", o))[:SUGGEST_NEAR]
        # (Two letters swapped are one slip: "hosuing" is one from "housing", as from
        # "hosting".)
        distance = {o: damerau_levenshtein(o, stem) for o in options}
        nearest = min(distance.values(), default=None)
        by_stem = [o for o in options if distance[o] == nearest]
        options = list(dict.fromkeys(by_stem + near_start))
        printed = [(w, o) for w, o in ((_surface_word(searcher, o, word), o) for o in options) if w]
        # A word found only by its start must be a slip or two from the whole word typed:
        # "crematorium" is not "create", nor "hedgehogs" "hedge" (a regression test).
        printed = [(w, o) for w, o in printed if o in by_stem or _slips(w, word) <= max(1.5, len(word) / 4)]
        # The printed word most like the typed one, a word the papers use often counting
        # for more than a rare one a letter nearer: "meels" is "meals" (32 segments), not
        # the energy standard "MEES" (3).
        surface = min(printed, key=lambda wo: _slips(wo[0], word) - SUGGEST_FREQUENCY_WEIGHT
                      * math.log10(1 + reader.doc_frequency("content", wo[1])))[0] if printed else None
        if surface:
            out.append(token.replace(token.strip('"()'), surface))
            changed = True
        else:
            out.append(token)
    return "".join(out) if changed else None


#: "Did you mean": how many of the index's words within reach are compared, and the
#: length from which a word may be three letters out.
SUGGEST_OPTIONS = 100
#: ... how many words sharing the typed word's first three letters are measured against
#: its start, and how many of those a slip from it are read for their printed forms (the
#: most used first).
SUGGEST_PREFIXED = 3000
SUGGEST_NEAR = 8
LONG_WORD = 8
SUGGEST_LONGEST = 40
#: How many slips of the keyboard (see _slips) ten times as many segments holding a word
#: weigh, in choosing among the words within reach.
SUGGEST_FREQUENCY_WEIGHT = 0.25


_VOWELS = frozenset("aeiouy")


def _from_start(stem: str, typed: str) -> int:
    """Slips (as Damerau-Levenshtein counts them) from ``stem`` to the nearest start of the
    typed word of about its length: "corpor" is one from "corpr", the start of "corprate"."""
    from whoosh.support.levenshtein import damerau_levenshtein

    ends = range(max(1, len(stem) - 1), min(len(typed), len(stem) + 1) + 1)
    return min((damerau_levenshtein(stem, typed[:k]) for k in ends), default=len(stem))


def _slips(printed: str, typed: str) -> float:
    """How many slips turn ``printed`` into ``typed``: a letter left out, added or
    changed, or two swapped, each one slip; a vowel left out, added or put for another
    half of one, as people misspell by sound ("meels" is half a slip from "meals" and a
    whole one from "meets" or "mees"; "resilence" half from "resilience", a whole one
    from "residence"; "adoptoin" one swap from "adoption", more from "adopting"); and so
    is a double letter written single or a single one doubled, as people misspell by
    ear too ("fly tiping" half from "tipping", a whole one from "timing"; "comittee",
    "occassion")."""
    a, b = printed, typed
    two_before: list[float] = []
    row_before: list[float] = []
    row = [float(j) for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        row_before, row = row, [float(i)] + [0.0] * len(b)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                change = 0.0
            elif a[i - 1] in _VOWELS and b[j - 1] in _VOWELS:
                change = 0.5
            else:
                change = 1.0
            left_out = 0.5 if a[i - 1] in _VOWELS or i > 1 and a[i - 1] == a[i - 2] else 1.0
            added = 0.5 if b[j - 1] in _VOWELS or j > 1 and b[j - 1] == b[j - 2] else 1.0
            row[j] = min(row_before[j] + left_out, row[j - 1] + added, row_before[j - 1] + change)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], two_before[j - 2] + 1)
        two_before = row_before
    # (The first letter is seldom the one got wrong: "fre" is "free", not "re".)
    return row[len(b)] + (0.5 if a[:1] != b[:1] else 0.0)


#: Segments read for the printed forms of a stem: enough to meet "family" as well as
#: "families".
SURFACE_SEGMENTS = 20


def _surface_word(searcher, stem: str, typed: str) -> str | None:
    """A word as printed in the papers whose stem is ``stem`` ("financial" for "financi"),
    the one nearest to what was typed ("famly" → "family", not "families"), from the first
    few segments that hold it."""
    found: set[str] = set()
    for n, docnum in enumerate(searcher.reader().postings("content", stem).all_ids()):
        if n == SURFACE_SEGMENTS:
            break
        text = searcher.stored_fields(docnum).get("text", "")
        found |= {w.lower() for w in re.findall(r"[A-Za-z]+", text)
                  if w[:2].lower() == stem[:2] and _stem(w) == stem}
    return min(sorted(found), key=lambda w: _slips(w, typed)) if found else None
