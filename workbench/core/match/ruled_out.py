"""A thing one claim's own wording rules out, against the other claim telling it done (sets 137-140,
helper conf137a). Five constructions of English that tell an act or an outcome did not happen
without a "not" on its verb:

- **the act passed over** ("rather than" / "instead of"): "the tank would be scrapped rather than put
  on display at a museum" / "the tank will go on display at the war museum"; a preference or a call
  ("would prefer talks rather than sanctions", "urged talks instead of sanctions") chooses nothing,
  a figure after it is a value changed ("3 euros instead of 2"), and the words the claim tells
  elsewhere are not the act ("for the first time ... instead of just the first page");
- **a measure refused** (a refusal before a verb of putting a measure in place: impose, set,
  introduce, establish, adopt, enact): "decided against imposing any limit on catches" / "set an
  annual limit of 500"; the two verbs put one measure in place, so the other verb tells it done;
- **an event told calm** ("passed off without incident", "went ahead peacefully") / disorder told
  during, at or amid that event ("scuffles broke out during the removal", "detained 40 people at
  the march"): every word of the event (the calm clause's subject) must be in the other claim,
  some after the preposition; disorder at another event or before it is left;
- **an act under a moratorium** ("a moratorium on executions would extend to drug offences") / the
  act told carried out or going ahead ("executions would be carried out"); a moratorium lifted,
  ended or only asked for holds nothing back;
- **no effect on a thing** ("caused no significant disruption to its online services") / the thing
  told disrupted ("knocked many online services offline"): all the thing's words near the verb of
  disrupting.

The other claim must hold no negation ("not" among its tokens) nor refusal ("refused to consider":
`normalize.implicit_negation`), no such ruling-out of its own, and not only ask for the act. A reading is of one claim's words as written, read once (`text_cache`).
"""

from __future__ import annotations

import re

from workbench.core.match.knowledge import rewrite
from workbench.core.match.normalize import implicit_negation, normalize
from workbench.core.match.refusals import REFUSED_WITHOUT_TO
from workbench.core.match.wanted import wanted
from workbench.core.text_caches import text_cache

#: A word that ends a phrase: a preposition of place or time, a conjunction, a relative word.
_STOP = frozenset(["and", "or", "but", "while", "whereas", "because", "although", "after", "before", "when", "as",
                   "which", "who", "that", "since", "until", "following", "despite", "amid", "during"])
_CLAUSE_MARKS = re.compile(r"[,;:.!?()\"\u201c\u201d]")
_WORD = re.compile(r"[a-z][\w'\u2019-]*")
#: The negation token every claim's denials are normalised to.
_NOT = "not"


@text_cache()
def _tokens(words: str) -> frozenset[str]:
    """The normalised tokens of some words, after the verb table (`knowledge.rewrite`)."""
    return frozenset(normalize(rewrite(words)[0]).tokens)


def _phrase(rest: str, most: int = 8, stop: frozenset[str] = _STOP) -> str:
    """The words at the start of `rest` up to a clause mark or a `stop` word (at most `most`)."""
    words: list[str] = []
    for w in _WORD.findall(_CLAUSE_MARKS.split(rest, 1)[0]):
        if w in stop or len(words) == most:
            break
        words.append(w)
    return " ".join(words)


def _clause_before(text: str, end: int) -> str:
    """The words of `text` before `end` back to the last clause mark."""
    return _CLAUSE_MARKS.split(text[:end])[-1]


def _said(thing: frozenset[str], tokens: frozenset[str]) -> bool:
    """All the thing's tokens in the other claim's, or all but one of three or more."""
    return len(thing - tokens) <= (1 if len(thing) >= 3 else 0)


# --- the act passed over -----------------------------------------------------------------------

_RATHER = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:(?:being|be|to\s+be|having)\s+)?")
#: Before "rather than" in its sentence: a preference, a call or advice, which chooses nothing.
_PREFERENCE = re.compile(r"\b(?:prefer\w*|should|ought|urg\w+|call\w*\s+for|calls|want\w*|would\s+rather|propos\w+"
                         r"|suggest\w*|ask\w*|favou?r\w*|advocat\w+|recommend\w*|could|might|better)\b")


@text_cache()
def passed_over(text: str) -> tuple[frozenset[str], ...]:
    """The tokens of each act a claim tells chosen against ("rather than put on display at a museum":
    put, display, museum), less those the claim tells elsewhere ("for the first time ... instead of
    just the first": nothing); empty for none."""
    low = text.lower()
    if "rather than" not in low and "instead of" not in low:
        return ()
    out = []
    for m in _RATHER.finditer(low):
        phrase = _phrase(low[m.end():])
        if _PREFERENCE.search(low[:m.start()]) or re.search(r"\d", _CLAUSE_MARKS.split(low[m.end():], 1)[0]):
            continue  # (a figure in it is a value changed: "3 euros instead of 2", the figure step's)
        if thing := _tokens(phrase) - _tokens(low[:m.start()] + " " + low[m.end() + len(phrase):]):
            out.append(thing)
    return tuple(out)


#: "from" + the thing: what a change left ("switched from gas to coal" / "burning coal instead of gas").
_LEFT_FROM = re.compile(r"\bfrom\s+((?:[\w'\u2019-]+\s*){1,3})")


@text_cache()
def _left_from(text: str) -> frozenset[str]:
    """The tokens of the words a claim tells a change went from."""
    return frozenset(t for m in _LEFT_FROM.finditer(text.lower()) for t in _tokens(_phrase(m.group(1), 3)))


def _act_passed_over(x: str, tokens_y: frozenset[str], y: str) -> str | None:
    for thing in passed_over(x):
        if _said(thing, tokens_y) and not _RATHER.search(y.lower()) and not thing & _left_from(y):
            return f"chosen against / done: {' '.join(sorted(thing))}"
    return None


# --- a measure refused ---------------------------------------------------------------------------

#: A verb putting a measure in place (a limit, a cap, a curfew, a quota, a tax).
_MEASURE_VERB = (r"(?:impos(?:e|es|ed|ing)|set(?:s|ting)?|introduc(?:e|es|ed|ing)|establish(?:es|ed|ing)?"
                 r"|adopt(?:s|ed|ing)?|enact(?:s|ed|ing)?)")
#: A refusal before its act ("refused to", and those told without "to" as `refusals` reads them:
#: "decided against", "stopped short of").
_REFUSAL = (r"(?:(?:refus|declin)(?:e|es|ed|ing)|fail(?:s|ed|ing)?)\s+to|" + REFUSED_WITHOUT_TO
            + r"|(?:has|have|had)\s+yet\s+to")
_REFUSED_MEASURE = re.compile(r"\b(?:" + _REFUSAL + r")\s+" + _MEASURE_VERB + r"\s+")
_MEASURE_DONE = re.compile(r"\b(?<!to )(?<!not )" + _MEASURE_VERB + r"\s+")
#: Words before a measure's noun that are not it ("any limit", "an annual limit", "new curbs").
_DETERMINERS = frozenset(["a", "an", "any", "the", "its", "their", "his", "her", "new", "fresh", "further"])
_PREPOSITIONS = frozenset(["on", "of", "for", "to", "at", "in", "by", "from", "with", "over", "under", "against"])


def _head(rest: str) -> str | None:
    """The noun a measure's phrase ends in before its preposition ("any limit on catches": limit)."""
    words = _phrase(rest, 4, _STOP | _PREPOSITIONS).split()
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return words[-1] if words and not words[-1][:1].isdigit() else None


@text_cache()
def refused_measures(text: str) -> frozenset[str]:
    """The tokens of the measures a claim tells refused ("decided against imposing any limit": limit)."""
    low = text.lower()
    return frozenset(t for m in _REFUSED_MEASURE.finditer(low) if (h := _head(low[m.end():])) for t in _tokens(h))


@text_cache()
def _measures_done(text: str) -> frozenset[str]:
    """The tokens of the measures a claim tells put in place ("set an annual limit of 500": limit)."""
    low = text.lower()
    if refused_measures(text):
        return frozenset()
    out: set[str] = set()
    for m in _MEASURE_DONE.finditer(low):
        words = _WORD.findall(low[m.end():])[:4]
        for w in words:
            if w in _PREPOSITIONS or w in _STOP:
                break
            out |= _tokens(w)
    return frozenset(out)


def _measure_refused(x: str, y: str) -> str | None:
    thing = refused_measures(x) & _measures_done(y)
    return f"refused / put in place: {' '.join(sorted(thing))}" if thing else None


# --- an event told calm, disorder during it (`compare` reads it as `while_denied`'s moment) -------

_CALM = re.compile(r"\b(?:passed(?:\s+off)?|went\s+(?:off|ahead)|took\s+place|ended|proceeded|(?:was|were)\s+(?:held"
                   r"|carried\s+out|completed|conducted))\s+(?:peacefully|calmly|smoothly|without\s+(?:any\s+|major\s+"
                   r"|serious\s+|a\s+single\s+)?(?:incidents?|violence|trouble|disturbances?|a\s+hitch|hitches|clashes"
                   r"|unrest|disorder))\b")
#: "police said (that)": the sayer before the subject of a calm event.
_SAYER = re.compile(r"^.*\b(?:said|says|reported|told\s+\w+|according\s+to\s+\w+)\s+(?:that\s+)?")
#: Disorder: clashes, fighting, people detained or hurt.
_DISORDER = re.compile(r"\b(?:clash(?:es|ed)?|scuffl\w*|fighting|fought|violen\w*|riot\w*|brawl\w*|unrest|skirmish\w*"
                       r"|detain\w*|arrest\w*|injur\w*|hurt|wounded|tear\s+gas|disturbances?|disorder)\b")
_DURING = re.compile(r"\b(?:during|at|amid|throughout)\s+")


@text_cache()
def calm_events(text: str) -> tuple[frozenset[str], ...]:
    """The tokens of each event a claim tells passed calmly ("the removal of the tank in Narva
    passed off without any incidents": removal, tank, narva)."""
    low = text.lower()
    if "peaceful" not in low and "calm" not in low and "smooth" not in low and "without" not in low:
        return ()
    return tuple(t for m in _CALM.finditer(low) if (t := _tokens(_SAYER.sub("", _clause_before(low, m.start())))))


@text_cache()
def _disorder_at(text: str) -> tuple[frozenset[str], ...] | None:
    """The tokens of the few words after each "during", "at", "amid" of a claim telling disorder;
    None when it tells none (or tells an event calm)."""
    low = text.lower()
    if not _DISORDER.search(low) or calm_events(text):
        return None
    return tuple(_tokens(" ".join(_WORD.findall(_CLAUSE_MARKS.split(low[m.end():], 1)[0])[:4]))
                 for m in _DURING.finditer(low))


def calm_or_disorder(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'an event told calm, disorder during it: <event>' when one claim tells an event passed calmly
    and the other, with no negation, disorder during, at or amid that event (all its words told).
    Like `while_denied`'s moment, the event is all the two claims share: the rest of their words are
    the clash, so `compare` makes it a conflict whatever the words' score. `tokens`: the claims'
    normalised tokens."""
    for x, y in ((0, 1), (1, 0)):
        events = calm_events(texts[x])
        if not events or _NOT in tokens[y]:
            continue
        after = _disorder_at(texts[y])
        for event in events:
            if after and event <= tokens[y] and any(event & at for at in after):
                return f"an event told calm, disorder during it: {' '.join(sorted(event))}"
    return None


# --- an act under a moratorium -------------------------------------------------------------------

_MORATORIUM = re.compile(r"\b(?:moratorium|freeze)\s+on\s+|\bsuspension\s+of\s+|\bhalt\s+to\s+")
#: A moratorium lifted, ended, broken or asked for holds nothing back.
_NOT_HELD = re.compile(r"\b(?:lift\w*|end(?:s|ed|ing)?|expir\w*|scrap\w*|revok\w*|abolish\w*|overturn\w*|broke|break\w*"
                       r"|breach\w*|violat\w*|calls?\s+for|called\s+for|urg\w+|propos\w+|demand\w*|seek\w*|sought"
                       r"|consider\w*)\b")
#: The act carried out or going ahead.
_CARRIED_OUT = re.compile(r"\b(?:carr(?:y|ies|ied|ying)\s+out|resum(?:e|es|ed|ing)|enforc(?:e|es|ed|ing)"
                          r"|go(?:es)?\s+ahead|went\s+ahead|going\s+ahead)\b")


@text_cache()
def held_back(text: str) -> tuple[frozenset[str], ...]:
    """The tokens of each act a claim tells under a moratorium ("a moratorium on the death penalty":
    death, penalty); empty for none."""
    low = text.lower()
    if not _MORATORIUM.search(low) or _NOT_HELD.search(low):
        return ()
    return tuple(t for m in _MORATORIUM.finditer(low) if (t := _tokens(_phrase(low[m.end():], 3, _STOP | _PREPOSITIONS))))


@text_cache()
def _carried_out(text: str) -> frozenset[str]:
    """The tokens of the clause around each act a claim tells carried out or going ahead."""
    low = text.lower()
    if held_back(text) or _MORATORIUM.search(low):
        return frozenset()
    out: set[str] = set()
    for m in _CARRIED_OUT.finditer(low):
        out |= _tokens(_clause_before(low, m.start()) + " " + _phrase(low[m.end():], 6))
    return frozenset(out)


def _moratorium_or_done(x: str, y: str) -> str | None:
    for act in held_back(x):
        if act & _carried_out(y):
            return f"held back / carried out: {' '.join(sorted(act))}"
    return None


# --- no effect on a thing ------------------------------------------------------------------------

_NO_EFFECT = re.compile(r"\b(?:caus(?:e|es|ed|ing)|had|has|have|there\s+(?:was|were))\s+no\s+(?:significant\s+|major\s+"
                        r"|serious\s+|lasting\s+|real\s+|noticeable\s+|widespread\s+|substantial\s+)?(?:disruptions?"
                        r"|damage|harm|impact|outages?|interruptions?)\s+(?:to|of|on|in)\s+")
#: A thing disrupted: knocked or taken offline, down or out, disrupted, crippled, paralysed, damaged.
_DISRUPTED = re.compile(r"\b(?:knock\w*|took|tak(?:e|es|en|ing)|brought|bring\w*)\s+(?:[\w'\u2019-]+\s+){0,5}?(?:offline"
                        r"|down|out)\b|\b(?:disrupt(?:s|ed|ing)|crippl(?:e|es|ed|ing)|paraly[sz](?:e|es|ed|ing)"
                        r"|damag(?:es|ed|ing)|shut\s+down|went\s+(?:offline|down))\b")
_NEAR = 8


@text_cache()
def unharmed(text: str) -> tuple[frozenset[str], ...]:
    """The tokens of each thing a claim tells suffered no effect ("no significant disruption to its
    online services": online, services); empty for none."""
    low = text.lower()
    if " no " not in low:
        return ()
    return tuple(t for m in _NO_EFFECT.finditer(low) if (t := _tokens(_phrase(low[m.end():], 4, _STOP | _PREPOSITIONS))))


@text_cache()
def _disrupted(text: str) -> tuple[frozenset[str], ...]:
    """The tokens of the words around each verb of disrupting in a claim."""
    low = text.lower()
    out = []
    for m in _DISRUPTED.finditer(low):
        before = _WORD.findall(_clause_before(low, m.start()))[-_NEAR:]
        out.append(_tokens(" ".join([*before, m.group(0), _phrase(low[m.end():], _NEAR)])))
    return tuple(out)


def _no_effect(x: str, y: str) -> str | None:
    for thing in unharmed(x):
        if not unharmed(y) and any(thing <= near for near in _disrupted(y)):
            return f"no effect / disrupted: {' '.join(sorted(thing))}"
    return None


def ruled_out(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'opposite outcomes: ...' when one claim's wording rules out a thing the other claim, with no
    negation and no call for it, tells done (module docstring); `tokens`: the claims' normalised tokens."""
    for x, y in ((0, 1), (1, 0)):
        a, b = texts[x], texts[y]
        if not (passed_over(a) or refused_measures(a) or held_back(a) or unharmed(a)):
            continue
        if _NOT in tokens[y] or implicit_negation(b) or wanted(b.lower()):
            continue
        found = _act_passed_over(a, tokens[y], b) or _measure_refused(a, b) or _moratorium_or_done(a, b) \
            or _no_effect(a, b)
        if found:
            return f"opposite outcomes: {found}"
    return None
