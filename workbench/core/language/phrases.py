"""Phrases news writes two ways for one measure or one act, where no single word differs:
- a share of the voters who voted is the turnout ("47% of voters cast a ballot" / "turnout was
  47 percent");
- a figure "up" or "down" rose or fell ("exports were up 4%" / "exports rose 4%");
- an event "held on" a date took place then ("the vote was held on 29 July" / "voting took place
  on 29 July");
- an envoy or troops recalled are withdrawn ("recalled its ambassador" / "withdrew its ambassador");
- a service cut is cut off ("cut internet access" / "cut off the internet").
- what is declared over has ended ("declared the outbreak over" / "the outbreak ended");
- a share of the vote taken is won ("took 54.3% of the ballots" / "won 54.3% of the vote");
- what fell into the hands of a force was captured by it.
Matching's knowledge rewrite (`match.knowledge.rewrite`) writes each one way before the verb and
noun tables, so the opposites those tables know ("rose" / "fell", "restored" / "cut off", "sent"
/ "withdrew") are seen as well (helper probes5, from invented event pairs set17..set20 and scratch
batches written with them).
"""

from __future__ import annotations

import re

#: (pattern, replacement, whether the text must contain one of these words for it to be tried)
_TURNOUT = re.compile(r"(?<=\w)(\s*(?:%|per\s*cent|percent))\s+of\s+(?:the\s+)?(?:(?:registered|eligible)\s+)?"
                      r"(?:voters|electorate)\s+(?:cast\s+(?:a\s+|their\s+)?(?:ballots?|votes?)|turned\s+out"
                      r"|voted|went\s+to\s+the\s+polls)\b", re.I)
#: "were up 4%", "is down by 2.5 percent": a figure that rose or fell (a number must follow, so
#: "the power is down" or "prices are up sharply" stay as they are).
_UP_DOWN = re.compile(r"\b(?:was|were|is|are|came\s+in|ended|closed)\s+(up|down)\b"
                      r"(?=\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+)?\$?\d)", re.I)
#: "cut" before a service is "cut off" ("cut internet access", "cut power to the city"); "cut"
#: alone stays out of the opposite tables ("a rule that cut science out", "cut rates").
_CUT_SERVICE = re.compile(r"\b(cut|cuts|cutting)\s+(?=(?:the\s+|its\s+|their\s+|all\s+)?(?:internet|power|electricity|"
                          r"water|phone|telephone|mobile|gas|communications?)\b)", re.I)


#: "was held on 29 July", "will be held in March": an event that took place then ("the vote was
#: held" / "voting took place"). Only before a date, so "was held in custody" / "held on charges"
#: stay ("hold" has opposites of its own: a town held / lost).
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")
_HELD_ON = re.compile(r"\b(?:(?:was|were|is|are)\s+(?:to\s+be\s+)?|(?:will|would|to|has|have|had)\s+(?:be|been)\s+|be\s+)held"
                      r"(?=\s+(?:on|in)\s+(?:the\s+)?(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|" + _MONTH + "))", re.I)


#: "recalled its ambassador" is "withdrew its ambassador" (so "sent" / "recalled" clash); "recalled"
#: alone stays ("he recalled that ...", a product recall).
_RECALL = re.compile(r"\b(recall(?:s|ed|ing)?)\s+(?=(?:its|their|the|his|her|all)\s+(?:\w+\s+)?"
                     r"(?:ambassadors?|envoys?|diplomats?|troops|forces|soldiers|peacekeepers|observers)\b)", re.I)
_WITHDRAW = {"recall": "withdraw", "recalls": "withdraws", "recalled": "withdrew", "recalling": "withdrawing"}


#: A share of the vote taken is a share won ("took 54.3% of the ballots" / "won 54.3% of the vote");
#: only before a share of the vote, so "took the town" stays (helper probes6).
_SHARE = r"(?:about\s+|nearly\s+|almost\s+|around\s+|some\s+|over\s+|more\s+than\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)"
_VOTE_TAKEN = re.compile(r"\b(?:took|takes|taking|take|garnered|garners|got|gets|received|receives|polled|obtained)\s+"
                         r"(?=" + _SHARE + r"\s+of\s+the\s+(?:votes?|ballots?)\b)", re.I)
_BALLOTS = re.compile(r"(?<=\d)(\s*(?:%|per\s*cent|percent)\s+of\s+the\s+)(?:ballots|votes)(?:\s+cast)?\b", re.I)

#: "declared the outbreak over" ended it ("declared the emergency over" / "declared an emergency"
#: clash); only with "over" closing the phrase, so "declared war over the border" stays.
_DECLARED_OVER = re.compile(r"\b(?:declared?|declares|declaring)\s+((?:the|an?|its|their|this)\s+(?:[\w-]+\s+){0,3}?)over"
                            r"(?=\s*(?:$|[.,;:]|(?:on|in|after|at|this|last|following)\b))", re.I)


#: What "fell into the hands of" X was captured by X ("20 vehicles fell into the hands of the
#: army" / "20 vehicles were seized by the army"; helper gen7): written as the passive, so the
#: doer is read from its "by" phrase.
_FELL_INTO = re.compile(r"\b(?:fell|fall|falls|(?:has|have|had)\s+fallen)\s+into\s+the\s+hands\s+of\b", re.I)


def rewrite_phrases(text: str, hits: list[str]) -> str:
    """`text` with each phrase of this module written one way; what was rewritten is appended to `hits`."""
    low = text.lower()
    if "vot" in low or "elector" in low:
        def turnout(m: re.Match[str]) -> str:
            hits.append(f"{m.group(0).strip()} = turnout")
            return m.group(1) + " turnout"

        text = _TURNOUT.sub(turnout, text)
    if " of the vote" in low or " of the ballot" in low:
        def won(m: re.Match[str]) -> str:
            hits.append(f"{m.group(0).strip()} = won")
            return "won "

        text = _BALLOTS.sub(lambda m: m.group(1) + "vote", _VOTE_TAKEN.sub(won, text))
    if "over" in low and "declar" in low:
        def ended(m: re.Match[str]) -> str:
            hits.append(f"{m.group(0).strip()} = ended")
            return "ended " + m.group(1).rstrip()

        text = _DECLARED_OVER.sub(ended, text)
    if " up " in low or " down " in low:
        def up_down(m: re.Match[str]) -> str:
            verb = "rose" if m.group(1).lower() == "up" else "fell"
            hits.append(f"{m.group(0).strip()} = {verb}")
            return verb

        text = _UP_DOWN.sub(up_down, text)
    if " held " in low:
        def held(m: re.Match[str]) -> str:
            hits.append(f"{m.group(0).strip()} = took place")
            return "took place"

        text = _HELD_ON.sub(held, text)
    if "recall" in low:
        def recall(m: re.Match[str]) -> str:
            hits.append(f"{m.group(1)} = withdraw")
            return _WITHDRAW[m.group(1).lower()] + " "

        text = _RECALL.sub(recall, text)
    if "hands of" in low:
        def captured(m: re.Match[str]) -> str:
            hits.append(f"{m.group(0)} = captured by")
            return "were captured by"

        text = _FELL_INTO.sub(captured, text)
    if "cut" in low:
        def cut(m: re.Match[str]) -> str:  # the verb table then reads "cut off" (and says so)
            return m.group(1) + " off "

        text = _CUT_SERVICE.sub(cut, text)
    return text
