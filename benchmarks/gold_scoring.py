"""Score extraction against the own hand-written gold (tests/data): facts found with the right
speaker, figures, spans, and every miss put in one error class, so a change shows *what* it fixed.

Gold facts and claims are paired one to one, best `token_sort_ratio` (default_process) first:
- found (score >= T): right speaker (gold speaker a substring of ours, or both none), else
  "speaker missing" (gold has one, we have none) or "speaker wrong";
- not found: "not split" when a longer claim contains the fact (token_set_ratio >= 90),
  "over-split" when shorter claims are contained in it, else "text lost".
Per produced claim that matches no gold fact: "boilerplate kept" when it comes from a gold
`not_claims` line (captions, URLs, datelines), else "extra".
A found claim whose text names someone its sentence does not (a pronoun or description the extractor
resolved: "He was thrown" -> "Vincent Viafore was thrown") is "wrong referent" unless the gold fact has
that name too (or as its speaker); a gold fact that starts with a pronoun leaves the referent unchecked.
Figures: each gold `quantities` entry found on the matched claim (every listed field equal).
Spans: claims whose `body[start:end]` is not their quote.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

T = 70
CLASSES = ("speaker missing", "speaker wrong", "wrong referent", "not split", "over-split", "text lost",
           "boilerplate kept", "extra")
_PRONOUN_START = re.compile(r"^(?:he|she|it|they|his|her|its|their)\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z]\w*")


def _words_of(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text)}


def added_names(text: str, sentence: str) -> set[str]:
    """Capitalised words of a claim's text that its sentence does not have: names a resolver brought in
    from elsewhere in the article (a subject restored from the same sentence is not one)."""
    have = _words_of(sentence)
    return {w for w in _NAME.findall(text) if w.lower() not in have}


def referent_ok(gold_text: str, text: str, sentence: str, gold_speaker: str | None = None) -> bool:
    if _PRONOUN_START.match(gold_text):
        return True
    gold = _words_of(f"{gold_text} {gold_speaker or ''}")
    return all(w.lower() in gold for w in added_names(text, sentence))


@dataclass
class GoldScore:
    facts: int = 0
    found: int = 0
    right_speaker: int = 0
    figures: int = 0
    figures_right: int = 0
    claims: int = 0
    bad_spans: int = 0
    errors: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def add(self, other: GoldScore) -> None:
        for name in ("facts", "found", "right_speaker", "figures", "figures_right", "claims", "bad_spans"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.update(other.errors)
        for k, v in other.examples.items():
            self.examples.setdefault(k, []).extend(v)

    def to_dict(self) -> dict[str, Any]:
        return {"facts": self.facts, "found": self.found, "right_speaker": self.right_speaker,
                "figures": self.figures, "figures_right": self.figures_right, "claims": self.claims,
                "bad_spans": self.bad_spans, "errors": dict(self.errors)}


def _sort(a: str, b: str) -> float:
    return fuzz.token_sort_ratio(a, b, processor=default_process)


def _contains(small: str, big: str) -> bool:
    """Every word of `small` in `big` (token_set_ratio >= 90), and `big` clearly longer."""
    return (fuzz.token_set_ratio(small, big, processor=default_process) >= 90
            and len(big.split()) >= len(small.split()) * 1.3)


def speaker_ok(want: str | None, got: str | None) -> bool:
    return (want is None and got is None) or bool(want and got and want.lower() in got.lower())


def _figure_ok(want: dict, quantities: Iterable[Any]) -> bool:
    return any(all(getattr(q, k, None) == v for k, v in want.items()) for q in quantities)


def score_article(gold: dict, extract: Callable[..., list]) -> GoldScore:
    body = gold["body"]
    all_claims = extract(body, published=gold.get("published"))
    claims = [c for c in all_claims if c.kind == "claim"]
    s = GoldScore(facts=len(gold["claims"]), claims=len(claims))
    s.bad_spans = sum(1 for c in all_claims if body[c.start:c.end] != c.quote)

    def miss(kind: str, text: str) -> None:
        s.errors[kind] += 1
        s.examples.setdefault(kind, []).append(text)

    # one claim per gold fact: pairs >= T taken best first, so two facts never share a claim
    pairs = sorted(((_sort(g["text"], c.text), gi, ci) for gi, g in enumerate(gold["claims"])
                    for ci, c in enumerate(claims)), reverse=True)
    best: dict[int, int] = {}
    used: set[int] = set()
    for score, gi, ci in pairs:
        if score < T:
            break
        if gi not in best and ci not in used:
            best[gi] = ci
            used.add(ci)
    for gi, g in enumerate(gold["claims"]):
        if gi in best:
            c = claims[best[gi]]
            s.found += 1
            if not referent_ok(g["text"], c.text, body[c.sentence_start:c.sentence_end], g.get("speaker")):
                miss("wrong referent", f"{c.text!r} (want {g['text']!r})")
            elif speaker_ok(g.get("speaker"), c.speaker):
                s.right_speaker += 1
            elif g.get("speaker") and not c.speaker:
                miss("speaker missing", f"{c.text!r} (want {g['speaker']!r})")
            else:
                miss("speaker wrong", f"{c.text!r}: {c.speaker!r} (want {g.get('speaker')!r})")
            for want in g.get("quantities", []):
                s.figures += 1
                s.figures_right += _figure_ok(want, c.quantities)
            continue
        s.figures += len(g.get("quantities", []))
        if any(_contains(g["text"], c.text) for c in claims):
            miss("not split", g["text"])
        elif sum(_contains(c.text, g["text"]) for c in claims) >= 1:
            miss("over-split", g["text"])
        else:
            miss("text lost", g["text"])
    not_claims = gold.get("not_claims", [])
    for i, c in enumerate(claims):
        if i in used:
            continue
        if any(c.quote in line or line in c.quote for line in not_claims):
            miss("boilerplate kept", c.text)
        else:
            s.errors["extra"] += 1
    return s


def gold_files(data: Path) -> list[Path]:
    return sorted([*data.glob("gold_*_claims.json"), *data.glob("ecbplus_gold_*.json"),
                   *data.glob("wire_gold_*.json")])


def score_all(data: Path, extract: Callable[..., list]) -> dict[str, GoldScore]:
    return {p.name: score_article(json.loads(p.read_text(encoding="utf-8")), extract) for p in gold_files(data)}
