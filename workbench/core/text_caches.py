"""How many entries the caches keyed by a claim's or a figure's text keep, where matching asks them
once per compared pair (`functools.lru_cache`).

Matching memoises what it reads of a text (its doers, acts, counted nouns ...) and asks again for
each pair the text is in. A bound below the number of texts a project holds makes such a cache
evict in a loop and read every text again on every pair: on a dense 100k project, bounds of 50,000
made `match` read texts again (stop 32: 567.2 -> 530.2 CPU s, 313.0 -> 290.5 s wall with this bound;
docs/matching.md, end of stop 32). Their values
are small (a few tokens). Caches read once per claim, or holding large values (n-gram sets,
normalised forms), keep their own smaller bounds: those are what a 100k match's peak is made of.
"""

from __future__ import annotations

#: Entries kept by each per-pair text cache: twice the 100k project the issue asks for.
TEXT_CACHE = 200_000
