"""Two people named as the sayers of one statement: two statements.

"Speaker Anita Among said parliament would not be intimidated" / "Museveni said Uganda would not be
intimidated": the same words said by another named person are another fact, as the same words
said by another government are (`doers.sayers_apart`, which reads states and international
bodies only). A sayer's person names are the capitalised words of the speaker (`doers.speaker_of`)
that are no title or office ("Speaker", "Foreign Minister"), no role or kind of person ("Police",
"Opposition"), no state, capital, people or body (those are voices, read by `sayers_apart`), no
government word ("Kremlin" is Russia) and no acronym. A claim's first word is capitalised for
being first: it is read as a name only when it ends in no plural "s" and is none of those words.
The two sayers are apart only when each names a person and no name of either occurs anywhere in
the other claim (spelt the same, transliterated or another form: `doers.present`): "Putin said" /
"Russian President Vladimir Putin said" is one sayer, "Erdogan said" / "The Turkish president
said" names one person only and is left to the other readings.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.language.actors import GOVERNMENT_WORDS, OFFICES
from workbench.core.language.people import GENDER_TITLES, PERSON_NOUNS, TITLES
from workbench.core.match.another_name import kind_of
from workbench.core.match.doers import present, speaker_of, voice_tokens
from workbench.core.match.knowledge import NOT_NAMES, rewritten
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: Capitalised words opening a sentence that name no one ("The", "He", "Officials" end in "s").
_NO_NAME = frozenset(["the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "one",
                      "people", "staff", "media", "opposition", "government", "authorities", "parliament"])
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w'\u2019.-]*")
_ACRONYM = re.compile(r"[A-Z]{2,}s?")


@lru_cache(maxsize=1)
def _not_person_words() -> frozenset[str]:
    """Folded words that are titles, offices, roles or government words, never a person's name."""
    words = {t.lower() for t in TITLES} | {t.lower() for t in GENDER_TITLES} | set(PERSON_NOUNS) | _NO_NAME
    words |= {w for office in OFFICES for wording in office for w in wording.lower().split()}
    words |= {w for g in GOVERNMENT_WORDS for w in g.lower().split()}
    return frozenset(words)


@text_cache()
def sayer_person_names(text: str) -> frozenset[str]:
    """The name tokens of the persons a claim's sayer names (module doc); empty when none."""
    speaker = speaker_of(text)
    if not speaker:
        return frozenset()
    first_at = text.lstrip().startswith(speaker)
    names: set[str] = set()
    for k, m in enumerate(_WORD.finditer(speaker)):
        word = re.sub(r"['\u2019]s$", "", m.group(0)).rstrip(".")
        lower = word.lower()
        if not word[:1].isupper() or _ACRONYM.fullmatch(word) or lower in _not_person_words():
            continue
        if k == 0 and first_at and lower.endswith("s"):
            continue  # "Officials said", "Witnesses said": capitalised for being first
        tokens = normalize(rewritten(word)[0]).tokens
        if not tokens or any(t in voice_tokens() or t in NOT_NAMES or kind_of(t) for t in tokens):
            continue  # a state, capital, people or body ("Moscow", "Kenyan"), a kind of doer ("Police")
        names.update(tokens)
    return frozenset(names)


@text_cache()
def _all_tokens(text: str) -> frozenset[str]:
    """A claim's normalised tokens and its proper names (a stop word may be a name: "Among")."""
    norm = normalize(rewritten(text)[0])
    return frozenset(norm.tokens) | norm.proper


def other_named_sayer(a: str, b: str) -> str | None:
    """'another sayer: x / y' when each claim's sayer names a person (`sayer_person_names`) and no
    name of either is in the other claim (module doc)."""
    names_a, names_b = sayer_person_names(a), sayer_person_names(b)
    if not names_a or not names_b or names_a & names_b:
        return None
    tokens_a, tokens_b = _all_tokens(a), _all_tokens(b)
    if any(present(t, tokens_b) for t in names_a) or any(present(t, tokens_a) for t in names_b):
        return None
    return f"another sayer: {', '.join(sorted(names_a))} / {', '.join(sorted(names_b))}"
