"""Text normalisation for claim matching: case, accents, punctuation, number words, spelling, stems.

Everything here is deterministic and cheap (pure Python, precompiled regexes), because the
matcher normalises every claim of a project once and then compares token sets.

`normalize(text)` returns a `Normalized` with
- `tokens`: content tokens (stop words dropped, light stems, American spelling), numbers excluded;
- `numbers`: canonical number tokens ("500000", "6.1") in order of appearance;
- `negated`: whether the claim carries a negation or denial word;
- `proper`: tokens that were capitalised mid-sentence in the original (names, places).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

# --------------------------------------------------------------------------------------------
# Vocabularies

STOP_WORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "if", "then", "than", "that", "this", "these", "those", "there", "here", "of", "in", "on", "at", "to", "from", "by", "for", "with", "without", "into", "onto", "over", "under", "about", "above", "below", "between", "among", "through", "during", "before", "after", "since", "until", "up", "down", "out", "off", "again", "further", "once", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "it", "its", "it's", "he", "she", "they", "them", "their", "theirs", "his", "her", "hers", "him", "we", "us", "our", "ours", "you", "your", "yours", "i", "me", "my", "mine", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "only", "own", "same", "so", "too", "very", "just", "also", "as", "per", "via", "said", "says", "say", "told", "tell", "tells", "according", "reported", "reports", "report", "reportedly", "stated", "state", "states", "claimed", "claims", "announced", "added", "yesterday", "today", "tonight", "now", "while", "mr", "mrs", "ms", "dr", "one's", "s", "t"]
)

# Words that turn a statement into its denial; kept out of the stop words on purpose.
NEGATIONS = frozenset(["not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "n't", "cannot"])
# Denials: a claim that calls another false (normalised to the token "deny").
DENIALS = frozenset(
    ["deny", "denies", "denied", "denying", "false", "fake", "hoax", "hoaxes", "debunk", "debunks",
     "debunked", "untrue", "refute", "refutes", "refuted", "dismiss", "dismisses", "dismissed", "baseless",
     "unfounded", "rubbish", "nonsense", "myth"]
)

# Words that negate without a negation word ("without the death penalty" = "does not have the
# death penalty", "declined to give details" = "gave no details"). They stay what they are in the
# tokens (most are stop words); `implicit_negation` lets the matcher see that both claims are
# negative, so that neither reads as the denial of the other.
_IMPLICIT_NEGATION_RE = re.compile(
    r"\b(?:without|unless|nor|neither|lacks?|lacked|lacking|absent|"
    r"refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)\s+to|fail(?:s|ed|ing)?\s+to|reject(?:s|ed|ing)?|"
    r"ruled?\s+out|rules\s+out)\b"
)

# Hedges around a figure: they change the bounds (numbers.py's job) but not the fact.
HEDGE_WORDS = frozenset(
    ["some", "about", "around", "nearly", "almost", "approximately", "roughly", "estimated", "estimate", "least", "at", "over", "under", "more", "than", "fewer", "less", "close", "upwards", "up", "to", "just"]
)

# Vague magnitudes: kept with the numbers (they are figures, not content words).
VAGUE = {"hundreds": "hundreds", "thousands": "thousands", "dozens": "dozens", "scores": "scores",
         "millions": "millions", "billions": "billions", "tens": "tens", "several": "several",
         "dozen": "dozen"}

# Irregular verb and noun forms, mapped to one stem.
IRREGULAR = {
    "fled": "flee", "flees": "flee", "fleeing": "flee",
    "killed": "kill", "dead": "die", "died": "die", "dies": "die", "dying": "die", "death": "die",
    "deaths": "die",
    "said": "say", "says": "say", "told": "tell", "went": "go", "gone": "go", "goes": "go",
    "took": "take", "taken": "take", "gave": "give", "given": "give", "made": "make", "came": "come",
    "seen": "see", "saw": "see", "held": "hold", "left": "leave", "sent": "send", "sends": "send",
    "stole": "steal", "stolen": "steal", "fought": "fight", "caught": "catch", "brought": "bring",
    "bought": "buy", "sold": "sell", "lost": "lose", "won": "win", "hit": "hit", "shot": "shoot",
    "struck": "strike", "began": "begin", "begun": "begin", "ran": "run", "rose": "rise",
    "risen": "rise", "fell": "fall", "fallen": "fall", "met": "meet", "led": "lead", "paid": "pay",
    "men": "man", "women": "woman", "children": "child", "people": "people", "persons": "people",
    "person": "people", "troops": "soldier", "troop": "soldier", "wounded": "injure",
    "injured": "injure", "injuries": "injure", "injury": "injure", "wounds": "injure",
    "arrested": "arrest", "detained": "arrest", "captured": "capture", "seized": "seize",
    "quake": "earthquake", "tremor": "earthquake", "jewels": "jewel", "jewelry": "jewel",
    "jewellery": "jewel",
}

# British -> American spellings that suffix rules do not cover.
SPELLING = {
    "adviser": "advisor", "advisers": "advisors", "programme": "program", "programmes": "programs",
    "grey": "gray", "cheque": "check", "tyre": "tire", "tyres": "tires", "kerb": "curb",
    "aluminium": "aluminum", "storey": "story", "storeys": "stories", "defence": "defense",
    "offence": "offense", "licence": "license", "pretence": "pretense", "travelled": "traveled",
    "travelling": "traveling", "cancelled": "canceled", "cancelling": "canceling",
    "labelled": "labeled", "modelling": "modeling", "fuelled": "fueled", "signalled": "signaled",
    "counsellor": "counselor", "jewellery": "jewelry", "manoeuvre": "maneuver", "pyjamas": "pajamas",
    "mould": "mold", "plough": "plow", "sceptic": "skeptic", "sceptical": "skeptical",
    "judgement": "judgment", "ageing": "aging", "enrolment": "enrollment", "fulfil": "fulfill",
    "whilst": "while", "amongst": "among", "learnt": "learned", "spelt": "spelled",
    "towards": "toward", "afterwards": "afterward", "oestrogen": "estrogen", "paediatric": "pediatric",
    "anaesthetic": "anesthetic", "haemorrhage": "hemorrhage", "diarrhoea": "diarrhea",
    "foetus": "fetus", "gaol": "jail", "draught": "draft", "kilometre": "kilometer",
    "kilometres": "kilometers", "metre": "meter", "metres": "meters", "centre": "center",
    "centres": "centers", "theatre": "theater", "litre": "liter", "litres": "liters",
    "fibre": "fiber", "calibre": "caliber", "sombre": "somber", "spectre": "specter",
    "analyse": "analyze", "analysed": "analyzed", "paralyse": "paralyze", "paralysed": "paralyzed",
    "catalogue": "catalog", "dialogue": "dialog", "analogue": "analog",
}
_OUR_WORDS = (
    "colour", "favour", "honour", "labour", "neighbour", "behaviour", "rumour", "harbour", "armour",
    "humour", "vigour", "valour", "splendour", "savour", "endeavour", "odour", "flavour", "parlour",
    "tumour", "candour", "clamour", "fervour", "glamour", "rancour", "saviour", "vapour",
)
_ISE_KEEP = frozenset(
    ["rise", "arise", "raise", "praise", "wise", "otherwise", "likewise", "precise", "concise", "expertise", "exercise", "enterprise", "surprise", "compromise", "demise", "despise", "franchise", "merchandise", "premise", "promise", "advertise", "advise", "devise", "revise", "supervise", "televise", "circumcise", "incise", "excise", "disguise", "cruise", "noise", "poise", "bruise", "chemise", "treatise", "paradise", "porpoise", "tortoise", "anise"]
)

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a": 1, "an": 1, "dozen": 12, "half": 0.5, "quarter": 0.25,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000,
           "mn": 1_000_000}

# --------------------------------------------------------------------------------------------
# Regexes

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                         "\u2014": "-", "\u00a0": " ", "\u2212": "-", "`": "'"})
_NUM_WORD = "|".join(sorted(list(_UNITS) + ["hundred"], key=len, reverse=True))
# "half a million", "three hundred", "twenty-five thousand", "1.5 million", "500,000", "6.1", "$2bn"
_BIG = r"hundred|thousand|million|billion|trillion"
_NUMBER_RE = re.compile(
    r"(?<![\w.])(?:"
    r"(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<words>(?:(?:" + _NUM_WORD + r")(?:[\s-]+(?:and[\s-]+)?|\s+an?\s+))*"
    r"(?:" + _NUM_WORD + r"|" + _BIG + r")(?![\w]))"
    r")"
    r"(?P<scale>(?:[\s-]*(?:" + _BIG + r")(?![\w]))+|(?:bn|mn|k|m)(?![\w]))?",
    re.IGNORECASE,
)
# Phrases with a negation word that deny nothing ("nothing less than", "not only").
_NOT_NEGATION = re.compile(
    r"\b(?:(?:nothing|no|not)\s+(?:less|more|fewer|other|later|sooner)\s+than|not\s+only|no\s+doubt|not\s+least"
    r"|no\s+longer)\b"
)
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_CAP_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'-]+")


@dataclass(slots=True)
class Normalized:
    text: str  # the normalised string (tokens and numbers, in order)
    tokens: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    negated: bool = False
    proper: frozenset[str] = frozenset()

    @property
    def token_set(self) -> frozenset[str]:
        return frozenset(self.tokens)

    @property
    def all_tokens(self) -> list[str]:
        """Content tokens plus number tokens: what blocking indexes."""
        return self.tokens + self.numbers


def fold(text: str) -> str:
    """Lower-case, straighten quotes and dashes, strip accents (al-Walīd -> al-walid)."""
    text = text.translate(_QUOTES)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.lower()


def words_to_number(phrase: str) -> float | None:
    """'half a million' -> 500000, 'three hundred' -> 300, 'twenty-five thousand' -> 25000."""
    parts = [p for p in re.split(r"[\s-]+", phrase.lower()) if p and p != "and"]
    if parts and parts[0] in ("a", "an") and (len(parts) == 1 or parts[1] not in _SCALES and parts[1] != "dozen"):
        parts = parts[1:]  # "a three-term congressman": the article is not part of the number
    if not parts:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for p in parts:
        if p in _UNITS:
            val = _UNITS[p]
            if p in ("a", "an"):
                current = current or 1
            elif p == "dozen":
                current = (current or 1) * 12
            elif val < 1:  # half, quarter: a multiplier on the next scale
                current = (current or 1) * val
            else:
                current += val
            seen = True
        elif p in _SCALES:
            scale = _SCALES[p]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            seen = True
        else:
            return None
    if not seen:
        return None
    result = total + current
    # "a" / "an" alone is not a number
    if parts in (["a"], ["an"]):
        return None
    return result


def canonical_number(value: float) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:.6g}"


def _number_repl(numbers: list[str]):
    def repl(m: re.Match[str]) -> str:
        digits, words, scale = m.group("digits"), m.group("words"), m.group("scale")
        if digits:
            value = float(digits.replace(",", ""))
        else:
            from_words = words_to_number(words)
            if from_words is None:
                return m.group(0)
            if words.strip().lower() in ("a", "an"):
                return m.group(0)
            value = from_words
        if scale:
            for s in re.split(r"[\s-]+", scale.strip().lower()):
                if s:
                    value *= _SCALES[s]
        tok = canonical_number(value)
        numbers.append(tok)
        return f" {tok} "

    return repl


def _spelling(word: str) -> str:
    if word in SPELLING:
        return SPELLING[word]
    if len(word) > 5:
        for w in _OUR_WORDS:
            if word.startswith(w):
                return w[:-3] + "or" + word[len(w):]
        if word.endswith(("isation", "isations")):
            return word.replace("isation", "ization")
        for suf, rep in (("ised", "ized"), ("ises", "izes"), ("ising", "izing"), ("ise", "ize"),
                         ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing")):
            if word.endswith(suf):
                base = word[: -len(suf)] + "ise"
                if base in _ISE_KEEP or any(base.endswith(k) for k in _ISE_KEEP if len(k) > 5):
                    return word
                return word[: -len(suf)] + rep
    return word


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Light stem: irregular forms, British->American spelling, plural/-ed/-ing, final e."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    w = _spelling(word)
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("sses"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
            w = w[:-1]
    elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        w = w[:-2]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
            w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if w in IRREGULAR:
        return IRREGULAR[w]
    return w


def implicit_negation(text: str) -> bool:
    """Whether a claim negates without a negation word ("without", "unless", "declined to",
    "refused", "rejected")."""
    return _IMPLICIT_NEGATION_RE.search(fold(text)) is not None


_SKELETON_RE = re.compile(r"(?<=.)[aeiouy]+")


def skeleton(token: str) -> str:
    """Consonant skeleton for transliteration variants: waleed/walid -> wld, mohammed/muhammad -> mhmd."""
    s = _SKELETON_RE.sub("", token)
    out: list[str] = []
    for ch in s:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=100_000)
def normalize(text: str) -> Normalized:
    """Normalise one claim for matching (cached: claims are compared many times)."""
    raw = text.translate(_QUOTES)
    proper = frozenset(stem(fold(m.group(0)).replace("'s", "")) for m in _CAP_RE.finditer(raw))
    t = fold(raw)
    t = t.replace("n't", " not").replace("'s", " ").replace("'", " ")
    t = _NOT_NEGATION.sub(" ", t)
    t = re.sub(r"(\d)\s*%", r"\1 percent", t)
    t = re.sub(r"[$\u00a3\u20ac]\s*(\d)", r"\1", t)
    numbers: list[str] = []
    t = _NUMBER_RE.sub(_number_repl(numbers), t)
    tokens: list[str] = []
    ordered: list[str] = []
    negated = False
    for tok in _TOKEN_RE.findall(t):
        if tok[0].isdigit():
            ordered.append(tok)
            continue
        if tok in VAGUE:
            numbers.append(VAGUE[tok])
            ordered.append(VAGUE[tok])
            continue
        if tok in NEGATIONS or tok in DENIALS:
            negated = True
            neg = "not" if tok in NEGATIONS else "deny"
            tokens.append(neg)
            ordered.append(neg)
            continue
        if tok in STOP_WORDS or tok in HEDGE_WORDS:
            continue
        st = stem(tok)
        if st in ("not", "deny"):  # "noted" stems to "not": no negation
            st = tok
        tokens.append(st)
        ordered.append(st)
    return Normalized(text=" ".join(ordered), tokens=tokens, numbers=numbers, negated=negated,
                      proper=proper)
