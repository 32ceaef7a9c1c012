"""The relative-clause rule: a 'which'/'who' clause that adds a fact becomes a sentence of its own
with its antecedent as subject ("Anna Berg, who ran the museum, resigned" -> "Anna Berg resigned." +
"Anna Berg ran the museum."). Split from split_rules.py, which lists it among the rules."""

from __future__ import annotations

import re

from workbench.core.extract.clauses import (
    DETERMINERS,
    PREPOSITIONS,
    antecedent,
    find_subject,
    has_verb,
    is_adverb,
    starts_clause,
)
from workbench.core.extract.phrase_rules import copula_subject, split_span
from workbench.core.extract.pieces import Piece, clean_text, make_piece, with_subject
from workbench.core.language.verbs import SUBJECT_PRONOUNS, is_finite_verb, is_verb_like
from workbench.core.language.verbs import words as _words

_NOT_AFTER_WHO = DETERMINERS | PREPOSITIONS | SUBJECT_PRONOUNS | _words("and or but not never to")
_WHICH = re.compile(r"(?P<comma>,)?\s+(?:which|who)\s+(?=(?P<next>[\w'’]+)(?:\s+(?P<next2>[\w'’]+))?)")
_TOKEN = re.compile(r"\S+")
_AND_BUT = re.compile(r"^(?:and|but)\s+")
_CONJ_BEFORE = re.compile(r"(?:,\s*|\s+)(?:and|but|yet|while|whereas)\s+$")
AND_BUT_SPACED = re.compile(r"^\s*(?:and|but)\s+")


def relative_clause(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """Fact-adding 'which'/'who' clauses (with or without commas, in subject position too)."""
    for m in _WHICH.finditer(seg) if ("which" in seg or "who" in seg) else ():
        nxt = (m.group("next") or "").lower()
        nxt2 = (m.group("next2") or "").lower()
        # ", who depend on ...", "who usually stand ...", ", which foresee 30 billion ...": the clause's verb
        if not (is_verb_like(nxt) or (nxt in ("also", "now", "then", "later", "has", "have") and is_finite_verb(nxt2))
                or nxt.endswith("ed") or (nxt.endswith("s") and not nxt.endswith("ss") and len(nxt) > 3)
                or (is_adverb(nxt) and (is_finite_verb(nxt2) or nxt2 not in _NOT_AFTER_WHO))
                or (m.group("comma") and nxt.isalpha() and nxt.islower() and nxt not in _NOT_AFTER_WHO
                    and (m.group(0).rstrip().endswith("who") or nxt2[:1].isdigit() or nxt2 in DETERMINERS))):
            continue
        ante = antecedent(seg, m.start())
        if ante and m.group("comma") is None:
            ante = copula_subject(seg, m.start(), ante)
        if not ante:
            continue
        clause_start = m.end()
        if not m.group("comma") and not has_verb(seg[:m.start()]):
            if ", " in seg[:m.start()]:
                continue  # "Bob Currie, 66, a resident of X which overlooks Y, said ...": whose subject?
            # subject position: "Many seals who are just a few weeks old are shot ..." -> the relative
            # clause ends where the main verb phrase starts (the next verb after the clause's own)
            words = list(_TOKEN.finditer(seg[clause_start:]))
            cut = next((w.start() for w in words[2:] if is_verb_like(w.group(0))), None)
            if cut is None:
                continue
            rel_end = clause_start + cut
            rel = make_piece(sentence, a + clause_start, a + rel_end, f"{ante} {seg[clause_start:rel_end]}")
            main = split_span(sentence, a + rel_end, b, ante, depth + 1)
            main = [with_subject(p, ante) for p in main]
            return rel + main
        # a comma-delimited clause ends at the next comma; otherwise at the end of the span
        clause_end = len(seg)
        if m.group("comma"):
            nc = seg.find(", ", clause_start)
            if nc > 0 and starts_clause(_AND_BUT.sub("", seg[nc + 2:])) is not None:
                clause_end = nc
        main_left = split_span(sentence, a, a + m.start(), subject, depth + 1)
        rel_text = f"{ante} {seg[clause_start:clause_end]}"
        rel = split_span(sentence, a + clause_start, a + clause_end, ante, depth + 1)
        if len(rel) <= 1:
            rel = make_piece(sentence, a + clause_start, a + clause_end, rel_text)
            for p in rel:
                p.has_verb = True  # "which employs ...": the word after "which" was taken as its verb
        else:
            lead_piece = rel[0]
            lowered = lead_piece.text[0].lower() + lead_piece.text[1:]
            rel[0] = Piece(lead_piece.start, lead_piece.end, clean_text(f"{ante} {lowered}"))
        out = main_left + rel
        if clause_end < len(seg):
            rest_start = clause_end + 1
            rest = seg[rest_start:]
            kind = starts_clause(rest.strip().removeprefix("and ").removeprefix("but "))
            lead = seg[:m.start()].rstrip(" ,")
            conj = _CONJ_BEFORE.search(lead, 0, len(lead) - len(ante)) if lead.endswith(ante) else None
            if kind == "vp" and conj is not None and has_verb(lead[:conj.start()]):
                # "Conservatives refuse, but the government, which has a majority, hopes to pass it": the
                # antecedent after the conjunction is the subject of the verb phrase after the clause
                left = split_span(sentence, a, a + conj.start(), subject, depth + 1)
                right = make_piece(sentence, a + conj.end(), b, f"{ante} {AND_BUT_SPACED.sub('', rest)}")
                if left and right:
                    return left + rel + right
            if kind == "vp" and not (main_left and all(has_verb(p.text) for p in main_left)):
                # "Chief Russell, who has been ..., was in critical condition": subject + the rest
                subj_text = seg[:m.start()].strip(" ,")
                return make_piece(sentence, a, b, f"{subj_text} {rest.strip()}") + rel
            own_subject = find_subject(seg) or subject
            if kind == "vp" and own_subject:
                stripped = AND_BUT_SPACED.sub("", rest)
                out += make_piece(sentence, a + rest_start, b, f"{own_subject} {stripped}")
            elif main_left:
                # the main clause continues: extend the last main piece's quote to include the rest
                last = main_left[-1]
                out = main_left[:-1] + make_piece(sentence, last.start, b, last.text.rstrip(".") + " " + rest.strip()) + rel
        return out
    return None
