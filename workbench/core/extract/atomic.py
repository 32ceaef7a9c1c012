"""Split a clause into atomic facts, by rule (no parser).

Rules, tried in this order on a span: semicolon lists (sharing "subject + aux" when the items are
bare verb phrases); concessive leads ("While X, Y"); appositions ("Gary Locke, a former defender,
...", "Stephen Munden, 54, ...", "Sukanya, currently deployed on ..., ..."); "before/after +
gerund"; ", prompting X to V"; ", while also V-ing" and other participial clauses; fact-adding
"which"/"who" clauses (with or without commas, in subject position too); and coordination of
clauses or verb phrases ("and", "but", "while", "as", "because"), including comma lists of verb
phrases. A split that would leave a fragment without a verb, or lose words, is not made.

Works on a span of a sentence and returns pieces as (start, end, text): `start`/`end` are exact
offsets into the sentence (the quoted evidence), `text` is the piece rewritten to stand alone
(subject supplied, gerund turned into a past tense, quotation marks dropped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.core.language.verbs import AUXILIARIES as AUX_WORDS
from workbench.core.language.verbs import (
    gerund_to_past,
    is_finite_verb,
    is_gerund,
    is_participle,
    is_present_verb_at,
    is_verb_like,
    to_past,
)
from workbench.core.language.verbs import words as _words


@dataclass
class Piece:
    start: int
    end: int
    text: str
    has_verb: bool = False  # set when a rule knows the piece holds a verb the lexicon may not


_DISCOURSE = re.compile(
    r"^(?:However|But|And|Meanwhile|Also|Moreover|Furthermore|Still|Yet|Nevertheless|Separately|Indeed|So|Thus|"
    r"Instead|Then|Now|but|and|yet|however),?\s+"
)
_LEADING_ADVERBIAL = re.compile(r"^(?:(?:In|On|At|After|Before|During|Last|Earlier|Later|By|Since|Within|Over|For|"
                                r"Following|Early|Late)\b[^,]{0,60},\s+)")
_DETERMINERS = _words("the a an its his her their this these those our your that each every some")
_STOP_BACK = _words(
    "to of in on at for with by from up down into onto over under and or but as than after before during "
    "since through across against about between among including towards toward near off via per like "
    "beyond behind inside outside upon within without"
)
_CAUSATIVE = re.compile(
    r",\s+(?P<verb>prompting|forcing|causing|leading|allowing|enabling|compelling|pushing|driving)\s+"
    r"(?P<np>(?:[^,;]|,(?=\d)){1,80}?)\s+to\s+(?P<base>[a-z]+)\b"
)
_WHILE_ALSO = re.compile(r",?\s+while\s+(?P<also>also\s+)?(?P<ger>[a-z]+ing)\b")
_PARTICIPLE = re.compile(r",\s+(?P<also>also\s+)?(?P<ger>[a-z]+ing)\b")
_WHICH = re.compile(r"(?P<comma>,)?\s+(?:which|who)\s+(?=(?P<next>[\w'’]+)(?:\s+(?P<next2>[\w'’]+))?)")
_COORD = re.compile(
    r"(?:,\s+|\s+)(?P<conj>and|but|while|whereas|although|though|because|when"
    r"|as(?!\s+(?:well|many|much|soon|long|part|if|though|of|to|for|usual|expected|such|far|a|an|well|per|"
    r"recently|early|late|likely|good|bad|high|low|the\s+\w+\s+of)\b)),?\s+(?!also\s+[a-z]+ing\b)"
)
_QUOTE_CHARS = re.compile(r"[\"“”]")
_QUOTE_MARKS = "\"“”"
_APPOSITION = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|al|bin|van|von))*),\s+"
    r"(?P<app>(?:a|an|the)\s+[^,;\"“”]{2,80}?|\d{1,3}"
    r"|(?P<part>(?:currently|now|also|still|already|recently)\s+)?[a-z]+ed\s+(?:on|in|by|at|for|with|to|from|near)\b[^,;\"“”]{2,120}?),\s+"
)
_LIGHT_WHEN = re.compile(r"(?:the|this|that)\s+(?:incident|attack|accident|blast|explosion|event)\s+(?:happened|occurred|took place)")
_DISTANCE_APPOSITION = re.compile(
    r"(?P<place>\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s+(?P<dist>(?:about|some|around|nearly|roughly|just|more than)?\s*"
    r"[\d.,]+\s*(?:miles|mi|km|kilometres|kilometers)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from)"
    r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
)
_TIME_BEFORE = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|shortly|soon|long|just|moments?)$")
_BEFORE_AFTER_GERUND = re.compile(r"\s+(?:before|after)\s+(?P<ger>[a-z]+ing)\b")
_CONCESSIVE = re.compile(r"^\s*(?:While|Although|Though|Whereas|Even though)\s+")
_THERE = re.compile(
    r"^There\s+(?:is|are|was|were|has\s+(?:also\s+)?been|have\s+(?:also\s+)?been|had\s+been)\s+(?P<np>[^,]+)"
)
_PARENTHETICAL = re.compile(r"\s[-–—]\s[^-–—]{1,80}?\s[-–—]\s|\([^)]{0,120}\)")


def _clean_text(text: str) -> str:
    t = _QUOTE_CHARS.sub("", text)
    t = " ".join(t.split()).strip(" ,;:-—")
    t = _DISCOURSE.sub("", t)
    t = t.rstrip(".!? ")
    if not t:
        return t
    return t[0].upper() + t[1:] + "."


def find_subject(clause: str) -> str | None:
    """The subject of a clause, by rule: the words before its first finite verb; None when those
    words are no noun phrase to trust as a rewrite's subject ('"There', 'and with that the future')."""
    subj = _find_subject(clause)
    if subj is None:
        return None
    if subj[:1] in _QUOTE_MARKS and _quote_count(subj) % 2:
        subj = subj[1:]  # a quotation that opens the clause: '"The warship ...'
    return subj if trusted_subject(subj) else None


def _quote_count(text: str) -> int:
    return text.count('"') + text.count("“") + text.count("”")


_CONJ_WORDS = _words("and or but nor")
_NOT_SUBJECT_HEADS = _words("there here which who whom whose what where when")


def trusted_subject(subject: str) -> bool:
    """A noun phrase that may open a rewritten claim: no unpaired quotation mark (it would span a
    quote's edge: '"Nothing less than ..., and with that'), no leading preposition or conjunction +
    preposition ('with that the future of Germany'), no expletive 'there' or relative word."""
    if ('"' in subject or "“" in subject or "”" in subject) and _quote_count(subject) % 2:
        return False
    words = subject.lower().split()
    if not words:
        return False
    if words[0] in _CONJ_WORDS:
        if len(words) == 1:
            return False
        words = words[1:]
    if words[0] in _PREPOSITIONS or words[0] in _NOT_SUBJECT_HEADS:
        return False
    # "Papandreou's insistence that the measures": a complement or relative clause cut off mid-way
    return _RELATIVES.isdisjoint(words[1:])


def _find_subject(clause: str) -> str | None:
    c = _DISCOURSE.sub("", clause.strip())
    c = _LEADING_ADVERBIAL.sub("", c)
    m = _THERE.match(c)
    if m:
        return m.group("np").strip()
    segments = c.split(", ")
    previous_np: str | None = None
    for seg in segments[:6]:
        words = seg.split()
        if not words:
            continue
        if words[0].lower() in _RELATIVES:
            continue  # ", who has been with the force for 11 years,": not the subject
        for i, w in enumerate(words[:20]):
            if w[:1].isupper() and i > 0:
                continue
            lw = w.lower()
            if not (is_verb_like(lw) or is_present_verb_at(words, i)) or (i > 0 and words[i - 1].lower() in _DETERMINERS):
                continue
            if i == 0:
                # "a loose alliance of Sunni forces, spearheaded by ..., has managed": the verb opens the
                # segment, the subject is the last plain noun phrase before it
                if seg is segments[0] or previous_np is None:
                    break
                return previous_np
            # "Indian Navy patrolling the Gulf of Aden yesterday thwarted ...": the participle and what
            # follows it modify the subject
            cut = next((k for k in range(1, i) if is_gerund(words[k].lower())
                        and not is_verb_like(words[k + 1].lower())), i)
            subj = " ".join(words[:cut]).strip(" ,")
            if words[0].lower() in _PREPOSITIONS:
                break  # "On seeing the resolve ..." is not a subject
            return subj if len(subj.split()) <= 14 else None
        first = words[0].lower()
        if (first not in _PREPOSITIONS and not is_gerund(first)
                and not (first.endswith("ed") and len(first) > 4) and len(words) <= 12):
            previous_np = seg.strip()
    return None


_RELATIVES = _words("who which that whose where whom")
_LY_NOUNS = _words("family ally assembly rally supply anomaly monopoly bully belly jelly lily fly reply homily")
_PRE_VERB_ADVERBS = _words("also then now still later reportedly allegedly apparently")


def is_adverb(word: str) -> bool:
    """A lower-case adverb before a verb ('desperately', 'also'), not a noun in -ly ('family')."""
    return word.islower() and (word in _PRE_VERB_ADVERBS
                               or (len(word) > 4 and word.endswith("ly") and word not in _LY_NOUNS))
_PREPOSITIONS = _words(
    "in on at after before during since until by for with from of to into over under within without "
    "despite among between against following amid while when as although though if because once"
)


_SPLIT_HINT = re.compile(
    r"[,;]|\b(?:and|but|while|whereas|although|though|because|as|when|which|who|before|after|While|Although|Though|"
    r"Whereas|Even)\b"
)
_AND_BUT_LEAD = re.compile(r"\s*(?:and\s+|or\s+)?")
_HEAD_AUX = re.compile(
    r"^(?P<head>.+?\b(?:is|are|was|were|will|would|can|could|must|should|may|might|has|have|had)"
    r"(?:\s+(?:to|also|now|then|be))?)\s+[a-z]+"
)


def _verb_head(clause: str) -> str | None:
    """'the government is to cut 13th month pay' -> 'the government is to' (for a list of verbs)."""
    subject = find_subject(clause)
    if not subject:
        return None
    m = _HEAD_AUX.match(clause.strip())
    if m is None or not m.group("head").startswith(subject[:10]):
        # "Among the major measures, the government is to ...": start the head at the subject
        at = clause.find(subject)
        if at < 0:
            return None
        m = _HEAD_AUX.match(clause[at:].strip())
        if m is None:
            return None
    return m.group("head")


def _antecedent(text: str, end: int) -> str | None:
    """Noun phrase right before `end` (a 'which' clause's antecedent)."""
    words = text[:end].rstrip(" ,").split()
    taken: list[str] = []
    for w in reversed(words[-6:]):
        lw = w.lower().strip(",")
        if lw in _STOP_BACK or w.endswith(",") or (is_finite_verb(lw) and lw not in ("united",)):
            break
        if taken and taken[-1][:1].isupper() and not w[:1].isupper() and lw not in _DETERMINERS:
            break  # "on board INS Mysore, which ...": the name is the antecedent
        taken.append(w)
        if lw in _DETERMINERS or w.endswith(("'s", "’s")):
            break
    if not taken:
        return None
    return " ".join(reversed(taken))


_SUBORDINATE = re.compile(r"\b(?:after|before|because|when|since|until|unless|if|as|where|who|which|that|whom|while|"
                          r"whereas|although|though)\s+\w+\s+\w+")
#: ", officials said Saturday" at the end of a stretch: a reporting frame with its own subject
_REPORT_TAIL = re.compile(
    r"\s*[\"”]?\s*(?:[\w'’.-]+\s+){1,6}(?:said|says|told|added|reported|announced|stated|confirmed|claimed|"
    r"insisted|warned|explained|noted)\b"
)


def _later_clause(text: str) -> bool:
    """Does `text` (the stretch before a participle or a shared verb phrase) hold, after its first
    clause, another clause with its own subject ('..., officials said', '... and journalists walked
    off', '... while protesters set up')? Then the first clause's subject is not clearly the one the
    participle shares: no rewrite."""
    comma = text.rfind(",")
    if comma > 0 and _REPORT_TAIL.match(text, comma + 1):  # (matched on the stretch after the last comma)
        return True
    subject = _find_subject(text)
    after = text.find(subject) + len(subject) if subject and subject in text else 0
    # (from the subject's end: "Spanish and Portuguese bonds and stocks slumped" has one subject)
    return any(_starts_clause(text[m.end():]) == "clause" for m in _COORD.finditer(text, after))
#: irregular verbs whose past is their base and also a common noun ("a GPS set", "a pay cut")
_NOUN_TOO = _words("set cut cost bid cast beat upset read bet shed set. cut. cost.")
_REPORTING_PARTICIPLES = frozenset(
    ["estimated", "valued", "believed", "thought", "expected", "said", "reported", "alleged", "scheduled",
     "set", "supposed", "feared", "understood", "known", "considered"]
)
_MODAL_NOUNS = _words("can will may must")
_SUBORDINATORS = _words("before after because until unless although though whereas once since")
_OBJECT_PRONOUNS = _words("it him them us me her")
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|both|aged|each)\b[^,]{1,60},")


_LEAD_PP = re.compile(r"^(?:in|on|at|after|before|during|with|without|by|for|from|under|over|within)\b[^,]{0,80},\s*")


def _starts_clause(rest: str) -> str | None:
    """'vp' if `rest` starts with a verb phrase, 'clause' if with subject + verb, else None."""
    words = _APPOSITIVE.sub("", _LEAD_PP.sub("", rest[:300])).split()
    if not words:
        return None
    first = words[0].lower().strip(",")
    if is_verb_like(first) or (first in ("also", "then", "later", "now", "still") and len(words) > 1
                                 and is_finite_verb(words[1])):
        return "vp"
    if len(words) > 1 and words[1].lower() in _OBJECT_PRONOUNS and is_present_verb_at(["it", *words], 1):
        return "vp"  # "... and claims it was the result of trauma"
    if first in ("he", "she", "they", "it", "we", "i", "there"):
        return "clause"
    if first in ("if", "unless"):
        return "clause"  # "..., and if Iraq's leaders take the steps, it will be effective"
    if first.endswith(("ly", "ing")) or first in _PREPOSITIONS or first in ("not", "so", "then", "also"):
        return None  # "well-practiced and professionally executed ...": not a new subject
    prev = first
    for k, w in enumerate(words[1:15], 1):
        if w in ("-", "–", "—") or w.startswith("("):
            return None
        lw = w.lower().strip(",")
        if lw in ("and", "but", "which", "who", "that", "to"):
            return None
        if lw in _SUBORDINATORS:
            return None  # "stores and banks in the city centre before they were dispersed": the verb is the
            # subordinate clause's, the words before it a noun phrase
        if not w[:1].isupper() and (is_verb_like(lw) or is_present_verb_at(words, k)) and prev not in _DETERMINERS \
                and lw not in _NOUN_TOO:
            nxt = words[k + 1].lower() if k + 1 < len(words) else ""
            if lw.endswith("ed") and (nxt in ("at", "by") or (nxt == "to" and lw in _REPORTING_PARTICIPLES)):
                prev = lw
                continue  # "and watches valued at $2.6 million": a participle modifying the noun
            if lw in _MODAL_NOUNS and (nxt in _PREPOSITIONS or nxt in _DETERMINERS or not nxt):
                prev = lw
                continue  # "a garbage can in the parking lot": a modal is followed by its verb
            return "clause"  # ("an estimated two million": after a determiner, an adjective)
        prev = lw
        if w.endswith((",", ";", ":")):
            break
    # "... and blames angry youths": a present-tense verb phrase, unless a verb follows ("as rallies
    # all around the country kicked off" was found above)
    return "vp" if is_present_verb_at(["it", *words], 1) else None


def starts_clause(text: str) -> str | None:
    """'vp' if `text` starts with a verb phrase, 'clause' if with a subject and its verb, else None."""
    return _starts_clause(text)


def split_atomic(sentence: str, start: int, end: int, subject: str | None = None) -> list[Piece]:
    """Atomic pieces of `sentence[start:end]`; `subject` is used when the span starts with a verb
    phrase that shares the subject of an earlier span ("..., officials said, while also storming ...")."""
    seg = sentence[start:end]
    m = _GERUND_START.match(seg)
    if subject and m and is_participle(m.group("ger")):
        also = "also " if m.group("also") else ""
        return _rewrite_first(sentence, _split(sentence, start + m.start("ger"), end, subject, 1),
                              start + m.start("ger"), f"{subject} {also}{gerund_to_past(m.group('ger'))}",
                              start + m.end("ger"))
    pieces = _split(sentence, start, end, subject, depth=0)
    return pieces + _distance_facts(sentence, start, end)


def _distance_facts(sentence: str, start: int, end: int) -> list[Piece]:
    """'... in Woodburn, about 30 miles south of Portland' -> 'Woodburn is about 30 miles south of Portland'."""
    if "mile" not in sentence and "km" not in sentence and "kilomet" not in sentence:
        return []
    out = []
    for m in _DISTANCE_APPOSITION.finditer(sentence, start, end):
        out += _piece(sentence, start + (m.start("place") - start), m.end("dist"),
                      f"{m.group('place')} is {m.group('dist').strip()}")
    for p in out:
        p.has_verb = True
    return out


def _rewrite_first(sentence: str, pieces: list[Piece], at: int, head: str, head_end: int) -> list[Piece]:
    """Replace the text of the piece that starts at `at` by `head` + the rest of its span."""
    out = []
    for p in pieces:
        if p.start == at:
            rest = sentence[head_end:p.end]
            out.append(Piece(p.start, p.end, _clean_text(head + rest)))
        else:
            out.append(p)
    return out


def _protected(seg: str) -> list[tuple[int, int]]:
    """Parentheticals (dash pairs, brackets) where no split may happen."""
    if "(" not in seg and " - " not in seg and "–" not in seg and "—" not in seg:
        return []  # (the pattern tries every position: cheap substring tests first)
    return [(m.start(), m.end()) for m in _PARENTHETICAL.finditer(seg)]


def _piece(sentence: str, a: int, b: int, text: str | None = None) -> list[Piece]:
    while a < b and sentence[a] in " ,;:-—":
        a += 1
    while b > a and sentence[b - 1] in " ,;:-—":
        b -= 1
    m = _DISCOURSE.match(sentence[a:b])
    if m and text is None:
        a += m.end()
    # a quotation mark whose partner lies outside the piece is not part of its quote
    if b - a > 2 and sum(sentence.count(q, a, b) for q in _QUOTE_MARKS) % 2 == 1:
        if sentence[a] in _QUOTE_MARKS:
            a += 1
        elif sentence[b - 1] in _QUOTE_MARKS:
            b -= 1
    if b - a < 3:
        return []
    t = _clean_text(text if text is not None else sentence[a:b])
    if len(t.split()) < 2:
        return []
    return [Piece(a, b, t)]


def _has_verb(text: str) -> bool:
    words = text.split()
    return any((i == 0 or not w[:1].isupper())
               and (is_verb_like(w) or is_participle(w.strip(".,;:"))
                    or is_present_verb_at(words, i) or (i == 0 and is_present_verb_at(["it", *words], 1)))
               and (i == 0 or words[i - 1].lower() not in _DETERMINERS)  # "the confiscated arms"
               for i, w in enumerate(words))


def _split(sentence: str, a: int, b: int, subject: str | None, depth: int) -> list[Piece]:
    """Apply the splitting rules; a split that would leave a verbless fragment is not made."""
    pieces = _split_rules(sentence, a, b, subject, depth)
    if len(pieces) > 1 and not all(p.has_verb or _has_verb(p.text) for p in pieces):
        whole = _piece(sentence, a, b)
        if whole:
            return whole
    return pieces


def _split_rules(sentence: str, a: int, b: int, subject: str | None, depth: int) -> list[Piece]:
    seg = sentence[a:b]
    if depth > 6 or len(seg.split()) < 5 or not _SPLIT_HINT.search(seg):
        return _piece(sentence, a, b)  # no comma, semicolon or joining word: nothing to split

    # semicolons: separate facts; "the government is to cut X; require Y; and raise Z" shares a head
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
            if head and first[:1].islower() and first not in _DETERMINERS and not is_verb_like(first):
                start = a + s0 + lead_len
                listed = _piece(sentence, start, a + e0, f"{head} {sentence[start:a + e0].strip()}")
                for item in listed:
                    item.has_verb = True
                out += listed
            else:
                out += _split(sentence, a + s0, a + e0, find_subject(seg) or subject, depth + 1)
        return out

    # "While two of them managed to escape, INS Sukanya intercepted ...": two facts
    m = _CONCESSIVE.match(seg)
    if m:
        comma = _top_level_comma(seg, m.end())
        if comma > 0 and _starts_clause(seg[m.end():comma]) == "clause" and find_subject(seg[comma + 1:]):
            return (_split(sentence, a + m.end(), a + comma, None, depth + 1)
                    + _split(sentence, a + comma + 1, b, subject, depth + 1))

    # "Gary Locke, a former Killie defender, has paid tribute ..." -> two facts
    m = _APPOSITION.match(seg)
    if m and _starts_clause(seg[m.end():]) == "vp":
        name = m.group("name")
        app = m.group("app")
        role = _piece(sentence, a + m.start("name"), a + m.end("app"),
                      f"{name} is {app}" + (" years old" if app.isdigit() else ""))
        if m.group("part") is None and app.split()[0].endswith("ed") and not is_finite_verb(app.split()[0]):
            role = []
        for p in role:
            p.has_verb = True
        main = _piece(sentence, a, b, f"{name} {seg[m.end():].strip()}")
        if role and main:
            return main + role

    # "... had attracted interest from Arsenal before joining Juventus" -> two facts
    m = _BEFORE_AFTER_GERUND.search(seg) if "ing" in seg and ("before" in seg or "after" in seg) else None
    if m and is_gerund(m.group("ger")) and not _TIME_BEFORE.search(seg, 0, m.start()):
        subj = find_subject(seg[:m.start()]) or subject
        if subj:
            left = _split(sentence, a, a + m.start(), subject, depth + 1)
            rest = seg[m.end("ger"):]
            right = _piece(sentence, a + m.start("ger"), b, f"{subj} {gerund_to_past(m.group('ger'))}{rest}")
            if left and right:
                return left + right

    # ", prompting some 500,000 people to flee ..." -> "some 500,000 people fled ..."
    m = _CAUSATIVE.search(seg) if ", " in seg and " to " in seg else None
    if m:
        left = _split(sentence, a, a + m.start(), subject, depth + 1)
        rest = seg[m.end():]
        text = f"{m.group('np')} {to_past(m.group('base'))}{rest}"
        right = _piece(sentence, a + m.start("np"), b, text)
        return left + right

    # "..., while also storming ..." / "..., depriving Baghdad of ..."
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

    # fact-adding "which"/"who" clauses
    for m in _WHICH.finditer(seg) if ("which" in seg or "who" in seg) else ():
        nxt = (m.group("next") or "").lower()
        nxt2 = (m.group("next2") or "").lower()
        if not (is_verb_like(nxt) or (nxt in ("also", "now", "then", "later", "has", "have") and is_finite_verb(nxt2))
                or nxt.endswith("ed") or (nxt.endswith("s") and not nxt.endswith("ss") and len(nxt) > 3)):
            continue
        ante = _antecedent(seg, m.start())
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
            main = [_with_subject(p, ante) for p in main]
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

    # coordination of clauses / verb phrases
    protected = _protected(seg)
    for m in _COORD.finditer(seg):
        if any(p0 <= m.start() < p1 for p0, p1 in protected):
            continue
        rest = seg[m.end():]
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
            right_pieces = _split(sentence, a + m.end(), b, subj, depth + 1)
            right_pieces = [_with_subject(p, subj) for p in right_pieces]
            if not left or not right_pieces:
                continue  # never drop words: "treated at a hospital and released" stays whole
            if len(left) == 1:
                left = _vp_list(sentence, left[0], subj)
            return left + right_pieces
        left = _split(sentence, a, a + m.start(), subject, depth + 1)
        right = _split(sentence, a + m.end(), b, None, depth + 1)
        if not left or not right:
            continue
        if m.group("conj") == "and":
            right = _gapped(sentence, before, a + m.end(), right)
        return left + right
    return _piece(sentence, a, b)


_PLURAL_NOT = ("ss", "us", "is", "news", "ics")


def _is_plural(subject: str) -> bool:
    """'concerns', 'the FBI and ATF', 'stations' (a rough test on the head noun)."""
    words = subject.lower().split()
    if " and " in f" {subject.lower()} ":
        return True
    head = words[-1] if words else ""
    return len(head) > 3 and head.endswith("s") and not head.endswith(_PLURAL_NOT) and head.isalpha()


def _disagrees(subject: str, rest: str) -> bool:
    """A present-tense verb in -s cannot have a plural subject: '[concerns] ... and fears it will'."""
    first = rest.split()[0].lower() if rest.split() else ""
    return (first.endswith("s") and not first.endswith("ss") and first not in AUX_WORDS
            and not first.endswith("ed") and _is_plural(subject))


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


_CHUNK_START = re.compile(r".*(?:,\s+|\b(?:while|as|because|although|though|when|if|whereas)\s+)", re.DOTALL)


def _inside_participle(left: str, rest: str) -> bool:
    """Does the stretch before 'and' (no comma) end inside a participial phrase ('a case combining
    profligacy'), while the right starts with a past form ('tampered accounts')? Then 'and' may join
    the participle's objects, not two verb phrases of the subject."""
    first = rest.split()[0].lower() if rest.split() else ""
    if not first.endswith("ed"):
        return False
    words = _QUOTE_CHARS.sub("", left.split(",")[-1]).split()
    return any(is_participle(w) and w.islower() and k + 1 < len(words) and (k < 2 or words[k - 2] != "to")
               and words[k - 1].lower() not in _DETERMINERS and words[k - 1].lower() not in AUX_WORDS
               and words[k - 1].isalpha() and words[k - 1].islower() and not is_verb_like(words[k - 1].lower())
               and words[k - 1].lower() not in _PREPOSITIONS and not is_adverb(words[k - 1])
               for k, w in enumerate(words) if k > 0)


def _np_coordination(before: str, rest: str) -> bool:
    """'... by the EU and IMF could make ...': the left ends in a prepositional phrase and the right
    starts with a bare one-word name before its verb; the 'and' more likely joins two nouns."""
    left = before.split()[-3:]
    if not any(w.lower() in _PREPOSITIONS for w in left[:-1]):
        return False
    words = rest.split()
    return len(words) > 1 and words[0][:1].isupper() and words[0].lower() not in _DETERMINERS \
        and words[0].lower() not in ("he", "she", "they", "it", "we", "i", "there") \
        and (is_verb_like(words[1].lower()) or words[1].lower() in AUX_WORDS)


def _last_chunk(seg: str, end: int) -> str:
    """The stretch of `seg` before `end` since the last comma or subordinating word."""
    m = _CHUNK_START.match(seg, 0, end)
    return seg[m.end():end] if m else seg[:end]


def _top_level_comma(seg: str, start: int) -> int:
    """First ', ' after `start` that is not inside quotation marks; -1 if none."""
    inside = False
    for i in range(start, len(seg) - 1):
        ch = seg[i]
        if ch in "\"“”":
            inside = not inside
        elif ch == "," and not inside and seg[i + 1] == " ":
            return i
    return -1


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


def _with_subject(p: Piece, subject: str) -> Piece:
    """Prefix a verb-phrase piece with the subject it shares with the clause before it."""
    body = p.text.rstrip(".")
    pp = _LEAD_PP.match(body[0].lower() + body[1:]) if body else None
    if pp and body[pp.end():].split() and is_verb_like(body[pp.end():].split()[0]):
        # "in a well-practiced action, nabbed 26 pirates" -> "INS Sukanya, in a ..., nabbed 26 pirates"
        return Piece(p.start, p.end, _clean_text(f"{subject}, {body[0].lower()}{body[1:]}"), True)
    first = body.split()[0].lower() if body.split() else ""
    if first and is_participle(first):
        rest = body[len(first):]
        return Piece(p.start, p.end, _clean_text(f"{subject} {gerund_to_past(first)}{rest}"), True)
    if first and (is_verb_like(first) or first in ("also", "then", "later", "now", "still")
                  or is_present_verb_at(["it", *body.lower().split()], 1)):
        return Piece(p.start, p.end, _clean_text(f"{subject} {body[0].lower()}{body[1:]}"), True)
    return p


# inline patterns, compiled once (pysbd's many patterns evict re's small cache)
_GERUND_START = re.compile(r"^[\s,]*(?:while\s+|and\s+)?(?P<also>also\s+)?(?P<ger>[a-z]+ing)\b")
_TOKEN = re.compile(r"\S+")
_AND_BUT = re.compile(r"^(?:and|but)\s+")
_AND_BUT_SPACED = re.compile(r"^\s*(?:and|but)\s+")
