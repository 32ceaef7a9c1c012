"""Opposite states told in two shapes that share no verb (sets 141-144, helper conf141a):

- **exempt or liable**: "Indian tourists would be exempt from the $200 fee" / "the $200 fee would
  also apply to Indian tourists", "children under six must pay the fee": the same people and the
  same charge, told free of it ("exempt(ed) from") or held to it ("must / will / have to pay",
  "are subject / liable to", "are charged", "applies to");
- **found or not found**: "detected no sound consistent with an implosion" / "detected an acoustic
  signature consistent with an implosion": a verb of finding (detect, find, record, pick up,
  observe ...) denied ("no", "nothing", "did not ... any") against the same verb told, of a thing
  pointing to the same event ("consistent with", "indicative of", "indicating", "suggesting",
  "pointing to", or evidence, a sign, a trace "of"). What is found may be named in other words (the
  negation step asks for the denied words in the other claim: "sound" / "acoustic signature");
- **able or not**: "the implosion was preventable" / "could not have been prevented": an "-able"
  adjective of a verb (denied by "not" or a prefix: "not avoidable", "irreparable") against the
  passive verb after "can" / "could" (denied by "not", "cannot": "cannot be repaired"), of the same
  subject;
- **survived or destroyed**: "the banyan tree survived the fire" / "the banyan tree had been
  destroyed by the fire" (or "the fire destroyed the tree"): one thing, the same head noun, and the
  same event when both name one; "partly destroyed" is no destruction of the whole;
- **within or beyond a bound** (sets 153-156, helper confopp153): "the train was running within the
  speed limit" / "had been exceeding the speed limit", "was completed within budget" / "ran over
  budget", "within its licensed capacity" / "had exceeded its capacity": one bound (a limit, a cap, a
  quota, a budget, a capacity, a threshold, a ceiling: the same noun, the words before it of one
  claim all in the other's), kept ("within", "inside"; "under", "below" after a verb of being or
  moving) against passed ("exceeded", "breached", "broke", "surpassed"; "over", "above", "beyond"
  after such a verb: "protests over the budget" pass nothing). A denial before the verb turns it
  the other way ("was not exceeding the speed limit" keeps it).

Each reading is of one claim's words as written, read once (`text_cache`) and only for claims a
cheap test on the pair lets through (a substring or a token both claims hold); `compare` joins the
result to its opposite outcomes (a clash: a conflict when the statement is the same).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.core.match.knowledge import rewrite
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

_CLAUSE_MARKS = re.compile(r"[;:!?()\"\u201c\u201d]|,\s|\.(?:\s|$)")
_WORD = re.compile(r"[\w$\u20ac\u00a3][\w'\u2019$.,-]*(?<![.,])")
#: Words that end a phrase read forward: a conjunction, a relative word, a clause after it.
_STOP = frozenset(["and", "or", "but", "while", "whereas", "because", "although", "after", "before", "when", "as",
                   "which", "who", "that", "since", "until", "following", "despite", "amid", "during", "like",
                   "unlike", "than", "if", "unless", "where", "shortly", "soon"])
#: Prepositions that open another phrase (a place, a time, a recipient): the thing ends before them.
_PREPOSITIONS = frozenset(["on", "of", "for", "to", "at", "in", "by", "from", "with", "over", "under", "near",
                           "into", "onto", "across", "off", "about", "around", "within", "without", "per"])
#: Words that end a subject read backward: a conjunction, a relative word, a verb of saying or
#: concluding before the clause it frames ("the inquiry found the deaths were preventable"). One
#: string, split: some are words of the project's vocabulary (`vocab`), never written as literals.
_FRAMING_WORDS = (
    "said says say told confirmed confirms announced announces reported reports added stated states concluded "
    "concludes found finds ruled rules insisted warned noted argued claimed believed believes thought thinks "
    "acknowledged admitted decided determined showed shows agreed explained")
_BACK_STOP = _STOP | frozenset(_FRAMING_WORDS.split())
_DETERMINERS = frozenset(["a", "an", "the", "any", "its", "their", "his", "her", "our", "this", "these", "those",
                          "some", "all"])
#: Words between a subject and its state ("would also be", "will have to", "had been", "are required to").
_CHAIN = frozenset(["will", "would", "shall", "should", "must", "may", "might", "can", "could", "is", "are", "was",
                    "were", "be", "been", "being", "has", "have", "had", "to", "also", "now", "still", "all",
                    "both", "required", "obliged", "expected", "asked", "forced", "going", "remain", "remains",
                    "remained", "continue", "continues", "deemed", "considered", "seemed", "seems", "each",
                    "then", "equally", "even", "too"])
#: Words that deny the state they stand before ("would not be exempt", "no longer has to pay").
_DENIED = frozenset(["not", "never", "longer", "cannot", "can't", "couldn't", "won't", "wouldn't", "don't",
                     "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hardly", "neither", "nor"])
#: Most words a subject or a thing is read over.
_MOST = 6
#: The negation token every claim's denials are normalised to.
_NOT = "not"


@text_cache()
def _tokens(words: str) -> frozenset[str]:
    """The normalised tokens of some words (after the verb table) and their figures ("$200": 200)."""
    n = normalize(rewrite(words)[0])
    return frozenset((*n.tokens, *n.numbers))


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _forward(rest: str, most: int = _MOST, ends: frozenset[str] = _PREPOSITIONS) -> list[str]:
    """The words at the start of `rest` up to a clause mark, a stop word or a preposition (`ends`),
    without a determiner ("the $200 fee in full": $200, fee)."""
    out: list[str] = []
    for w in _words(_CLAUSE_MARKS.split(rest, 1)[0]):
        if w in _STOP or w in ends or len(out) == most:
            break
        if w not in _DETERMINERS or out:
            out.append(w)
    return out


def _backward(before: str) -> tuple[list[str], list[str]]:
    """(the subject, the chain) of the words before a state: the chain of auxiliaries and denials
    right before it ("would also be", "will not have to"), and the words before that back to a clause
    mark or a stop word ("Bhutan's government said Indian tourists would be": indian tourists)."""
    words = _words(_CLAUSE_MARKS.split(before)[-1])
    k = len(words)
    while k and (words[k - 1] in _CHAIN or words[k - 1] in _DENIED or words[k - 1].endswith("ly")):
        k -= 1
    chain, j = words[k:], k
    while j and k - j < _MOST and words[j - 1] not in _BACK_STOP:
        j -= 1
    subject = words[j:k]
    while subject and subject[0] in _DETERMINERS:
        subject = subject[1:]
    return subject, chain


#: A thing read of a claim: its head (the last word before a preposition) and all its tokens.
Thing = tuple[frozenset[str], frozenset[str]]


def _thing(words: list[str]) -> Thing | None:
    """A phrase's head tokens and all its tokens, or None for a phrase with no word."""
    cut = next((e for e, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    head = next((w for w in reversed(words[:cut]) if not w[:1].isdigit() and not w.startswith("$")), None)
    if head is None:
        return None
    return _tokens(head), _tokens(" ".join(words))


def _same(x: Thing, y: Thing) -> bool:
    """One thing told twice: the same head, and the words of one all in the other."""
    return bool(x[0] & y[0]) and (x[1] <= y[1] or y[1] <= x[1])


def _denied(chain: list[str]) -> bool:
    return any(w in _DENIED or w.endswith("n't") for w in chain)


# --- exempt or liable ----------------------------------------------------------------------------

_EXEMPT = re.compile(r"\bexempt(?:ed|s|ing)?\s+(?:((?:[\w$'\u2019-]+\s+){1,6}?))?from\s+")
#: Held to a charge: the people before, the charge after.
_LIABLE = re.compile(r"\b(?:pay|pays|paid|paying|charged|(?:subject|liable)\s+to)\s+")
#: A charge that applies to people: the charge before, the people after.
_APPLIES = re.compile(r"\bappl(?:y|ies|ied)\s+(?:also\s+|equally\s+|even\s+)?to\s+")


@text_cache()
def exemptions(text: str) -> tuple[tuple[Thing, Thing], ...]:
    """(the people, the charge) of each exemption a claim tells ("children under six are exempt from
    the fee"); none told denied ("would no longer be exempt")."""
    low = text.lower()
    out = []
    for m in _EXEMPT.finditer(low):
        subject, chain = _backward(low[:m.start()])
        people = _words(m.group(1)) if m.group(1) else subject
        charge = _thing(_forward(low[m.end():]))
        if not _denied(chain) and (who := _thing(people)) and charge:
            out.append((who, charge))
    return tuple(out)


@text_cache()
def liabilities(text: str) -> tuple[tuple[Thing, Thing], ...]:
    """(the people, the charge) of each charge a claim tells people held to ("must pay the fee",
    "the fee would also apply to Indian tourists"); none told denied or only asked for."""
    low = text.lower()
    out = []
    for m in _LIABLE.finditer(low):
        subject, chain = _backward(low[:m.start()])
        if not _denied(chain) and (who := _thing(subject)) and (charge := _thing(_forward(low[m.end():]))):
            out.append((who, charge))
    for m in _APPLIES.finditer(low):
        subject, chain = _backward(low[:m.start()])
        if not _denied(chain) and (charge := _thing(subject)) and (who := _thing(_forward(low[m.end():]))):
            out.append((who, charge))
    return tuple(out)


def _exempt_or_liable(x: str, y: str) -> str | None:
    for who, charge in exemptions(x):
        for who_y, charge_y in liabilities(y):
            if _same(who, who_y) and _same(charge, charge_y):
                return f"exempt / held to: {' '.join(sorted(charge[0]))}"
    return None


# --- found or not found --------------------------------------------------------------------------

_FIND = (r"(?:detect(?:s|ed|ing)?|record(?:s|ed|ing)?|f(?:ind|inds|ound|inding)|pick(?:s|ed|ing)?\s+up|observ(?:e|es|ed|ing)"
         r"|spot(?:s|ted|ting)?|identif(?:y|ies|ied|ying)|register(?:s|ed|ing)?|see|sees|saw|seen|hear|hears|heard"
         r"|uncover(?:s|ed|ing)?|discover(?:s|ed|ing)?)")
#: The normalised tokens of the verbs of finding: a pair is read only when both claims hold one.
_FIND_TOKENS = frozenset(["detect", "record", "find", "pick", "observ", "spot", "identify", "register", "see",
                          "heard", "uncover", "discover"])
_NOT_FOUND = re.compile(r"\b(?:(?:(?:did|does|do|had|has|have|could|would)\s+not|(?:did|does|do|had|has|have|could|would)"
                        r"n[\u2019']t|never)\s+(?:have\s+)?" + _FIND + r"\s+(?:any\s+|an?\s+)?|" + _FIND
                        + r"\s+(?:no|nothing)\s+)")
_FOUND = re.compile(r"\b" + _FIND + r"\s+(?!no\b|nothing\b|not\b)")
#: What ties the thing found to what it points to ("consistent with an implosion").
_POINTS = re.compile(r"^((?:[\w$'\u2019-]+\s+){0,4}?)(consistent\s+with|indicative\s+of|indicating|suggesting"
                     r"|pointing\s+to|of)\s+")
#: Things found that point to another only with "of" ("evidence of fraud", "traces of explosives"):
#: after other nouns "of" names a part or an owner ("bodies of the victims").
_EVIDENCE = frozenset(["evidence", "proof", "sign", "signs", "trace", "traces", "indication", "indications", "hint",
                       "hints", "residue", "residues"])


#: What a thing found points to runs on through "of", "to", "with", "for" ("a link to terrorism",
#: "the failure of the hull") and ends before a place or a time ("an implosion in the area").
_PLACES = _PREPOSITIONS - frozenset(["of", "to", "with", "for"])


def _pointed(rest: str) -> frozenset[str] | None:
    """The tokens of what a thing found points to, read after the verb of finding."""
    m = _POINTS.match(rest)
    if m is None or m.group(2) == "of" and (not m.group(1) or m.group(1).split()[-1] not in _EVIDENCE):
        return None
    return _tokens(" ".join(_forward(rest[m.end():], 5, _PLACES))) or None


@text_cache()
def not_found(text: str) -> tuple[frozenset[str], ...]:
    """The tokens of what each finding a claim denies points to ("detected no sound consistent with
    an implosion": implosion)."""
    low = text.lower()
    return tuple(p for m in _NOT_FOUND.finditer(low) if (p := _pointed(low[m.end():])))


@text_cache()
def found(text: str) -> tuple[frozenset[str], ...]:
    """The tokens of what each finding a claim tells, not denied, points to ("detected an acoustic
    signature consistent with an implosion": implosion)."""
    low = text.lower()
    out = []
    for m in _FOUND.finditer(low):
        _, chain = _backward(low[:m.start()])
        if not _denied(chain) and (p := _pointed(low[m.end():])):
            out.append(p)
    return tuple(out)


def _found_or_not(x: str, y: str) -> str | None:
    for what in not_found(x):
        if not not_found(y) and any(what <= told for told in found(y)):
            return f"not found / found: {' '.join(sorted(what))}"
    return None


# --- able or not ---------------------------------------------------------------------------------

_ABLE = re.compile(r"\b(?:is|are|was|were|be|been|being|remains?|remained|seemed|seems|deemed|considered)\s+"
                   r"((?:(?:not|never|entirely|fully|completely|largely|wholly|highly|easily|potentially|probably"
                   r"|likely|still)\s+)*)([a-z]{3,}?)(?:able|ible)\b")
_MODAL = re.compile(r"\b(can|could|cannot|can[\u2019']t|couldn[\u2019']t)\s+((?:not\s+|never\s+)?)(?:have\s+)?(?:be|been)\s+"
                    r"(?:\w+ly\s+)?([a-z]{3,}(?:ed|en|t))\b")
#: Prefixes that deny an "-able" adjective ("unavoidable", "irreparable", "incurable").
_PREFIXES = ("un", "in", "im", "ir", "il", "non")


def _stems(base: str) -> frozenset[str]:
    """The tokens of the verb an "-able" adjective is made from ("prevent", "cur(e)", "revers(e)")."""
    return frozenset((*normalize(base).tokens, *normalize(base + "e").tokens))


@text_cache()
def abilities(text: str) -> tuple[tuple[Thing, frozenset[str], bool, bool], ...]:
    """(the subject, the verb's tokens, whether it can be done, whether told by an "-able" adjective)
    of each ability a claim tells of its subject ("the implosion was preventable": implosion,
    prevent, True, True; "could not have been prevented": ..., False, False)."""
    low = text.lower()
    out = []
    for m in _ABLE.finditer(low):
        subject, _ = _backward(low[:m.start()])
        if (who := _thing(subject)) is None:
            continue
        base, denied = m.group(2), "not" in m.group(1).split() or "never" in m.group(1).split()
        out.append((who, _stems(base), not denied, True))
        prefix = next((p for p in _PREFIXES if base.startswith(p) and len(base) - len(p) >= 4), None)
        if prefix:  # "unavoidable": avoid, denied (the whole word is read too: "inhabitable")
            out.append((who, _stems(base[len(prefix):]), denied, True))
    for m in _MODAL.finditer(low):
        subject, _ = _backward(low[:m.start()])
        if (who := _thing(subject)) is None:
            continue
        denied = bool(m.group(2)) or m.group(1) != "can" and m.group(1) != "could"
        out.append((who, frozenset(normalize(m.group(3)).tokens), not denied, False))
    return tuple(out)


def _able_or_not(x: str, y: str) -> str | None:
    if "ble" not in x or "can" not in y and "could" not in y:
        return None
    mine, theirs = abilities(x), abilities(y)
    for who, verb, can, adjective in mine:
        if not adjective:
            continue
        for who_y, verb_y, can_y, _ in theirs:
            if can != can_y and verb & verb_y and _same(who, who_y) \
                    and not any(v & verb and c == can_y for _, v, c, _ in mine):  # (a claim telling both)
                return f"{'can' if can else 'cannot'} / {'can' if can_y else 'cannot'} be done: {' '.join(sorted(verb & verb_y))}"
    return None


# --- survived or destroyed -----------------------------------------------------------------------

_DESTROY = r"(?:destroyed|razed|flattened|gutted|levell?ed|obliterated|wiped\s+out)"
_DESTROYED_PASSIVE = re.compile(r"\b(?:was|were|been|be|being)\s+((?:\w+ly\s+)?)" + _DESTROY + r"\b")
_DESTROYED_ACTIVE = re.compile(r"\b(?<!been )(?<!was )(?<!were )(?<!be )" + _DESTROY + r"\s+")
_SURVIVED = re.compile(r"\bsurviv(?:ed|es)\s+")
#: A destruction in part is no end of the whole ("was partly destroyed" / "survived").
_PARTLY = frozenset(["partly", "partially", "nearly", "almost", "largely", "mostly", "half"])


def _event(rest: str) -> frozenset[str]:
    return _tokens(" ".join(_forward(rest, 4)))


@text_cache()
def survivals(text: str) -> tuple[tuple[Thing, frozenset[str]], ...]:
    """(the thing, the event's tokens) of each thing a claim tells survived an event."""
    low = text.lower()
    out = []
    for m in _SURVIVED.finditer(low):
        subject, chain = _backward(low[:m.start()])
        if not _denied(chain) and (who := _thing(subject)):
            out.append((who, _event(low[m.end():])))
    return tuple(out)


@text_cache()
def destructions(text: str) -> tuple[tuple[Thing, frozenset[str]], ...]:
    """(the thing, the event's tokens) of each thing a claim tells destroyed ("had been destroyed by
    the fire", "the fire destroyed the tree")."""
    low = text.lower()
    out = []
    for m in _DESTROYED_PASSIVE.finditer(low):
        subject, chain = _backward(low[:m.start()])
        if m.group(1).strip() in _PARTLY or _denied(chain) or (who := _thing(subject)) is None:
            continue
        rest = _words(_CLAUSE_MARKS.split(low[m.end():], 1)[0])
        out.append((who, _event(" ".join(rest[1:])) if rest[:1] in (["by"], ["in"]) else frozenset()))
    for m in _DESTROYED_ACTIVE.finditer(low):
        subject, chain = _backward(low[:m.start()])
        if not _denied(chain) and not _PARTLY.intersection(chain) and (what := _thing(_forward(low[m.end():]))):
            out.append((what, _tokens(" ".join(subject))))
    return tuple(out)


def _survived_or_destroyed(x: str, y: str) -> str | None:
    if "surviv" not in x:
        return None
    for who, event in survivals(x):
        for who_y, event_y in destructions(y):
            if _same(who, who_y) and (not event or not event_y or event & event_y) \
                    and not any(_same(who, w) for w, _ in destructions(x)):
                return f"survived / destroyed: {' '.join(sorted(who[0]))}"
    return None


# --- within or beyond a bound -------------------------------------------------------------------

_BOUND_NOUN = r"(limits?|caps?|quotas?|budgets?|capacity|thresholds?|ceilings?|allowances?)"
#: Verbs before "under", "over", "above" ... that make the preposition tell a bound kept or passed
#: ("was travelling above the speed limit", "ran over budget"), with an adverb between at most.
_BEING = (r"(?:is|are|was|were|be|been|being|ran|run|runs|running|went|go|goes|going|gone|came|come|comes|coming"
          r"|travell?ing|travell?ed|driving|drove|flying|flew|moving|stayed|stays|stay|remained|remains|remain|kept"
          r"|keeps|keep|operating|operated|spending|spent|sailing|loaded)\s+(?:[a-z]+ly\s+|well\s+|just\s+|far\s+|still\s+)?")
_THE = r"(?:(?:the|its|their|his|her|a|an|this|that)\s+)?((?:[\w'\u2019-]+\s+){0,3}?)"
_KEPT = re.compile(r"\b(?:within|inside|(?<=\s)(?:" + _BEING + r")(?:under|below))\s+" + _THE + _BOUND_NOUN + r"\b")
_PASSED = re.compile(r"\b(?:exceed(?:s|ed|ing)?|breach(?:es|ed|ing)?|broke|broken|break(?:s|ing)?|surpass(?:es|ed|ing)?"
                     r"|overshot|overshoot(?:s|ing)?|(?<=\s)(?:" + _BEING + r")(?:over|above|beyond))\s+" + _THE
                     + _BOUND_NOUN + r"\b")
#: The tokens of the bound nouns: a pair is read only when both claims hold one of them.
_BOUND_TOKENS = frozenset(["limit", "cap", "quota", "budget", "capacity", "threshold", "ceil", "allowanc"])
#: A denial in the words before the verb ("was not exceeding", "never broke").
_DENIED_BEFORE = re.compile(r"(?:\b(?:not|never)|n't)\s+(?:[a-z]+\s+){0,2}$")


@text_cache()
def bounds(text: str) -> tuple[tuple[bool, frozenset[str], frozenset[str]], ...]:
    """(kept, the bound noun's tokens, the tokens of the words before it) of each bound a claim tells
    kept or passed; a denial before the verb tells the other ("was not exceeding": kept)."""
    low = " " + text.lower()
    out = []
    for kept, pattern in ((True, _KEPT), (False, _PASSED)):
        for m in pattern.finditer(low):
            denied = bool(_DENIED_BEFORE.search(low[max(0, m.start() - 30):m.start()]))
            out.append((kept != denied, _tokens(m.group(2)), _tokens(m.group(1))))
    return tuple(out)


def _kept_or_passed(x: str, y: str) -> str | None:
    for kept, noun, words in bounds(x):
        for kept_y, noun_y, words_y in bounds(y):
            if kept and not kept_y and noun == noun_y and (words <= words_y or words_y <= words) \
                    and not any(k is False and n == noun for k, n, _ in bounds(x)) \
                    and not any(k and n == noun for k, n, _ in bounds(y)):
                return f"within / beyond: {' '.join(sorted(words | noun))}"
    return None


#: The tokens of the verbs of destroying (as the verb table writes them: "razed", "wiped out" are
#: "destroy"): a pair is read only when one claim holds one and the other "survived".
_DESTROY_TOKENS = frozenset(["destroy", "gut", "level", "levell", "obliterat"])
#: The token of "exempt", "exempted".
_EXEMPT_TOKEN = "exempt"
_SURVIVE_TOKEN = "surviv"


def _either(read: Callable[[str, str], str | None], a: str, b: str) -> str | None:
    """A one-sided reading asked of the pair both ways."""
    return read(a, b) or read(b, a)


def states_told_apart(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'opposite outcomes: ...' when the two claims tell one state two ways (module docstring).
    `texts`: the claims as written; `tokens`: their normalised tokens, for the cheap tests (a set
    look-up each; one substring test for "-ble" per claim), so most pairs read nothing more."""
    (a, b), (ta, tb) = texts, tokens
    found_it = None
    if (_EXEMPT_TOKEN in ta) != (_EXEMPT_TOKEN in tb) and _NOT not in (tb if _EXEMPT_TOKEN in ta else ta):
        found_it = _exempt_or_liable(a, b) if _EXEMPT_TOKEN in ta else _exempt_or_liable(b, a)
    if found_it is None and (_NOT in ta or _NOT in tb) and not _FIND_TOKENS.isdisjoint(ta) \
            and not _FIND_TOKENS.isdisjoint(tb):
        found_it = _either(_found_or_not, a, b)
    if found_it is None and (_SURVIVE_TOKEN in ta or _SURVIVE_TOKEN in tb) \
            and not (_DESTROY_TOKENS.isdisjoint(ta) and _DESTROY_TOKENS.isdisjoint(tb)):
        found_it = _either(_survived_or_destroyed, a, b)
    if found_it is None and not _BOUND_TOKENS.isdisjoint(ta) and not _BOUND_TOKENS.isdisjoint(tb):
        found_it = _either(_kept_or_passed, a, b)
    if found_it is None and ("ble" in a or "ble" in b):
        found_it = _either(_able_or_not, a, b)
    return f"opposite outcomes: {found_it}" if found_it else None
