"""What a sentence is when it is not an ordinary claim: boilerplate, headline, opinion; and hedges.

Rules only, applied per sentence (and per line for headlines): navigation, calls to action,
bylines, photo credits, newsletter and republishing notices are boilerplate; short lines without
final punctuation at the top of the body (or equal to the title) are headlines; questions and
first-person or normative statements with nothing checkable (no figure, no date, no name) are
opinion.
"""

from __future__ import annotations

import re

from workbench.core.model import ClaimKind

_BOILERPLATE = re.compile(
    r"(?:^skip to|\bsign up\b|\bsubscribe\b|\bnewsletters?\b|\bfollow us\b|\bclick here\b|\bread more\b|"
    r"^share (?:this|on)\b|^share$|copyright|©|all rights reserved|\brepublish|\bcookies?\b|advertisement|"
    r"fill out this form|can be found here|^related\b|^more from\b|^most (?:read|popular)|^watch:|^listen:|"
    r"^(?:photo|picture|image|video)(?: credit)?\s*:|^(?:by|from)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*$|"
    r"^https?://|^www\.|^\S+\.(?:com|org|net|pk|ae|co\.uk)\S*$|\bdelivers independent\b|"
    r"\bemail (?:us|this)\b|\bterms of (?:use|service)\b|\bprivacy policy\b|^reporting by\b|^editing by\b|"
    r"^additional reporting\b|^(?:updated|published|posted|last modified)\s*:?)",
    re.IGNORECASE,
)
_CREDIT_TAIL = re.compile(r"\((?:AA|AFP|AP|Reuters|EPA|Getty(?: Images)?|PA|Xinhua|File|Photo[^)]*)\)\s*$")
_DATELINE = re.compile(
    r"^(?:[A-Z][\w .'-]{0,30},\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*(?:\d{1,2})?,?\s*(?:\d{4})?"
    r"(?:\s+\d{1,2}:\d{2}\s*(?:[ap]\.?\s?m\.?)?)?\s*(?:[-–—]|\(.*\))?\s*$"
)
_OPINION = re.compile(
    r"\b(?:I think|I believe|I feel|in my (?:view|opinion)|we must|we need to|should be|ought to|it is time|"
    r"it's time|shameful|disgraceful|outrageous|wonderful|terrible|we should|let us|let's)\b",
    re.IGNORECASE,
)
_CHECKABLE = re.compile(r"\d|\b(?:[A-Z][a-z]+\s+){1,}[A-Z][a-z]+|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
HEDGES = re.compile(
    r"\b(?:reportedly|apparently|allegedly|purportedly|supposedly|unconfirmed|unverified|claimed|claims|alleged|"
    r"rumou?red|is said to|are said to|was said to|were said to|is believed to|are believed to|"
    r"was believed to|were believed to|appears? to|appeared to|seems? to|seemed to|possibly|"
    r"media reports|reports emerged|it is understood|may have|might have|could have)\b",
    re.IGNORECASE,
)


def line_kind(line: str, *, title: str | None, before_body: bool) -> str | None:
    """Kind for a whole line (headline, dateline, boilerplate), or None to classify by sentence."""
    s = line.strip()
    if not s:
        return None
    if _BOILERPLATE.search(s) or _DATELINE.match(s):
        return ClaimKind.BOILERPLATE.value
    if title and _norm(s) == _norm(title):
        return ClaimKind.HEADLINE.value
    if before_body and not re.search(r"[.!?\"”]\s*$", s) and len(s.split()) <= 30:
        return ClaimKind.HEADLINE.value
    if _CREDIT_TAIL.search(s) and not re.search(r"[.!?]\s*\(", s):
        return ClaimKind.BOILERPLATE.value  # a photo caption with its credit
    return None


def sentence_kind(sentence: str) -> str:
    s = sentence.strip()
    if _BOILERPLATE.search(s):
        return ClaimKind.BOILERPLATE.value
    if s.endswith("?") or s.endswith('?"') or s.endswith("?”"):
        return ClaimKind.OPINION.value
    if _OPINION.search(s) and not _CHECKABLE.search(s[1:]):
        return ClaimKind.OPINION.value
    return ClaimKind.CLAIM.value


def is_hedged(text: str) -> bool:
    return HEDGES.search(text) is not None


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()
