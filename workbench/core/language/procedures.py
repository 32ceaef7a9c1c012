"""Three procedural acts news tells in two idioms, written one way before the tables read them
(`paraphrases.rewrite_paraphrases` calls this; helper dup137, sets 137-140). In each the two
idioms share almost no word, so the verb and noun tables cannot pair them, and a retelling without a
place or a day to anchor it falls below a duplicate on its words alone.

- an investigation opened: a case, an inquiry or a probe opened, launched, started, initiated or
  instituted is "opened an investigation" ("opened a criminal case over X" / "a criminal
  investigation into X has been launched"); a case only with "criminal" or after "opened",
  "initiated", "instituted" ("launched a legal case" is a lawsuit, never read); a passive
  "(investigation ...) has been launched" is "has been opened". A criminal case closed is the
  criminal investigation closed, so opening and closing stay opposites of one thing.
- a petition's signatures: "a petition (...) gathered (collected, drew, attracted, garnered,
  received) N signatures" is "N people signed a petition (...)", the way the other idiom counts it.
- a limit: to cap a thing at N is to limit it to N, and a cap of (on) N is a limit of (on) N.

Not read: "inquiry" or "probe" without an opening verb, or with another adjective ("opened a public
inquiry": a hearing, not always an investigation),
a petition filed with a court (no signatures counted), a cap told as a noun before "at" ("kept
the salary cap at 3 percent": a verb only after no article or possessive).
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter

_BASE = {"open": "open", "launch": "open", "start": "open", "initiate": "open", "institute": "open",
         "cap": "limit"}


def _tense(verb: str, past: str, present: str, gerund: str, base: str) -> str:
    """The form of the rewritten verb in `verb`'s tense (its base form kept: "will cap" -> "will limit")."""
    v = verb.lower()
    if v in _BASE:
        return base
    if v.endswith("ing"):
        return gerund
    if v.endswith("s") and not v.endswith("ss"):
        return present
    return past


_OPEN = (r"(opened|opens|open|opening|launched|launches|launch|launching|started|starts|start|starting"
         r"|initiated|initiates|initiate|initiating|instituted|institutes|institute|instituting)")
_INQUIRY = re.compile(r"\b" + _OPEN + r"\s+(an?|the|its|their)\s+((?:criminal|formal|official|preliminary|new)\s+)?"
                      r"(case|investigation|probe|inquiry|enquiry)\b", re.I)
_PASSIVE = re.compile(r"\b((?:investigation|probe|inquiry|enquiry|case)(?:\s+[\w'’-]+){0,10}?\s+"
                      r"(?:has|have|had)\s+been|(?:investigation|probe|inquiry|enquiry|case)(?:\s+[\w'’-]+){0,10}?\s+(?:was|were))"
                      r"\s+(launched|started|initiated|instituted)\b", re.I)
_CLOSED_CASE = re.compile(r"\b(closed|closes|close|closing)\s+(an?|the|its|their)\s+criminal\s+case\b", re.I)
_CASE_VERBS = frozenset(("opened", "opens", "open", "opening", "initiated", "initiates", "initiate", "initiating",
                         "instituted", "institutes", "institute", "instituting"))

_COUNT = (r"(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|roughly|close\s+to)\s+)?"
          r"\d[\d,.]*(?:\s+(?:million|thousand|hundred))?")
_PETITION = re.compile(r"\b((?:an?|the|its|their)\s+(?:online\s+)?petition\b[^.;:!?]{0,100}?)\s+(?:has\s+|had\s+|have\s+)?"
                       r"(?:gathered|collected|drawn|drew|attracted|garnered|received|amassed)\s+(" + _COUNT
                       + r")\s+signatures\b", re.I)

_CAP_VERB = re.compile(r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
                       r"\b(cap|caps|capped|capping)\s+((?:[\w'’-]+\s+){1,8}?)at\s+(?=[\d$€£]|about|around|some|nearly)",
                       re.I)
_CAP_NOUN = re.compile(r"\b(an?|the|its|their)\s+cap\s+(of|on)\b", re.I)


def rewrite_procedures(text: str, hits: list[str]) -> str:
    """`text` with an investigation opened, a petition's signatures and a cap each told one way;
    what was rewritten is appended to `hits`."""
    low = text.lower()
    note = noter(hits)
    if "case" in low or "investigation" in low or "probe" in low or "inquiry" in low or "enquiry" in low:
        def opened(m: re.Match[str]) -> str:
            verb, art, adj, noun = m.group(1), m.group(2), m.group(3) or "", m.group(4).lower()
            if noun == "case" and not adj.lower().startswith("criminal") and verb.lower() not in _CASE_VERBS:
                return m.group(0)
            art = ("an" if not adj else "a") if art.lower() in ("a", "an") else art
            return note(m, f"{_tense(verb, 'opened', 'opens', 'opening', 'open')} {art} {adj}investigation")

        text = _INQUIRY.sub(opened, text)
        text = _PASSIVE.sub(lambda m: note(m, f"{m.group(1)} opened"), text)
        text = _CLOSED_CASE.sub(lambda m: note(m, f"{m.group(1)} {m.group(2)} criminal investigation"), text)
    if "petition" in low and "signatures" in low:
        text = _PETITION.sub(lambda m: note(m, f"{m.group(2)} people signed {m.group(1)}"), text)
    if "cap" in low:
        text = _CAP_VERB.sub(lambda m: note(m, f"{_tense(m.group(1), 'limited', 'limits', 'limiting', 'limit')}"
                                                f" {m.group(2)}to "), text)
        text = _CAP_NOUN.sub(lambda m: note(m, f"{m.group(1)} limit {m.group(2)}"), text)
    return text
