"""Words made of "up-" or "down-" and one stem, told of one thing: "S&P upgraded Belize's credit
rating" / "S&P downgraded Belize's credit rating", "upsized its bond offering" / "downsized",
"an upturn in factory orders" / "a downturn", "revised its forecast upward" / "downward". English
builds a change and its reverse from one stem with these two prefixes (upgrade / downgrade,
upsize / downsize, upscale / downscale, upturn / downturn, upswing / downswing, uptick / downtick,
upshift / downshift, upweight / downweight, upvote / downvote, upward / downward); a claim and the
same claim with the other prefix tell one change in two directions, opposite outcomes, however
alike their words and meaning vectors (the encoder reads both as "a rating change": cosine 0.93;
helper conf157, sets 157-160).

Read as a rule on the normalised tokens, not a table of pairs, so a pair no row names ("uprated" /
"downrated") is read too. Left out: stems whose two words are two acts or two things rather than
one change reversed (`_NOT_REVERSED`: "upload" / "download" a file, "uplink" / "downlink", "upright"
/ "downright", "downtown": a city's centre, no direction). Places upstream and downstream of one
thing stay read (one place told two ways), as do moods ("upbeat" / "downbeat").
"""

from __future__ import annotations

from collections.abc import Set

_UP, _DOWN = "up", "down"
#: The shortest stem read: "upset", "upon" are no prefixed words of a stem.
_STEM_AT_LEAST = 3
#: Stems whose "up-" and "down-" words are not one change in two directions.
_NOT_REVERSED = ("load", "link", "right", "pour", "fall", "play", "cast", "town")


def _stem(token: str) -> tuple[str, str] | None:
    """(the prefix, the stem) of a normalised token made of "up" or "down" and a stem, or None."""
    for prefix in (_UP, _DOWN):
        if token.startswith(prefix):
            rest = token[len(prefix):]
            if len(rest) >= _STEM_AT_LEAST and not rest.startswith(_NOT_REVERSED):
                return prefix, rest
    return None


def up_down_opposed(a: Set[str], b: Set[str]) -> str | None:
    """'upgrad / downgrad' when one claim's token (`a`) is "up-" or "down-" and a stem, the other claim
    (`b`) holds the stem with the other prefix and neither claim holds both (a claim telling "upgrades
    and downgrades" tells no direction)."""
    for t in sorted(a - b):  # sorted: the same reason in every process
        if not t.startswith((_UP, _DOWN)) or (read := _stem(t)) is None:
            continue
        prefix, rest = read
        other = (_DOWN if prefix == _UP else _UP) + rest
        if other in b and other not in a:
            return f"{t} / {other}"
    return None
