"""Facts news tells with another sentence shape, read for sets 113-116 (helper dup113): a licence
lacked, told with "without" or with a denied "have"; a thing set alight, told with "ignited"; a
mourning period observed or announced, told as declared. No word of one telling is a table
synonym of the other's ("operating without a valid licence" / "did not have a legal operating
licence"), so neither the verb nor the noun table can pair them. Kept apart from `phrases`,
`paraphrases` and `retold`, which are at their size; applied by `match.knowledge.rewrite` right
after `retold`, with the same notes ("<phrase> = <written>").
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter

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
    if "mourning" in low:
        text = _MOURNING.sub(lambda m: note(m, "declared "), text)  # (as `paraphrases` writes a curfew)
    return text
