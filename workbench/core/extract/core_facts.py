"""The core of a claim without its circumstance, as a claim of its own.

"Musk unveiled the device at a press conference in California" holds two things a fact-checker
verifies apart: that Musk unveiled the device, and where and when. The piece is kept whole (the
circumstance, with its core) and its core ("Musk unveiled the device.") is added before it, quoting
the sentence up to the first modifier; the core with its first one
("... at a press conference.") is not made (one point of recall for a third near-identical row); nor
under a negation, where the modifier is part of what is denied. A core is made
only when it is a complete sentence: a subject, the main verb, something after the verb (an object
or a complement) and then a time/place/manner phrase or a clause ("as ...", "- but ...") of at least
two words; never inside quotation marks, never leaving a dangling word, never cutting a verb from
the phrase it needs ("lives in Paris", "based on", "put up with" stay whole).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.extract.clauses import DETERMINERS, QUOTE_CHARS, has_verb
from workbench.core.extract.phrase_rules import THAT_NOUNS
from workbench.core.extract.pieces import Piece, word_spans
from workbench.core.language.negation import is_negated
from workbench.core.language.verbs import AUXILIARIES, is_finite_verb, is_gerund, is_participle, is_verb_like
from workbench.core.language.verbs import words as _words

#: the words that open a circumstance (time, place, manner, cause, agent)
MODIFIER_OPENERS = _words(
    "in at on for from during after before with by over since amid near across under inside outside "
    "without against into through despite following within throughout "
    # clauses and phrases that add a circumstance or a further detail
    "as because when while where if until unless though although whereas including like - — –"
)
#: coordination after the object: "He charged £7,000 for parts and labour" -> "He charged £7,000 for parts."
_COORD = _words("and or")
#: a verb right after the noun phrase that follows 'and' makes that 'and' part of the subject
_FINITE_AUX = _words("is are was were has have had")
#: a coordination under these is one fact ("between 1989 and 1992", "both X and Y", "either ... or")
_NUMBER_WORDS = _words("one two three four five six seven eight nine ten dozen hundred thousand million")
_PRONOUNS = _words("he she they it him her them forth vice")
_ADJ_PAIRED = _words("positive negative black white back up down more less")
_PAIRED = _words("between both either neither whether")
#: a modifier after these words belongs to them ("one of", "more than", "such as"): no cut
_NO_CUT_AFTER = _words("one some most part all many none each both more less than such rather number "
                       "and or but not only just even so too as well")
#: adverbs inside a verb group ("has only been bettered")
_GROUP_ADVERBS = _words("only also still just already never not reportedly allegedly since now recently")
_BE = _words("is are was were be been being")
#: these open a time or a cause even right after the verb ("is slowing after ...", "fell out during ...")
_TEMPORAL = _words("after before since during following amid despite")
#: participles that need their phrase ("based on", "described as", "set to")
_NEEDS_PHRASE = _words("based described aimed diagnosed set known considered regarded used designed expected "
                       "thought believed linked related involved compared dressed located situated made called "
                       "named seen due able likely poised")
#: verbs whose "as" phrase is what is said ("described the deal as a turning point")
_AS_TAKERS = _words("described describes characterised characterized branded labelled labeled portrayed depicted "
                    "hailed dismissed regarded regards viewed views")
_TIME_NOUNS = _words("hours days weeks months years minutes moments seconds decades shortly soon long just")
#: verbs whose object takes its state with "without" / "under": "left 1.3 million homes without
#: power", "placed the town under curfew" (the phrase is the fact, no circumstance)
_STATE_TAKERS = _words("leave leaves left leaving keep keeps kept keeping put puts putting place places placed placing")
#: verbs that say nothing without their time ("The reports come after a day of fighting")
_LIGHT_VERBS = _words("come comes came coming")
_AS_COMPARATIVE = _words("much many well long far soon good bad big high low little few")
#: words that take 'to' as their own complement ("able to", "the right to", "the first to")
_TO_TAKERS = _words("able unable set due likely unlikely going ready willing about right first last only next "
                    "decision plan plans bid attempt effort chance need way time permission order orders power "
                    "enough too want wants wanted try tried refused agreed hoped expected allowed forced afraid grateful close "
                    "thanks glad happy proud eager keen determined anxious quick slow free ability second third fourth "
                    "one partial response addition reference relation contrast opposition minutes")
#: verbs whose object does what follows 'to' ("warned motorists to obey", "wanted them to leave"): no cut
_CONTROL_VERBS = ("warn", "want", "allow", "expect", "persuad", "ask", "tell", "told", "urg", "forc", "encourag",
                  "invit", "help", "need", "order", "requir", "permit", "enabl", "caus", "get", "got", "lead", "led",
                  "inspir", "convinc", "advis", "beg", "push", "pressur", "remind", "teach", "taught", "train",
                  "prompt", "hope", "struggl", "fail", "wish", "would", "like", "prefer", "call", "appeal", "press", "deem",
                  "consider", "believ", "think", "thought", "know", "knew", "judg", "declar")
_ORDINALS = _words("first second third fourth fifth last only next latest youngest oldest")
#: lower-case words after 'to' that are no verb ("close to home", "to date", "to death")
_TO_NOT_VERB = _words("home date death prison court hospital school work church bed power office market life "
                      "war sea safety justice trial jail")
_PARTICLES = _words("up down out off back away")
_DANGLING = _words("the a an of to at with for by from into its his her their our my your this that these "
                   "those some and or but is are was were be been has have had will would can could "
                   "per than as very along together apart")


def core_pieces(sentence: str, piece: Piece, roles: Sequence[Piece] = ()) -> list[Piece]:
    """The core of the piece, when it has one: cut before its first modifier, then `reduced`.

    Only the bare core: a second row per modifier ("... at a press conference.") was measured to add
    about one point of RoSE recall for a third near-identical row an analyst has to triage; the core
    with each later circumstance ("X was arrested in a motel.") gained 0.4 points of RoSE recall
    (partial_ratio) for 12% more rows, many of them wrong ("There is one parking lot as watchmen")."""
    own = _core_pieces(sentence, piece, roles)
    if not own and piece.whole is not None:
        # a pair split out of it ('... at stores and businesses in the capital') whose own core cannot be
        # quoted: the core of the whole ('Hooded youths hurled petrol bombs.')
        return _core_pieces(sentence, Piece(piece.start, piece.end, piece.whole, True), roles)
    return own


def _core_pieces(sentence: str, piece: Piece, roles: Sequence[Piece]) -> list[Piece]:
    first = core_piece(sentence, piece)
    base = first or piece
    text = reduced(base.text, roles)
    if text == piece.text or QUOTE_CHARS.search(piece.text) or len(text.split()) < 3:
        return []
    return [Piece(base.start, base.end, text, True)]


#: a time phrase opening a sentence without a comma ("In March Atlanta-based Reverend ... launched")
_LEAD_TIME = re.compile(
    r"^(?:(?:In|On|Last|This|Next|Earlier|Later|By|Since|Until|Over)\s+(?:the\s+)?(?:(?:early|late|past|last|same)\s+)?"
    r"(?:January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|year|season|summer|winter|spring|autumn|"
    r"night|morning|afternoon|evening|\d{4})(?:\s+\d{1,4})?(?:\s+(?:night|morning|afternoon|evening))?)"
    r"(?:,\s*|\s+)(?=[A-Za-z])"
)
#: any phrase before a comma opening a sentence ("For more than 40 years, the lyrics ...")
_LEAD_PHRASE = re.compile(r"^(?:In|On|At|For|During|After|Before|Since|Until|Over|Last|This|Earlier|Later|By|Within|"
                          r"Despite|Following|Amid)\b(?!\s+(?:least|most|all|first|last)\b)[^,\"“”]{1,50},\s+(?=[A-Za-z])")
_NAME_WORD = r"[A-Z][\w'’-]+"
#: "Vincent Viafore, 46, from Poughkeepsie was ...": the age and origin after a name opening the sentence
_NAME_APPOSITION = re.compile(
    rf"^(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})(?:,\s+\d{{1,3}},?|,?\s+from\s+{_NAME_WORD}(?:\s+{_NAME_WORD})*,?)+\s+(?=[a-z])")


#: a role inside the sentence stays after these ("the Greek prime minister X": 'the X' is no sentence)
_NOT_BEFORE_NAME = _words("and or the a an his her their its this")


def reduced(text: str, roles: Sequence[Piece] = ()) -> str:
    """The bare statement: no time phrase opening it, no role before the subject's name or age after
    it ("World No 1 Novak Djokovic" -> "Novak Djokovic"; the role is a claim of its own). Untouched
    when the result would not start with a subject and its verb."""
    t = text
    m = _LEAD_TIME.match(t) or _LEAD_PHRASE.match(t)
    chunks = t[m.end():].split(", ") if m else []
    if m and has_verb(t[m.end():]) and not (len(chunks) > 1 and chunks[1].split(" ", 1)[0] in AUXILIARIES):
        # (not "At least three people, a man and two women, were killed": the subject is cut in two)
        rest = t[m.end():]
        t = rest[0].upper() + rest[1:]
    for r in roles:
        name, _, role_words = r.text.rstrip(".").partition(" is ")  # (a role fact reads 'Name is a role.')
        for article in ("a ", "an "):
            role_words = role_words.removeprefix(article)
        for lead in (f"{role_words} {name}", f"{role_words[0].upper()}{role_words[1:]} {name}" if role_words else ""):
            if lead and t.startswith(lead + " ") and t[len(lead) + 1:len(lead) + 2].islower():
                t = name + t[len(lead):]
            elif lead and f" {lead} " in t:
                before = t[:t.index(f" {lead} ")].split()[-1]
                if before.isalpha() and before.islower() and before not in _NOT_BEFORE_NAME:
                    t = t.replace(f" {lead} ", f" {name} ", 1)  # "Federer feels that nine-time champion Nadal is"
    m = _NAME_APPOSITION.match(t)
    if m and is_verb_like(t[m.end():].split()[0].lower()):
        t = f"{m.group('name')} {t[m.end():]}"
    return t


def _object_coordination(words: list[str], lowered: list[str], i: int) -> bool:
    """'and'/'or' after an object, with a second object or verb phrase of its own after it: not a
    pair ('between X and Y'), not a list ('metallics, jewel tones and ...'), not numbers ('four or five')."""
    nxt = lowered[i + 1]
    prev = words[i - 1]
    if any(w in _PAIRED for w in lowered[:i]) or prev.endswith(",") or prev[:1].isdigit() or nxt[:1].isdigit():
        return False
    if "," in " ".join(words[max(0, i - 4):i]):
        return False  # the end of a comma list
    if nxt in _PRONOUNS or lowered[i - 1] in _ADJ_PAIRED or lowered[i - 1] in _NUMBER_WORDS:
        return False  # "he or she", "back and forth", "four or five"
    if lowered[i - 1].endswith("ing") and is_participle(lowered[i - 1]) and is_participle(nxt):
        return False  # "accused of shooting and wounding the officers": two verbs, one object after both
    if any(w in _FINITE_AUX for w in lowered[i + 2:i + 6]):
        return False  # "13 fully loaded magazines and a GPS receiver were seized": the 'and' is in the subject
    # a second object with its own determiner, a second verb phrase, or a second name
    return nxt in DETERMINERS or is_verb_like(nxt) or is_gerund(nxt) or (prev[:1].isupper() and words[i + 1][:1].isupper())


def core_piece(sentence: str, piece: Piece, skip: int = 0) -> Piece | None:
    """The piece cut before its first modifier phrase, or None when it has none (or the cut would not
    be a complete sentence, or its words could not be quoted exactly from the sentence)."""
    text = piece.text
    if not text.endswith(".") or QUOTE_CHARS.search(text) or ":" in text or text[0] in "'‘":
        return None
    words = text.split()  # (their offsets only once a cut is found)
    if len(words) < 6:
        return None
    lowered = [w.lower().strip(",;") for w in words]
    if is_negated(lowered):
        return None  # under a negation the modifier is part of what is denied
    verb_at = next((i for i, w in enumerate(lowered) if i > 0 and is_verb_like(w)), None)
    if verb_at is None:
        return None
    # the main verb: the last of the verb group ("has been waiting")
    while verb_at + 1 < len(lowered):
        nxt = verb_at + 2 if lowered[verb_at + 1] in _GROUP_ADVERBS and verb_at + 2 < len(lowered) else verb_at + 1
        if not ((lowered[verb_at] in AUXILIARIES or lowered[verb_at] in _BE or lowered[verb_at].endswith("n't"))
                and (is_verb_like(lowered[nxt]) or lowered[nxt] in _BE or is_gerund(lowered[nxt])
                     or lowered[nxt] in _NEEDS_PHRASE or lowered[nxt].endswith("ed"))):
            break
        verb_at = nxt
    if words[verb_at - 1].endswith(","):
        return None  # "a loose alliance of forces, spearheaded by ...": no main verb, no core
    passive = lowered[verb_at - 1] in _BE and not lowered[verb_at].endswith("ing")
    starts: list[int] = []
    for i in range(verb_at + 1, len(words) - 1):
        w = lowered[i]
        if w in _COORD:
            if not _object_coordination(words, lowered, i):
                continue
        elif w == "to":  # a purpose clause after the object: "sent troops to guard the embassy"
            after_to = words[i + 1]
            if i <= verb_at + 1 or not (after_to.isalpha() and after_to.islower()) or after_to in DETERMINERS \
                    or after_to in _TO_NOT_VERB or after_to in _NUMBER_WORDS \
                    or lowered[i - 1] in _TO_TAKERS or lowered[i - 1] in _TIME_NOUNS \
                    or (after_to.endswith("s") and not is_verb_like(after_to)) \
                    or any(x.startswith(_CONTROL_VERBS) for x in lowered[verb_at:i]) \
                    or any(x in _ORDINALS for x in lowered[max(verb_at, i - 4):i]) \
                    or is_verb_like(lowered[i - 1]) or lowered[i - 1].endswith(("ble", "ed", "ing")):
                continue
        elif w == "that":  # a restrictive relative after the object: "was a trawler that was being seized"
            if not is_finite_verb(lowered[i + 1]) or lowered[i - 1] in THAT_NOUNS or i <= verb_at + 1:
                continue
        elif w not in MODIFIER_OPENERS:
            continue
        prev = lowered[i - 1]
        if i == verb_at + 1:
            if (passive and lowered[verb_at] not in _NEEDS_PHRASE) \
                    or (w in _TEMPORAL and lowered[verb_at] not in _LIGHT_VERBS) \
                    or (w == "by" and lowered[verb_at].endswith("ed") and not words[verb_at - 1].endswith(",")):
                prev = ""  # "was found in a river", "is slowing after ...": the verb stands alone
            else:
                continue  # "lives in Paris", "filed for divorce": the verb needs its phrase
        if w in ("without", "under") and lowered[verb_at] in _STATE_TAKERS:
            continue  # "left 1.3 million homes without power": the state is what happened
        if (w in _TEMPORAL and prev in _TIME_NOUNS) or prev in _GROUP_ADVERBS or lowered[i - 2] == "to" \
                or (w == "as" and (lowered[i + 1] in _AS_COMPARATIVE or lowered[verb_at] in _AS_TAKERS)):
            continue  # "hours before", "remain still outside", "to meet with", "as much as": no cut here
        if prev in _PARTICLES and w == "with":
            return None  # "put up with"
        if (prev in _PARTICLES and w == "to") or (w == "by" and prev.endswith("ed") and i - 1 != verb_at):
            continue  # "turned out to be", "a strip, populated by shops": the phrase belongs to the word before
        if prev in _NO_CUT_AFTER or prev in DETERMINERS or prev in _DANGLING \
                or (is_verb_like(prev) and i - 1 != verb_at and (lowered[i - 2] == "to" or lowered[i - 2] in AUXILIARIES)) or words[i - 1].endswith(("-", "—")):
            continue  # "one of", "more than", "put on": no cut here
        starts = starts or [a for a, _, _ in word_spans(text)]
        core_text = text[:starts[i]].rstrip(" ,;-—")
        if " '" in core_text or "‘" in core_text:
            return None  # a single-quoted passage the cut may end inside
        if len(core_text.split()) < 3 or not has_verb(core_text):
            return None
        tail = text[starts[i]:].rstrip(".").strip()
        quote = sentence[piece.start:piece.end]
        at = quote.rfind(tail)
        if at <= 0 or quote[at + len(tail):].strip(" .,;!?\"”") != "":
            return None  # the text was rewritten past the cut: the quote cannot be mapped exactly
        end = piece.start + len(quote[:at].rstrip(" ,;-—"))
        if end <= piece.start:
            return None
        if skip:
            skip -= 1
            continue
        return Piece(piece.start, end, core_text + ".", True)
    return None
