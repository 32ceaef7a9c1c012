"""Facts news tells with another sentence shape, read for sets 113-116 (helper dup113): a licence
lacked, told with "without" or with a denied "have"; a thing set alight, told with "ignited"; a
mourning period observed or announced, told as declared; and, for sets 117-120 (helper dup117), an
application for membership submitted (applied to join), forgiveness asked for (apologised), a
span an act "went on for" (lasted), an act "attempted" (tried), a capacity told in the passive ("as
many as N people can be housed at X": X can hold up to N people); for sets 121-124 (helper dup121)
a way "forced into" a place (stormed it), a pardon received (pardoned), a share of
its value lost (fell by it), an agreement "mutually" agreed (agreed); for sets 125-128 (helper dup125)
one blamed for a deed (accused of it), instability sown (destabilised), powers assumed (exercised). No word of one telling is a table
synonym of the other's ("operating without a valid licence" / "did not have a legal operating
licence"), so neither the verb nor the noun table can pair them. Kept apart from `phrases`,
`paraphrases` and `retold`, which are at their size; applied by `match.knowledge.rewrite` right
after `retold`, with the same notes ("<phrase> = <written>").
"""

from __future__ import annotations

import re

from workbench.core.language.announced_acts import rewrite_announced_acts
from workbench.core.language.nationalities_told import rewrite_nationalities
from workbench.core.language.owned_and_kept import rewrite_owned_and_kept
from workbench.core.language.persuaded_back import rewrite_persuaded_back
from workbench.core.language.rewrite_notes import noter
from workbench.core.language.stems import in_tense_of

#: What an operator needs to work, which news says it "lacked" in several ways.
_PAPERS = r"(?:licen[cs]es?|permits?|operating\s+permits?)"
#: Words before the paper that say which one, not whether it was held ("a valid operating licence").
_PAPER_WORDS = r"(?:(?:valid|legal|proper|required|necessary|current|operating|business|trading|working|official)\s+){0,3}"
#: A licence lacked: "(was operating / running / working) without a (valid) licence", "did not have
#: / hold / possess", "had no", "lacked", "never had" one ("without a licence" after no verb of work
#: is read too: "a club without a licence"). A licence had, applied for, revoked stays as written.
_WITHOUT_PAPER = re.compile(
    r"\b(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been)\s+)?(?:(?:operating|operated|operates|operate|running|ran|runs|run|working|worked|works|work|trading|traded"
    r"|flying|flew|functioning|functioned|practising|practicing)\s+)?without\s+(?:an?\s+|any\s+)?" + _PAPER_WORDS
    + r"(" + _PAPERS + r")\b"
    r"|\b(?:did\s+not|didn't|does\s+not|doesn't|do\s+not|don't|had\s+not|hadn't|never)\s+(?:have|hold|possess|had|held"
    r"|possessed|obtain|obtained|get|got)\s+(?:an?\s+|any\s+)?" + _PAPER_WORDS + r"(" + _PAPERS + r")\b"
    r"|\b(?:had|has|have|having)\s+no\s+" + _PAPER_WORDS + r"(" + _PAPERS + r")\b"
    r"|\b(?:lacked|lacks|lack|lacking)\s+(?:an?\s+|any\s+)?" + _PAPER_WORDS + r"(" + _PAPERS + r")\b", re.I)

#: A thing "set alight" ("set the ceiling of the venue alight") was ignited: the verb table then writes
#: "ignite" as "torch" with "set fire to" and "set ablaze". ("set X ablaze", "set on fire" were read
#: too and cost two same-event links of ECB+ topic 8, "setting the bank ... ablaze": left as written.)
_SET_ALIGHT = re.compile(r"\b(set|sets|setting)\s+((?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,5}?)"
                         r"alight\b", re.I)

#: A period of mourning "observed", "announced", "proclaimed" or "ordered" was declared ("declared
#: seven days of national mourning" / "will observe a week of national mourning").
_MOURNING = re.compile(r"\b(?:observed|observes|observe|observing|announced|announces|announce|announcing|proclaimed"
                       r"|proclaims|proclaim|proclaiming|ordered|orders|order|ordering)\s+(?=(?:an?\s+|the\s+)?(?:[\w-]+\s+)"
                       r"{0,3}?(?:of\s+)?(?:national\s+)?mourning\b)", re.I)

#: A length told by what a thing "stretched" or "extends" over is how long it is ("the crack
#: stretched roughly four km" / "the fissure was about 4 kilometres long"); "ran 5 km" (a runner)
#: stays.
_STRETCHED = re.compile(r"\b(?:stretched|stretches|stretching|extended|extends|extending)\s+(?:for\s+|over\s+)?"
                        r"((?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|up\s+to|approximately)\s+)?"
                        r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s*"
                        r"(?:km|kms|kilometres?|kilometers?|miles?|metres?|meters?)\b)(?!\s+(?:long|wide|high|deep|away|from|to|into|north|south|east|west|inland))", re.I)

#: People or goods moved "by air" or "airlifted" were flown ("transferred there by air" / "flown to
#: hospitals in Greece"; helper dup113).
_BY_AIR = re.compile(r"\b(?:transferred|transported|taken|moved|evacuated|brought|carried|sent|rushed)\s+"
                     r"((?:(?:there|abroad|home|out|to\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+)?)by\s+(?:air|plane|aircraft)\b"
                     r"|\bairlifted\b", re.I)


#: An application for membership "submitted", "filed", "lodged" or "handed in" ("Kyiv submitted its
#: application for membership of the bloc"), or "applied for membership of / in" a body: applied to
#: join it ("Ukraine applied to join the EU"). An application for a licence, asylum, a loan stays.
_APPLICATION = re.compile(
    r"\b(submitted|submits|submit|submitting|filed|files|file|filing|lodged|lodges|lodge|lodging|handed\s+in"
    r"|hands\s+in|hand\s+in|handing\s+in)\s+(?:its|their|his|her|an?|the)\s+(?:formal\s+|official\s+)?"
    r"(?:membership\s+)?application\s+(?:for\s+(?:full\s+)?(?:membership|accession|admission)\s+(?:of|in|to|into)|to\s+join)\s+"
    r"|\b(applied|applies|apply|applying)\s+for\s+(?:full\s+)?membership\s+(?:of|in|to)\s+", re.I)

#: Forgiveness asked, begged or sought ("is due to ask for forgiveness for the genocide") is an
#: apology ("is expected to apologise for the genocide"); a pardon asked for (a legal act) stays, and
#: so does forgiveness asked of someone for another ("asked the families to forgive him").
_FORGIVENESS = re.compile(r"\b(ask|asks|asked|asking|beg|begs|begged|begging|seek|seeks|sought|seeking)\s+(?:for\s+)?"
                          r"(?:(?:the\s+)?(?:\w+['’]s\s+|their\s+|her\s+|his\s+)?)forgiveness\b", re.I)

#: A span an act "went on for", "continued for", "carried on for" ("clashes at the base went on for
#: roughly six hours") is how long it lasted ("the fighting lasted about six hours"); "went on for
#: a walk" has no span after it and stays.
_WENT_ON_FOR = re.compile(r"\b(?:went|goes|go|going|carried|carries|carry|carrying|dragged|drags|drag|dragging)\s+on\s+for\s+"
                          r"(?=(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|at\s+least|up\s+to"
                          r"|approximately|just\s+over|just\s+under|well\s+over)\s+)?(?:\d[\d.,]*|an?|one|two|three|four"
                          r"|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)\s*(?:-|\s)?(?:minutes?|hours?"
                          r"|days?|weeks?|months?|years?)\b)", re.I)


#: An act "attempted" ("attempted to take arms") was tried ("had tried to seize weapons"). Written
#: as "tried", the commoner word: written the other way, the 29 "tried to" of ECB+'s dev topics
#: moved golden scores and blocking partners (one cross-event link more). "attempts to" (also a
#: noun's plural) and "an attempt to" stay.
_TRIED_TO = re.compile(r"\b(attempted|attempting)\s+to\s+(?=[a-z])", re.I)

#: A count as a capacity gives it ("up to 3,000", "as many as three thousand").
_CAPACITY_COUNT = (r"(?:(?:up\s+to|as\s+many\s+as|about|around|some|nearly|almost|more\s+than|over|roughly)\s+)?"
                   r"(?:\d[\d,.]*(?:\s*(?:million|m|thousand|k)\b)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve"
                   r"|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a)(?:[\s-](?:hundred|thousand|million))*)")
#: A capacity told in the passive: "as many as three thousand people can be housed at the Albanian
#: facilities" is what the facilities "can hold" ("the centres in Albania can hold up to 3,000
#: migrants"); the place is read up to its next preposition or the clause's end. Active forms are
#: `_CAN_HOUSE`. People "were housed at" a place (an act done, no capacity) stay as written.
_HOUSED_AT = re.compile(r"\b(" + _CAPACITY_COUNT + r")\s+((?:[a-z-]+\s+){0,2}?)(?:can|could|will)\s+be\s+"
                        r"(?:housed|accommodated|held|hosted|sheltered)\s+(?:at|in)\s+((?:the|its|their|a|an|these|those)\s+"
                        r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?=\s+(?:at|for|in|on|from|when|while|and|during)\b|\s*[,.;]|\s*$)",
                        re.I)
#: "can accommodate / house / shelter (up to) N": "can hold" it.
_CAN_HOUSE = re.compile(r"\b(can|could|will|would)\s+(?:accommodate|house|shelter)\s+(?=" + _CAPACITY_COUNT + r"\b)", re.I)


#: People who "forced their way into" a place stormed it ("Demonstrators forced their way into the
#: parliament building" / "Protesters stormed the National Assembly"; helper dup121): the verb table
#: then writes "stormed" as its group's verb. A way forced into a contest ("forced their way into the
#: final", "into contention") is a sport's or a race's, no entry, and stays as written; so does a
#: way "forced out of", "through" or "past" a place.
#: `NOT_A_CONTEST` is that guard, the one place it is written: `match.stopped_or_done` reads a way
#: pushed or fought into a place with it too.
NOT_A_CONTEST = (r"(?!(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:finals?|semi-finals?|semis|quarter-finals?|contention"
                 r"|reckoning|squad|team|side|lineup|line-up|top|lead|playoffs?|play-offs?|race|running|history"
                 r"|record\s+books?|conversation|debate|mainstream|charts?|rankings?)\b)")
_FORCED_WAY_IN = re.compile(r"\b(forced|forces|force|forcing)\s+(?:their|its|his|her|our|my|your)\s+way\s+into\s+"
                            + NOT_A_CONTEST, re.I)


#: A pardon "received" or "given" to someone told as the act done to them ("Theuma received a
#: presidential pardon" / "The President pardoned Theuma"; helper dup121): "was pardoned", by the
#: president or the king when the pardon is presidential or royal. A pardon sought, asked for,
#: refused, offered or promised is none received, and stays as written; so does one "granted",
#: which the grant / reject row of `opposites` reads against a request for one rejected (a
#: blind conflict of set 124 lost when "granted" was rewritten too).
_PARDON_RECEIVED = re.compile(r"\b(received|receives|got|gets|(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"
                              r"\s+(?:given|handed))\s+an?\s+(?:full\s+)?(?:(presidential|royal)\s+)?"
                              r"(pardon|reprieve)\b", re.I)
#: The verb a `_PARDON_RECEIVED` noun is done with, and who a pardon's adjective names.
_PARDON_VERBS = {"pardon": "pardoned", "reprieve": "reprieved"}
_PARDON_GIVERS = {"presidential": " by the president", "royal": " by the king"}


def _pardoned(m: re.Match[str]) -> str:
    """The pardon `_PARDON_RECEIVED` matched, told as done: "was pardoned by the president"."""
    got = m.group(1).lower().split()
    be = (got[0] + " " + got[1] if got[0] in ("has", "have", "had") else got[0]) if len(got) > 1 else \
        {"receives": "is", "gets": "is", "receive": "are"}.get(got[0], "was")
    giver = _PARDON_GIVERS.get((m.group(2) or "").lower(), "")
    return f"{be} {_PARDON_VERBS[m.group(3).lower()]}{giver}"


#: A share of its value a currency, a stock or an asset "lost" or "shed" is how far it fell ("the kip
#: has lost about half its value" / "the kip has fallen roughly 50%"; helper dup121): "fell" with the
#: share, which the figures read alike ("half its value" is 50 %: `figures.shares`). Value lost
#: without a share ("lost value", "lost its value as collateral") stays as written.
_SHARE = (r"(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|half|an?\s+(?:third|quarter|fifth|tenth)|one[\s-](?:third|quarter|fifth|tenth)"
          r"|two[\s-]thirds|three[\s-]quarters)")
_VALUE_LOST = re.compile(r"\b(lost|loses|lose|losing|shed|sheds|shedding)\s+((?:(?:about|around|roughly|nearly|almost|some|more\s+than"
                         r"|over|close\s+to|at\s+least|just\s+over|just\s+under|well\s+over)\s+)?" + _SHARE + r")\s+(?:of\s+)?"
                         r"(?:its|their|the)\s+value\b", re.I)


#: Parties that "mutually agree(d)" agreed: an agreement is had by both sides, so the adverb says
#: nothing the verb does not ("the treaty requires Tuvalu to mutually agree with Australia on any
#: security deal" / "... to obtain Australia's agreement"; "mutually agreed to part ways" / "agreed to
#: part ways"; helper dup121). "Mutually exclusive", "mutually beneficial" stay as written.
_MUTUALLY_AGREE = re.compile(r"\bmutually\s+(agreed|agrees|agree|agreeing)\b", re.I)


#: Someone "blamed" for a deed told by a gerund was accused of it ("blamed unnamed foreign forces for
#: attempting to sow instability" / "accused foreign forces of trying to destabilise"; "blamed the
#: opposition for spreading rumours" / "accused the opposition of spreading"; helper dup125). Blame for
#: a thing ("blamed the rains for the collapse", "for the defeat") names a cause, no charge, and stays
#: as written; so do the nouns in -ing after "for" (`_NOT_DEEDS`).
_BLAMED_FOR = re.compile(r"\b(blamed|blames|blame|blaming)\s+((?:(?!for\b)[^\s,.;:]+\s+){1,5}?)for\s+(?=[a-z]+ing\b)",
                         re.I)
#: Words in -ing after "blamed X for" that are no deed done.
_NOT_DEEDS = frozenset(["thing", "things", "everything", "nothing", "something", "anything", "morning", "evening",
                        "spring", "king", "building", "meeting", "funding", "housing", "flooding", "bleeding",
                        "shortcoming", "shortcomings", "ceiling", "wedding", "clothing", "shipping", "training"])

#: Instability, unrest or chaos "sown" or "fomented" in a place is the place destabilised ("trying to
#: sow instability in the country" / "trying to destabilise Uzbekistan"; helper dup125). Seeds, crops,
#: doubt or fear sown stay as written; so does instability calmed, eased or ended.
_SOWN_INSTABILITY = re.compile(r"\b(sow|sows|sowed|sown|sowing|foment|foments|fomented|fomenting)\s+"
                               r"(?:instability|unrest|chaos)\b(?:\s+(?:in|across|within|inside)\b(?:\s+the\b)?)?", re.I)


#: Powers "assumed" are exercised ("the emir and the cabinet will assume the powers of the assembly"
#: / "the powers of parliament will be exercised by the emir and the cabinet"; "the army assumed
#: executive powers" / "the army exercises executive powers"; helper dup125): the holder the same,
#: the verb the commoner one. Office, the presidency, responsibility or control assumed stay as written.
_POWERS_ASSUMED = re.compile(r"\b(assumed|assumes|assume|assuming)\s+(?=(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+)?"
                             r"(?:(?:full|executive|legislative|emergency|special|sweeping|presidential|judicial|extra)\s+)?"
                             r"powers\b)", re.I)


def _accused_of(m: re.Match[str]) -> str | None:
    """The blame `_BLAMED_FOR` matched, told as an accusation: "accused <whom> of " (its tense kept);
    None when the word in -ing after "for" is no deed (`_NOT_DEEDS`)."""
    deed = re.match(r"[a-z]+", m.string[m.end():], re.I)
    if deed and deed.group(0).lower() in _NOT_DEEDS:
        return None
    verb = m.group(1)
    said = "accuse" if verb.lower() == "blame" else in_tense_of(verb, "accused", "accuses", "accusing")
    return f"{said} {m.group(2)}of "


def _destabilised(m: re.Match[str]) -> str:
    """The instability `_SOWN_INSTABILITY` matched, told as the place destabilised (its tense kept)."""
    verb = m.group(1).lower()
    if verb in ("sow", "foment"):
        return "destabilise the" if m.group(0).lower().endswith(" the") else "destabilise"
    said = in_tense_of(verb, "destabilised", "destabilises", "destabilising")
    return said + (" the" if m.group(0).lower().endswith(" the") else "")


def _can_hold(m: re.Match[str]) -> str:
    """The passive capacity `_HOUSED_AT` matched, told actively: "<place> can hold <count> <noun>"."""
    place, count, noun = m.group(3), m.group(1), m.group(2).strip()
    count = count[0].lower() + count[1:] if m.start() == 0 else count
    said = f"{place} can hold {count}" + (f" {noun}" if noun else "")
    return said[0].upper() + said[1:] if m.start() == 0 else said


def _tensed(verb: str, past: str, present: str, gerund: str, base: str) -> str:
    """`in_tense_of`, with a verb's bare form kept bare ("is due to ask" -> "is due to apologise")."""
    v = verb.lower().split()[0]
    if v in ("ask", "beg", "seek", "submit", "file", "lodge", "hand", "apply", "go", "carry", "drag", "assume"):
        return base
    return in_tense_of(verb, past, present, gerund)


def _paper(m: re.Match[str]) -> str:
    """The paper lacked, written "did not have": the denial stays one, so "applied for a licence" /
    "did not have a licence" is still no duplicate."""
    noun = next(g for g in m.groups() if g).lower()
    noun = re.sub(r"^operating\s+", "", noun)
    return "did not have " + ("permits" if noun.startswith("permits") else "a permit" if noun.startswith("permit")
                        else "licences" if noun.endswith("s") else "a licence")


def rewrite_told_otherwise(text: str, hits: list[str]) -> str:
    """`text` with each fact of this module written one way; what was rewritten is appended to `hits`."""
    low = text.lower()
    note = noter(hits)
    if "licen" in low or "permit" in low:
        text = _WITHOUT_PAPER.sub(lambda m: note(m, _paper(m)), text)
    if "alight" in low:
        text = _SET_ALIGHT.sub(lambda m: note(m, f"ignited {m.group(2).rstrip()}"), text)
    if "stretch" in low or "extend" in low:
        text = _STRETCHED.sub(lambda m: note(m, f"was {m.group(1)} long"), text)
    if " by air" in low or " by plane" in low or " by aircraft" in low or "airlifted" in low:
        text = _BY_AIR.sub(lambda m: note(m, f"flown {m.group(1) or ''}".rstrip()), text)
    if "application" in low or "membership" in low:
        text = _APPLICATION.sub(lambda m: note(m, _tensed(m.group(1) or m.group(2), "applied to join", "applies to join",
                                                          "applying to join", "apply to join") + " "), text)
    if "forgiv" in low:
        text = _FORGIVENESS.sub(lambda m: note(m, _tensed(m.group(1), "apologised", "apologises", "apologising",
                                                          "apologise")), text)
    if " on for " in low:
        text = _WENT_ON_FOR.sub(lambda m: note(m, _tensed(m.group(0), "lasted ", "lasts ", "lasting ", "last ")), text)
    if "attempt" in low:
        text = _TRIED_TO.sub(lambda m: note(m, in_tense_of(m.group(1), "tried to ", "tries to ", "trying to ")), text)
    if "pardon" in low or "reprieve" in low:
        text = _PARDON_RECEIVED.sub(lambda m: note(m, _pardoned(m)), text)
    if " value" in low:
        text = _VALUE_LOST.sub(lambda m: note(m, ("fall " if m.group(1).lower() in ("lose", "shed") else in_tense_of(
            m.group(1), "fell ", "falls ", "falling ")) + m.group(2)), text)
    if "mutually agree" in low:
        text = _MUTUALLY_AGREE.sub(lambda m: note(m, m.group(1)), text)
    if " way into " in low:
        text = _FORCED_WAY_IN.sub(lambda m: note(m, "storm " if m.group(1).lower() == "force"
                                                     else in_tense_of(m.group(1), "stormed ", "storms ", "storming ")), text)
    if " be housed" in low or " be accommodated" in low or " be held" in low or " be hosted" in low or " be sheltered" in low:
        text = _HOUSED_AT.sub(lambda m: note(m, _can_hold(m)), text)
    if "accommodate " in low or "house " in low or "shelter " in low:
        text = _CAN_HOUSE.sub(lambda m: note(m, f"{m.group(1)} hold "), text)
    if "blam" in low:
        text = _BLAMED_FOR.sub(lambda m: m.group(0) if (said := _accused_of(m)) is None else note(m, said), text)
    if "assum" in low:
        text = _POWERS_ASSUMED.sub(lambda m: note(m, _tensed(m.group(1), "exercised ", "exercises ", "exercising ",
                                                            "exercise ")), text)
    if "sow" in low or "foment" in low:
        text = _SOWN_INSTABILITY.sub(lambda m: note(m, _destabilised(m)), text)
    if "mourning" in low:
        text = _MOURNING.sub(lambda m: note(m, "declared "), text)  # (as `paraphrases` writes a curfew)
    # an exit announced, a recognition switched, one coaxed back; a nationality told as a predicate;
    # a ruling dismissed, a state kept, a thing owned, a whole people, a bond structured
    return rewrite_owned_and_kept(rewrite_nationalities(rewrite_persuaded_back(rewrite_announced_acts(text, hits), hits), hits), hits)
