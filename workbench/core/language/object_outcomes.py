"""Outcomes told by a verb whose sense its object decides (sets 117-120, helper opp117), written so
the opposite outcomes (`match.opposites.OPPOSITES`) see them:

- a challenge ruled on: a court that upheld, allowed or granted a challenge, a petition, a complaint,
  an appeal, a lawsuit or an objection accepted it; one that dismissed, threw out or struck it out
  rejected it (accept / reject). Only with such an object: "upheld the conviction" / "dismissed the
  appeal against the conviction" tell one ruling, and "upheld" stays "uphold" there;
- a thing on a list: kept, left or maintained on a list (a register, a blacklist, a watchlist) it
  was retained there, or, told of itself, "remained on" it; dropped, taken, struck, deleted from or
  off one it was removed (keep / remove). A list's members change in news (sanctions, tax havens,
  terrorism sponsors, safe countries) and "dropped" alone is a fall (`OPPOSITES` rise / fall).
  Added to one it was included in it (include / remove: "added Monaco to its grey list" / "removed
  Monaco from its grey list"; sets 161-164, helper conf161): "added" alone is also a verb of saying
  ("he added that"). "placed" / "put on" a list are left: written "included", "placed X on injured
  reserve" / "placed X on the injured reserve list" lost two same-event ECB+ pairs (lexical).
- a call to act turned away: one who rejected, resisted, defied, ignored or brushed aside calls,
  demands or pressure (from anyone) to do a thing refused to do it ("rejected calls to resign and
  remained prime minister" / "refused to resign"), so the act is told as not done (`opposites`'
  `_negated`) and the opposite of one who did it ("resigned");
- a fault found or not: a state, a firm, an official that "bore", "bears" or "shouldered" (the, full, some ...)
  responsibility for a thing was responsible for it ("bore no responsibility": was not responsible);
  one cleared of responsibility, blame, wrongdoing, liability or fault was exonerated of it
  (responsible / exonerated: `OPPOSITES`). "cleared the road", "cleared the way", "claimed
  responsibility" (an attack carried out: `paraphrases`) stay as written (helper conf121).
- a thing proposed given up: one who dropped or abandoned the proposed or planned thing, or plans,
  proposals or a bid for or to it, abandoned it (proceed / abandon: "insisted the reform
  would go ahead" / "dropped the proposed reform"); "dropped" alone is a fall; "shelved" is in
  `OPPOSITES` itself (helper conf125a);
- a stance told by a verdict: one who called, described or termed a thing disappointing,
  regrettable, unacceptable, deplorable, a mistake or a setback criticised it; one who called it
  welcome, positive, encouraging or a step forward welcomed it (welcome / criticise: "Washington
  welcomed the decision" / "the State Department called the decision disappointing"), as one who said
  it was one of them ("said the offer was a first step in the right direction" / "described the offer
  as a first step in the right direction": one verdict). "called on", "called for", "called off" stay;
- a case ended before a verdict: charges or a case dropped, withdrawn, thrown out or dismissed by a
  court or the prosecution were discontinued ("the court dropped all charges against the nine
  defendants", "the charges against the mayor were withdrawn", "threw out the case against"), the opposite outcome of a conviction (`OPPOSITES`
  convict / discontinue: "convicted the nine defendants"). One discontinued word, not "acquitted":
  charges dropped are no verdict. "dismissed the charges as politically motivated" is a denial and
  stays (`language.negation`), and "dropped" alone is a fall (helper confneg149);
- "close" before a determiner is the verb ("would close its embassy": "shut", the verb table's
  word); "close" elsewhere is a figure's hedge ("close to 500") the normaliser drops, so "would keep
  its embassy open" met no opposite.

Kept apart from `paraphrases`, which is at its size; applied by it before its requests refused
(which read "rejected a petition seeking to ...").
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter
from workbench.core.language.stems import in_tense_of

#: What a court, a tribunal or a regulator rules on for one side.
_CHALLENGES = r"(?:challenges?|petitions?|complaints?|appeals?|(?:law)?suits?|objections?)"
#: The words between the verb and the challenge: its owner and kind ("the Herero and Nama challenge",
#: "the opposition's constitutional petition"), no preposition ("the ruling on the appeal" is a ruling).
_OWNER = (r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!(?:on|of|in|against|to|for|by|from|with|over|after|that"
          r"|which)\b)[\w'’-]+\s+){0,4}?")
#: After the challenge: nothing that makes it another noun's word ("the appeal court's ruling").
_AFTER = r"(?=\s*(?:[,.;:]|$)|\s+(?:to|against|by|from|over|of|on|in|filed|brought|lodged|that|which|and|as|after|seeking)\b)"
_UPHELD_CHALLENGE = re.compile(r"\b(upheld|upholds|uphold|upholding|allowed|allows|granted|grants)\s+(?="
                               + _OWNER + _CHALLENGES + _AFTER + ")", re.I)
_DISMISSED_CHALLENGE = re.compile(r"\b(dismissed|dismisses|dismiss|dismissing|threw\s+out|throws\s+out"
                                  r"|struck\s+out|strikes\s+out)\s+(?=" + _OWNER + _CHALLENGES + _AFTER + ")", re.I)
#: Told in the passive: "the petition was dismissed", "their appeal was upheld".
_CHALLENGE_RULED = re.compile(r"\b(" + _CHALLENGES + r"(?:\s+(?!(?:was|were)\b)[\w'’-]+){0,3}?\s+(?:was|were|has\s+been"
                              r"|have\s+been|had\s+been)\s+)(?:(upheld|allowed|granted)|(dismissed|thrown\s+out"
                              r"|struck\s+out))\b", re.I)
_ACCEPTED = {"upheld": "accepted", "upholds": "accepts", "uphold": "accept", "upholding": "accepting",
             "allowed": "accepted", "allows": "accepts", "granted": "accepted", "grants": "accepts"}

#: A list whose members a government or a body keeps or takes off.
_LIST = r"(?:(?:[\w'’-]+\s+){0,3}?(?:lists?|blacklists?|watchlists?|register|registers|grey\s+list))\b"
#: The thing listed: up to eight words, none a preposition that ends it.
_THING = r"((?:(?!(?:on|from|off|in|to|after|because|for)\b)[\w'’-]+\s+){1,8}?)"
_KEPT_ON = re.compile(r"\b(kept|keeps|keep|keeping|left|leaves|leaving|maintained|maintains)\s+" + _THING
                      + r"on\s+(?=(?:(?:the|its|their|a|an)\s+|\w+'s\s+|\w+s'\s+)?" + _LIST + ")", re.I)
#: "remained on the list", "was kept on the list": retained, as the active is.
_STILL_ON = re.compile(r"\b(?:remained|remains|remain|stayed|stays|stay|(?:was|were|is|are|has\s+been|have\s+been)\s+kept)"
                       r"\s+on\s+(?=(?:(?:the|its|their|a|an)\s+|\w+'s\s+|\w+s'\s+)?" + _LIST + ")", re.I)
_TAKEN_OFF = re.compile(r"\b(dropped|drops|drop|dropping|took|takes|take|taking|taken|struck|strikes|strike|striking"
                        r"|deleted|deletes|delete|deleting|scrubbed|crossed)\s+(" + _THING[1:-1] + r")?(?:off|from)\s+(?:of\s+)?"
                        r"(?=(?:(?:the|its|their|a|an)\s+|\w+'s\s+|\w+s'\s+)?" + _LIST + ")", re.I)
#: "added Monaco to its grey list": included, so that its removal from the same list is its opposite
#: (`OPPOSITES` include / remove).
_PUT_ON = re.compile(r"\b(added|adds|add|adding)\s+" + _THING
                     + r"to\s+(?=(?:(?:the|its|their|a|an)\s+|\w+'s\s+|\w+s'\s+)?" + _LIST + ")", re.I)
_PUT_AS = {"adds": "includes", "add": "include", "adding": "including"}
#: Responsibility borne or shouldered ("the state bore responsibility for the murder"), with the words
#: that tell how much of it between; "no" makes it denied.
_BORE = re.compile(r"\b(bore|bears|bear|bearing|borne|shouldered|shoulders|shoulder|shouldering)\s+(no\s+)?(?:(?:the|full|some|direct|primary|ultimate|overall"
                   r"|partial|sole|main|chief|collective|political|legal|moral)\s+){0,2}responsibility\b", re.I)
_BORE_AS = {"bore": "was", "bears": "is", "bear": "be", "bearing": "being", "borne": "been", "shouldered": "was",
            "shoulders": "is", "shoulder": "be", "shouldering": "being"}
#: Cleared of a fault: "cleared the airline of responsibility", "was cleared of any wrongdoing".
_CLEARED_OF = re.compile(r"\b(cleared|clears|clear|clearing)\s+(?=(?:(?!(?:of|from|for|after|by)\b)[\w'’-]+\s+){0,8}?of\s+"
                         r"(?:any\s+|all\s+)?(?:responsibility|blame|wrongdoing|liability|fault|culpability|negligence"
                         r"|misconduct)\b)", re.I)
#: The forms of "reject", from one string: "rejected" is a word of the project's vocabulary (`vocab`),
#: never written as a literal elsewhere.
_REJECT_FORMS = "rejected rejects reject rejecting"
_REJECTED, _REJECTS, _REJECT, _REJECTING = _REJECT_FORMS.split()
#: Calls to act turned away: "rejected calls to resign", "defied mounting pressure from the
#: opposition to step down" (the verb of the act after "to" is kept: "refused to resign").
_CALLS_TURNED_AWAY = re.compile(r"\b(" + "|".join(_REJECT_FORMS.split()) + r"|resisted|resists|resist|resisting|defied"
                                r"|defies|defy|defying|ignored|ignores|ignore|ignoring|brushed\s+aside|brushes\s+aside"
                                r"|shrugged\s+off|shrugs\s+off)\s+(?:(?:the|growing|mounting|repeated|renewed|widespread"
                                r"|several|many|public|opposition)\s+){0,2}(?:calls?|demands?|pressure)\s+(?:from\s+(?:(?!to\b)"
                                r"[\w'’-]+\s+){1,5}?)?(?:for\s+(?:him|her|them|it)\s+)?(?=to\s+(?!be\b)[a-z])", re.I)
#: A proposed or planned thing given up ("dropped the proposed amendments", "abandoned plans for a
#: new airport", "dropped a bid to host"): abandoned, as "abandoned the amendments" tells it.
_GIVEN_UP = re.compile(r"\b(dropped|drops|drop|dropping|abandoned|abandons|abandon|abandoning)\s+(?=(?:(?:the|its|their|his|her|a|an)\s+)?(?:(?:proposed|planned)\b|(?:plans?"
                       r"|proposals?|bids?|idea)\s+(?:for|to)\b))", re.I)
#: The thing a verdict is told of: up to eight words, the first no particle ("called on", "called off").
#: Words between the thing and its verdict ("a first step", "deeply disappointing").
_MODIFIERS = r"(?:(?:deeply|very|extremely|hugely|profoundly|highly|a|an|first|important|major|real|significant|big)\s+){0,3}"
_JUDGED = r"((?!(?:on|for|off|in|up|out|back|to|at|upon|into)\b)(?:[\w'’-]+\s+){1,8}?)(?:as\s+)?" + _MODIFIERS
_VERDICT_VERBS = (r"\b(?:(called|calls|call|calling|described|describes|describe|describing|termed|terms|term|terming"
                  r"|branded|brands|brand|branding)\s+" + _JUDGED +
                  # ("said the offer was a step forward", as "called the offer a step forward" tells it)
                  r"|(said|says|say|saying)\s+(?:that\s+)?((?:[\w'’-]+\s+){1,8}?)(?:was|is|were|are|has\s+been|had\s+been"
                  r"|would\s+be)\s+" + _MODIFIERS + ")")
#: A verdict of disapproval or of approval ("called the decision disappointing", "described the
#: offer as unacceptable", "called the deal a step forward").
_CALLED_BAD = re.compile(_VERDICT_VERBS + r"(?:disappointing|regrettable|unacceptable|deplorable|shameful"
                         r"|outrageous|unfortunate|misguided|mistake|setback)\b", re.I)
_CALLED_GOOD = re.compile(_VERDICT_VERBS + r"(?:welcome|positive|encouraging|step\s+forward"
                          r"|step\s+in\s+the\s+right\s+direction)\b(?!\s+(?:to|for|of)\b)", re.I)
#: What every verdict holds: checked first, the verdict patterns being tried at every offset.
_VERDICT_HINTS = ("disappoint", "regrett", "unaccept", "deplor", "shameful", "outrag", "unfortun", "misguid", "mistake",
                  "setback", "welcome", "positive", "encourag", "step")
#: "close" as a verb: before a determiner or "down" ("close its embassy", "close the border").
_CLOSE_VERB = re.compile(r"\bclose(?=\s+(?:the|its|their|his|her|our|a|an|all|both|every|some|this|that|these|those"
                         r"|down)\b)", re.I)
#: Charges dropped: "dropped all charges against", "withdrew the remaining criminal charges"; not
#: "dismissed the charges as a sham" (a denial: an "as" in the clause after it).
_CHARGE_VERBS = (r"dropped|drops|drop|dropping|withdrew|withdraws|withdraw|withdrawn|withdrawing|dismissed|dismisses"
                 r"|dismiss|dismissing|threw\s+out|throws\s+out|thrown\s+out|quashed|quashes|quash")
_CHARGES_DROPPED = re.compile(r"\b(" + _CHARGE_VERBS + r")\s+(?=(?:(?:all|the|its|their|his|her|remaining|criminal"
                              r"|outstanding|pending)\s+){0,3}(?:charges|case)\b(?![^,.;:]*\bas\b))", re.I)
#: Told in the passive: "the charges against the former mayor were dropped".
_CHARGES_WERE_DROPPED = re.compile(r"\b((?:charges|case)(?:\s+(?!(?:was|were|is|are|has|have|had)\b)[\w'’-]+){0,6}?\s+(?:were|have\s+been"
                                   r"|had\s+been|are|is|was|has\s+been|will\s+be|would\s+be)\s+)(" + _CHARGE_VERBS + r")\b", re.I)
_PRESENT = frozenset(["keeps", "leaves", "maintains", "drops", "takes", "strikes", "deletes", "throws", "accepts"])


def _tense(verb: str, past: str, present: str, base: str, gerund: str) -> str:
    """`past` in the tense of `verb` as written ("keeps": `present`)."""
    first = verb.lower().split()[0]
    return gerund if first.endswith("ing") else present if first in _PRESENT else base if first in (
        "keep", "leave", "maintain", "drop", "take", "strike", "delete", "dismiss") else past


def rewrite_object_outcomes(text: str, low: str, hits: list[str]) -> str:
    """`text` (`low`: lower case) with challenges ruled on and things kept on or taken off a list written
    as accepted / rejected and retained / removed; what was rewritten is appended to `hits`."""
    note = noter(hits)
    if "uphe" in low or "uphold" in low or "allow" in low or "grant" in low or "dismiss" in low or " out " in low:
        text = _UPHELD_CHALLENGE.sub(lambda m: note(m, _ACCEPTED[m.group(1).lower()] + " "), text)
        text = _DISMISSED_CHALLENGE.sub(lambda m: note(m, _tense(m.group(1), _REJECTED, _REJECTS, _REJECT,
                                                                  _REJECTING) + " "), text)
        text = _CHALLENGE_RULED.sub(lambda m: m.group(1) + note(m, "accepted" if m.group(2) else _REJECTED), text)
    if "list" in low or "register" in low:
        text = _KEPT_ON.sub(lambda m: note(m, _tense(m.group(1), "retained", "retains", "retain", "retaining")
                                           + f" {m.group(2)}on "), text)
        text = _STILL_ON.sub(lambda m: note(m, "was retained on "), text)
        text = _PUT_ON.sub(lambda m: note(m, _PUT_AS.get(m.group(1).lower(), "included") + f" {m.group(2)}in "), text)
        text = _TAKEN_OFF.sub(lambda m: note(m, _tense(m.group(1), "removed", "removes", "remove", "removing")
                                             + f" {m.group(2) or ''}from "), text)
    if "call" in low or "demand" in low or "pressure" in low:
        text = _CALLS_TURNED_AWAY.sub(lambda m: note(m, in_tense_of(m.group(1), "refused", "refuses", "refusing") + " "), text)
    if "responsib" in low:
        text = _BORE.sub(lambda m: note(m, _BORE_AS[m.group(1).lower()] + (" not" if m.group(2) else "")
                                        + " responsible"), text)
    if "clear" in low and " of " in low:
        text = _CLEARED_OF.sub(lambda m: note(m, in_tense_of(m.group(1), "exonerated", "exonerates", "exonerating")
                                              + " "), text)
    if "drop" in low or "abandon" in low:
        text = _GIVEN_UP.sub(lambda m: note(m, in_tense_of(m.group(1), "abandoned", "abandons", "abandoning") + " "), text)
    if any(w in low for w in _VERDICT_HINTS):
        text = _CALLED_BAD.sub(lambda m: note(m, in_tense_of(m.group(1) or m.group(3), "criticised", "criticises",
                                                             "criticising") + " " + (m.group(2) or m.group(4))), text)
        text = _CALLED_GOOD.sub(lambda m: note(m, in_tense_of(m.group(1) or m.group(3), "welcomed", "welcomes", "welcoming")
                                               + " " + (m.group(2) or m.group(4))), text)
    if "charges" in low or "case" in low:
        text = _CHARGES_DROPPED.sub(lambda m: note(m, in_tense_of(m.group(1), "discontinued", "discontinues",
                                                                  "discontinuing") + " "), text)
        text = _CHARGES_WERE_DROPPED.sub(lambda m: m.group(1) + note(m, "discontinued"), text)
    if "close " in low:
        text = _CLOSE_VERB.sub(lambda m: note(m, "shut"), text)
    return text
