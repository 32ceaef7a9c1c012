"""Words that negate or deny, defined once for extraction and matching.

Matching reads them to tell a claim from its denial; extraction reads them because dropping a
modifier under a negation changes what is claimed ("denied being paid $300 for the interview" does
not say "denied being paid $300").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from workbench.core.language.people import PERSON_NOUNS
from workbench.core.language.stems import fold

#: words that turn a statement into its denial
NEGATIONS = frozenset(["not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "n't", "cannot"]
                      # contractions as often typed without the apostrophe ("dont", "isnt")
                      + ["dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "havent", "hasnt",
                         "hadnt", "wouldnt", "couldnt", "shouldnt", "mustnt", "neednt", "cant"])
#: a claim that calls another false (matching normalises these to the token "deny")
DENIALS = frozenset(
    ["deny", "denies", "denied", "denying", "false", "fake", "hoax", "hoaxes", "debunk", "debunks",
     "debunked", "untrue", "refute", "refutes", "refuted", "dismiss", "dismisses", "dismissed", "baseless",
     "unfounded", "rubbish", "nonsense", "myth"]
)


def is_negated(words: list[str]) -> bool:
    """Whether lower-cased words hold a negation or a denial ("didn't" counts through its "n't")."""
    return not _NEGATING.isdisjoint(words) or ("n't" in "".join(words) and any(w.endswith("n't") for w in words))


_NEGATING = NEGATIONS | DENIALS


#: Phrases with a negation word that deny nothing ("nothing less than", "not only", "had nothing
#: but praise" = only praise, "Not surprisingly, X" = X, "the vote is not until May 9" = the vote
#: is on May 9, "a vote of no confidence"); matched on lower-cased text.
NOT_NEGATION = re.compile(
    r"\b(?:(?:nothing|no|not)\s+(?:less|more|fewer|other|later|sooner)\s+than|not\s+only|no\s+doubt|not\s+least"
    r"|no\s+longer|nothing\s+but|not\s+surprisingly|not\s+until)\b"
    r"|(?<=\w)n't\s+until\b"  # "isn't until", "won't be held until" is no denial: when it happens
    r"|(?<=\w)-(?:not|no)-(?=\w)"  # a compound ("do-not-call registry") negates nothing
    r"|\bno(?=[\s-]+confidence\b)"  # a vote "of no confidence" is a kind of vote, no denial (helper conf8)
)
#: A short quotation after a preposition, an article or a verb of naming ("raised it to 'do not
#: travel'", a "no-go" zone, the "no fly" list, dubbed "no surrender"): a label, named, not a
#: statement a negation in it denies. A quoted sentence (of more than three words) or a quote
#: after a verb ("said 'no one was hurt'", "was 'not true'") still denies what it says.
_QUOTED_LABEL = re.compile(r"\b([\w-]+) ['\u2018\"\u201c](?:[a-z-]+ ){0,2}[a-z-]+['\u2019\"\u201d](?!\w)")
_LABEL_BEFORE = frozenset(["to", "a", "an", "the", "as", "its", "their", "his", "her", "of", "at", "from", "into",
                           "on", "under", "called", "dubbed", "named", "so-called", "labelled", "labeled"])
#: negations that are the negated thing themselves ("received nothing", "nobody was hurt"): they
#: deny whatever their clause says, so they always count
_PRONOUNS = frozenset(["nothing", "nobody", "none", "neither", "nor"])
_TOKEN = re.compile(r"[A-Za-z]+n't|[A-Za-z]+|[,;:()\[\]\"\u201c\u201d!?]|(?<=\s)[-\u2013\u2014]{1,2}(?=\s)|--")
#: where the words a negation governs end: punctuation, a dash, a conjunction opening another clause
_SCOPE_END = frozenset(",;:()[]\"\u201c\u201d!?-\u2013\u2014") | {"--", "but", "and", "or", "while", "whereas", "because",
                                                             "although", "though", "which", "who", "whose"}
_SCOPE_WORDS = 4
_CLAUSE_WORDS = 8
#: a negation pronoun before one of these denies only the degree ("wounding seven, none seriously")
_DEGREE = frozenset(["seriously", "critically", "badly", "severely", "gravely", "fatally", "significantly"])
#: after "no" and its noun, a verb: the noun is the subject ("no passenger was ejected"), and what
#: is denied is the predicate ("was ejected"), not that there were passengers
_SUBJECT_VERB = frozenset(["was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can",
                           "did", "does", "do", "should", "may", "might"])


#: A denial's scope goes on through "or": what is denied is each of its alternatives ("ruled out any
#: mechanical or engine failure" denies an engine failure; sets 153-156, helper confopp153).
_DENIAL_SCOPE_END = _SCOPE_END - {"or"}


def _clause_after(following: Iterable[str], ends: frozenset[str] = _SCOPE_END) -> list[str]:
    """The words after a negation or denial up to the end of its clause (at most _CLAUSE_WORDS)."""
    clause: list[str] = []
    for w in following:
        if w in ends or len(clause) == _CLAUSE_WORDS:
            break
        clause.append(w)
    return clause


#: A word `negation_scopes` reads as a negation (`NEGATIONS`, or one ending in "n't"), as an ASCII
#: word of the lower-cased text: a text without one (most claims) has no scope and is not read
#: further (matching asks for the scopes of both claims of every pair it compares).
_NEGATION_CUE = re.compile(r"n't|(?<![A-Za-z])(?:" + "|".join(sorted(NEGATIONS, key=len, reverse=True))
                           + r")(?![A-Za-z])")


def negation_scopes(text: str, *, whole: bool = False) -> list[tuple[str, ...] | None]:
    """Each negation of a claim that may deny something, with the words it governs (up to 4, to
    the end of its clause); None for a negation pronoun ("nothing", "none"), which always counts.
    `whole`: each with its whole clause instead (up to 8 words, a pronoun's and a "no" subject's
    too: "nobody was evacuated before the slope collapsed", "no protesters had been attacked during
    the march"), for matching to see the whole statement denied (`match.denied_scope`).

    A negation pronoun before a degree word denies only the degree ("wounding seven, none
    seriously"); "no" with its noun as the subject denies the predicate ("no passenger was
    ejected" denies an ejection, not that there were passengers).

    Left out, as denying nothing the claim states: the phrases of `NOT_NEGATION`, "not ... since"
    (when something last happened: "has not seen such a protest since 1989"), a negation in
    parentheses ("(and no shares of PalmSource)"), and a capitalised negation inside a name ("the
    Do Not Call list"). Matching reads the governed words to see whether a negation denies what
    the other claim says ("not seen such a protest") or adds something it does not ("but gave no
    details", "whose names were not released")."""
    plain = text.replace("\u2019", "'")
    if not _NEGATION_CUE.search(plain.lower()):
        return []
    plain = NOT_NEGATION.sub(lambda m: " " * len(m.group(0)), plain.lower())  # same offsets
    plain = _QUOTED_LABEL.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1)))
                              if m.group(1) in _LABEL_BEFORE else m.group(0), plain)
    words = [(m.group(0), text.replace("\u2019", "'")[m.start():m.end()]) for m in _TOKEN.finditer(plain)]
    out: list[tuple[str, ...] | None] = []
    alpha = [raw for _, raw in words if raw[:1].isalpha()]
    headline = sum(w[:1].isupper() for w in alpha) > 0.6 * len(alpha)
    depth = 0
    for k, (low, raw) in enumerate(words):
        depth += (low == "(") - (low == ")")
        if not (low in NEGATIONS or low.endswith("n't")) or depth > 0:
            continue
        if raw[:1].isupper() and "'" not in raw and not headline and k > 0 and words[k - 1][0] not in ".!?\"\u201c" \
                and k + 1 < len(words) and words[k + 1][1][:1].isupper():
            continue  # "the Do Not Call list": a name (not in a headline: "Ross Will Not Direct Sequel")
        clause = _clause_after(w for w, _ in words[k + 1:])
        if whole:
            if (low not in _PRONOUNS or not clause[:1] or clause[0] not in _DEGREE) and "since" not in clause:
                out.append(tuple(clause))
            continue
        if low in _PRONOUNS:
            # "none seriously": only the degree is denied; otherwise the pronoun denies its clause
            out.append(tuple(clause[:_SCOPE_WORDS]) if clause[:1] and clause[0] in _DEGREE else None)
            continue
        if "since" in clause:
            continue  # "has not seen such a protest since 1989": when it last happened, no denial
        if low == "no" and len(clause) > 2 and (clause[1] in _SUBJECT_VERB or clause[2] in _SUBJECT_VERB):
            # "no (armed) passengers were hurt": the subject exists in the other claim; the verb is denied
            clause = clause[2 if clause[1] in _SUBJECT_VERB else 3:]
        out.append(tuple(clause[:_SCOPE_WORDS]))
    return out


#: "dismiss" calls something false only of a claim ("dismissed the reports", "dismissed ... as a
#: sham"); "dismissed the coach", "the court dismissed the case" call nothing false
_DISMISS = frozenset(["dismiss", "dismisses", "dismissed"])
_CLAIM_WORDS = frozenset(["as", "claim", "claims", "report", "reports", "allegation", "allegations", "accusation",
                          "accusations", "charge", "charges", "rumor", "rumors", "rumour", "rumours", "suggestion",
                          "suggestions", "speculation", "idea", "criticism", "concerns"])
#: what "dismissed as" names when it tells a post lost, not a claim called false ("dismissed as
#: Burundi's prime minister", "... as head coach"): a person's role noun after the "as"
_POSTS = PERSON_NOUNS | frozenset(["coach", "manager", "director", "executive", "commissioner", "editor",
                                   "prosecutor", "captain", "treasurer", "chairperson", "boss", "envoy"])


#: What "deny" refuses rather than calls false: "were denied access", "denied them entry", "denied bail".
_REFUSED = frozenset(["access", "entry", "permission", "visa", "visas", "bail", "passage", "asylum", "parole",
                      "admission", "clearance", "permits", "permit", "exit", "landing"])


def _names_post(words: list[str]) -> bool:
    """Whether the phrase after "dismissed as" names a post: a role noun inside its first noun
    phrase ("Burundi's prime minister"; not "a lie the mayor's claim": a second article ends it)."""
    for k, w in enumerate(words):
        if w in _POSTS:
            return True
        if k and w in ("the", "a", "an") or w in _CLAIM_WORDS:
            return False
    return False


#: How many words after a denial word its callers give `calls_false`: "dismissed as Burundi's prime
#: minister" reaches its post at the sixth (helper opp105).
CALLS_FALSE_WINDOW = 6


def calls_false(word: str, following: list[str]) -> bool:
    """Whether a denial word, with the words after it, calls something false ("dismiss" only of a
    claim; "deny" not of a thing refused: "were denied access" tells an act)."""
    if word.startswith("den") and not _REFUSED.isdisjoint(following[:3]):
        return False
    if word not in _DISMISS:
        return True
    if following[:1] == ["as"] and _names_post(following[1:6]):
        return False  # "dismissed as (the club's head) coach": a post lost
    return not _CLAIM_WORDS.isdisjoint(following[:4])


#: denial words that describe their subject ("the report is false", "a hoax"): they deny whatever
#: their clause says, so they always count
_DENYING_ADJECTIVES = frozenset(["false", "fake", "hoax", "hoaxes", "untrue", "baseless", "unfounded", "rubbish",
                                 "nonsense", "myth"])
#: a denial verb's object that stands for what the other claim says ("denied it", "denied the reports")
_DENIED_AS_WHOLE = frozenset(["it", "this", "them", "everything", "all", "any", "such", "claim", "claims", "report",
                              "reports", "allegation", "allegations", "accusation", "accusations", "rumor", "rumors",
                              "rumour", "rumours", "story", "stories"])


#: Words a denial's scope skips: they tell nothing of what is denied.
_FILLER = frozenset(["the", "a", "an", "had", "has", "have", "been", "was", "were", "is", "are", "be", "being", "its",
                     "their", "his", "her", "or"])


def denial_scopes(text: str) -> list[tuple[str, ...] | None]:
    """Each denial of a claim (`denies`) with the words it denies (up to 4 after the verb, to the end
    of its clause; "that" skipped); None when it denies its whole clause or the other claim as a
    whole ("the report is false", "denied it", "denied the reports"). Matching counts a denial
    only when it denies something the other claim says, as it does a "not" ("Man denies arson"
    does not deny "a fire broke out at the store"; "dismissed by critics as a sham" denies nothing
    of "voters cast ballots")."""
    # (accents folded: "denied that Embaló had flown" denies a word of "Embaló left", helper opp101)
    words = re.findall(r"[a-z]+n't|[a-z]+|[,;:()\[\]\"\u201c\u201d!?]", fold(text))
    out: list[tuple[str, ...] | None] = []
    for k, w in enumerate(words):
        if w not in DENIALS or any(p in NEGATIONS or p.endswith("n't") for p in words[max(0, k - 2):k]):
            continue
        clause = _clause_after(words[k + 1:], _DENIAL_SCOPE_END)
        if not calls_false(w, clause):
            continue  # "dismissed the coach": no denial
        if clause[:1] == ["that"]:
            clause = clause[1:]
        head = [x for x in clause if x not in ("the", "a", "an", "these", "those", "any")][:1]
        if w in _DENYING_ADJECTIVES or not clause or (head and head[0] in _DENIED_AS_WHOLE):
            out.append(None)
        else:  # its words, articles and auxiliaries aside ("denied that the army had been put on alert")
            out.append(tuple([x for x in clause if x not in _FILLER][:_SCOPE_WORDS] or clause[:_SCOPE_WORDS]))
    return out


def denies(text: str) -> bool:
    """Whether a claim calls something false: a denial word not itself negated ("neither admitted
    nor denied", "did not deny" call nothing false); "dismiss" only of a claim (`_CLAIM_WORDS`;
    "his dismissal" as coach, "dismissed the case" are no denials)."""
    words = re.findall(r"[a-z]+n't|[a-z]+", fold(text))
    return any(w in DENIALS and not any(p in NEGATIONS or p.endswith("n't") for p in words[max(0, k - 2):k])
               and calls_false(w, words[k + 1:k + 1 + CALLS_FALSE_WINDOW])
               for k, w in enumerate(words))
