"""Steps of politics and of a criminal case that news tells in other words, written one way before
the verb and noun tables read them (`paraphrases.rewrite_paraphrases` calls this; sets 109-112):

- an election called or ordered is an election announced ("called a fresh election for 21 May" /
  "a snap poll has been ordered for May 21"), so it is one act of the announcement kind and stays
  apart from an election postponed or cancelled (`event_verbs.ACT_KINDS`); the early, snap, fresh
  and new election itself is one noun (`synonyms.NOUN_SYNONYMS`);
- a legislature's opening, sitting or session put off, postponed or delayed is the legislature
  suspended ("put off the opening of the legislative assembly" / "suspended parliament"): the
  "opening" is what was put off, no opening done (open / suspend are opposites);
- a decision, an appointment, an election voided or invalidated is annulled, as a court strikes it
  down ("voided the appointment" / "struck down the decision"): "voided" alone stays the ballots
  thrown out at a count (`verbs.VERB_SYNONYMS`);
- one "voted in as" an office or "voted into office" was elected to it (helper dup121);
- a charge faced is a charge brought ("faces a murder charge" / "has been charged with murder");
  one that someone "could", "may" or "will" face is none yet, and stays as written;
- a "popular vote" held on a question is a referendum ("force a popular vote on parliament's
  decision" / "force a referendum on it"; helper dup161b, sets 161-164): only "a popular vote" or
  one "on" / "over" a question, so the tally of an election ("won the popular vote") stays.

Why here and not in the tables: each needs its noun beside its verb ("called" alone is "called
for", "faces" alone "faces criticism"), as the rules of `paraphrases` do.
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter
from workbench.core.language.stems import in_tense_of as _past

#: An election as news names the one a head of state or a government calls.
_VOTE = r"(?:(?:snap|early|fresh|new)\s+(?:general\s+|parliamentary\s+|presidential\s+)?(?:elections?|polls?|votes?)" \
        r"|(?:general\s+|parliamentary\s+|presidential\s+)?elections\b)"
#: "called / ordered / announced a snap election", "called elections for May".
_VOTE_CALLED = re.compile(r"\b(called|calls|call|calling|ordered|orders|order|ordering)\s+(?=(?:an?\s+|the\s+)?" + _VOTE + r")",
                          re.I)
#: "a snap poll has been called / ordered", "fresh elections were called".
_VOTE_CALLED_PASSIVE = re.compile(r"\b(" + _VOTE + r"\s+(?:has|have|had)\s+been|" + _VOTE + r"\s+(?:was|were|is|are|will\s+be))"
                                  r"\s+(?:called|ordered)\b", re.I)

#: A legislature, as news names it in lower case (a capitalised name is the parliament's own).
_LEGISLATURE = r"(?:parliament|legislature|(?:legislative|national)\s+assembly|congress|senate)"
#: "put off / postponed / delayed the (first) opening / sitting / session of (the) parliament".
_SITTING_PUT_OFF = re.compile(r"\b(put\s+off|puts\s+off|putting\s+off|postponed|postpones|postpone|postponing|delayed"
                              r"|delays|delay|delaying)\s+the\s+(?:first\s+|new\s+|inaugural\s+)?(?:opening|sitting|session"
                              r"|convening|swearing-in)\s+of\s+(?=(?:the\s+)?(?:new\s+|newly\s+elected\s+)?" + _LEGISLATURE + r"\b)")

#: One "voted in as" an office, or "voted into office / power", was elected to it ("Lao lawmakers voted
#: Sonexay Siphandone in as the country's new premier" / "The National Assembly elected Sonexay
#: Siphandone as prime minister"; helper dup121): up to four words of the one chosen between. "Voted in
#: the election", "voted in parliament", "voted in favour" name where or how a vote was cast, and stay.
_VOTED_IN = re.compile(r"\b(voted|votes|vote|voting)\s+((?:[\w'’-]+\s+){0,4}?)(?:in\s+(?=as\b)|into\s+(?:office|power)\b\s*)", re.I)
_ELECTED = {"voted": "elected", "votes": "elects", "vote": "elect", "voting": "electing"}

#: What a court voids and so annuls (not ballots, which a count throws out).
_VOIDED = re.compile(r"\b(voided|voids|void|voiding|invalidated|invalidates|invalidate|invalidating)\s+(?=(?:the|a|an|its|his|her|their)\s+"
                     r"(?:[\w'-]+\s+){0,2}?(?:appointments?|decisions?|elections?|results?|nominations?|rulings?|orders?|decrees?"
                     r"|laws?|contracts?|deals?|agreements?|mandates?|licen[cs]es?|verdicts?|convictions?)\b)", re.I)

#: "faces / faced a murder charge", "is facing charges of fraud": the charge brought. Not after a
#: word of what may come ("could face", "is likely to face", "may now face").
_MAY = r"(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bwould\s)(?<!\bwill\s)(?<!\bto\s)(?<!\bcan\s)(?<!\bnow\s)(?<!\bshould\s)"
_FACES_CHARGE = re.compile(_MAY + r"\b(faces|faced|facing)\s+(?:an?\s+)?(?:(\w+)\s+charges?\b|charges?\s+of\b)", re.I)
#: Words before "charges" that name no crime ("faces criminal charges", "faces new charges").
_NO_CRIME = frozenset(["the", "criminal", "new", "fresh", "further", "more", "several", "multiple", "numerous", "serious",
                       "similar", "such", "these", "those", "two", "three", "four", "five", "no", "any"])
_CHARGED = {"faces": "is charged with", "faced": "was charged with", "facing": "being charged with"}

#: A popular vote on a question, no election's tally: "a popular vote", "popular vote on / over" ("a
#: popular vote majority" is a tally).
_POPULAR_VOTE = re.compile(r"\b(?:(an?\s+)popular\s+vote|popular\s+vote(?=\s+(?:on|over)\b))\b"
                           r"(?!\s+(?:majority|margin|lead|count|tally|total|totals|victory|win|share|winner)\b)", re.I)


def rewrite_political_steps(text: str, hits: list[str]) -> str:
    """`text` with the steps this module reads written one way; what fired appended to `hits`."""
    low = text.lower()

    note = noter(hits)

    if "elect" in low or "poll" in low or "vote" in low:
        text = _VOTE_CALLED.sub(lambda m: note(m, _past(m.group(1), "declared", "declares", "declaring") + " "), text)
        text = _VOTE_CALLED_PASSIVE.sub(lambda m: note(m, m.group(1) + " declared"), text)
    if "vot" in low and (" in as " in low or " into office" in low or " into power" in low):
        text = _VOTED_IN.sub(lambda m: note(m, (_ELECTED[m.group(1).lower()] + " " + m.group(2)).rstrip()
                                            + (" " if m.group(0).endswith(" ") else "")), text)
    if "off the" in low or "pone" in low or "delay" in low:
        text = _SITTING_PUT_OFF.sub(lambda m: note(m, _past(m.group(1), "suspended", "suspends", "suspending") + " "), text)
    if "void" in low or "invalidat" in low:
        text = _VOIDED.sub(lambda m: note(m, _past(m.group(1), "annulled", "annuls", "annulling") + " "), text)
    if "fac" in low and "charge" in low:
        def charged(m: re.Match[str]) -> str:
            verb = _CHARGED[m.group(1).lower()]
            if m.group(2) is None:
                return note(m, verb)
            if m.group(2).lower() in _NO_CRIME:
                return m.group(0)  # no crime named ("faces criminal charges"): as written
            return note(m, f"{verb} {m.group(2)}")

        text = _FACES_CHARGE.sub(charged, text)
    if "popular vote" in low:
        text = _POPULAR_VOTE.sub(lambda m: note(m, f"{m.group(1) or ''}referendum"), text)
    return text
