"""Event context: can two articles be about the same real-world event?

Two claims with the same words ("a magnitude 6.1 earthquake killed several people") are only the
same claim when their articles report the same event. An article's context is its publication
date (or a dateline / year found in its first lines), and the named entities (people, places,
organisations) it mentions near the top. Two articles are judged different events when their
dates are far apart, or when both name enough entities and share (almost) none of the
distinctive ones. Tuned on the ECB+ dev topics (two look-alike events per topic).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from workbench.core.figures.dates import MONTHS
from workbench.core.language.stems import fold, stem
from workbench.core.match.normalize import STOP_WORDS

#: Articles published further apart than this are different events.
MAX_DAYS_APART = 45
#: With enough entities on both sides, a weighted entity overlap below this means different events.
MIN_ENTITY_OVERLAP = 0.12
MIN_ENTITIES = 4
#: A name in at most half of a project's articles (IDF log((n+1)/(df+0.5)) >= log 2) is distinctive.
DISTINCTIVE_IDF = math.log(2)
#: The weight of the distinctive names two articles share, over the geometric mean of each one's
#: distinctive names, from which they are taken to report one event (between this and
#: MIN_ENTITY_OVERLAP: cannot tell).
SAME_EVENT_OVERLAP = 0.15
#: A name in at least this many articles is frequent enough to mark a story (`two_stories`).
STORY_MIN_ARTICLES = 4
#: Article pairs `two_stories` remembers before it forgets them all (~150 B an entry: a 100k-claim
#: project's 10,000 articles make up to 50M pairs, of which matching asks millions).
STORY_MEMO_MAX = 200_000
#: Below this many articles, IDF says nothing about which names are common ground.
MIN_ARTICLES = 6

_DATE_RE = re.compile(
    r"\b(?:(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?P<d1>\d{1,2}),?\s+(?P<y1>(?:19|20)\d\d)"
    r"|(?P<d2>\d{1,2})\s+(?P<m2>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d))\b",
    re.IGNORECASE,
)
_ENTITY_RE = re.compile(r"\b[A-Z][a-zA-Z'\u00c0-\u024f-]{2,}(?:\s+[A-Z][a-zA-Z'\u00c0-\u024f-]{2,})*")
_SENT_START = re.compile(r"(?:^|[.!?:\"]\s+|\n)$")
_NOT_ENTITIES = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "police", "officials", "official", "government", "reuters", "associated", "press", "afp", "news", "update", "updated", "read", "more", "share", "comment", "comments", "photo", "video", "image", "according", "sources", "source", "breaking", "report", "reported", "reports", "mr", "mrs", "ms", "dr", "the", "this", "that", "these", "those", "there", "their", "they", "we", "it", "its", "he", "she", "his", "her", "but", "and", "or", "in", "on", "at", "for", "with", "after", "before", "when", "while", "during",
     # abbreviated months and weekdays, and time zones of datelines ("Sat, Nov 12, 2011 18:50 IST")
     "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
     "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "gmt", "bst", "utc", "est", "edt", "cst", "cdt", "pst",
     "pdt", "ist", "cet", "cest", "aest", "aedt"]
)


@dataclass
class EventContext:
    """What is known about the event an article (and so each of its claims) reports."""

    article_id: int | None = None
    published: str | None = None  # ISO date
    entities: Counter[str] = field(default_factory=Counter)
    wire_group: int | None = None
    outlet: str | None = None
    #: (entity set, weighted total) per weights table: matching asks for them once per claim pair.
    _memo: dict[int, tuple[frozenset[str], float, frozenset[str], float]] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def day(self) -> date | None:
        return parse_iso(self.published)

    def weighted_entities(self, weights: dict[str, float] | None) -> tuple[frozenset[str], float]:
        """The entity set and its total weight (computed once; the context is not changed while matching)."""
        names, total, _, _ = self._weighed(weights)
        return names, total

    def distinctive_entities(self, weights: dict[str, float] | None) -> tuple[frozenset[str], float]:
        """The distinctive entities (`distinctive`) and their total weight."""
        _, _, names, total = self._weighed(weights)
        return names, total

    def _weighed(self, weights: dict[str, float] | None) -> tuple[frozenset[str], float, frozenset[str], float]:
        key = id(weights)
        got = self._memo.get(key)
        if got is None or len(got[0]) != len(self.entities):
            names = frozenset(self.entities)
            rare = frozenset(e for e in names if distinctive(e, weights))
            got = (names, sum(weights.get(e, 1.0) for e in names) if weights else float(len(names)),
                   rare, sum(weights.get(e, 1.0) for e in rare) if weights else float(len(rare)))
            self._memo[key] = got
        return got


@lru_cache(maxsize=10_000)
def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 15))
    except ValueError:
        return None


def find_dateline(text: str) -> str | None:
    """The first full date in the first lines of an article (a dateline), as ISO."""
    m = _DATE_RE.search(text[:600])
    if not m:
        return None
    try:
        if m.group("y1"):
            d = date(int(m.group("y1")), MONTHS[m.group("m1").lower()], int(m.group("d1")))
        elif m.group("y2"):
            d = date(int(m.group("y2")), MONTHS[m.group("m2").lower()], int(m.group("d2")))
        else:
            d = date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
    except (ValueError, KeyError):
        return None
    return d.isoformat()


def entities_of(text: str, limit_chars: int = 2500) -> Counter[str]:
    """Capitalised names (not at a sentence start, not calendar or newsroom words), stemmed."""
    out: Counter[str] = Counter()
    head = text[:limit_chars]
    for m in _ENTITY_RE.finditer(head):
        words = m.group(0).split()
        if _SENT_START.search(head[max(0, m.start() - 3): m.start()]) or m.start() == 0:
            words = words[1:]  # the first word may be capitalised only because it starts a sentence
        for w in words:
            f = fold(w).strip("'-")
            if f.endswith("'s"):
                f = f[:-2]
            if len(f) < 3 or f in _NOT_ENTITIES or f in STOP_WORDS:
                continue
            out[stem(f)] += 1
    return out


def article_context(article: dict) -> EventContext:
    text = article.get("text") or ""
    title = article.get("title") or ""
    published = article.get("published") or find_dateline(text)
    return EventContext(
        article_id=article.get("id"),
        published=published,
        entities=entities_of(title + ".\n" + text),
        wire_group=article.get("wire_group"),
        outlet=article.get("outlet"),
    )


class EntityWeights(dict[str, float]):
    """IDF of each entity over a project's articles, how many articles that counts, and which
    articles name each entity (for `two_stories`)."""

    articles: int = 0
    named_in: dict[str, frozenset[int]]
    _stories: dict[tuple[int, int], bool]


def entity_weights(contexts: Iterable[EventContext]) -> EntityWeights:
    """IDF of entities over a project's articles: a name in every article says little."""
    contexts = list(contexts)
    df: Counter[str] = Counter()
    named_in: dict[str, set[int]] = {}
    for k, c in enumerate(contexts):
        df.update(set(c.entities))
        for e in c.entities:
            named_in.setdefault(e, set()).add(c.article_id if c.article_id is not None else -1 - k)
    n = max(1, len(contexts))
    out = EntityWeights({e: math.log((n + 1) / (k + 0.5)) for e, k in df.items()})
    out.articles = len(contexts)
    out.named_in = {e: frozenset(ids) for e, ids in named_in.items()}
    out._stories = {}
    return out


def two_stories(a: EventContext, b: EventContext, weights: dict[str, float] | None) -> bool:
    """Whether each article names something frequent in the project that the other does not, and
    the two names are never named together in any article ("INS Mysore" / "INS Sukanya": two
    pirate captures, each told by several outlets). In one event's coverage, frequent names turn
    up together. Frequent: in at least STORY_MIN_ARTICLES articles (or 1/8 of a large project)."""
    named_in = getattr(weights, "named_in", None)
    if named_in is None or a.article_id is None or b.article_id is None:
        return False
    memo: dict[tuple[int, int], bool] = weights._stories  # type: ignore[union-attr]
    key = (min(a.article_id, b.article_id), max(a.article_id, b.article_id))
    got = memo.get(key)
    if got is None:
        least = max(STORY_MIN_ARTICLES, math.ceil(getattr(weights, "articles", 0) / 8))
        ea, eb = set(a.entities), set(b.entities)
        fa = [named_in[x] for x in ea - eb if len(named_in.get(x, ())) >= least]
        fb = [named_in[y] for y in eb - ea if len(named_in.get(y, ())) >= least]
        got = any(x.isdisjoint(y) for x in fa for y in fb)
        if len(memo) >= STORY_MEMO_MAX:
            memo.clear()
        memo[key] = got
    return got


def distinctive(name: str, weights: dict[str, float] | None) -> bool:
    """A name that is no common ground of the project: in at most about half of its articles
    (IDF >= log 2), or any name when the project has too few articles to tell."""
    if not weights or len(weights) < 2 * MIN_ENTITIES or getattr(weights, "articles", MIN_ARTICLES) < MIN_ARTICLES:
        return True
    return weights.get(name, math.inf) >= DISTINCTIVE_IDF


def same_event(a: EventContext, b: EventContext, weights: dict[str, float] | None = None, *,
               explain: bool = True) -> tuple[bool | None, list[str]]:
    """True/False when the contexts say same/different event, None when they cannot tell
    (with the reasons; `explain=False` skips the reasons of a True, for a quick check)."""
    if a.article_id is not None and a.article_id == b.article_id:
        return True, []
    if a.wire_group is not None and a.wire_group == b.wire_group:
        return True, ["copies of one wire story"]
    da, db = a.day, b.day
    if da and db and abs((da - db).days) > MAX_DAYS_APART:
        return False, [f"articles dated {da.isoformat()} and {db.isoformat()}: different events"]
    (ea, total_a), (eb, total_b) = a.weighted_entities(weights), b.weighted_entities(weights)
    if len(ea) >= MIN_ENTITIES and len(eb) >= MIN_ENTITIES:
        def w(e: str) -> float:
            return weights.get(e, 1.0) if weights else 1.0
        shared = ea & eb
        inter = sum(w(e) for e in shared)
        smaller = min(total_a, total_b) or 1.0
        overlap = inter / smaller
        if overlap < MIN_ENTITY_OVERLAP:
            return False, [f"articles share almost no names or places (overlap {overlap:.2f}): different events"]
        # The same event when the names they share are the distinctive ones, or when nothing says
        # there are two stories: two pirate captures in the Gulf of Aden share "Indian",
        # "Somali", "Gulf", "Aden" and nothing else, and each names its own warship.
        (ra, rare_a), (rb, rare_b) = a.distinctive_entities(weights), b.distinctive_entities(weights)
        rare_shared = ra & rb
        if rare_shared and sum(w(e) for e in rare_shared) >= SAME_EVENT_OVERLAP * math.sqrt(rare_a * rare_b):
            shown = rare_shared
        elif two_stories(a, b, weights):
            return None, []  # only common ground shared, and each names its own story: cannot tell
        else:
            shown = shared  # one event's coverage: what every article names is that event
        if not explain:
            return True, []
        top = sorted(shown, key=lambda e: (-w(e), e))[:4]
        return True, [f"articles share names/places: {', '.join(top)}"]
    return None, []
