"""Clause analysis by rule (no parser): the subject of a clause, whether a stretch starts a clause
or a verb phrase, whether it holds a verb. Shared by the splitting rules and by attribution."""

from __future__ import annotations

import re

from workbench.core.language.verbs import AUXILIARIES as AUX_WORDS
from workbench.core.language.verbs import (
    agent_follows,
    is_finite_verb,
    is_gerund,
    is_participle,
    is_present_verb_at,
    is_verb_like,
)
from workbench.core.language.verbs import words as _words

DISCOURSE = re.compile(
    r"^(?:However|But|And|Meanwhile|Also|Moreover|Furthermore|Still|Yet|Nevertheless|Separately|Indeed|So|Thus|"
    r"Instead|Then|Now|but|and|yet|however),?\s+"
)
_LEADING_ADVERBIAL = re.compile(r"^(?:(?:In|On|At|After|Before|During|Last|Earlier|Later|By|Since|Within|Over|For|"
                                r"Following|Early|Late)\b[^,]{0,60},\s+)")
DETERMINERS = _words("the a an its his her their this these those our your that each every some")
_STOP_BACK = _words(
    "to of in on at for with by from up down into onto over under and or but as than after before during "
    "since through across against about between among including towards toward near off via per like "
    "beyond behind inside outside upon within without"
)
COORD = re.compile(
    r"(?:,\s+|\s+)(?P<conj>and|but|while|whereas|although|though|because|when"
    r"|as(?!\s+(?:well|many|much|soon|long|part|if|though|of|to|for|usual|expected|such|far|a|an|well|per|"
    r"recently|early|late|likely|good|bad|high|low|the\s+\w+\s+of)\b|\s*[\"“])),?\s+(?!also\s+[a-z]+ing\b)"
)
QUOTE_CHARS = re.compile(r"[\"“”]")
QUOTE_MARKS = "\"“”"
_THERE = re.compile(
    r"^There\s+(?:is|are|was|were|has\s+(?:also\s+)?been|have\s+(?:also\s+)?been|had\s+been)\s+(?P<np>[^,]+)"
)


def find_subject(clause: str) -> str | None:
    """The subject of a clause, by rule: the words before its first finite verb; None when those
    words are no noun phrase to trust as a rewrite's subject ('"There', 'and with that the future')."""
    subj = raw_subject(clause)
    if subj is None:
        return None
    if subj[:1] in QUOTE_MARKS and _quote_count(subj) % 2:
        subj = subj[1:]  # a quotation that opens the clause: '"The warship ...'
    words = subj.split()
    while len(words) > 1 and is_adverb(words[-1]) and words[-1] not in _PRE_VERB_ADVERBS:  # ("then" goes on)
        words.pop()  # "Sukanya successfully intercepted ... and carried out": the adverb is the first verb's
    subj = " ".join(words)
    return subj if trusted_subject(subj) else None


def _quote_count(text: str) -> int:
    return text.count('"') + text.count("“") + text.count("”")


CONJ_WORDS = _words("and or but nor")
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
    if words[0] in CONJ_WORDS:
        if len(words) == 1:
            return False
        words = words[1:]
    if words[0] in PREPOSITIONS or words[0] in _NOT_SUBJECT_HEADS:
        return False
    # "Papandreou's insistence that the measures": a complement or relative clause cut off mid-way
    return _RELATIVES.isdisjoint(words[1:])


def raw_subject(clause: str) -> str | None:
    c = DISCOURSE.sub("", clause.strip())
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
            if not (is_verb_like(lw) or is_present_verb_at(words, i)) or (i > 0 and words[i - 1].lower() in DETERMINERS):
                continue
            if i == 0:
                # "a loose alliance of Sunni forces, spearheaded by ..., has managed": the verb opens the
                # segment, the subject is the last plain noun phrase before it
                if seg is segments[0] or previous_np is None:
                    break
                return previous_np
            # "Indian Navy patrolling the Gulf of Aden yesterday thwarted ...": the participle and what
            # follows it modify the subject
            cut = i
            for k in range(1, i):
                if is_gerund(words[k].lower()) and not is_verb_like(words[k + 1].lower()):
                    cut = k
                    break
            subj = " ".join(words[:cut]).strip(" ,")
            if words[0].lower() in PREPOSITIONS:
                break  # "On seeing the resolve ..." is not a subject
            return subj if len(subj.split()) <= 14 else None
        first = words[0].lower()
        if len(words) == 1 and first.isdigit():
            continue  # "Andre Cole, 52, became ...": the age is no subject of its own
        if (first not in PREPOSITIONS and not is_gerund(first)
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
PREPOSITIONS = _words(
    "in on at after before during since until by for with from of to into over under within without "
    "despite among between against following amid while when as although though if because once"
)


_HEAD_AUX = re.compile(
    r"^(?P<head>.+?\b(?:is|are|was|were|will|would|can|could|must|should|may|might|has|have|had)"
    r"(?:\s+(?:to|also|now|then|be))?)\s+[a-z]+"
)


def verb_head(clause: str) -> str | None:
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


def antecedent(text: str, end: int) -> str | None:
    """Noun phrase right before `end` (a 'which' clause's antecedent)."""
    words = text[:end].rstrip(" ,").split()
    taken: list[str] = []
    back = list(reversed(words[-6:]))
    for k, w in enumerate(back):
        lw = w.lower().strip(",")
        if lw == "and" and taken and taken[-1][:1].isupper() and k + 1 < len(back) and back[k + 1][:1].isupper():
            taken.append(w)  # "23 Somali and Yemeni pirates": coordinated adjectives of one noun
            continue
        if lw in _STOP_BACK or w.endswith(",") or (is_finite_verb(lw) and lw not in ("united",)):
            break
        if taken and taken[-1][:1].isupper() and not w[:1].isupper() and lw not in DETERMINERS \
                and not (w.isdigit() and "and" in taken):
            break  # "on board INS Mysore, which ...": the name is the antecedent
        taken.append(w)
        if lw in DETERMINERS or w.endswith(("'s", "’s")):
            break
    if not taken:
        return None
    return " ".join(reversed(taken))


SUBORDINATE = re.compile(r"\b(?:after|before|because|when|since|until|unless|if|as|where|who|which|that|whom|while|"
                          r"whereas|although|though)\s+\w+\s+\w+")
#: ", officials said Saturday" at the end of a stretch: a reporting frame with its own subject
_REPORT_TAIL = re.compile(
    r"\s*[\"”]?\s*(?:[\w'’.-]+\s+){1,6}(?:said|says|told|added|reported|announced|stated|confirmed|claimed|"
    r"insisted|warned|explained|noted)\b"
)


def later_clause(text: str) -> bool:
    """Does `text` (the stretch before a participle or a shared verb phrase) hold, after its first
    clause, another clause with its own subject ('..., officials said', '... and journalists walked
    off', '... while protesters set up')? Then the first clause's subject is not clearly the one the
    participle shares: no rewrite."""
    comma = text.rfind(",")
    if comma > 0 and _REPORT_TAIL.match(text, comma + 1):  # (matched on the stretch after the last comma)
        return True
    subject = raw_subject(text)
    after = text.find(subject) + len(subject) if subject and subject in text else 0
    # (from the subject's end: "Spanish and Portuguese bonds and stocks slumped" has one subject)
    return any(starts_clause(text[m.end():]) == "clause" for m in COORD.finditer(text, after))
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


LEAD_PP = re.compile(r"^(?:in|on|at|after|before|during|with|without|by|for|from|under|over|within)\b[^,]{0,80},\s*")


def starts_clause(rest: str) -> str | None:
    """'vp' if `rest` starts with a verb phrase, 'clause' if with a subject and its verb, else None."""
    words = _APPOSITIVE.sub("", LEAD_PP.sub("", rest[:300])).split()
    if not words:
        return None
    first = words[0].lower().strip(",")
    if is_verb_like(first) or (first in ("also", "then", "later", "now", "still") and len(words) > 1
                                 and (is_finite_verb(words[1]) or is_present_verb_at(words, 1))):
        return "vp"
    if len(words) > 1 and words[1].lower() in _OBJECT_PRONOUNS and is_present_verb_at(["it", *words[:2]], 1):
        return "vp"  # "... and claims it was the result of trauma"
    if first in ("he", "she", "they", "it", "we", "i", "there"):
        return "clause"
    if first in ("if", "unless"):
        return "clause"  # "..., and if Iraq's leaders take the steps, it will be effective"
    if len(words) > 2 and is_adverb(first) and is_finite_verb(words[1].lower()) and words[1].islower():
        return "vp"  # "... and apparently scanned it"
    if first in ("then", "later") and len(words) > 2 and starts_clause(" ".join(words[1:])) == "clause":
        return "clause"  # "... and then it went off"
    if first.endswith(("ly", "ing")) or first in PREPOSITIONS or first in ("not", "so", "then", "also"):
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
        if not w[:1].isupper() and (is_verb_like(lw) or is_present_verb_at(words, k)) and prev not in DETERMINERS \
                and lw not in _NOUN_TOO:
            nxt = words[k + 1].lower() if k + 1 < len(words) else ""
            if lw.endswith("ed") and (nxt in ("at", "by") or (nxt == "to" and lw in _REPORTING_PARTICIPLES)):
                prev = lw
                continue  # "and watches valued at $2.6 million": a participle modifying the noun
            if lw in _MODAL_NOUNS and (nxt in PREPOSITIONS or nxt in DETERMINERS or not nxt):
                prev = lw
                continue  # "a garbage can in the parking lot": a modal is followed by its verb
            return "clause"  # ("an estimated two million": after a determiner, an adjective)
        prev = lw
        if w.endswith((",", ";", ":")):
            break
    # "... and blames angry youths": a present-tense verb phrase, unless a verb follows ("as rallies
    # all around the country kicked off" was found above)
    return "vp" if is_present_verb_at(["it", *words[:2]], 1) else None



#: -ed words read as adjectives ("the injured man", "detained activists") that are the verb when
#: a count or a determiner follows ("the army detained 75 aid workers", "wounded three soldiers").
_ED_BEFORE_OBJECT = frozenset(["injured", "wounded", "detained"])


def has_verb(text: str) -> bool:
    words = text.split()
    for i, w in enumerate(words):  # (a loop, not any(...): the splitting rules ask this of every piece)
        if i and (w[:1].isupper() or words[i - 1].lower() in DETERMINERS):  # "the confiscated arms"
            continue
        if w.lower() in _ED_BEFORE_OBJECT and i + 1 < len(words) and (
                words[i + 1][:1].isdigit() or words[i + 1].lower() in DETERMINERS):
            return True
        if w.endswith("ed") and w.isalpha() and len(w) > 4 and agent_follows(words[i + 1:i + 3]):
            return True  # a headline's or a ledger's passive without "were": "250 migrants detained by the coastguard"
        if (is_verb_like(w) or is_participle(w.strip(".,;:"))
                or is_present_verb_at(words, i) or (i == 0 and is_present_verb_at(["it", *words[:2]], 1))):
            return True
    return _verb_after_subject(words)


_NOT_AFTER_PRONOUN = _words("and or but nor to of in on at for with by from as than that who which if when "
                            "while because so too not")


def _verb_after_subject(words: list[str]) -> bool:
    """'He looks on ...', 'They sleep in ...', 'Hlongwane still wears nappies': the lexicon does not know
    every present verb, but after a subject pronoun, or after a name and an adverb, a plain lower-case
    word is one."""
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1].strip(".,;:")
        if not (nxt.isalpha() and nxt.islower()) or nxt in _NOT_AFTER_PRONOUN or nxt in DETERMINERS:
            continue
        lw = w.lower()
        if lw in ("he", "she", "they", "we", "i") and (i == 0 or not words[i - 1][-1:].isalpha()
                                                     or words[i - 1].lower() in _NOT_AFTER_PRONOUN):
            return not is_adverb(nxt) or (i + 2 < len(words) and words[i + 2].isalpha() and words[i + 2].islower())
        if lw in _PRE_VERB_ADVERBS and i > 0 and words[i - 1][:1].isupper() and nxt.endswith("s") \
                and len(nxt) > 3 and not nxt.endswith(("ss", "us", "is")):
            return True  # "Hlongwane still wears nappies"
    return False



_PLURAL_NOT = ("ss", "us", "is", "news", "ics")
_IRREGULAR_PLURALS = _words("men women people children police feet teeth mice geese")


def is_plural(subject: str) -> bool:
    """'concerns', 'the FBI and ATF', 'stations' (a rough test on the head noun)."""
    words = subject.lower().split()
    if " and " in f" {subject.lower()} ":
        return True
    head = words[-1] if words else ""
    if head in _IRREGULAR_PLURALS:
        return True
    return len(head) > 3 and head.endswith("s") and not head.endswith(_PLURAL_NOT) and head.isalpha()


def disagrees(subject: str, rest: str) -> bool:
    """A present-tense verb in -s cannot have a plural subject: '[concerns] ... and fears it will'."""
    first = rest.split()[0].lower() if rest.split() else ""
    return (first.endswith("s") and not first.endswith("ss") and first not in AUX_WORDS
            and not first.endswith("ed") and is_plural(subject))



_CHUNK_START = re.compile(r".*(?:,\s+|\b(?:while|as|because|although|though|when|if|whereas)\s+)", re.DOTALL)


def inside_participle(left: str, rest: str) -> bool:
    """Does the stretch before 'and' (no comma) end inside a participial phrase ('a case combining
    profligacy'), while the right starts with a past form ('tampered accounts')? Then 'and' may join
    the participle's objects, not two verb phrases of the subject."""
    first = rest.split()[0].lower() if rest.split() else ""
    if not first.endswith("ed"):
        return False
    words = QUOTE_CHARS.sub("", left.split(",")[-1]).split()
    return any(is_participle(w) and w.islower() and k + 1 < len(words) and (k < 2 or words[k - 2] != "to")
               and words[k - 1].lower() not in DETERMINERS and words[k - 1].lower() not in AUX_WORDS
               and words[k - 1].isalpha() and words[k - 1].islower() and not is_verb_like(words[k - 1].lower())
               and words[k - 1].lower() not in PREPOSITIONS and not is_adverb(words[k - 1])
               for k, w in enumerate(words) if k > 0)


def np_coordination(before: str, rest: str) -> bool:
    """'... by the EU and IMF could make ...': the left ends in a prepositional phrase and the right
    starts with a bare one-word name before its verb; the 'and' more likely joins two nouns."""
    left = before.split()[-3:]
    if not any(w.lower() in PREPOSITIONS for w in left[:-1]):
        return False
    words = rest.split()
    return len(words) > 1 and words[0][:1].isupper() and words[0].lower() not in DETERMINERS \
        and words[0].lower() not in ("he", "she", "they", "it", "we", "i", "there") \
        and (is_verb_like(words[1].lower()) or words[1].lower() in AUX_WORDS)


def last_chunk(seg: str, end: int) -> str:
    """The stretch of `seg` before `end` since the last comma or subordinating word."""
    m = _CHUNK_START.match(seg, 0, end)
    return seg[m.end():end] if m else seg[:end]


def top_level_comma(seg: str, start: int) -> int:
    """First ', ' after `start` that is not inside quotation marks; -1 if none."""
    inside = False
    for i in range(start, len(seg) - 1):
        ch = seg[i]
        if ch in "\"“”":
            inside = not inside
        elif ch == "," and not inside and seg[i + 1] == " ":
            return i
    return -1



#: "... was foiled by an Indian warship (that was on escort duty)" at the end of the text before a participle
_PASSIVE_AGENT = re.compile(r"\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?(?P<pp>[a-z]+)\s+by\s+"
                            r"(?P<agent>(?:the|a|an)\s+[^,;\"“”]{2,60}?)(?:\s+(?:that|which|who)\s+[^,;]*)?$")
_OWN_OBJECT = re.compile(r"\s+(?:his|her|their|its|him|her|them|itself|himself|herself|themselves)\b")


def passive_agent(before: str, after: str) -> str | None:
    """The doer of a participle after a passive with its agent: "The attack was foiled by a warship on
    patrol, capturing 26 pirates" -> "A warship on patrol" (not for "He was hit by a car, breaking his
    leg": an own object makes it the subject's act)."""
    agent = _PASSIVE_AGENT.search(before)
    if agent is None or _OWN_OBJECT.match(after) or not (
            is_finite_verb(agent.group("pp")) or agent.group("pp").endswith(("en", "wn"))):
        return None
    return agent.group("agent")[:1].upper() + agent.group("agent")[1:]
