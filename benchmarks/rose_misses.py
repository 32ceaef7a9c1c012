"""RoSE dev: the gold units extraction misses, each with its nearest claim, counted by a rough class.

Run: .venv/bin/python benchmarks/rose_misses.py [--out FILE] [--code-root DIR]

Prints recall/precision with the issue-like scorer (partial_ratio >= 90) and token_sort >= 70 (the
same measurement as `extraction.py`, through the same import path), then the misses per class, and
writes every miss with its nearest claim to FILE (default /tmp/rose_misses.txt) so that shapes can be
read. The classes are heuristics on the wording, tried in this order:

- pronoun: the gold unit or its nearest claim opens with a pronoun or a description ("The striker")
  where the other names someone: a coreference miss;
- X-is-Y: a copular unit ("Gary Locke is 39 years old", "X is a former defender", "X is from Y");
- conjunction: the nearest claim holds most of the unit's words and an 'and'/'or' or a comma list;
- longer-than-unit: the nearest claim holds most of the unit's words and is longer;
- paraphrase: a quarter or more of the unit's words are not in the summary at all;
- other.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extraction  # noqa: E402  (puts the measured checkout on sys.path, --code-root included)

CLASSES = ("pronoun", "X-is-Y", "conjunction", "longer-than-unit", "paraphrase", "other")
_PRONOUN = re.compile(r"^(?:he|she|they|it|his|her|their|its|the)\b", re.IGNORECASE)
_COPULA = re.compile(r"\b(?:is|are|was|were)\s+(?:an?|the|from|\d+\s+years?\s+old|\S+-year-old)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def _score(gold: str, claim: str) -> float:
    return max(fuzz.partial_ratio(gold, v, processor=default_process) for v in claim.split("\t"))


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def classify(gold: str, summary: str, nearest: str) -> str:
    text = nearest.split("\t")[0]
    g, n = _words(gold), _words(text)
    if bool(_PRONOUN.match(gold)) != bool(_PRONOUN.match(text)):
        return "pronoun"
    if _COPULA.search(gold):
        return "X-is-Y"
    covered = len(g & n) >= 0.8 * len(g)
    if covered and (re.search(r"\b(?:and|or)\b", text) or text.count(", ") >= 2):
        return "conjunction"
    if covered and len(n) >= len(g) + 3:
        return "longer-than-unit"
    if len(g - _words(summary)) >= max(1, len(g) / 4):
        return "paraphrase"
    return "other"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="/tmp/rose_misses.txt", help="where to write the misses")
    ap.add_argument("--code-root", metavar="DIR", help="measure the extraction code of the checkout in DIR")
    args = ap.parse_args()
    items = [(text, gold, extraction.ingest_claims_of(text)) for text, gold in extraction.rose_items(None)]
    for name, scorer, t in (("partial_ratio", fuzz.partial_ratio, 90), ("token_sort_ratio", fuzz.token_sort_ratio, 70)):
        r, p, _ = extraction.evaluate([(text, gold) for text, gold, _ in items], extraction.ingest_claims_of, scorer, t)
        print(f"{name:>16} >= {t}: recall {r:.3f}  precision {p:.3f}")
    counts: Counter[str] = Counter()
    lines = []
    for k, (text, gold, claims) in enumerate(items):
        for unit in gold:
            nearest = max(claims, key=lambda c, u=unit: (_score(u, c), fuzz.token_set_ratio(u, c)), default="")
            if nearest and _score(unit, nearest) >= 90:
                continue
            kind = classify(unit, text, nearest)
            counts[kind] += 1
            lines.append(f"[{kind}] #{k} {unit!r}\n      ~ {nearest.split(chr(9))[0]!r}")
    total = sum(counts.values())
    print(f"missed gold units: {total} = " + ", ".join(f"{c} {counts[c]}" for c in CLASSES))
    Path(args.out).write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    print(f"misses with their nearest claim: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
