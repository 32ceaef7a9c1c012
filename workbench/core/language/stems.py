"""Word forms shared by matching and the figure rulebook: case and accent folding, light stems.

`fold` and `stem` decide when two words are the same word ("advisers" / "advisors", "troops" /
"soldiers"); matching compares claims with them and the figure rulebook compares what two
figures count with them, so both must read words the same way.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Irregular verb forms (past tense, past participle) -> the verb: stems read them as their verb
#: ("took" as "take"), and matching's verb-synonym table writes every form of a verb one way.
IRREGULAR_VERBS: dict[str, str] = {
    "fled": "flee", "said": "say", "told": "tell", "went": "go", "gone": "go", "took": "take",
    "taken": "take", "gave": "give", "given": "give", "made": "make", "came": "come", "seen": "see",
    "saw": "see", "held": "hold", "left": "leave", "sent": "send", "stole": "steal", "stolen": "steal",
    "fought": "fight", "caught": "catch", "brought": "bring", "bought": "buy", "sold": "sell",
    "lost": "lose", "won": "win", "shot": "shoot", "struck": "strike", "began": "begin",
    "begun": "begin", "ran": "run", "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall",
    "met": "meet", "led": "lead", "paid": "pay", "broke": "break", "broken": "break", "drove": "drive",
    "driven": "drive", "threw": "throw", "thrown": "throw", "flew": "fly", "flown": "fly",
    "grew": "grow", "grown": "grow", "knew": "know", "known": "know", "spoke": "speak",
    "spoken": "speak", "wrote": "write", "written": "write", "chose": "choose", "chosen": "choose",
    "froze": "freeze", "frozen": "freeze", "hid": "hide", "hidden": "hide", "sank": "sink",
    "sunk": "sink", "swore": "swear", "sworn": "swear", "tore": "tear", "torn": "tear", "blew": "blow",
    "blown": "blow", "drew": "draw", "drawn": "draw", "shook": "shake", "shaken": "shake",
    "withdrew": "withdraw", "withdrawn": "withdraw", "overran": "overrun", "spent": "spend",
    "built": "build", "kept": "keep", "felt": "feel", "found": "find", "stood": "stand", "laid": "lay",
    "hung": "hang", "stuck": "stick", "swept": "sweep", "forbade": "forbid", "forbidden": "forbid",
    "dealt": "deal", "meant": "mean", "slain": "slay", "slew": "slay", "stricken": "strike",
    "sped": "speed", "beaten": "beat", "hurt": "hurt", "put": "put", "quit": "quit", "cast": "cast",
    "hit": "hit", "slid": "slide", "rode": "ride", "ridden": "ride",
}
# Irregular forms mapped to one stem: the verbs above, other forms and nouns of one word ("dead",
# "death" -> "die", "troops" -> "soldier").
IRREGULAR = {
    **IRREGULAR_VERBS,
    "flees": "flee", "fleeing": "flee", "losing": "lose", "killed": "kill", "dead": "die", "died": "die", "dies": "die",
    "dying": "die", "death": "die", "deaths": "die", "says": "say", "goes": "go", "sends": "send",
    "men": "man", "women": "woman", "children": "child", "people": "people", "persons": "people",
    "person": "people", "troops": "soldier", "troop": "soldier", "wounded": "injure",
    "injured": "injure", "injuries": "injure", "injury": "injure", "wounds": "injure",
    "arrested": "arrest", "detained": "arrest", "captured": "capture", "seized": "seize",
    "quake": "earthquake", "tremor": "earthquake", "jewels": "jewel", "jewelry": "jewel",
    "jewellery": "jewel",
    # too short for the suffix rules ("used" kept its "d": "police used tear gas" / "did not use tear gas")
    "used": "use", "using": "use",
}

#: An act told as a noun before "of" ("the destruction of 40 homes", "the abduction of 12 pupils",
#: "the wounding of"): read as its verb by matching (`normalize`), so a nominalised retelling tells
#: the same event; without "of" the noun stays ("an evacuation mission", "deportation rules"). Each
#: verb is written as matching's verb-synonym table writes it (`match.knowledge.rewrite`:
#: "delivered" -> "send", "seized" -> "capture"), which rewrites before `normalize` reads these
#: (tests/test_bulletin_readings.py checks the two agree).
ACT_NOUNS: dict[str, str] = {
    "destruction": "destroy", "abduction": "abduct", "abductions": "abduct", "detention": "arrest",
    "detentions": "arrest", "seizure": "capture", "seizures": "capture", "displacement": "displaced",
    "evacuation": "evacuate", "deportation": "deported", "delivery": "send", "deliveries": "send",
    "wounding": "wound", "injuring": "wound", "kidnapping": "abduct", "killing": "kill", "killings": "kill",
    "capture": "capture", "release": "release", "arrest": "arrest",
    # helper gen8 ("the downing of 15 drones", "the freeing of 7 children", "the rescue of 80 migrants")
    "downing": "intercept", "interception": "intercept", "freeing": "release", "rescue": "rescue",
    "death": "die", "deaths": "die",
    # helper prec20k2 ("the cancellation of 1,200 flights" is no delay)
    "cancellation": "cancel", "cancellations": "cancel", "postponement": "postpone",
    # helper opp113 ("ordered the extradition of" / "refused to extradite")
    "extradition": "extradite",
}
#: Time units before "of" and an act noun that make it a term of that act ("30 days of detention",
#: "two months of house arrest"): the noun is read as its verb, as before "of" (helper opp113:
#: "ordered 30 days of detention for X" / "rejected a request to detain X").
TERM_UNITS = frozenset(["day", "days", "week", "weeks", "month", "months", "year", "years", "hours"])

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
    # a unit's short form, the word beside a figure read as the same ("4 kilometres long" /
    # "four km"; helper dup113)
    "km": "kilometers", "kms": "kilometers",
}
_OUR_WORDS = (
    "colour", "favour", "honour", "labour", "neighbour", "behaviour", "rumour", "harbour", "armour",
    "humour", "vigour", "valour", "splendour", "savour", "endeavour", "odour", "flavour", "parlour",
    "tumour", "candour", "clamour", "fervour", "glamour", "rancour", "saviour", "vapour",
)
_ISE_KEEP = frozenset(
    ["rise", "arise", "raise", "praise", "wise", "otherwise", "likewise", "precise", "concise", "expertise", "exercise", "enterprise", "surprise", "compromise", "demise", "despise", "franchise", "merchandise", "premise", "promise", "advertise", "advise", "devise", "revise", "supervise", "televise", "circumcise", "incise", "excise", "disguise", "cruise", "noise", "poise", "bruise", "chemise", "treatise", "paradise", "porpoise", "tortoise", "anise"]
)

#: Words whose final "e" stays on: without it the stem is another language's word in names
#: ("lose" -> "los" is the Spanish article of "Los Mochis", "Los Angeles": "Los Chapitos seized"
#: read as an opposite of "seized")
_KEEP_FINAL_E = frozenset(["lose"])

#: Letters NFKD leaves whole (no base letter plus accent) -> their usual Latin spelling, case kept:
#: without it "Đukanović" folds to "đukanovic" and tokenises as "ukanovic", never "Djukanovic" /
#: "Dukanovic"; "Łódź" never "Lodz" (helper not109).
LETTERS = {"Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "ß": "ss", "Æ": "Ae", "æ": "ae",
           "Œ": "Oe", "œ": "oe", "Þ": "Th", "þ": "th", "Ħ": "H", "ħ": "h", "ı": "i", "Ð": "D", "ð": "d"}
#: Curly quotes, dashes, odd spaces and the `LETTERS` -> their plain forms (a `str.translate` table).
STRAIGHTEN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                         "\u2014": "-", "\u00a0": " ", "\u2212": "-", "`": "'", **LETTERS})


def fold(text: str) -> str:
    """Lower-case, straighten quotes and dashes, strip accents (al-Walīd -> al-walid, Đukanović -> dukanovic)."""
    text = text.translate(STRAIGHTEN)
    if text.isascii():  # nothing to strip: most claims
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.lower()


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


#: Prefixes a verb keeps through its irregular forms ("overrode" is "override", "retook" "retake",
#: "upheld" "uphold"), and the words they open that are no such verb.
VERB_PREFIXES = ("re", "up", "with", "over", "under", "out")
_NOT_PREFIXED = frozenset(["resent"])


def _prefixed_irregular(word: str) -> str | None:
    """The verb of a prefixed irregular form ("overrode" -> "override"), None for any other word."""
    for p in VERB_PREFIXES:
        if word.startswith(p) and word[len(p):] in IRREGULAR_VERBS and word not in _NOT_PREFIXED:
            return p + IRREGULAR_VERBS[word[len(p):]]
    return None


#: Past forms read as a claim's main verb (`match.roles`) but left unstemmed: stemming "heard" as
#: "hear" moved MRPC pairs ("heard" / "hearing") and cost the refitted MRPC dev 0.772 -> 0.770 (helper not105).
UNSTEMMED_PAST = {"heard": "hear"}


def irregular_base(word: str) -> str | None:
    """The base of an irregular past form, prefixed or not ("held" -> "hold", "upheld" -> "uphold"), else None."""
    return IRREGULAR_VERBS.get(word) or UNSTEMMED_PAST.get(word) or _prefixed_irregular(word)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Light stem: irregular forms, British->American spelling, plural/-ed/-ing, final e. An
    irregular form takes its base's stem ("took" -> "tak", as "take" and "taking" do), prefixed or
    not ("overrode" -> "overrid", as "override" does: without it "failed to override" denied nothing)."""
    if word in IRREGULAR:
        return _suffix_stem(IRREGULAR[word])
    if (verb := _prefixed_irregular(word)) is not None:
        return _suffix_stem(verb)
    w = _suffix_stem(word)
    if w in IRREGULAR:  # "persons" -> "person" -> "people" -> "peopl"
        return _suffix_stem(IRREGULAR[w])
    return w


def _suffix_stem(word: str) -> str:
    """British->American spelling, then plural/-ed/-ing and a final e taken off."""
    w = _spelling(word)
    # ("certified" as "certify", "carried" as "carry": helper conf8)
    if len(w) > 4 and w.endswith("ies") or len(w) > 5 and w.endswith("ied"):
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
    if len(w) > 3 and w.endswith("e") and w not in _KEEP_FINAL_E:
        w = w[:-1]
    return w


def in_tense_of(verb: str, past: str, present: str, gerund: str) -> str:
    """The form of `past`'s verb matching the tense `verb` is written in ("cutting" -> `gerund`,
    "cuts" -> `present`, anything else -> `past`): a rewrite keeps the tense it replaces."""
    v = verb.lower().split()[0]
    if v.endswith("ing"):
        return gerund
    if v.endswith("s") and not v.endswith("ss"):
        return present
    return past
