"""What sentence embeddings miss, as explicit knowledge with a reason for each use.

- Dates: the same day written in any format agrees ("3 March" / "March 3"); different days
  conflict ("on 3 March" / "on March 13"); far-apart dates mean a different event.
- Opposite outcomes ("recaptured" / "lost", "open" / "close"): never duplicates (`match.opposites`).
- Actor aliases: a country's short and long names (from pycountry, the maintained ISO 3166 data
  package), a capital standing for its government ("Moscow has sent" = "Russia has sent"; a
  small table, as no maintained package pairs capitals with states), and an organisation's or
  armed group's names ("RSF" / "Rapid Support Forces"); the tables are in `language.actors`.
- Event verbs that mean the same ("dispatched" / "sent", "broke out" / "began"): rewritten to one
  verb before the lexical comparison; nouns for the same people or things ("residents" /
  "civilians", `language.synonyms`) likewise.

Each table is defined once (the actor, noun and event-verb tables in `language`); `rewrite()` applies
aliases and verb synonyms to raw text.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from workbench.core.figures.dates import MONTHS, WEEKDAYS, either_way
from workbench.core.figures.halves import write_time_parts
from workbench.core.figures.short_dates import day_and_month, day_of_month
from workbench.core.figures.shouting import headline
from workbench.core.language.actors import CAPITALS as CAPITALS  # read by place_names too
from workbench.core.language.actors import EXTRA_COUNTRY_NAMES, KINDS, SEATS, WORD_ALIASES, organisation_names
from workbench.core.language.alternation import trie
from workbench.core.language.countries import country_short_names
from workbench.core.language.event_verbs import EVENT_KIN as EVENT_KIN  # read by events and compare too
from workbench.core.language.event_verbs import EVENT_VERBS as EVENT_VERBS
from workbench.core.language.event_verbs import NOT_HAPPENED as NOT_HAPPENED
from workbench.core.language.governments import rewrite_heads
from workbench.core.language.initials import write_initials
from workbench.core.language.paraphrases import rewrite_paraphrases
from workbench.core.language.people import without_firm_words
from workbench.core.language.phrases import rewrite_phrases
from workbench.core.language.retold import rewrite_retold
from workbench.core.language.slips import mistyped
from workbench.core.language.stems import IRREGULAR_VERBS, VERB_PREFIXES, stem
from workbench.core.language.synonyms import same_nouns
from workbench.core.language.told_otherwise import rewrite_told_otherwise
from workbench.core.language.verbs import LABOUR_STRIKES
from workbench.core.language.verbs import VERB_SYNONYMS as VERB_SYNONYMS  # read by roles too
from workbench.core.match.based import BASED_AFTER
from workbench.core.match.headline_verbs import in_past
from workbench.core.match.opposites import opposed_words
from workbench.core.match.refusals import refused_act as refused_act  # read by compare
from workbench.core.text_caches import text_cache

# -- actor aliases -----------------------------------------------------------------------------

_LOCATIVE = re.compile(r"\b(?:in|at|(?<!cording )to|from|near|into|outside|around|across|of|capital,?)\s+$", re.I)  # ("according to Moscow": a source)
#: A seat of government as a place: "outside the White House", "at the Pentagon".
_SEAT_PLACE = re.compile(r"\b(?:in|at|to|from|near|into|outside|inside|around|of)\s+(?:the\s+)?$", re.I)


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """{alias as written: canonical short name}: pycountry's other names of each country
    (`language.countries`) and EXTRA_COUNTRY_NAMES; every short name of several words stands for itself
    (written as one word: "Burkina Faso" as "BurkinaFaso", as "United States" is), and so does one
    written with a hyphen ("Timor-Leste" as "TimorLeste", the word "East Timor" is written as; read as
    written, "Guinea-Bissau" shared the word "guinea" with Guinea)."""
    names = {n: short for n, short in country_short_names().items() if n != short}
    for short, aliases in EXTRA_COUNTRY_NAMES.items():
        for n in aliases:
            names[n] = short
    for short in set(names.values()) | set(country_short_names().values()):
        if " " in short or "-" in short:
            names.setdefault(short, short)
    return names


def actor_token(name: str) -> str:
    """An actor as one word, so "United States" and "US", "Hayat Tahrir al-Sham" and "HTS" are the
    same single token."""
    return re.sub(r"[\s.'\u2019()-]", "", name)  # ("Cocos (Keeling) Islands": no "island")


@lru_cache(maxsize=1)
def actors_written() -> dict[str, str]:
    """{the normalised token of an actor written as one word: its name as written} ("unitedstat":
    "United States"), so a reason shows the name, not the token matching compared."""
    from workbench.core.match.normalize import normalize

    names = {v for v in country_names().values() if " " in v} | {
        v for v in organisation_names().values() if actor_token(v) != v}
    out: dict[str, str] = {}
    for name in sorted(names):
        tokens = normalize(actor_token(name)).tokens
        if len(tokens) == 1:
            out.setdefault(tokens[0], name)
    return out


@lru_cache(maxsize=1)
def _alias_pattern() -> re.Pattern[str]:
    keys = sorted(set(country_names()) | set(CAPITALS) | set(SEATS) | set(organisation_names()), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + trie(keys) + r")(?![\w])")


#: A currency after a country's name ("US$", "US dollars", "Canadian dollars" is no actor)
_CURRENCY_AFTER = re.compile(r"\s?(?:\$|dollars?\b|cents?\b)", re.I)


#: A word before a capital's name that makes it another name: a region named after a river or a
#: city ("Lower Juba", "Middle Shabelle"), a broadcaster ("Radio Mogadishu"). (helper gen9)
_NAMED_AFTER = re.compile(r"\b(?:Lower|Upper|Middle|Radio)\s+$")


def _alias_repl(m: re.Match[str], hits: list[str]) -> str:
    name = m.group(1)
    if BASED_AFTER.match(m.string, m.end()) and name not in SEATS and name not in organisation_names():
        return name  # "the Washington-based lender" is no act of the United States (`based`)
    if name in CAPITALS:
        if _NAMED_AFTER.search(m.string[:m.start()][-8:]) or m.string[max(0, m.start() - 2):m.start()][:1].isalpha() \
                and m.string[m.start() - 1:m.start()] == "-":
            # "Lower Juba" is no government of South Sudan, "Radio Mogadishu" none of Somalia, the
            # "Bissau" of "Guinea-Bissau" a part of a country's name (helper opp101)
            return name
        if _LOCATIVE.search(m.string[:m.start()][-12:]):
            return name  # a place: "fighting in Moscow", a capital in apposition "in the capital Moscow"
        hits.append(f"{name} = {CAPITALS[name]} (capital for its government)")
        return actor_token(CAPITALS[name])
    if name in SEATS:
        if _SEAT_PLACE.search(m.string[:m.start()][-16:]):
            return name  # a place: "protesters outside the White House"
        hits.append(f"{name} = {SEATS[name]} (seat of its government)")
        return actor_token(SEATS[name])
    organisation = organisation_names().get(name)
    if organisation is not None:
        if name in WORD_ALIASES and headline(m.string):
            return name  # "WHAT IS NEXT": a word in a line of capitals
        if name != organisation:
            hits.append(f"{name} = {organisation}")
        return actor_token(organisation)
    canonical = country_names()[name]
    if name in ("US", "UK") and not m.string[m.start():m.end()].isupper():
        return name
    if _CURRENCY_AFTER.match(m.string, m.end()):
        return name  # "US$40m", "40 million US dollars", "USD": a currency, no country acting
    if name != canonical:
        hits.append(f"{name} = {canonical}")
    return actor_token(canonical)


# -- event verbs -------------------------------------------------------------------------------

@lru_cache(maxsize=4096)  # asked again for every verb a claim's rewrite writes one way (~2 a claim)
def _verb_forms(verb: str) -> tuple[str, ...]:
    """`verb`'s inflected forms (regular, irregular, prefixed irregular), longest first."""
    forms = {verb, verb + "s", verb + "ed", verb + "d", verb + "ing", (verb[:-1] + "ing") if verb.endswith("e") else verb}
    forms |= {k for k, v in IRREGULAR_VERBS.items() if v == verb}
    forms |= {p + k for p in VERB_PREFIXES if verb.startswith(p) for k, v in IRREGULAR_VERBS.items() if v == verb[len(p):]}
    if verb.endswith("y"):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][ptgn]$", verb):
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return tuple(sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=1)
def _verb_table() -> tuple[re.Pattern[str], dict[str, str]]:
    to_canonical: dict[str, str] = {s: s for s in LABOUR_STRIKES}  # kept as written: no attack
    for group in VERB_SYNONYMS:
        canonical = group[0]
        for member in group:
            head, _, tail = member.partition(" ")
            for form in _verb_forms(head):
                phrase = f"{form} {tail}" if tail else form
                to_canonical.setdefault(phrase.lower(), canonical)
    keys = sorted(to_canonical, key=len, reverse=True)
    pattern = re.compile(r"\b(" + trie(keys) + r")\b")
    return pattern, to_canonical


#: Particles a phrasal verb of VERB_SYNONYMS may be split by its object from ("pulled its troops
#: out of", "called the strike off", "set the hostages free").
_PARTICLES = ("out", "off", "up", "down", "back", "over", "away", "free")
#: Whole tails read as a particle ("pulled 104 survivors from the water": rescued; helper dup149a),
#: not when the object is the dead ("pulled 12 bodies from the water" stays as written). A rescue at sea
#: tells the water; "the rubble", "the wreckage" are kept, as the other telling names them too.
_PLACE_TAILS, _DEAD = ("from ", "out of "), re.compile(r"\b(?:bod(?:y|ies)|corpses?|remains|dead)\b", re.I)
_KEPT_TAIL = re.compile(r"\b(?:rubble|wreckage|debris)$")
#: What a split phrasal verb's object opens with: a determiner, a pronoun or a number ("took the
#: town over", "called it off", "laid 300 workers off"), so that "took place over two days" is no
#: "take over".
_OBJECT_START = ("the", "a", "an", "its", "their", "his", "her", "our", "your", "some", "all", "more", "most",
                 "several", "many", "it", "them", "him", "us", "one", "two", "three", "four", "five", "six", "seven",
                 "eight", "nine", "ten", "dozens", "hundreds", "thousands",
                 # a reflexive object ("gave themselves up", "pulled itself out")
                 "themselves", "itself", "himself", "herself", "ourselves",
                 # forces moved without a determiner ("pulling troops back", "built forces up")
                 "troops", "soldiers", "forces", "tanks", "units", "warships")


@lru_cache(maxsize=1)
def _split_phrasal_table() -> tuple[re.Pattern[str], dict[tuple[str, str], str]]:
    """The phrasal verbs of VERB_SYNONYMS with their object between verb and particle: a pattern
    of (verb form, object of 1-3 words opening with `_OBJECT_START`, particle) and {(form,
    particle): the group's verb}."""
    to_canonical: dict[tuple[str, str], str] = {}
    for group in VERB_SYNONYMS:
        for member in group[1:]:
            head, _, tail = member.partition(" ")
            particle = tail if tail.startswith(_PLACE_TAILS) else tail.split(" ")[0] if tail else ""
            if particle in _PARTICLES or particle.startswith(_PLACE_TAILS):
                for form in _verb_forms(head):
                    to_canonical.setdefault((form, particle), group[0])
    forms = sorted({f for f, _ in to_canonical}, key=len, reverse=True)
    pattern = re.compile(r"\b(" + trie(forms) + r")\s+((?:" + "|".join(_OBJECT_START)
                         + r"|\d[\d,.]*)\b(?:\s+[\w'-]+){0,2}?)\s+("
                         + "|".join(sorted({p for _, p in to_canonical} | set(_PARTICLES), key=len, reverse=True)) + r")\b")
    return pattern, to_canonical


def _join_split_phrasal(text: str, hits: list[str]) -> str:
    """"pulled its troops out of Kherson" -> "withdraw its troops of Kherson": a phrasal verb
    split by its object written as its group's verb (`_split_phrasal_table`)."""
    pattern, table = _split_phrasal_table()
    whole = _verb_table()[1]

    def join(m: re.Match[str]) -> str:
        canonical = table.get((m.group(1).lower(), m.group(3).lower()))
        if canonical is None or m.group(0).lower() in whole or " " in m.group(3) and _DEAD.search(m.group(2)):
            return m.group(0)  # a phrase the verb table holds as written ("handed themselves over": surrender)
        hits.append(f"{m.group(1)} ... {m.group(3)} = {canonical}")
        return f"{canonical} {m.group(2)}" + (f" {m.group(3)}" if _KEPT_TAIL.search(m.group(3)) else "")

    return pattern.sub(join, text)


#: "no one" is the negation pronoun "nobody" ("no one was hurt"), not the figure one.
_NO_ONE = re.compile(r"\b([Nn])o[\s-]one\b")


def rewrite(text: str) -> tuple[str, list[str]]:
    """The text with actor aliases, event-verb and noun synonyms written one way, and what fired
    (a headline's present-tense verb first written as the past it tells: `headline_verbs`)."""
    hits: list[str] = []
    text = write_time_parts(in_past(text), hits)  # "a year and four months" = "16 months" (helper dup145a)
    text = text if headline(text) else rewrite_heads(text, hits)  # "Turkmen President X" = "Turkmenistan's"
    out = _alias_pattern().sub(lambda m: _alias_repl(m, hits), rewrite_told_otherwise(rewrite_retold(rewrite_phrases(rewrite_paraphrases(text, hits), hits), hits), hits))
    # a body no alias knows gains its initials (not in a headline, which capitalises every word)
    out = same_nouns(out if headline(text) else write_initials(without_firm_words(out, hits)), hits)
    out = _join_split_phrasal(_NO_ONE.sub(lambda m: m.group(1) + "obody", out), hits)
    pattern, table = _verb_table()

    def verb(m: re.Match[str]) -> str:
        canonical = table[m.group(1).lower()]
        if canonical == m.group(1).lower():
            return m.group(1)
        if m.group(1).lower().split()[0] not in _verb_forms(canonical):
            hits.append(f"{m.group(1)} = {canonical}")
        return canonical

    return pattern.sub(verb, out), hits


@lru_cache(maxsize=50_000)
def rewritten(text: str) -> tuple[str, tuple[str, ...]]:
    """`rewrite` (~100 us) kept per text: for a claim's normal form, its voices and its subject."""
    return (out := rewrite(text))[0], tuple(out[1])


# EVENT_VERBS, NOT_HAPPENED, EVENT_KIN: the event vocabulary, in `language.event_verbs`


@lru_cache(maxsize=1)
def _event_stems() -> dict[str, str]:
    from workbench.core.match.normalize import normalize

    out: dict[str, str] = {}
    for verb in EVENT_VERBS:
        for form in _verb_forms(verb):
            for t in normalize(form).tokens:
                out.setdefault(t, verb)
    return out


@lru_cache(maxsize=1)
def not_happened_stems() -> frozenset[str]:
    """The normalised tokens of `NOT_HAPPENED` (read by `refusals` too)."""
    from workbench.core.match.normalize import normalize

    return frozenset(t for w in NOT_HAPPENED for t in normalize(w).tokens)


@lru_cache(maxsize=1)
def _event_spellings() -> dict[str, str]:
    """{written form: event} of every event verb and its one-word synonyms ("detained": arrest)."""
    events = set(EVENT_VERBS)
    out: dict[str, str] = {}
    for group in VERB_SYNONYMS:
        event = group[0] if group[0] in events else None
        for member in group:
            if event and " " not in member:
                for form in _verb_forms(member):
                    out.setdefault(form, event)
    for verb in EVENT_VERBS:
        for form in _verb_forms(verb):
            out.setdefault(form, verb)
    return out


@text_cache()
def _mistyped_event(token: str) -> str | None:
    """The event verb a word is a typing slip of ("damaegd", "arested"; as written and as stemmed)."""
    return mistyped(token, _event_spellings(), _event_stems())


#: Launching is an event only within three words of a weapon (`KINDS`): cases, air strikes are launched too.


@lru_cache(maxsize=1)
def _weapon_stems() -> frozenset[str]:
    from workbench.core.match.normalize import normalize
    return frozenset(t for g in KINDS if g[0] in ("missiles", "drones", "shells") for w in g if " " not in w
                     for t in normalize(w).tokens)  # ("cruise missiles": no "cruise")


#: The stems of a refusal before its act (`event_verbs`): "refused to resign" tells of a resignation.
_REFUSAL_STEMS = frozenset(("refus", "declin"))


def event_verbs(tokens: list[str], *, happened_only: bool = True) -> set[str]:
    """The events a claim tells of (its normalised tokens): event verbs after synonyms, without
    those only intended, attempted or denied ("hoping to arrest", "were not injured") unless
    `happened_only` is False. A verb with a typing slip still counts (`_mistyped_event`)."""
    table = _event_stems()
    out = set()
    for k, t in enumerate(tokens):
        event = table.get(t) or _mistyped_event(t)
        if event == "launch" and not _weapon_stems() & set(tokens[max(0, k - 3):k + 4]):
            continue
        # a refused act is what the claim tells of ("refused to resign": a resignation, denied)
        if event and (not happened_only or k == 0 or tokens[k - 1] not in not_happened_stems()
                      or tokens[k - 1] in _REFUSAL_STEMS):
            out.add(event)
    return out


def different_events(tokens_a: list[str], tokens_b: list[str]) -> str | None:
    """'different events: arrest / wound' when both claims name events and none is shared."""
    return events_differ(event_verbs(tokens_a), event_verbs(tokens_b))


def events_differ(va: AbstractSet[str], vb: AbstractSet[str]) -> str | None:
    """`different_events` from the claims' `event_verbs` (matching computes them once per claim)."""
    if va and vb and not va & vb and not any(EVENT_KIN.get(v, frozenset()) & vb for v in va):
        return f"different events: {', '.join(sorted(va))} / {', '.join(sorted(vb))}"
    return None


# -- what is said of a subject -----------------------------------------------------------------

_AUX = "is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do"
#: The first auxiliary or past-tense verb after a word: where a short claim's predicate starts.
_VERB_RE = re.compile(rf"(?<=\w)[\s,]+(?:(?:{_AUX})\b|(?!(?:{_AUX})\b)[a-z]+ed\b)")
#: A predicate that says what the subject is ("is 46 years old", "was a police chief").
#: Irregular past participles: "were left without power", "was hurt", "were shot" tell what happened.
_PARTICIPLES = frozenset(["left", "lost", "hurt", "sent", "hit", "shot", "cut", "held", "caught", "found", "kept", "led",
                          "made", "built", "sold", "told", "won", "struck", "put", "set", "shut", "spent", "paid",
                          "bought", "brought", "fought", "sought", "thrown", "laid", "slain", "fled", "quit", "burnt",
                          "dealt", "felt", "met", "bound", "spread", "split", "torn", "worn", "stolen", "broken"])
_STATE_RE = re.compile(r"^[\s,]*(?:is|are|was|were|has been|have been)\s+(?:also\s+|still\s+|now\s+)?([\w'-]+)", re.I)


@text_cache()
def says_what_it_is(text: str) -> bool | None:
    """Whether a short claim says what its subject is ("is 46 years old", "was a police chief")
    rather than what happened ("was injured", "has resigned"); None when no verb is found.
    Cheap (two regular expressions on the raw text): it is asked of every compared claim."""
    m = _VERB_RE.search(text)
    if m is None:
        return None
    state = _STATE_RE.match(text[m.start():])
    if state is None:
        return False
    nxt = state.group(1).lower()
    if nxt == "aged":
        return True  # "were aged between 20 and 30": an age, as "were over 65 years old" is (helper opp105)
    return not nxt.endswith(("ed", "en", "ing")) and nxt not in ("being", "not") and nxt not in _PARTICIPLES


@text_cache()  # asked of one claim against each partner
def _subject_and_predicate(text: str) -> tuple[frozenset[str], frozenset[str], str]:
    """Normalised tokens before and from the first verb (after the knowledge rewrite), and the
    predicate as written."""
    from workbench.core.match.normalize import normalize

    rewritten_text = rewritten(text)[0]
    m, raw = _VERB_RE.search(rewritten_text), _VERB_RE.search(text)
    cut = m.start() if m else len(rewritten_text)
    shown = (text[raw.start():] if raw else rewritten_text[cut:]).strip(" ,.")
    return frozenset(normalize(rewritten_text[:cut]).tokens), frozenset(normalize(rewritten_text[cut:]).tokens), shown


def state_and_event(a: str, b: str, tokens_a: list[str], tokens_b: list[str]) -> str | None:
    """'what the subject is / what happened to it' when one claim says what its subject is ("is 46
    years old"), the other what happened ("was injured"), and all they share is the subject:
    two different facts about one entity."""
    sa, sb = says_what_it_is(a), says_what_it_is(b)
    if sa is None or sb is None or sa == sb:
        return None
    (subj_a, pred_a, shown_a), (subj_b, pred_b, shown_b) = _subject_and_predicate(a), _subject_and_predicate(b)
    if event_verbs(list(pred_a if sa else pred_b), happened_only=False) or opposed_words(pred_a, pred_b):
        return None  # the "state" tells of an event after all ("is expected to resign") or its opposite
    ta, tb = set(tokens_a), set(tokens_b)
    shared = ta & tb
    if not shared or not shared <= (subj_a & subj_b):
        return None
    if not (pred_a - tb and pred_b - ta) or pred_a & pred_b or _told_otherwise(pred_a, tb) or _told_otherwise(pred_b, ta):
        return None
    return f"different things said of one subject: {shown_a} / {shown_b}"


def _told_otherwise(pred: frozenset[str], other: set[str]) -> bool:
    """A predicate word the other claim has in another form ("postponed indefinitely" / "is now
    indefinite", "investigations are under way" / "are investigating"): the same thing said."""
    return any(p != q and min(len(p), len(q)) >= 5 and (p.startswith(q) or q.startswith(p)) for p in pred for q in other)


#: Capitalised words that are no name of a place or an actor (titles, months, days).
_NOT_NAME_WORDS = [
    "mr", "mrs", "ms", "dr", "president", "prime", "minister", "gen", "general", "sen", "senator", "rep", "gov", "governor", "chief", "secretary", "officer", "judge", "lt", "col", "capt", "sgt", "pope", "king", "queen", "prince", "st", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     # a headline in capitals read in ordinary case: "AT LEAST 220" -> "at Least 220"
     "least"]
#: (and their stems, as matching's tokens are: "Prime Minister" is "prim minister")
NOT_NAMES = frozenset(_NOT_NAME_WORDS) | frozenset(stem(w) for w in _NOT_NAME_WORDS)


# -- dates -------------------------------------------------------------------------------------

#: Month and weekday names by the three letters they open with, read anywhere in a mention ("Sept.", "Thurs")
_MONTHS = {name[:3]: k for name, k in MONTHS.items()}
_WEEKDAYS = {name[:3]: k for name, k in WEEKDAYS.items()}


def date_parts(mention: Any) -> tuple[int | None, int | None, int | None, int | None] | None:
    """(year, month, day, weekday) of a date mention (DateMention or dict); None when unreadable."""
    if isinstance(mention, dict):
        text, value = str(mention.get("text") or ""), mention.get("value")
    else:
        text, value = str(getattr(mention, "text", "") or ""), getattr(mention, "value", None)
    return _date_parts(text, str(value) if value else None)


@text_cache()
def _date_parts(text: str, value: str | None) -> tuple[int | None, int | None, int | None, int | None] | None:
    if value:
        m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
        if m:
            return int(m.group(1)), int(m.group(2)) if m.group(2) else None, \
                int(m.group(3)) if m.group(3) else None, None
    low = text.lower()
    short = day_and_month(low)
    if short is not None:  # "13/06": day first (`figures.short_dates`)
        return None, short[1], short[0], None
    day_only = day_of_month(low)
    if day_only is not None:  # "on the 14th": the story's month is understood
        return None, None, day_only, None
    month = next((k for name, k in _MONTHS.items() if re.search(rf"\b{name}", low)), None)
    weekday = next((k for name, k in _WEEKDAYS.items() if re.search(rf"\b{name}", low)), None)
    year_m = re.search(r"\b(1[89]\d\d|20\d\d)\b", low)
    day_m = re.search(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b(?!\d)", re.sub(r"\b(1[89]\d\d|20\d\d)\b", "", low))
    day = int(day_m.group(1)) if day_m and 1 <= int(day_m.group(1)) <= 31 else None
    year = int(year_m.group(1)) if year_m else None
    if month is None and weekday is None and year is None:
        return None
    return year, month, day if month else None, weekday


#: Date verdicts: the same day, different days (a conflict), far apart (another event).
DATES_AGREE, DATES_DIFFER, DATES_FAR_APART = "agree", "differ", "different_event"


@dataclass
class DateCheck:
    verdict: str | None  # DATES_AGREE | DATES_DIFFER | DATES_FAR_APART | None (nothing to compare)
    reason: str = ""


def _apart(x: tuple, y: tuple) -> int | None:
    """Days between two dates at their common precision; None when they share none."""
    (ya, ma, da, _), (yb, mb, db, _) = x, y
    if da is not None and db is not None and (ma is None or mb is None):
        return abs(da - db)  # a day of the month alone on one side ("the 14th"): the days compare
    if ma is not None and mb is not None and da is not None and db is not None:
        if ya is not None and yb is not None:
            try:
                return abs((date(ya, ma, da) - date(yb, mb, db)).days)
            except ValueError:
                return None
        return min(abs((date(2001, ma, da) - date(2001, mb, db)).days),
                   365 - abs((date(2001, ma, da) - date(2001, mb, db)).days)) if ma and mb else None
    if ya is not None and yb is not None and ya != yb:
        return 365 * abs(ya - yb)
    if ma is not None and mb is not None and (ya is None or yb is None or ya == yb):
        return 30 * abs(ma - mb)
    if ya is not None and ya == yb:
        return 0  # the same year, and no finer precision in common
    return None


#: A claim's readable dates: (text, (year, month, day, weekday)) per mention.
ReadDates = list[tuple[str, tuple[int | None, int | None, int | None, int | None]]]


def read_dates(items: list | None) -> ReadDates:
    """The date mentions `compare_dates` can read (matching reads them once per claim). A numeric
    date that reads either way round ("03/05/2024") is read both ways: the other claim's closest
    date decides ("3 May 2024" agrees, "4 May 2024" clashes with both readings)."""
    out: ReadDates = []
    for d in items or []:
        text = str(getattr(d, "text", None) or (d.get("text") if isinstance(d, dict) else "") or "")
        value = getattr(d, "value", None) if not isinstance(d, dict) else d.get("value")
        readings = [] if value else either_way(text)  # `figures.dates`: no value, two readings
        if readings:
            out += [(text, (year, month, day, None)) for year, month, day in readings]
            continue
        parts = date_parts(d)
        if parts is not None:
            out.append((text, parts))
    return out


def _full_dates_only(va: ReadDates, vb: ReadDates) -> tuple[ReadDates, ReadDates]:
    """When both claims give a full date (a month and a day), their weekdays are those dates' and
    compare nothing of their own: "Wednesday, July 4" / "Wednesday, May 30" are not "the same
    date". With a full date on one side only, a weekday still compares ("Friday" / "Saturday")."""
    def full(v: ReadDates) -> bool:
        return any(p[1] is not None and p[2] is not None for _, p in v)

    if not (full(va) and full(vb)):
        return va, vb
    def drop(v: ReadDates) -> ReadDates:
        return [(t, p) for t, p in v if not (p[1] is None and p[3] is not None)]

    return drop(va), drop(vb)


def _weekday(parts: tuple[int | None, int | None, int | None, int | None]) -> int | None:
    """The weekday a date mention names or falls on (0 = Monday)."""
    y, m, d, w = parts
    if w is not None or y is None or m is None or d is None:
        return w
    try:
        return date(y, m, d).weekday()
    except ValueError:
        return None


def compare_dates(da: list | None, db: list | None) -> DateCheck:
    """Agreement of the two claims' dates: the closest pair decides."""
    return compare_read_dates(read_dates(da), read_dates(db))


def compare_read_dates(va: ReadDates, vb: ReadDates) -> DateCheck:
    """`compare_dates` on dates already read."""
    if not va or not vb:
        return DateCheck(None)
    va, vb = _full_dates_only(va, vb)
    best: int | None = None
    pair = ""
    weekday_clash = ""
    for ta, pa in va:
        for tb, pb in vb:
            wa, wb = _weekday(pa), _weekday(pb)
            if wa is not None and wb is not None and (pa[1] is None or pb[1] is None):
                # weekdays, or a weekday and a full date ("on Saturday" / "Thursday" read as 2011-11-10)
                if wa != wb:
                    weekday_clash = f"{str(ta).strip()} vs {str(tb).strip()}"
                else:
                    best, pair = 0, f"{str(ta).strip()} = {str(tb).strip()}"
                continue
            d = _apart(pa, pb)
            if d is not None and (best is None or d < best):
                best, pair = d, f"{str(ta).strip()} vs {str(tb).strip()}" if d else \
                    f"{str(ta).strip()} = {str(tb).strip()}"
    if best is None:
        if weekday_clash:
            return DateCheck(DATES_DIFFER, f"days differ ({weekday_clash})")
        return DateCheck(None)
    if best == 0:
        return DateCheck(DATES_AGREE, f"same date ({pair})")
    if best > 31:
        return DateCheck(DATES_FAR_APART, f"dates far apart ({pair}): a different event")
    return DateCheck(DATES_DIFFER, f"dates differ ({pair})")
