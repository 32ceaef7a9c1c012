"""Who did it to whom: the doer and the one it was done to, read from a short claim's wording.

"The army pushed back the rebels" and "the rebels pushed back the army" share every word, and
their sentence vectors are nearly the same, yet they state opposite facts; "the rebels were
pushed back by the army" states the first one again. So each claim's doer (the subject of an
active verb, the "by" phrase of a passive one) and the one the act is done to (the rest of an
active predicate, the subject of a passive one) are read, without a tagger, from the reported
wording (`claim_view.surface`: frames already removed, lower case, no punctuation). Two claims whose
doer and done-to swap places tell different facts: `compare` treats it as a clash, never a
duplicate. It is asked only of pairs sharing nearly all their words, where it can matter.

Verbs whose two sides are interchangeable ("met", "clashed with", "exchanged") swap nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.figures.shouting import headline
from workbench.core.language import contests
from workbench.core.language.stems import IRREGULAR_VERBS, irregular_base, stem
from workbench.core.language.verbs import VERB_SYNONYMS, agent_follows
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_AUX = frozenset(["has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "shall",
                  "should", "did", "does", "do"])
#: Words between an auxiliary and its verb ("has reportedly seized", "were also driven").
_ADVERBS = frozenset(["also", "reportedly", "allegedly", "already", "now", "later", "then", "still", "not",
                      "never", "just", "finally", "eventually", "again", "apparently", "repeatedly",
                      # how an act was done, not the act ("has officially recognised"; helper notact117)
                      "officially", "formally", "publicly", "jointly", "unanimously",
                      # a quantifier floated after its subject's auxiliary ("were each sentenced", "have all fled")
                      "each", "both", "all"])
#: -ed words that open a noun phrase far more often than they tell the act ("armed men", "a hundred").
_NOT_VERBS = frozenset(["hundred", "armed", "masked", "united", "alleged", "red", "bed", "need", "speed",
                        "seed", "feed", "breed", "creed", "shed", "based", "related", "detailed",
                        "so-called", "unidentified", "unnamed", "unarmed", "suspected", "armoured", "armored"])
#: Verbs whose two sides are interchangeable: "X met Y" is "Y met X". Stems (`language.stems.stem`).
_RECIPROCAL = frozenset(stem(w) for w in [
    "meet", "met", "clash", "fight", "fought", "negotiate", "talk", "agree", "marry", "tie", "draw",
    "trade", "exchange", "ally", "partner", "compete", "cooperate", "play", "face", "battle", "engage",
    "border", "split", "reconcile", "speak", "spoke", "merge", "join", "swap", "embrace", "greet",
    "resemble", "equal", "match", "sign", "shake", "hug", "kiss", "collide", "confront", "debate",
    "differ", "disagree", "correspond", "communicate", "consult", "coordinate", "share",
])
#: What follows a verb when its two sides are interchangeable ("clashed with", "between").
_RECIPROCAL_NEXT = frozenset(["with", "between", "each", "one", "against"])
#: (with the past tenses of winning over a rival written as their base: "beat", `language.contests`)
#: Past forms of four letters the -ed reading leaves to nouns ("need", "seed", "shed" are nouns): read
#: as verbs by name ("Maui County sued Hawaiian Electric").
_SHORT_PAST = frozenset(["sued", "owed", "axed"])
_PAST_FORMS = frozenset(IRREGULAR_VERBS) | frozenset(contests.WIN_PAST) | _SHORT_PAST
#: Verbs of dying: "X died of Y" tells what "Y killed X" tells (the cause is the doer; helper probes6).
_DIE = frozenset(stem(w) for w in ["die", "died", "dies", "succumb", "succumbed"])
_CAUSE_BEFORE = frozenset(["of", "from", "to"])
#: Verbs of suffering an act (dying, losing one's life): what did it is named after them.
_SUFFER = _DIE | frozenset(stem(w) for w in ["perish", "perished", "lose", "lost"])
#: Nouns of an attack whose "by" phrase names who did what the claim tells ("60 people died in an
#: attack by the RSF", "lost their lives in a raid by militias" = "the RSF killed 60 people").
_ATTACK_NOUNS = frozenset(["attack", "attacks", "raid", "raids", "assault", "ambush", "offensive", "strike",
                           "strikes", "airstrike", "airstrikes", "bombardment", "shelling"])


#: Words opening a noun phrase: an -ed word right after one (or after one and an adverb) describes
#: the noun ("a widely praised film", "the injured"), it is not the act.
_DETERMINERS = frozenset(["a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her",
                          "our", "some", "many", "several"])
#: Where the act's clause ends: what follows tells another act ("..., saying", "... that they").
_CLAUSE_END = frozenset(["that", "which", "who", "whom", "whose", "while", "because", "after", "before", "when",
                         "although", "though", "but", "so", "and", "saying", "alleging", "adding", "claiming",
                         "prompting", "forcing", "leaving", "as", "where", "if", "unless", "until"])
#: Longer texts are no atomic claim: their roles are not read.
MAX_WORDS = 30
#: Where a "by" phrase ends: a preposition opening another phrase.
_PHRASE_END = frozenset(["in", "on", "at", "near", "during", "from", "for", "to", "with", "outside", "inside",
                         "across", "along", "around", "since", "under"]) | _CLAUSE_END


@lru_cache(maxsize=1)
def _rewritten_verbs() -> frozenset[str]:
    """The verbs the knowledge rewrite writes event verbs as, in their base form ("recapture",
    "withdraw"): in a rewritten claim they stand where the past tense stood."""
    return frozenset(group[0] for group in VERB_SYNONYMS if " " not in group[0])


@lru_cache(maxsize=1)
def _rewritten_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """{first word: the rest} of the phrasal verbs the rewrite writes groups as ("go": "on strike"):
    "teachers go on strike" has its verb as "teachers walked out" has."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for group in VERB_SYNONYMS:
        head, *tail = group[0].split()
        if tail:
            out.setdefault(head, []).append(tuple(tail))
    return {head: tuple(tails) for head, tails in out.items()}


def _is_verb(words: list[str], k: int) -> bool:
    word = words[k]
    if word in _rewritten_phrases() and words[k - 1] not in _DETERMINERS and any(
            tuple(words[k + 1:k + 1 + len(tail)]) == tail for tail in _rewritten_phrases()[word]):
        return True
    if word in _BE or word in _AUX or word in _PAST_FORMS or word in ("died", "dies") or irregular_base(word):
        return True
    if word in _rewritten_verbs():  # "the army recapture the town"; not a noun ("the drone attack was")
        return words[k - 1] not in _DETERMINERS and not (k + 1 < len(words) and (
            words[k + 1] in _BE or words[k + 1] in _AUX))
    if len(word) <= 4 or not word.endswith("ed") or word in _NOT_VERBS or not word.islower():
        return False  # (a word the wording keeps capitalised is a name's: `names_kept`)
    before = words[k - 1]
    if before.isdigit():
        return False  # right after a count it describes what is counted ("5 000 displaced people")
    return before not in _DETERMINERS and not (
        before.endswith("ly") and before not in _ADVERBS and k >= 2 and words[k - 2] in _DETERMINERS)


#: -ing words after "was" / "were" that are no verb ("the attack was during the night").
_NOT_PROGRESSIVE = frozenset(["during", "nothing", "something", "anything", "everything", "morning", "evening",
                              "according", "including", "notwithstanding", "pending", "following", "ongoing"])


def progressive(word: str) -> bool:
    """Whether a word after a form of "be" is a verb's -ing form ("were guarding", "is holding"):
    the act of an active verb, whose subject is its doer, not a passive's one done to."""
    return len(word) > 5 and word.endswith("ing") and word.isalpha() and word not in _NOT_PROGRESSIVE


def participle(word: str) -> bool:
    """Whether a word after "was" / "were" may be a passive's participle ("evacuated", "shut", the
    rewrite's base form "evacuate"), not a place or time ("were last night in ...", "was among")."""
    return (word in _PAST_FORMS or bool(irregular_base(word)) or word in _rewritten_verbs()
            or len(word) > 4 and word.endswith("ed") and word not in _NOT_VERBS and word.islower())


#: A word in -ed written capitalised inside a sentence: a name's ("Alfred", "Mohammed", "Ahmed",
#: "Kais Saied", "the Extended Fund Facility"), never a past tense, which is lower case there.
_NAME_IN_ED = re.compile(r"(?<=[\w,;:'’)] )[A-Z][a-z]+ed\b")


@text_cache()
def names_kept(written: str, wording: str) -> str:
    """`wording` (the lower-cased `written`) with the words in -ed that `written` capitalises inside a
    sentence kept capitalised, so that `_is_verb` reads no name as the act ("Brothers George and Alfred
    Degiorgio were each sentenced": the act is "sentenced", no doer is named). A headline, which
    capitalises every word, keeps none (`figures.shouting.headline`)."""
    names = {w.lower(): w for w in _NAME_IN_ED.findall(written) if w.lower() not in _NOT_VERBS}
    if not names or headline(written):
        return wording
    return " ".join(names.get(w, w) for w in wording.split(" "))


def _tokens(words: list[str]) -> frozenset[str]:
    return frozenset(normalize(" ".join(words)).tokens) if words else frozenset()


def roles(surface: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(doer tokens, done-to tokens) of a claim's reported wording, or None when no verb is read,
    the verb's sides are interchangeable, or a passive names no doer. The doer is the subject of an
    active verb (with any fronted phrase: "in Homs the army") or a passive's "by" phrase; the one
    done to is the direct object of an active verb or a passive's subject."""
    read = _read(surface)
    return None if read is None else read[:2]


@text_cache()  # asked of one claim against each of its few close partners
def _read(surface: str) -> tuple[frozenset[str], frozenset[str], str] | None:
    """`roles` and the act's stem."""
    words = surface.split()
    if len(words) > MAX_WORDS:
        return None
    at = next((k for k in range(1, len(words)) if _is_verb(words, k)), None)
    if at is None:
        return None
    subject = words[:at]
    k = at
    while k < len(words) and (words[k] in _AUX or words[k] in _ADVERBS):
        k += 1
    passive = k < len(words) and words[k] in _BE or words[at] in _BE
    while k < len(words) and (words[k] in _BE or words[k] in _ADVERBS):
        k += 1
    if k >= len(words):
        return None
    verb = words[k]
    if passive and progressive(verb) and words[k - 1] != "being":
        passive = False  # "troops were guarding the airport": an active verb in its -ing form
    # (the verbs of winning over a rival are one act: "defeated" / "beat", `language.contests`)
    act = contests.win_act(stem(IRREGULAR_VERBS.get(verb, contests.WIN_PAST.get(verb, verb))))
    if act in _RECIPROCAL or (k + 1 < len(words) and words[k + 1] in _RECIPROCAL_NEXT):
        return None
    rest = words[k + 1:]
    rest = rest[:next((e for e, w in enumerate(rest) if w in _CLAUSE_END), len(rest))]
    # a headline's or a ledger's passive without its "were" ("15 fighters evacuated by the Red
    # Crescent"); "rose by 5 percent" is no passive (helper gen8)
    passive = passive or agent_follows(rest)
    if passive:  # "X was seized by Y"; "X will be Y", "X was in Z" do nothing to anyone
        # (the knowledge rewrite writes a verb's synonyms as its base form: "were attack by")
        if "by" not in rest or verb in _PHRASE_END or verb in _DETERMINERS or not verb.isalpha():
            return None
        start = rest.index("by") + 1
        return _tokens(_phrase(rest[start:])), _tokens(subject), act
    if act == contests.LOSE and (to := contests.lost_to(rest)) is not None:
        return _tokens(_phrase(to)), _tokens(subject), contests.WIN_ACT  # "germany lost 2 1 to japan": japan beat germany
    by = next((e for e in range(1, len(rest)) if rest[e] == "by" and rest[e - 1] in _ATTACK_NOUNS), None) \
        if act in _SUFFER else None
    if by is not None:  # "died in an attack by the rsf", "lost their lives in a raid by militias"
        return _tokens(_phrase(rest[by + 1:])), _tokens(subject), act
    if act in _DIE:  # "nine people died of marburg" = "marburg killed nine people"
        return (_tokens(_phrase(rest[1:])), _tokens(subject), act) if rest and rest[0] in _CAUSE_BEFORE else None
    # the direct object only: "the rebels" of "pushed back the rebels from the town on Monday"
    return _tokens(_attack_doer(subject)), _tokens(_phrase(rest)), act


def _attack_doer(subject: list[str]) -> list[str]:
    """A subject's words that may name the doer: an attack's target is no doer ("the attack on
    kosovo police took place ..." names no doer; "the rebels' raid on the town" names the rebels)."""
    cut = next((e for e in range(len(subject) - 1)
                if subject[e] in _ATTACK_NOUNS and subject[e + 1] in ("on", "against")), None)
    return subject if cut is None else subject[:cut]


@text_cache()
def passive_subject(surface: str) -> frozenset[str] | None:
    """The tokens of a passive's subject when it names no doer ("two aides were shot dead in their
    car"): the one done to, which `roles` leaves unread for want of a doer. None otherwise."""
    words = surface.split()
    if len(words) > MAX_WORDS or _read(surface) is not None:
        return None
    at = next((k for k in range(1, len(words)) if _is_verb(words, k)), None)
    if at is None:
        return None
    k = at
    while k < len(words) and (words[k] in _AUX or words[k] in _ADVERBS):
        k += 1
    if not (k < len(words) and words[k] in _BE or words[at] in _BE):
        return None
    while k < len(words) and (words[k] in _BE or words[k] in _ADVERBS):
        k += 1
    return _tokens(words[:at]) if k < len(words) and words[k].isalpha() and "by" not in words[k + 1:] else None


def _phrase(words: list[str]) -> list[str]:
    """The words up to the first preposition that opens another phrase (a place, a date, a
    recipient): the argument itself."""
    return words[:next((e for e, w in enumerate(words) if w in _PHRASE_END), len(words))]


#: Prepositions naming the side an act was taken from or aimed at ("recaptured the town from
#: the rebels", "launched an offensive against the militia"): that side is done to too.
_COUNTERPART = frozenset(["from", "against"])


@text_cache()
def counterpart(surface: str) -> frozenset[str]:
    """The tokens of an active claim's "from" / "against" phrase ("the rsf" of "the army recaptured
    wad madani from the rsf"): the side the act was taken from or aimed at. Empty when none is read."""
    return _side(surface, _COUNTERPART)


#: The preposition naming the other party of an act done together ("signed an agreement with the
#: SDF", "held talks with the ELN", "clashed with farmers"): read as a slot of the act (`partner`).
_PARTNER = frozenset(["with"])


@text_cache()
def partner(surface: str) -> frozenset[str]:
    """The tokens of an active claim's "with" phrase after its verb ("the kurdish led sdf" of "syria
    agreed an agreement with the kurdish led sdf in march"): the other party. Not a slot `roles_swapped`
    reads (a deal "with" one side is the other's deal too); `named_objects` reads it for names apart."""
    return _side(surface, _PARTNER)


@text_cache()
def met_party(surface: str) -> frozenset[str]:
    """The tokens of the other party of a reciprocal act (`_RECIPROCAL`: "met Chinese Premier Li
    Qiang", "spoke with President Herzog"): the phrase after the verb, past a "with", up to a place
    or date (`_phrase`). `roles` reads no sides of such an act ("X met Y" is "Y met X"), but the one
    met is still who the act was with: meeting another person is another meeting (helper not125)."""
    words = surface.split()
    if len(words) > MAX_WORDS:
        return frozenset()
    at = next((k for k in range(1, len(words)) if _is_verb(words, k)), None)
    if at is None:
        return frozenset()
    while at < len(words) and (words[at] in _AUX or words[at] in _ADVERBS):
        at += 1
    if at >= len(words) or stem(IRREGULAR_VERBS.get(words[at], words[at])) not in _RECIPROCAL:
        return frozenset()
    rest = words[at + 1:]
    rest = rest[1:] if rest[:1] == ["with"] else rest
    rest = rest[:next((e for e, w in enumerate(rest) if w in _CLAUSE_END), len(rest))]
    return _tokens(_phrase(rest))


#: Prepositions naming whom an act was aimed at past its object ("fired tear gas at protesters",
#: "opened fire on the crowd", "used water cannon against students").
_AIMED = frozenset(["at", "on", "against"])


@text_cache()
def aimed_side(surface: str) -> frozenset[str]:
    """The tokens of an active claim's "at" / "on" / "against" phrase (`_AIMED`): whom the act was aimed at."""
    return _side(surface, _AIMED)


def _side(surface: str, prepositions: frozenset[str]) -> frozenset[str]:
    """The tokens of the phrase after the first of `prepositions` in an active claim's act clause."""
    words = surface.split()
    if len(words) > MAX_WORDS or roles(surface) is None:
        return frozenset()
    at = next(k for k in range(1, len(words)) if _is_verb(words, k))
    rest = words[at + 1:]
    rest = rest[:next((e for e, w in enumerate(rest) if w in _CLAUSE_END), len(rest))]
    if "by" in rest and (words[at] in _BE or any(w in _BE for w in words[at:at + 3])):
        return frozenset()  # a passive: its "by" phrase is the doer
    k = next((e for e, w in enumerate(rest) if w in prepositions), None)
    return frozenset() if k is None else _tokens(_phrase(rest[k + 1:]))


#: Nouns of an act aimed at someone named in their "for" phrase ("an arrest warrant for imran
#: khan"); not "an appeal for the northwest", "a reward for information".
_AIMED_FOR = frozenset(["warrant", "warrants", "summons", "subpoena", "subpoenas", "notice", "indictment",
                        "bounty", "sanctions", "extradition"])


@text_cache()
def aimed_at(surface: str, infinitive: bool = False) -> tuple[str, ...]:
    """The words of whom an active act is aimed at past its object: a "for" phrase after a noun
    of `_AIMED_FOR` ("issued an arrest warrant for imran khan") or, with `infinitive`, the object of an infinitive too ("asked
    a court to strip president elect arevalo of his immunity"). Words, not tokens (`named_objects`
    reads plurals); empty when none is read."""
    words = surface.split()
    if len(words) > MAX_WORDS or roles(surface) is None:
        return ()
    at = next(k for k in range(1, len(words)) if _is_verb(words, k))
    rest = words[at + 1:]
    rest = rest[:next((e for e, w in enumerate(rest) if w in _CLAUSE_END), len(rest))]
    if "by" in rest and (words[at] in _BE or any(w in _BE for w in words[at:at + 3])):
        return ()  # a passive: its "by" phrase is the doer
    for e, w in enumerate(rest):
        if w == "for" and e and rest[e - 1] in _AIMED_FOR:
            return tuple(_phrase(rest[e + 1:]))
        if infinitive and w == "to" and e + 2 < len(rest) and rest[e + 1].isalpha() and rest[e + 1] not in _DETERMINERS:
            return tuple(_phrase(rest[e + 2:]))  # "to strip X of ...": the infinitive's object
    return ()


def roles_swapped(surface_a: str, surface_b: str) -> tuple[list[str], list[str]] | None:
    """(the doer of the first claim who is done to in the second, the one done to in the first who
    is the doer in the second), as stems, when both exist and the act is one (the same verb once
    synonyms are written one way: "people fled the fighting" / "people were displaced by the
    fighting" tell two acts, helper probes8): the roles are swapped. The side an act
    was taken from or aimed at (`counterpart`) is done to as well: "the army recaptured the town
    from the rebels" / "the rebels recaptured the town from the army". None otherwise (or when
    either claim's roles are unread)."""
    ra, rb = _read(surface_a), _read(surface_b)
    if ra is None or rb is None or ra[2] != rb[2]:
        return None  # (two acts: "Ukraine exported the grain" / "the grain left through Ukraine's corridor")
    (doer_a, done_a, _), (doer_b, done_b, _) = ra, rb
    done_a, done_b = done_a | counterpart(surface_a), done_b | counterpart(surface_b)
    # a country and its people's name are one side ("Manila summoned the Chinese ambassador" /
    # "Beijing summoned the Philippine ambassador"; helper probes8)
    from workbench.core.match.another_name import country_tokens

    countries = country_tokens()
    doer_a, done_a, doer_b, done_b = (frozenset(countries.get(t, t) for t in side)
                                      for side in (doer_a, done_a, doer_b, done_b))
    x = (doer_a - done_a) & (done_b - doer_b)
    y = (doer_b - done_b) & (done_a - doer_a)
    return (sorted(x), sorted(y)) if x and y else None


@text_cache()
def main_act(surface: str) -> str | None:
    """The stem of a claim's main verb (its first finite verb, past any auxiliary: "were injured"
    -> "injur"), active or passive; None when no verb is read."""
    words = surface.split()
    if len(words) > MAX_WORDS:
        return None
    k = next((k for k in range(1, len(words)) if _is_verb(words, k)), len(words))
    while k < len(words) and (words[k] in _AUX or words[k] in _ADVERBS or words[k] in _BE):
        k += 1
    k = _among_those(words, k)
    return stem(irregular_base(words[k]) or words[k]) if k < len(words) else None


def _among_those(words: list[str], k: int) -> int:
    """Past "among those" / "among the <people>" before a participle: one "among those killed" was
    killed ("X was among those killed in the attack" / "X led the attack": helper notact117). Read
    here, not rewritten in the text, so the wording features still see the words as written."""
    if k < len(words) and words[k] == "among":
        j = k + 2 if k + 1 < len(words) and words[k + 1] == "those" else k + 3
        if j < len(words) and words[j - 1] != "the" and participle(words[j]):
            return j
    return k


@text_cache()
def reciprocal_subject(surface: str) -> frozenset[str]:
    """The tokens of the subject of a verb whose sides are interchangeable ("a vehicle from the french
    ship l atalante joined the search"), which `roles` leaves unread (no side is swapped there): it
    still names who took part. Empty for any other verb (`roles` reads its doer)."""
    words = surface.split()
    if len(words) > MAX_WORDS or _read(surface) is not None:
        return frozenset()
    at = next((k for k in range(1, len(words)) if _is_verb(words, k)), None)
    if at is None:
        return frozenset()
    k = at
    while k < len(words) and (words[k] in _AUX or words[k] in _ADVERBS):
        k += 1
    if k >= len(words) or words[k] in _BE or words[at] in _BE:
        return frozenset()  # a passive or a state: no doer
    act = contests.win_act(stem(IRREGULAR_VERBS.get(words[k], words[k])))
    return _tokens(words[:at]) if act in _RECIPROCAL else frozenset()
