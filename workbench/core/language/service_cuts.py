"""Services a government cuts off or restores, written one way: the internet, social media, phone
lines and power "blocked", "shut down", "suspended", "switched off" or "cut" are cut off; an
internet blackout imposed cuts it off, lifted restores it, extended keeps it cut off; "cut ties" are ties cut off.

So that the cut off / restore opposites of the verb table are seen whichever way a claim tells
the act. A part of `paraphrases.rewrite_paraphrases` (moved here when that module passed 600 lines).
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter
from workbench.core.language.stems import in_tense_of

#: What a government cuts off: online and phone services (blocked, shut down, suspended, cut).
_ONLINE = (r"(?:mobile\s+)?(?:internet|social\s+media|social\s+networks?|messaging\s+(?:apps?|services?)|websites?"
           r"|mobile\s+data|(?:tele)?phone\s+(?:lines|networks?|services?)|(?:tele)?communications?"
           r"|WhatsApp|Facebook|Telegram|Twitter|TikTok|YouTube|Instagram|Signal)\b")
_SERVICE_CUT = re.compile(r"\b(block|blocks|blocked|blocking|shut\s+down|shuts\s+down|shutting\s+down|shut\s+off|shuts\s+off"
                          r"|shutting\s+off|switch(?:ed|es)?\s+off|switching\s+off|suspend|suspends|suspended|suspending"
                          r"|restrict(?:s|ed|ing)?\s+access\s+to|cut\s+access\s+to)\s+(?:access\s+to\s+)?"
                          r"(?=(?:the\s+|all\s+|its\s+|their\s+)?" + _ONLINE + ")", re.I)
#: The service told first, in the passive: "the internet was shut down nationwide", "social media
#: were blocked" (helper dup85): the verb alone is rewritten, to "cut off".
_SERVICE_CUT_PASSIVE = re.compile(r"\b(" + _ONLINE + r"(?:\s+(?:access|services?|connections?))?\s+(?:was|were|is|are"
                                  r"|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?)(shut\s+down|shut\s+off|blocked"
                                  r"|suspended|switched\s+off|cut)(?!\s+off)\b", re.I)
#: "cut" before a service is "cut off" ("cut internet access", "cut power to the city"); "cut"
#: alone stays out of the opposite tables ("a rule that cut science out", "cut rates").
#: A service a blackout is of ("internet", "social media"): imposed, it is cut off; lifted, restored.
_BLACKED_OUT = r"(internet|communications?|telecommunications?|phone|mobile\s+internet|social\s+media)\s+"
#: "imposed an internet blackout / shutdown": cut off the internet.
_BLACKOUT = re.compile(r"\b(?:imposed|imposes|impose|imposing|ordered|orders|order|ordering)\s+(?:an?\s+|the\s+)?(?:total\s+)?"
                       + _BLACKED_OUT + r"(?:blackout|shutdown|shut-down|ban)\b", re.I)
#: The blackout lifted, ended or removed is the service restored ("lifted the internet blackout" /
#: "restored internet access"), so that it clashes with one imposed (cut off: restore / disconnect).
_LIFTED = r"(lift|lifts|lifted|lifting|end|ends|ended|ending|remove|removes|removed|removing|reverse|reverses|reversed|reversing)"
_BLACKOUT_LIFTED = re.compile(r"\b" + _LIFTED + r"\s+"
                              r"(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?" + _BLACKED_OUT
                              + r"(?:blackout|shutdown|shut-down|ban|block|suspension)\b", re.I)
#: The same told in the passive ("the social media ban was lifted a day after it was imposed" /
#: "authorities reversed the social media suspension"; helper dup115).
_BLACKOUT_LIFTED_PASSIVE = re.compile(r"\b(?:the\s+|an?\s+|its\s+)?" + _BLACKED_OUT + r"(?:blackout|shutdown|shut-down|ban|block"
                                      r"|suspension)\s+((?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+)(?:\w+ly\s+)?"
                                      + _LIFTED + r"\b", re.I)
#: The blackout extended, renewed or kept is the service kept cut off ("extended the social media
#: ban" / "lifted the social media ban", which reads "restored"; helper opp113): the verb stays.
_BLACKOUT_KEPT = re.compile(r"\b((?:extend|prolong|renew|maintain|uphold)(?:s|ed|ing)?|upheld|keeps?|kept|keeping)\s+"
                            r"(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?" + _BLACKED_OUT
                            + r"(?:blackout|shutdown|shut-down|ban|block|suspension)\b", re.I)
_CUT_SERVICE = re.compile(r"\b(cut|cuts|cutting)\s+(?=(?:the\s+|its\s+|their\s+|all\s+)?(?:internet|power|electricity|"
                          r"water|phone|telephone|mobile|gas|communications?|social\s+media"
                          # ties between states (helper probes7): "cut diplomatic ties" = severed them
                          r"|(?:(?:diplomatic|trade|military)\s+)?(?:ties|relations))\b)", re.I)


def noted(hits: list[str], written: str, said: str) -> str:
    """`said`, noted in `hits` as what `written` was rewritten to (a part of a match rewritten)."""
    hits.append(f"{written} = {said}")
    return said


def rewrite_service_cuts(text: str, low: str, hits: list[str]) -> str:
    """`text` (`low`: it lower-cased) with services cut off or restored written one way; what was
    rewritten is appended to `hits`."""
    note = noter(hits)

    if "cut" in low or "block" in low or "shut" in low or "suspend" in low or "switch" in low or "restrict" in low:
        text = _SERVICE_CUT.sub(lambda m: note(m, in_tense_of(m.group(1), "cut off", "cuts off", "cutting off") + " "), text)
        text = _CUT_SERVICE.sub(lambda m: m.group(1) + " off ", text)
        text = _SERVICE_CUT_PASSIVE.sub(lambda m: m.group(1) + noted(hits, m.group(2), "cut off"), text)
    if "blackout" in low or "shutdown" in low or "shut-down" in low or " ban" in low or "suspension" in low:
        text = _BLACKOUT.sub(lambda m: note(m, f"cut off the {m.group(1)}"), text)  # the verb table says "cut off = disconnect"
        text = _BLACKOUT_LIFTED.sub(lambda m: note(m, in_tense_of(m.group(1), "restored", "restores", "restoring")
                                                   + f" the {m.group(2)}"), text)
        text = _BLACKOUT_LIFTED_PASSIVE.sub(lambda m: note(m, f"{'T' if m.group(0)[0] == 'T' else 't'}he {m.group(1).lower()} "
                                                              f"{m.group(2)}restored"), text)
        text = _BLACKOUT_KEPT.sub(lambda m: note(m, f"{m.group(1)} the {m.group(2)} cut off"), text)
    return text
