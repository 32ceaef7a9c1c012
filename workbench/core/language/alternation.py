"""A regular expression for "any of these words or phrases", as a trie.

The vocabularies (event verbs in all their forms, noun synonyms, actor names) are matched with
one alternation of a thousand literals, longest first: `(kill|wound|...)`. Python's `re` tries
every literal in turn wherever the pattern may start, ~80 us a claim for the verb table alone,
twice per claim. The same literals as a trie (`kill(?:ed|s|ing)?`) are tried one character at a
time: a few microseconds.

It matches exactly what the plain alternation matches, in any pattern around it: the literals
that match at one position are all prefixes of the text there, so they lie on one path of the
trie, and a greedy optional group tries them longest first, as the plain alternation sorted by
length does (with backtracking into what follows the same way). Literals of equal length cannot
both match at one position, so their order never mattered. Tested against the plain alternation
(tests/test_alternation.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def plain(literals: Iterable[str]) -> str:
    """The plain alternation, longest literal first (what `trie` stands for)."""
    return "|".join(re.escape(k) for k in sorted(literals, key=len, reverse=True))


def trie(literals: Iterable[str], *, ignore_case: bool = False) -> str:
    """A regular expression (no capturing group) matching what `plain(literals)` matches, as a
    trie. `ignore_case`: the pattern is compiled with re.I (literals equal but for case are one)."""
    root: dict = {}
    for literal in literals:
        if not literal:
            raise ValueError("an empty literal matches everywhere")
        node = root
        for ch in literal.lower() if ignore_case else literal:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _render(root)


def _render(node: dict) -> str:
    branches = [re.escape(ch) + _render(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END not in node:
        return body
    # a literal ends here and longer ones go on: the longer first (greedy), then this one
    return body + "?" if len(branches) > 1 or _single(body) else "(?:" + body + ")?"


def _single(body: str) -> bool:
    """Whether `body` is one character, escaped or not (so that `?` applies to all of it)."""
    return len(body) == 1 or len(body) == 2 and body[0] == "\\"
