"""The splitting rules, an ordered list of named functions (no parser); the clause-level ones here,
the phrase-level ones in `phrase_rules`.

Each rule looks at the span `sentence[a:b]` (`seg`) and returns its pieces, or None when it does not
apply; `split_span` tries them in `RULES` order and keeps the span whole when none applies. A split that
would leave a fragment without a verb, or lose words, is not made.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.core.extract.clauses import (
    CONJ_WORDS,
    COORD,
    DETERMINERS,
    PREPOSITIONS,
    SUBORDINATE,
    disagrees,
    find_subject,
    has_verb,
    inside_participle,
    is_adverb,
    is_plural,
    last_chunk,
    later_clause,
    np_coordination,
    passive_agent,
    raw_subject,
    starts_clause,
    top_level_comma,
    trusted_subject,
    verb_head,
)
from workbench.core.extract.phrase_rules import (
    apposition,
    leading_participle,
    name_pair,
    noun_list,
    participle_list,
    quantified_relative,
    restrictive_relative,
    trailing_apposition,
    where_clause,
    with_absolute,
)
from workbench.core.extract.pieces import (
    Piece,
    clean_text,
    make_piece,
    protected_spans,
    rewrite_first,
    with_subject,
)
from workbench.core.extract.place_rules import name_with_place
from workbench.core.extract.relative_rules import relative_clause
from workbench.core.language.verbs import AUXILIARIES as AUX_WORDS
from workbench.core.language.verbs import (
    IRREGULAR_PAST_FORMS,
    PRESENT_VERBS,
    SUBJECT_PRONOUNS,
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
#: "... and a GPS receiver were seized": a singular noun phrase before a plural verb cannot be that
#: verb's whole subject, so the "and" joins noun phrases ("A, B and a GPS receiver were seized"),
#: not clauses.
_SINGULAR_BEFORE_PLURAL = re.compile(r"(?:a|an|one|another|each)\s+(?:[\w-]+\s+){0,3}?(?:were|are|have)\b", re.I)
#: "another brazen and meticulously planned robbery": an 'and' between a determiner's adjective and
#: an adverb + participle + noun joins two modifiers of one noun, not two verb phrases.
_DET_ADJECTIVE_END = re.compile(r"\b(?:a|an|another|the|its|their|his|her|this|that)\s+[\w-]+\s*$", re.I)
_COMPOUND_END = re.compile(r"\b[a-z]+-[a-z]+\s*$")  # "well-practiced and professionally executed searches"


def _ends_with(pattern: re.Pattern[str], seg: str, end: int) -> bool:
    """`pattern`, anchored at the end and matching within the last two words, searched in `seg[:end]`:
    from 40 characters before the end when they hold the last two words whole, else from the start (a
    search from the start at every 'and' tried every position of a long span)."""
    lo = max(0, end - 40)
    if lo and len(seg[lo:end].split()) < 3:
        lo = 0
    return pattern.search(seg, lo, end) is not None


_ADVERB_PARTICIPLE_NOUN = re.compile(
    r"\s*\w+ly\s+\w+ed\s+(?!(?:the|a|an|his|her|their|its|to|in|on|at|by|for|with|from|that|it|them)\b)[a-z]\w*")
_LIGHT_WHEN = re.compile(r"(?:the|this|that)\s+(?:incident|attack|accident|blast|explosion|event)\s+(?:happened|occurred|took place)")
_TIME_BEFORE = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|shortly|soon|long|just|moments?)$")
_BEFORE_AFTER_GERUND = re.compile(r"\s+(?:before|after)\s+(?P<ger>[a-z]+ing)\b")
_INVERTED_HEAD = re.compile(r"^\s*(?P<head>(?:Among|Included in|Inside|In)\b[^;,]{1,60}?\b(?:were|was|are|is))\s+")
_CONCESSIVE = re.compile(r"^\s*[\"“]?(?:While|Although|Though|Whereas|Even though)\s+")
#: a joining word (with a comma or a semicolon, what a span needs for a rule to split it); a prefix tree:
#: the search runs over every span the rules see
_SPLIT_WORD = re.compile(r"\b(?:" + trie_regex(sorted(_words(
    "and but while whereas although though because as when which who that before after While Although Though "
    "Whereas Even"))) + r")\b")
_SUBJECT_START = re.compile(r"(?:the|a|an|his|her|their|its|he|she|they|it|we|i|there|one|two|three|four|five|six|"
                            r"seven|eight|nine|ten|\d|[A-Z])\w*\b")
#: (searched from 12 characters before the end: its longest match, "including.", has 10)
_DANGLING_END = re.compile(r"\b(?:the|a|an|of|to|at|with|for|by|from|into|including|its|his|their|some|and|or|"
                           r"but)\.$", re.IGNORECASE)
#: a discourse marker with its comma opening a span ("However, ", "Meanwhile, ")
_DISCOURSE_COMMA = re.compile(r"(?:However|Meanwhile|Moreover|Furthermore|Nevertheless|Separately|Indeed|Instead|Still|Yet|"
                              r"But|And|So|Now|Then|Also),\s+")
_AND_BUT_LEAD = re.compile(r"\s*(?:and\s+|or\s+)?")


def split_span(sentence: str, a: int, b: int, subject: str | None, depth: int) -> list[Piece]:
    """Apply the splitting rules; a split that would leave a verbless fragment is not made."""
    pieces = _split_rules(sentence, a, b, subject, depth)
    if len(pieces) > 1 and (not all(p.has_verb or has_verb(p.text) for p in pieces)
                            or any(_DANGLING_END.search(p.text, max(0, len(p.text) - 12)) for p in pieces)):
        # a verbless fragment, or a broken one ("The Tabar fired at.", "... by the flood, including some.")
        whole = make_piece(sentence, a, b)
        if whole:
            return whole
    return pieces


Rule = Callable[[str, int, int, str, str | None, int], list[Piece] | None]


def _split_rules(sentence: str, a: int, b: int, subject: str | None, depth: int) -> list[Piece]:
    """The first rule that applies to the span splits it; no comma, semicolon or joining word (or too
    deep a recursion, or too short a span): nothing to split."""
    seg = sentence[a:b]
    if depth > 6 or len(seg.split(maxsplit=4)) < 5 or not ("," in seg or ";" in seg or _SPLIT_WORD.search(seg)):
        return make_piece(sentence, a, b)
    lead = _DISCOURSE_COMMA.match(seg)
    if lead:  # "However, the bakery, based in Leeds, employs ...": the rules read the clause after the marker
        a += lead.end()
        seg = sentence[a:b]
    for rule in RULES:
        pieces = rule(sentence, a, b, seg, subject, depth)
        if pieces is not None:
            return pieces
    return make_piece(sentence, a, b)


def semicolon_list(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """Semicolons separate facts; "the government is to cut X; require Y; and raise Z" shares a head."""
    if ";" in seg:
        bounds = [0] + [k + 1 for k, ch in enumerate(seg) if ch == ";"]
        ends = [k for k, ch in enumerate(seg) if ch == ";"] + [len(seg)]
        head = verb_head(seg[:ends[0]])
        inverted = _INVERTED_HEAD.match(seg) if head is None else None
        if inverted:  # "Among the seized items were seven rifles; a launcher; ...": each item with the head
            head = inverted.group("head")
        out = split_span(sentence, a, a + ends[0], subject, depth + 1)
        for s0, e0 in zip(bounds[1:], ends[1:], strict=True):
            part = seg[s0:e0]
            lead_len = len(part) - len(_AND_BUT_LEAD.sub("", part, count=1))
            part_words = part[lead_len:].split()
            first = part_words[0] if part_words else ""
            starts = starts_clause(part[lead_len:])
            subj = find_subject(seg[:ends[0]])
            if starts == "vp" and subj and not inverted and is_adverb(first):
                # "Hawkins was shot nine times; later died": a verb phrase of its own, with the subject only
                start = a + s0 + lead_len
                out += [with_subject(p, subj) if p.start == start else p
                        for p in split_span(sentence, start, a + e0, subj, depth + 1)]
                continue
            if head and first[:1].islower() and (inverted or first not in DETERMINERS) and not is_verb_like(first) \
                    and starts != "clause":  # "...; police dogs were combing": a clause
                start = a + s0 + lead_len
                listed = make_piece(sentence, start, a + e0, f"{head} {sentence[start:a + e0].strip()}")
                for item in listed:
                    item.has_verb = True
                out += listed
            else:
                out += split_span(sentence, a + s0, a + e0, find_subject(seg) or subject, depth + 1)
        return out
    return None


def concessive_lead(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """A concessive lead: 'While two of them managed to escape, INS Sukanya intercepted ...' gives two facts."""
    m = _CONCESSIVE.match(seg)
    if m:
        comma = top_level_comma(seg, m.end())
        lead = seg[m.end():comma]  # ("While two boats and their crews escaped": a coordinated subject too)
        if comma > 0 and (starts_clause(lead) == "clause" or (starts_clause(lead) is None and find_subject(lead))) \
                and find_subject(seg[comma + 1:]):
            return (split_span(sentence, a + m.end(), a + comma, None, depth + 1)
                    + split_span(sentence, a + comma + 1, b, subject, depth + 1))
    return None


def before_after_gerund(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """'... had attracted interest from Arsenal before joining Juventus' gives two facts."""
    m = _BEFORE_AFTER_GERUND.search(seg) if "ing" in seg and ("before" in seg or "after" in seg) else None
    if m and is_gerund(m.group("ger")) and not _TIME_BEFORE.search(seg, 0, m.start()):
        subj = find_subject(seg[:m.start()]) or subject
        if subj:
            left = split_span(sentence, a, a + m.start(), subject, depth + 1)
            rest = seg[m.end("ger"):]
            right = make_piece(sentence, a + m.start("ger"), b, f"{subj} {gerund_to_past(m.group('ger'))}{rest}")
            if left and right:
                return left + right
    return None


def causative(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """', prompting some 500,000 people to flee ...' -> 'some 500,000 people fled ...'."""
    m = _CAUSATIVE.search(seg) if ", " in seg and " to " in seg else None
    if m:
        left = split_span(sentence, a, a + m.start(), subject, depth + 1)
        rest = seg[m.end():]
        text = f"{m.group('np')} {to_past(m.group('base'))}{rest}"
        right = make_piece(sentence, a + m.start("np"), b, text)
        return left + right
    return None


def participial_clause(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """A participial clause: '..., while also storming ...' / '..., depriving Baghdad of ...'."""
    for rx in ((_WHILE_ALSO, _PARTICIPLE) if "while" in seg else (_PARTICIPLE,)) if "ing" in seg else ():
        m = rx.search(seg)
        if m and is_participle(m.group("ger")) and m.start() > 0:
            left_text = seg[:m.start()]
            subj = find_subject(left_text) or subject
            if subj is None or later_clause(left_text):
                continue  # "X killed two, officials said, offering ...": whose participle? keep it whole
            subj = passive_agent(left_text, seg[m.end("ger"):]) or subj
            also = "also " if m.group("also") else ""
            left = split_span(sentence, a, a + m.start(), subject, depth + 1)
            ger_at = a + m.start("ger")
            right = split_span(sentence, ger_at, b, subj, depth + 1)
            right = rewrite_first(sentence, right, ger_at, f"{subj} {also}{gerund_to_past(m.group('ger'))}",
                                   a + m.end("ger"))
            return left + right
    return None


def coordination(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """Coordination of clauses or verb phrases ('and', 'but', 'while', 'as', 'because'), comma lists of verb phrases."""
    protected = protected_spans(seg)
    for m in COORD.finditer(seg):
        if any(p0 <= m.start() < p1 for p0, p1 in protected):
            continue
        rest = seg[m.end():]
        end = m.end()
        if m.group("conj") in ("and", "but") and rest.startswith("that ") and starts_clause(rest[5:]) == "clause" \
                and (" that " in seg[:m.start()] or _SUBJECT_START.match(rest, 5)):
            # "said X, and that two were ..." (a second complement); not "but that device turned out" (a determiner)
            end, rest = end + 5, rest[5:]  # "said he believed that X and that Y": Y is the clause
        if m.group("conj") == "and" and (_ends_with(_DET_ADJECTIVE_END, seg, m.start())
                                         or _ends_with(_COMPOUND_END, seg, m.start())) \
                and _ADVERB_PARTICIPLE_NOUN.match(rest):
            continue  # "another brazen and meticulously planned robbery": one noun, two modifiers
        kind = starts_clause(rest)
        if kind is None and m.group("conj") == "and":
            first_word = rest.split()[0] if rest.split() else ""
            lead_word = seg.split()[0] if seg.split() else ""
            if is_participle(first_word) and (is_participle(lead_word) or _PROGRESSIVE.search(seg, 0, m.start())):
                kind = "vp"  # "killing five and injuring 30", "are surviving on little sleep and providing care"
        if kind is None:
            continue
        gap = _copula_gap(seg[:m.start()], rest) if kind == "clause" else None
        if gap is not None:
            # "she was shocked at the diagnosis but thankful it was found": the adjective shares "she was"
            left = split_span(sentence, a, a + m.start(), subject, depth + 1)
            right = make_piece(sentence, a + end, b, f"{gap} {rest.strip()}")
            if left and right:
                return left + [Piece(p.start, p.end, p.text, True) for p in right]
        before = seg[:m.start()] if m.group(0).startswith(",") else last_chunk(seg, m.start())
        if kind == "clause" and not has_verb(before):
            continue  # "two women and one man died", "..., while trains and ferries stopped": no clause before
        if kind == "clause" and m.group("conj") == "and" and _SINGULAR_BEFORE_PLURAL.match(rest.lstrip()):
            continue  # "magazines and a GPS receiver were seized": the verb agrees with the whole list
        if kind == "clause" and m.group("conj") == "and" and not m.group(0).startswith(",") \
                and np_coordination(before, rest):
            continue  # "the measures insisted upon by the EU and IMF could make ...": "the EU and IMF"
        if m.group("conj") in ("as", "because", "when") and kind != "clause":
            continue  # "as"/"because"/"when" join facts only when a new subject follows
        if m.group("conj") == "when" and (len(rest.split()) < 5 or _LIGHT_WHEN.match(rest)):
            continue  # "... when the incident happened": no new fact
        if kind == "vp":
            subj = find_subject(seg[:m.start()]) or subject
            if not subj:
                continue
            if _subordinate_before(seg, m.start()):
                continue  # "... after hooded youths broke a window and hurled ...": whose verb phrase?
            if not m.group(0).startswith(",") and inside_participle(seg[:m.start()], rest):
                continue  # "it was a unique case combining profligacy and tampered accounts": whose verb?
            if disagrees(subj, rest):
                continue  # "concerns grew ... and fears it will spread": 'fears' is a noun, not their verb
            left_text = seg[:m.start()].strip()
            # ("While celebrating, they smashed and broke the trophy": the verb words after the subject)
            at_subj = left_text.find(subj)
            n_verb_words = len(left_text[at_subj + len(subj):].split()) if at_subj >= 0 else len(left_text.split())
            if n_verb_words <= 1:
                # "Milat shot and paralysed Neville Knight": the verbs share one object, a fact each
                shared = _shared_object(sentence, a, b, left_text, subj, rest)
                if shared:
                    return shared
                continue
            left = split_span(sentence, a, a + m.start(), subject, depth + 1)
            right_pieces = split_span(sentence, a + end, b, subj, depth + 1)
            aux = _shared_aux(left_text, rest) or _shared_head(left_text, subj, rest)
            if aux and rest.split()[0].endswith("ing"):
                # "are surviving on little sleep and providing care": "New mums are providing care."
                right_pieces = [Piece(p.start, p.end, clean_text(f"{subj} {aux} {sentence[p.start:p.end]}"), True)
                                if p.start == a + end else p for p in right_pieces]
            else:
                right_pieces = [with_subject(p, f"{subj} {aux}" if aux and p.start == a + end else subj)
                                for p in right_pieces]
            if not left or not right_pieces:
                continue  # never drop words: "treated at a hospital and released" stays whole
            if len(left) == 1:
                left = _vp_list(sentence, left[0], subj)
            return left + right_pieces
        left = split_span(sentence, a, a + m.start(), subject, depth + 1)
        right = split_span(sentence, a + end, b, None, depth + 1)
        if not left or not right:
            continue
        if m.group("conj") == "and":
            right = _gapped(sentence, before, a + end, right)
        return left + right

    return None


_COPULA = re.compile(r"\s+(?P<cop>is|are|was|were)\s+")


def _copula_gap(left: str, rest: str) -> str | None:
    """'X was shocked ... but thankful it was discovered': 'thankful it' is no subject but an adjective
    and its clause; the subject and copula of the left clause ('X was') go before it."""
    first = rest.split(maxsplit=2)
    if len(first) < 2 or first[1].lower() not in SUBJECT_PRONOUNS or not first[0].islower():
        return None  # (cheap test first: most clauses after 'and' open otherwise)
    rs = raw_subject(rest)
    words = rs.split() if rs else []
    if len(words) != 2 or not words[0].isalpha() or not words[0].islower() or words[1].lower() not in SUBJECT_PRONOUNS \
            or is_verb_like(words[0]) or words[0] in DETERMINERS:
        return None
    subj = find_subject(left)
    if not subj or subj not in left:
        return None
    cop = _COPULA.match(left, left.find(subj) + len(subj))
    return f"{subj} {cop.group('cop')}" if cop else None


#: tried in this order: the first that applies wins
RULES: tuple[Rule, ...] = (
    semicolon_list,
    concessive_lead,
    apposition,
    name_with_place,
    leading_participle,
    before_after_gerund,
    causative,
    with_absolute,
    participial_clause,
    quantified_relative,
    relative_clause,
    where_clause,
    participle_list,
    noun_list,
    name_pair,
    coordination,
    trailing_apposition,
    restrictive_relative,
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
    subj = raw_subject(clause)
    if not subj or not clause.startswith(subj) or not trusted_subject(subj):
        return right
    words = clause[len(subj):].split()
    verb = words[0].strip(",.;") if words else ""
    if not (verb.endswith("ed") and verb.islower() and verb not in _INTRANSITIVE_ED):
        return right
    nxt = words[1].lower() if len(words) > 1 else ""
    if nxt and not words[0].endswith((",", ";")) and nxt not in PREPOSITIONS and nxt not in CONJ_WORDS:
        return right  # "and police seized drugs": an object follows, a verb of its own, no gap
    singular, plural = _AGREE[" ".join(g.group("aux").split())]
    aux = plural if is_plural(subj) else singular
    return rewrite_first(sentence, right, at, f"{subj} {aux}", at + len(subj))



_PASSIVE_GROUP = re.compile(r"\b(?P<aux>is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be)\s+"
                            r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b")


def _shared_object(sentence: str, a: int, b: int, left: str, subject: str, rest: str) -> list[Piece] | None:
    """'Milat shot and paralysed Neville Knight' -> 'Milat shot Neville Knight.' + 'Milat paralysed Neville
    Knight.': two past verbs, one object (a name, or a determiner and a noun) after the second."""
    first = left[left.find(subject) + len(subject):].split() if subject in left else []
    words = rest.split()
    if len(first) != 1 or len(words) < 2 or not all(is_finite_verb(w) and w.islower() and w not in AUX_WORDS
                                                    for w in (first[0], words[0])):
        return None
    obj = " ".join(words[1:])
    if not (words[1][:1].isupper() or words[1][:1].isdigit() or words[1].lower() in DETERMINERS
            or words[1].lower() in _OBJECT_WORDS):
        return None
    out = make_piece(sentence, a, b, f"{subject} {first[0]} {obj}") + make_piece(sentence, a, b, f"{subject} {words[0]} {obj}")
    for p in out:
        p.has_verb = True
    return out if len(out) == 2 else None


_OBJECT_WORDS = _words("him her them it us me two three four five six seven eight nine ten dozens hundreds")


def _subordinate_before(seg: str, end: int) -> bool:
    """A subordinate clause before `end` ('after hooded youths broke a window'): a subordinating word
    with a verb after it; 'as an adult', 'after a tough season' are phrases, not clauses."""
    for sm in SUBORDINATE.finditer(seg, 0, end):
        word = sm.group(0).split()[0].lower()
        if word in _RELATIVE_WORDS or has_verb(seg[sm.start() + len(word):end]):
            return True
    return False


_RELATIVE_WORDS = _words("who which that whom where")
#: a progressive verb group: "are surviving", "was living"
_PROGRESSIVE = re.compile(r"\b(?P<aux>is|are|was|were|been|be)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b")
#: "hopes to", "is set to", "will", "could": what a second bare verb shares with the first
_HEAD_TO = re.compile(r"\s+(?P<head>(?:(?:is|are|was|were|has|have|had)\s+)?[a-z]{3,}\s+to|will|would|can|could|may|might|must"
                      r"|should)(?:\s+(?:also|then|now|still))?\s+[a-z]+")


def _shared_head(left: str, subject: str, rest: str) -> str | None:
    """'Rose hopes to build on his display and take titles': the bare verb 'take' shares 'hopes to'
    ('Rose hopes to take titles'); 'are surviving on little sleep and providing care' shares 'are'."""
    words = [w.lower() for w in rest.split()]
    first = words[1] if len(words) > 1 and (words[0] in ("also", "then", "now", "still") or is_adverb(words[0])) \
        else (words[0] if words else "")
    at = left.find(subject)
    if not first.isalpha() or at < 0:
        return None
    if first.endswith("ing"):
        g = _PROGRESSIVE.match(left, at + len(subject) + 1) if is_participle(first) else None
        return g.group("aux") if g else None
    if first.endswith(("s", "ed")) or first in IRREGULAR_PAST_FORMS or first in AUX_WORDS:
        return None  # a verb with its own tense: no head to share
    g = _HEAD_TO.match(left, at + len(subject))
    if g is None:
        return None
    verb = g.group("head").split()[-2] if g.group("head").endswith(" to") else ""
    if verb and not (is_verb_like(verb) or verb in _TO_HEADS or (verb.endswith("s") and verb in PRESENT_VERBS)):
        return None  # "is partial to": no verb that takes the infinitive
    return g.group("head")


#: words before 'to' + a verb that a second bare verb shares ("is set to", "is going to")
_TO_HEADS = _words("set going due able about expected planning trying hoping aiming wants hopes plans tries "
                   "vows promises pledges threatens intends aims")


def _shared_aux(left: str, rest: str) -> str | None:
    """'was arrested Saturday and stripped of his commission': the second participle shares 'was'
    when a preposition follows it (with an object it is a verb of its own: 'and admitted the theft')."""
    words = rest.split()
    g = _PASSIVE_GROUP.search(left) if len(words) > 1 else None
    if g is None or not words[0].endswith(("ed", "en")) or words[0] in _INTRANSITIVE_ED \
            or not (words[1].lower() in PREPOSITIONS or words[1][:1] in "£$€"):
        return None  # ("and fined £185": a sum after a passive participle is its amount, not an object)
    return " ".join(g.group("aux").split())


def _vp_list(sentence: str, piece: Piece, subject: str) -> list[Piece]:
    """'The attack killed 12 people, injured 30' (before '... and destroyed ...'): one fact per verb."""
    span = sentence[piece.start:piece.end]
    cuts = [m for m in _COMMA_VERB.finditer(span)
            if (is_finite_verb(m.group(1)) or m.group(1).endswith("ed")) and m.group(1) not in AUX_WORDS]
    if not cuts:
        return [piece]
    out: list[Piece] = make_piece(sentence, piece.start, piece.start + cuts[0].start())
    passive = _PASSIVE_GROUP.search(span, 0, cuts[0].start())
    bounds = [piece.start + m.start(1) for m in cuts] + [piece.end]
    for k in range(len(cuts)):
        start, end = bounds[k], (piece.start + cuts[k + 1].start() if k + 1 < len(cuts) else piece.end)
        item = sentence[start:end].strip(" ,")
        words = item.split()
        if passive and words[0].endswith(("ed", "en")) and (len(words) == 1 or words[1].lower() in PREPOSITIONS):
            item = f"{passive.group('aux')} {item}"  # "The fascists were spotted, chased": were chased
        # (the subject goes in before the item is made: 'He ran, jumped and ...' has a one-word 'jumped')
        out += make_piece(sentence, start, end, f"{subject} {item}")
    if len(out) != len(cuts) + 1:
        return [piece]  # never drop words
    for p in out:
        p.has_verb = True  # each item starts with the verb found after its comma
    return out


_COMMA_VERB = re.compile(r",\s+([a-z]+)\b")


# inline patterns, compiled once (pysbd's many patterns evict re's small cache)
_GERUND_START = re.compile(r"^[\s,]*(?:while\s+|and\s+)?(?P<also>also\s+)?(?P<ger>[a-z]+ing)\b")
