"""The splitting rules, an ordered list of named functions (no parser).

Each rule looks at the span `sentence[a:b]` (`seg`) and returns its pieces, or None when it does not
apply; `_split` tries them in `RULES` order and keeps the span whole when none applies. A split that
would leave a fragment without a verb, or lose words, is not made.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.core.extract.clauses import (
    _CONJ_WORDS,
    _COORD,
    _DETERMINERS,
    _PREPOSITIONS,
    _QUOTE_MARKS,
    _SUBORDINATE,
    _antecedent,
    _disagrees,
    _find_subject,
    _has_verb,
    _inside_participle,
    _is_plural,
    _last_chunk,
    _later_clause,
    _np_coordination,
    _starts_clause,
    _top_level_comma,
    _verb_head,
    find_subject,
    trusted_subject,
)
from workbench.core.extract.pieces import (
    Piece,
    _clean_text,
    _piece,
    _protected,
    _rewrite_first,
    with_subject,
)
from workbench.core.language.verbs import AUXILIARIES as AUX_WORDS
from workbench.core.language.verbs import (
    IRREGULAR_PAST_FORMS,
    gerund_to_past,
    is_finite_verb,
    is_gerund,
    is_participle,
    is_verb_like,
    to_past,
    trie_regex,
)
from workbench.core.language.verbs import words as _words

_CAUSATIVE = re.compile(
    r",\s+(?P<verb>prompting|forcing|causing|leading|allowing|enabling|compelling|pushing|driving)\s+"
    r"(?P<np>(?:[^,;]|,(?=\d)){1,80}?)\s+to\s+(?P<base>[a-z]+)\b"
)
_WHILE_ALSO = re.compile(r",?\s+while\s+(?P<also>also\s+)?(?P<ger>[a-z]+ing)\b")
_PARTICIPLE = re.compile(r",\s+(?P<also>also\s+)?(?P<ger>[a-z]+ing)\b")
_WHICH = re.compile(r"(?P<comma>,)?\s+(?:which|who)\s+(?=(?P<next>[\w'’]+)(?:\s+(?P<next2>[\w'’]+))?)")
_APPOSITION = re.compile(
    # a name, with a role before it ("Police officer John Moschetto"), or a common noun phrase ("The company")
    r"^(?P<subj>(?P<pre>(?:[A-Z][\w.'’-]*\s+)?(?:[a-z][\w'’-]*\s+){1,3})?"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|al|bin|van|von))*)"
    r"|(?P<np>(?:The|A|An|This|That|Its|His|Her|Their)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)),\s+"
    r"(?P<app>(?:a|an|the)\s+[^,;\"“”]{2,80}?|\d{1,3}"
    r"|(?P<part>(?:currently|now|also|still|already|recently)\s+)?(?:[a-z]+ed|born|known|taken|seen|given|"
    rf"{trie_regex(sorted(IRREGULAR_PAST_FORMS))})\s+(?:on|in|by|at|for|with|to|from|near|as)\b[^,;\"“”]{{2,120}}?),\s+"
)
_STATE_PARTICIPLES = _words("based located headquartered known named called situated owned run controlled listed "
                            "registered married employed deployed stationed set placed housed")
#: "signed from Porto last year": the apposition tells a past event ("was"), not a state ("is")
_PAST_MARK = re.compile(r"\b(?:last|ago|yesterday|earlier|in\s+(?:1[89]|20)\d\d|on\s+[A-Z][a-z]+day)\b")
_LIGHT_WHEN = re.compile(r"(?:the|this|that)\s+(?:incident|attack|accident|blast|explosion|event)\s+(?:happened|occurred|took place)")
_TIME_BEFORE = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|shortly|soon|long|just|moments?)$")
_BEFORE_AFTER_GERUND = re.compile(r"\s+(?:before|after)\s+(?P<ger>[a-z]+ing)\b")
_CONCESSIVE = re.compile(r"^\s*(?:While|Although|Though|Whereas|Even though)\s+")
_SPLIT_HINT = re.compile(
    r"[,;]|\b(?:and|but|while|whereas|although|though|because|as|when|which|who|before|after|While|Although|Though|"
    r"Whereas|Even)\b"
)
_AND_BUT_LEAD = re.compile(r"\s*(?:and\s+|or\s+)?")


def _split(sentence: str, a: int, b: int, subject: str | None, depth: int) -> list[Piece]:
    """Apply the splitting rules; a split that would leave a verbless fragment is not made."""
    pieces = _split_rules(sentence, a, b, subject, depth)
    if len(pieces) > 1 and not all(p.has_verb or _has_verb(p.text) for p in pieces):
        whole = _piece(sentence, a, b)
        if whole:
            return whole
    return pieces


Rule = Callable[[str, int, int, str, str | None, int], list[Piece] | None]


def _split_rules(sentence: str, a: int, b: int, subject: str | None, depth: int) -> list[Piece]:
    """The first rule that applies to the span splits it; no comma, semicolon or joining word (or too
    deep a recursion, or too short a span): nothing to split."""
    seg = sentence[a:b]
    if depth > 6 or len(seg.split()) < 5 or not _SPLIT_HINT.search(seg):
        return _piece(sentence, a, b)
    for rule in RULES:
        pieces = rule(sentence, a, b, seg, subject, depth)
        if pieces is not None:
            return pieces
    return _piece(sentence, a, b)


def semicolon_list(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """Semicolons separate facts; "the government is to cut X; require Y; and raise Z" shares a head."""
    if ";" in seg:
        bounds = [0] + [k + 1 for k, ch in enumerate(seg) if ch == ";"]
        ends = [k for k, ch in enumerate(seg) if ch == ";"] + [len(seg)]
        head = _verb_head(seg[:ends[0]])
        out = _split(sentence, a, a + ends[0], subject, depth + 1)
        for s0, e0 in zip(bounds[1:], ends[1:], strict=True):
            part = seg[s0:e0]
            lead_len = len(part) - len(_AND_BUT_LEAD.sub("", part, count=1))
            part_words = part[lead_len:].split()
            first = part_words[0] if part_words else ""
            if head and first[:1].islower() and first not in _DETERMINERS and not is_verb_like(first) \
                    and _starts_clause(part[lead_len:]) != "clause":  # "...; police dogs were combing": a clause
                start = a + s0 + lead_len
                listed = _piece(sentence, start, a + e0, f"{head} {sentence[start:a + e0].strip()}")
                for item in listed:
                    item.has_verb = True
                out += listed
            else:
                out += _split(sentence, a + s0, a + e0, find_subject(seg) or subject, depth + 1)
        return out
    return None


def concessive_lead(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """A concessive lead: 'While two of them managed to escape, INS Sukanya intercepted ...' gives two facts."""
    m = _CONCESSIVE.match(seg)
    if m:
        comma = _top_level_comma(seg, m.end())
        if comma > 0 and _starts_clause(seg[m.end():comma]) == "clause" and find_subject(seg[comma + 1:]):
            return (_split(sentence, a + m.end(), a + comma, None, depth + 1)
                    + _split(sentence, a + comma + 1, b, subject, depth + 1))
    return None


def apposition(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """An apposition: 'Gary Locke, a former Killie defender, has paid tribute ...' gives two facts."""
    m = _APPOSITION.match(seg)
    if m and _starts_clause(seg[m.end():]) == "vp":
        subj = m.group("subj")
        name = m.group("name") or subj  # "John Moschetto is 54 years old"; "The company is based in Ohio"
        app = m.group("app")
        if app.isdigit() and m.group("np"):
            return None  # "The unit, 54, ...": no age of a common noun
        first = app.split()[0]
        participle = m.group("part") is not None or (first not in ("a", "an", "the") and not app.isdigit())
        # "The company, based in Ohio," is; "The government, pushed to the brink," was
        pword = app.split()[1] if m.group("part") and len(app.split()) > 1 else first
        verb = "was" if participle and (_PAST_MARK.search(app) or pword not in _STATE_PARTICIPLES) else "is"
        if participle and m.group("np") is None and m.group("part") is None and not is_finite_verb(first):
            return None
        role = _piece(sentence, a + m.start("subj"), a + m.end("app"),
                      f"{name} {verb} {app}" + (" years old" if app.isdigit() else ""))
        for p in role:
            p.has_verb = True
        main = _piece(sentence, a, b, f"{subj} {seg[m.end():].strip()}")
        if role and main:
            return main + role
    return None


def before_after_gerund(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """'... had attracted interest from Arsenal before joining Juventus' gives two facts."""
    m = _BEFORE_AFTER_GERUND.search(seg) if "ing" in seg and ("before" in seg or "after" in seg) else None
    if m and is_gerund(m.group("ger")) and not _TIME_BEFORE.search(seg, 0, m.start()):
        subj = find_subject(seg[:m.start()]) or subject
        if subj:
            left = _split(sentence, a, a + m.start(), subject, depth + 1)
            rest = seg[m.end("ger"):]
            right = _piece(sentence, a + m.start("ger"), b, f"{subj} {gerund_to_past(m.group('ger'))}{rest}")
            if left and right:
                return left + right
    return None


def causative(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """', prompting some 500,000 people to flee ...' -> 'some 500,000 people fled ...'."""
    m = _CAUSATIVE.search(seg) if ", " in seg and " to " in seg else None
    if m:
        left = _split(sentence, a, a + m.start(), subject, depth + 1)
        rest = seg[m.end():]
        text = f"{m.group('np')} {to_past(m.group('base'))}{rest}"
        right = _piece(sentence, a + m.start("np"), b, text)
        return left + right
    return None


def participial_clause(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """A participial clause: '..., while also storming ...' / '..., depriving Baghdad of ...'."""
    for rx in ((_WHILE_ALSO, _PARTICIPLE) if "while" in seg else (_PARTICIPLE,)) if "ing" in seg else ():
        m = rx.search(seg)
        if m and is_participle(m.group("ger")) and m.start() > 0:
            left_text = seg[:m.start()]
            subj = find_subject(left_text) or subject
            if subj is None or _later_clause(left_text):
                continue  # "X killed two, officials said, offering ...": whose participle? keep it whole
            also = "also " if m.group("also") else ""
            left = _split(sentence, a, a + m.start(), subject, depth + 1)
            ger_at = a + m.start("ger")
            right = _split(sentence, ger_at, b, subj, depth + 1)
            right = _rewrite_first(sentence, right, ger_at, f"{subj} {also}{gerund_to_past(m.group('ger'))}",
                                   a + m.end("ger"))
            return left + right
    return None


def relative_clause(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """Fact-adding 'which'/'who' clauses (with or without commas, in subject position too)."""
    for m in _WHICH.finditer(seg) if ("which" in seg or "who" in seg) else ():
        nxt = (m.group("next") or "").lower()
        nxt2 = (m.group("next2") or "").lower()
        if not (is_verb_like(nxt) or (nxt in ("also", "now", "then", "later", "has", "have") and is_finite_verb(nxt2))
                or nxt.endswith("ed") or (nxt.endswith("s") and not nxt.endswith("ss") and len(nxt) > 3)):
            continue
        ante = _antecedent(seg, m.start())
        if ante and m.group("comma") is None:
            ante = _copula_subject(seg, m.start(), ante)
        if not ante:
            continue
        clause_start = m.end()
        if not m.group("comma") and not _has_verb(seg[:m.start()]):
            if ", " in seg[:m.start()]:
                continue  # "Bob Currie, 66, a resident of X which overlooks Y, said ...": whose subject?
            # subject position: "Many seals who are just a few weeks old are shot ..." -> the relative
            # clause ends where the main verb phrase starts (the next verb after the clause's own)
            words = list(_TOKEN.finditer(seg[clause_start:]))
            cut = next((w.start() for w in words[2:] if is_verb_like(w.group(0))), None)
            if cut is None:
                continue
            rel_end = clause_start + cut
            rel = _piece(sentence, a + clause_start, a + rel_end, f"{ante} {seg[clause_start:rel_end]}")
            main = _split(sentence, a + rel_end, b, ante, depth + 1)
            main = [with_subject(p, ante) for p in main]
            return rel + main
        # a comma-delimited clause ends at the next comma; otherwise at the end of the span
        clause_end = len(seg)
        if m.group("comma"):
            nc = seg.find(", ", clause_start)
            if nc > 0 and _starts_clause(_AND_BUT.sub("", seg[nc + 2:])) is not None:
                clause_end = nc
        main_left = _split(sentence, a, a + m.start(), subject, depth + 1)
        rel_text = f"{ante} {seg[clause_start:clause_end]}"
        rel = _split(sentence, a + clause_start, a + clause_end, ante, depth + 1)
        if len(rel) <= 1:
            rel = _piece(sentence, a + clause_start, a + clause_end, rel_text)
            for p in rel:
                p.has_verb = True  # "which employs ...": the word after "which" was taken as its verb
        else:
            lead_piece = rel[0]
            lowered = lead_piece.text[0].lower() + lead_piece.text[1:]
            rel[0] = Piece(lead_piece.start, lead_piece.end, _clean_text(f"{ante} {lowered}"))
        out = main_left + rel
        if clause_end < len(seg):
            rest_start = clause_end + 1
            rest = seg[rest_start:]
            kind = _starts_clause(rest.strip().removeprefix("and ").removeprefix("but "))
            if kind == "vp" and not (main_left and all(_has_verb(p.text) for p in main_left)):
                # "Chief Russell, who has been ..., was in critical condition": subject + the rest
                subj_text = seg[:m.start()].strip(" ,")
                return _piece(sentence, a, b, f"{subj_text} {rest.strip()}") + rel
            own_subject = find_subject(seg) or subject
            if kind == "vp" and own_subject:
                stripped = _AND_BUT_SPACED.sub("", rest)
                out += _piece(sentence, a + rest_start, b, f"{own_subject} {stripped}")
            elif main_left:
                # the main clause continues: extend the last main piece's quote to include the rest
                last = main_left[-1]
                out = main_left[:-1] + _piece(sentence, last.start, b, last.text.rstrip(".") + " " + rest.strip()) + rel
        return out
    return None


def coordination(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """Coordination of clauses or verb phrases ('and', 'but', 'while', 'as', 'because'), comma lists of verb phrases."""
    protected = _protected(seg)
    for m in _COORD.finditer(seg):
        if any(p0 <= m.start() < p1 for p0, p1 in protected):
            continue
        rest = seg[m.end():]
        end = m.end()
        if m.group("conj") in ("and", "but") and rest.startswith("that ") and " that " in seg[:m.start()] \
                and _starts_clause(rest[5:]) == "clause":
            end, rest = end + 5, rest[5:]  # "said he believed that X and that Y": Y is the clause
        kind = _starts_clause(rest)
        if kind is None and m.group("conj") == "and":
            first_word = rest.split()[0] if rest.split() else ""
            lead_word = seg.split()[0] if seg.split() else ""
            if is_participle(first_word) and is_participle(lead_word):
                kind = "vp"  # "killing five and injuring 30"
        if kind is None:
            continue
        before = seg[:m.start()] if m.group(0).startswith(",") else _last_chunk(seg, m.start())
        if kind == "clause" and not _has_verb(before):
            continue  # "two women and one man died", "..., while trains and ferries stopped": no clause before
        if kind == "clause" and m.group("conj") == "and" and not m.group(0).startswith(",") \
                and _np_coordination(before, rest):
            continue  # "the measures insisted upon by the EU and IMF could make ...": "the EU and IMF"
        if m.group("conj") in ("as", "because", "when") and kind != "clause":
            continue  # "as"/"because"/"when" join facts only when a new subject follows
        if m.group("conj") == "when" and (len(rest.split()) < 5 or _LIGHT_WHEN.match(rest)):
            continue  # "... when the incident happened": no new fact
        if kind == "vp":
            subj = find_subject(seg[:m.start()]) or subject
            if not subj:
                continue
            if _SUBORDINATE.search(seg, 0, m.start()):
                continue  # "... after hooded youths broke a window and hurled ...": whose verb phrase?
            if not m.group(0).startswith(",") and _inside_participle(seg[:m.start()], rest):
                continue  # "it was a unique case combining profligacy and tampered accounts": whose verb?
            if _disagrees(subj, rest):
                continue  # "concerns grew ... and fears it will spread": 'fears' is a noun, not their verb
            left_text = seg[:m.start()].strip()
            n_verb_words = len(left_text.split()) - (len(subj.split()) if left_text.startswith(subj) else 0)
            if n_verb_words <= 1:
                continue  # "Milat shot and paralysed Neville Knight": the verbs share one object
            left = _split(sentence, a, a + m.start(), subject, depth + 1)
            right_pieces = _split(sentence, a + end, b, subj, depth + 1)
            right_pieces = [with_subject(p, subj) for p in right_pieces]
            if not left or not right_pieces:
                continue  # never drop words: "treated at a hospital and released" stays whole
            if len(left) == 1:
                left = _vp_list(sentence, left[0], subj)
            return left + right_pieces
        left = _split(sentence, a, a + m.start(), subject, depth + 1)
        right = _split(sentence, a + end, b, None, depth + 1)
        if not left or not right:
            continue
        if m.group("conj") == "and":
            right = _gapped(sentence, before, a + end, right)
        return left + right

    return None


def _copula_subject(seg: str, end: int, ante: str) -> str:
    """'Laura Wells is a successful model who has worked in New York': the relative clause tells of
    the subject the predicate noun describes ('Laura Wells has worked ...')."""
    before = seg[:end].rstrip()
    if not before.endswith(ante):
        return ante
    head = before[:-len(ante)].rstrip()
    m = _COPULA_END.search(head)
    if m is None or ante.split()[0].lower() not in ("a", "an"):
        return ante
    subj = head[:m.start()].strip()
    return subj if subj and find_subject(f"{subj} is") == subj and len(subj.split()) <= 6 else ante


_COPULA_END = re.compile(r"\s+(?:is|was|are|were)$")


def leading_participle(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """A participial opener: 'Having lost his job, Smith moved to Texas' -> 'Smith had lost his job' +
    'Smith moved to Texas'; 'Facing a strike, the board raised wages' -> 'The board faced a strike'."""
    m = _LEAD_PARTICIPLE.match(seg) if "ing " in seg[:40] else None
    if m is None:
        return None
    ger = (m.group("ger") or "").lower()
    if not m.group("pp") and (ger in _NOT_PARTICIPLES or not is_participle(ger)):
        return None
    rest_at = m.end()
    subj = find_subject(seg[rest_at:])
    if not subj or not seg[rest_at:].startswith(subj) or _starts_clause(seg[rest_at:]) != "clause":
        return None
    subj_text = subj if subj[:1].isupper() and subj.split()[0] not in ("The", "A", "An") else subj[0].lower() + subj[1:]
    tail = seg[(m.end("ger") if ger else m.start("pp")):m.end("lead")]
    tail = tail if ger else " " + tail
    head = f"{subj_text} had" if m.group("pp") else f"{subj_text} {gerund_to_past(ger)}"
    left = _piece(sentence, a + m.start("lead"), a + m.end("lead"), f"{head}{tail}")
    right = _split(sentence, a + rest_at, b, subject, depth + 1)
    if not left or not right:
        return None
    left[0].has_verb = True
    return right + left


_LEAD_PARTICIPLE = re.compile(r"^(?P<lead>(?:Having\s+(?P<pp>[a-z]+)|(?P<ger>[A-Z][a-z]{2,}ing))\b[^,;\"“”]{2,80}),\s+")
_NOT_PARTICIPLES = _words("during following including regarding concerning excluding according notwithstanding "
                          "pending considering barring morning evening nothing something everything anything "
                          "bring king spring string thing wing ring sing swing sting")


def where_clause(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """', where he died from his injuries' after a place: 'He died from his injuries in hospital'."""
    m = _WHERE.search(seg) if "where" in seg else None
    if m is None or _starts_clause(seg[m.end():]) != "clause":
        return None
    ante = _antecedent(seg, m.start())
    if not ante:
        return None
    before = seg[:m.start()].rstrip(" ,").split()
    k = len(before) - len(ante.split()) - 1
    prep = before[k].lower() if k >= 0 else ""
    if prep not in _PLACE_PREPS:
        return None
    left = _split(sentence, a, a + m.start(), subject, depth + 1)
    clause = seg[m.end():].rstrip(" .")
    right = _piece(sentence, a + m.end(), b, f"{clause} {_PLACE_PREPS[prep]} {ante}")
    if not left or not right:
        return None
    return left + right


_WHERE = re.compile(r",\s+where\s+")
_PLACE_PREPS = {"in": "in", "at": "at", "to": "in", "into": "in", "near": "near", "inside": "inside"}


def participle_list(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """Passive verbs listed after one auxiliary: 'Many seals are shot, impaled and clubbed to death'
    -> 'Many seals are shot.' + 'Many seals are impaled.' + 'Many seals are clubbed to death.'"""
    m = _PARTICIPLE_LIST.search(seg) if " and " in seg and ", " in seg else None
    if m is None:
        return None
    verbs = [v for v in _LIST_ITEM.findall(m.group("items"))] + [m.group("last")]
    if len(verbs) < 3 or not all(_past_participle(v) for v in verbs) or verbs[-1] in IRREGULAR_PAST_FORMS:
        return None  # ("were chased, beaten and sought refuge": an irregular past may be active)
    head = seg[:m.start("items")]
    if not find_subject(head + verbs[0]):
        return None
    out = _piece(sentence, a, a + m.start("items") + len(verbs[0]))
    at = m.start("items") + len(verbs[0])
    for verb in verbs[1:-1]:
        k = seg.index(verb, at)
        out += _piece(sentence, a + k, a + k + len(verb), f"{head.strip()} {verb}")
        at = k + len(verb)
    k = m.start("last")
    out += _piece(sentence, a + k, b, f"{head.strip()} {seg[k:].strip()}")
    for p in out:
        p.has_verb = True
    return out if len(out) == len(verbs) else None


_PARTICIPLE_LIST = re.compile(
    r"\b(?:is|are|was|were|been|be|being)\s+(?P<items>[a-z]+(?:,\s+[a-z]+)+),?\s+and\s+(?P<last>[a-z]+)\b")
_LIST_ITEM = re.compile(r"[a-z]+")


def _past_participle(word: str) -> bool:
    return (word.endswith("ed") and is_finite_verb(word)) or word in IRREGULAR_PAST_FORMS or word in _EN_PARTICIPLES


_EN_PARTICIPLES = _words("taken given seen known shown beaten driven written stolen broken chosen eaten fallen "
                         "forgotten frozen hidden ridden risen shaken spoken sworn thrown torn woken worn born")


def trailing_apposition(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """A name at the end with its description: '... a call from the MV Gibe, a merchant vessel under an
    Ethiopian flag' -> '... a call from the MV Gibe.' + 'The MV Gibe is a merchant vessel ...'."""
    m = _TRAILING_APPOSITION.search(seg) if ", " in seg else None
    if m is None or " and " in m.group("app") or m.start() < 10:
        return None
    left = _split(sentence, a, a + m.end("name"), subject, depth + 1)
    name = m.group("name")
    right = _piece(sentence, a + m.start("name"), b, f"{name} is {m.group('app').rstrip(' .')}")
    if not left or not right:
        return None
    right[0].has_verb = True
    return left + right


_TRAILING_APPOSITION = re.compile(
    r"(?P<name>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+"
    r"(?P<app>(?:a|an)\s+[a-z][^,;\"“”()]{3,100}?)\s*[.!?]?\s*$")


def quantified_relative(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """', the larger of which was a dhow' / ', two of whom were injured' -> 'The larger of the boats was a dhow'."""
    m = _OF_WHICH.search(seg) if " of wh" in seg else None
    if m is None or _starts_clause(seg[m.end():]) != "vp":
        return None
    ante = _antecedent(seg, m.start()) or find_subject(seg[:m.start()])  # ("Three people were hurt, two of whom")
    if not ante:
        return None
    if ante.split()[0].istitle() and ante.split()[0].lower() in _LOWER_FIRST:
        ante = ante[0].lower() + ante[1:]  # "Four climbers" as the sentence began it
    if ante.split()[0].lower() not in _DETERMINERS:
        ante = f"the {ante}"  # "two of the three people"
    left = _split(sentence, a, a + m.start(), subject, depth + 1)
    right = _split(sentence, a + m.end(), b, f"{m.group('q')} of {ante}", depth + 1)
    right = [with_subject(p, f"{m.group('q')} of {ante}") if p.start == a + m.end() else p for p in right]
    if not left or not right:
        return None
    return left + right


_LOWER_FIRST = _words("the a an two three four five six seven eight nine ten many several some most all")
_OF_WHICH = re.compile(r",\s+(?P<q>(?:the\s+)?(?:[a-z]+est|larger|smaller|older|younger|some|many|most|all|none|both|"
                       r"each|one|two|three|four|five|several|half)(?:\s+[a-z]+)?)\s+of\s+(?:which|whom)\s+")


def noun_list(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """A list of three or more noun phrases: one fact per item, the rest of the sentence shared ('He
    played for the Patriots, Jets and Broncos' -> '... for the Patriots.' + '... for Jets.' + ...)."""
    m = _LIST_AND.search(seg) if seg.count(", ") >= 1 and " and " in seg else None
    if m is None or any(q in seg for q in _QUOTE_MARKS) or "(" in seg:
        return None
    parts = seg[:m.start()].split(", ")
    if len(parts) < 2:
        return None
    last_words = seg[m.end():].split()
    n_last = next((k for k, w in enumerate(last_words) if w.lower().strip(".,") in _LIST_STOP or k >= 6
                   or (k > 0 and not w[:1].isupper() and is_verb_like(w.lower().strip(".,")))), len(last_words))
    middle = parts[1:]
    first_words = parts[0].split()
    cut = max((k + 1 for k, w in enumerate(first_words) if w.lower() in _LIST_STOP or is_verb_like(w.lower())), default=0)
    first_item = " ".join(first_words[cut:])
    last_item = " ".join(last_words[:n_last]).rstrip(".")
    items = [first_item, *middle, last_item]
    if not all(_list_item(i) for i in items) or n_last == 0:
        return None
    prefix = " ".join(first_words[:cut])
    suffix = " ".join(last_words[n_last:])
    if not prefix and suffix.split() and suffix.split()[0] in _SINGULAR:
        suffix = f"{_SINGULAR[suffix.split()[0]]} {' '.join(suffix.split()[1:])}"  # "Smith, Jones and Brown were"
    if not (_has_verb(prefix) or _has_verb(suffix)):
        return None  # "Glen Johnson, Kolo Toure and Luke Garbutt at the back": no sentence to repeat
    out: list[Piece] = []
    at = 0
    for k, item in enumerate(items):
        i = seg.index(item, at)
        start, end = (0 if k == 0 else i), (len(seg) if k == len(items) - 1 else i + len(item))
        text = " ".join(w for w in (prefix, item, suffix) if w)
        out += _piece(sentence, a + start, a + end, text)
        at = i + len(item)
    for p in out:
        p.has_verb = True
    return out if len(out) == len(items) else None


_LIST_AND = re.compile(r",?\s+and\s+(?=\S)")
_LIST_STOP = _words("in on at for with by from to of into after before during since over under between against "
                    "about who which that as than")
_SINGULAR = {"were": "was", "are": "is", "have": "has"}
_LIST_HEADS = _words("a an the his her their its our my two three four five six seven eight nine ten several some")


def _list_item(item: str) -> bool:
    """A short noun phrase: a name, a number, or a determiner and a noun; no verb."""
    words = item.split()
    if not 1 <= len(words) <= 5 or any(w.endswith("ed") and is_finite_verb(w) for w in words) \
            or (words[0].islower() and is_verb_like(words[0]) and words[0] not in _LIST_HEADS):
        return False
    first = words[0]
    return first[:1].isupper() or first[:1].isdigit() or first.lower() in _LIST_HEADS


#: tried in this order: the first that applies wins
RULES: tuple[Rule, ...] = (
    semicolon_list,
    concessive_lead,
    apposition,
    leading_participle,
    before_after_gerund,
    causative,
    participial_clause,
    quantified_relative,
    relative_clause,
    where_clause,
    participle_list,
    noun_list,
    coordination,
    trailing_apposition,
)


#: the passive (or perfect) verb group that ends a clause: "were shut", "had been closed"
_AUX_GROUP = re.compile(r"\b(?P<aux>is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+\b"
                        r"[^,;]{0,60}$")
_AGREE = {"is": ("is", "are"), "are": ("is", "are"), "was": ("was", "were"), "were": ("was", "were"),
          "has been": ("has been", "have been"), "have been": ("has been", "have been"),
          "had been": ("had been", "had been")}
#: past forms in -ed that need no auxiliary and take no object: "the suspect escaped" is no gap
_INTRANSITIVE_ED = _words(
    "died escaped arrived happened occurred started continued remained exploded erupted collapsed returned "
    "survived disappeared ended failed stayed waited resigned retired landed crashed fled rallied marched "
    "gathered protested surged jumped rose fell dropped climbed soared plunged slumped appeared emerged "
    "lived worked played voted stopped opened closed developed evolved escalated intensified subsided persisted "
    "increased decreased declined worsened improved"
)


def _gapped(sentence: str, before: str, at: int, right: list[Piece]) -> list[Piece]:
    """'stations were shut and the international airport deserted': the second clause shares the
    first's auxiliary; its text gets it ('The international airport was deserted')."""
    if not any(aux in before for aux in (" is ", " are ", " was ", " were ", " been ")):
        return right
    g = _AUX_GROUP.search(before)
    if g is None or not right or right[0].start != at:
        return right
    clause = sentence[at:right[0].end]
    subj = _find_subject(clause)
    if not subj or not clause.startswith(subj) or not trusted_subject(subj):
        return right
    words = clause[len(subj):].split()
    verb = words[0].strip(",.;") if words else ""
    if not (verb.endswith("ed") and verb.islower() and verb not in _INTRANSITIVE_ED):
        return right
    nxt = words[1].lower() if len(words) > 1 else ""
    if nxt and not words[0].endswith((",", ";")) and nxt not in _PREPOSITIONS and nxt not in _CONJ_WORDS:
        return right  # "and police seized drugs": an object follows, a verb of its own, no gap
    singular, plural = _AGREE[" ".join(g.group("aux").split())]
    aux = plural if _is_plural(subj) else singular
    return _rewrite_first(sentence, right, at, f"{subj} {aux}", at + len(subj))



def _vp_list(sentence: str, piece: Piece, subject: str) -> list[Piece]:
    """'The attack killed 12 people, injured 30' (before '... and destroyed ...'): one fact per verb."""
    span = sentence[piece.start:piece.end]
    cuts = [m for m in _COMMA_VERB.finditer(span)
            if (is_finite_verb(m.group(1)) or m.group(1).endswith("ed")) and m.group(1) not in AUX_WORDS]
    if not cuts:
        return [piece]
    out: list[Piece] = []
    start = piece.start
    for m in cuts:
        out += _piece(sentence, start, piece.start + m.start())
        start = piece.start + m.start(1)
    out += _piece(sentence, start, piece.end)
    for p in out:
        p.has_verb = True  # each item starts with the verb found after its comma
    rest = [Piece(p.start, p.end, _clean_text(f"{subject} {p.text[0].lower()}{p.text[1:]}"), True) for p in out[1:]]
    return [out[0], *rest]


_COMMA_VERB = re.compile(r",\s+([a-z]+)\b")


# inline patterns, compiled once (pysbd's many patterns evict re's small cache)
_GERUND_START = re.compile(r"^[\s,]*(?:while\s+|and\s+)?(?P<also>also\s+)?(?P<ger>[a-z]+ing)\b")
_TOKEN = re.compile(r"\S+")
_AND_BUT = re.compile(r"^(?:and|but)\s+")
_AND_BUT_SPACED = re.compile(r"^\s*(?:and|but)\s+")
