"""A body's long name written as its initials, as the other outlet may write it ("the Economic
Community of Central African States" / "ECCAS", "the Food and Agriculture Organization" / "FAO").

No table lists every body; news forms their acronyms one way, from the capitalised words of the
name. Only names of three capitalised words or more that end in or hold a word for a body
(community, organisation, council, programme, ...) gain their initials: people's names ("Albert
Ondo Ossa") and places do not. The name's words stay (replacing them lost partial mentions, "the
canal authority" / "the Suez Canal Authority": sets 1-72 -3), so a claim writing the acronym now
shares it, and two bodies' long names differ by their initials too ("OAS" / "FAO").
"""

from __future__ import annotations

import re

#: Words that make a capitalised name a body's (singular and plural as written).
BODY_WORDS = frozenset([
    "agency", "agencies", "alliance", "archive", "assembly", "association", "authority", "bank", "board",
    "bureau", "centre", "center", "coalition", "commission", "committee", "community", "congress", "council",
    "court", "department", "federation", "force", "forces", "front", "fund", "institute", "league",
    "ministry", "mission", "movement", "office", "organisation", "organization", "party", "programme",
    "program", "service", "states", "union",
    # a government, an administration and a state company (helper figs84: "the Kurdistan Regional
    # Government" / "KRG", "the Federal Aviation Administration" / "FAA", "the Nigerian National
    # Petroleum Corporation" / "NNPC")
    "government", "administration", "company", "corporation",
])
#: Short words inside a body's name that give no letter ("of", "the", "and", "for").
_JOINERS = r"(?:of|the|and|for|de|du|des|la|le|pour|et)"
#: (a day or a month is no part of a name: "the Security Council Monday voted")
_CAP = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
        r"|July|August|September|October|November|December)\b)[A-Z][a-z][\w'’-]*")
_NAME = re.compile(rf"\b{_CAP}(?:\s+(?:{_JOINERS}\s+)*{_CAP})+")


def write_initials(text: str) -> str:
    """`text` with each long body name (`BODY_WORDS`, three capitalised words or more) followed by
    its initials. (Not for a headline, whose every word is capitalised: the caller's to tell.)"""
    return _NAME.sub(_initials, text)


#: Capitalised words that open a sentence or a phrase, no part of a name ("The World Food Programme").
_OPENERS = frozenset(["The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "Its", "Their", "His", "Her",
                      "After", "As", "But", "And", "When", "While", "Under"])


def _initials(m: re.Match[str]) -> str:
    found = m.group(0).split()
    kept: list[str] = []
    # an opener, or an owner before the name ("Bosnia's Central Election Commission" is the CEC)
    while found and (found[0] in _OPENERS or (len(found) > 1 and re.search(r"['’]s?$", found[0]))):
        kept.append(found.pop(0))
    if m.start() == 0 and not kept and len(found) > 1 and not found[1][:1].isupper():
        kept.append(found.pop(0))  # the text's first word, capitalised for being first ("Officials of the ...")
        while found and not found[0][:1].isupper():
            kept.append(found.pop(0))
    words = [w for w in found if w[:1].isupper()]
    if len(words) < 3 or not any(w.lower() in BODY_WORDS for w in words):
        return m.group(0)
    # the name kept (a partial mention, "the commission", still shares its words), its initials after it
    return " ".join([*kept, *found, "".join(w[0] for w in words)])



# --- an acronym read against a long name written in another claim -------------------------------
# `write_initials` writes one acronym per name, its plain initials. Many bodies are named by letters
# taken from the opening syllables of their words ("SODELPA", SOcial DEmocratic Liberal PArty;
# "NOCMA", National Oil COmpany of MAlawi): no one form can be written for a claim alone, but an
# acronym in one claim can be read against the names the other claim writes (`spelt_by`).

#: An acronym: an all-capitals word of 3-8 letters (two letters match too much by chance: "UN" /
#: "United Kingdom").
ACRONYM = re.compile(r"(?<![\w'’-])[A-Z]{3,8}(?![\w-])")
#: A word of a name: capitalised, or a particle joined to it ("al-Islam", "wal-Muslimin", "l'Organisation").
_WORD = re.compile(r"(?:(?:al|el|wal|ul|l|d)['’-])?([A-Za-z][\w'’]*)")
#: Words inside a name that give no letter (the joiners, and Arabic and Romance particles).
_SILENT = frozenset(["of", "the", "and", "for", "de", "du", "des", "la", "le", "les", "pour", "et", "en", "al",
                     "el", "wal", "bin", "ibn", "y", "del", "da", "do", "dos", "das", "di"])
#: The same words read as a name's particles: a lower-case word after a capitalised one that may go on
#: with the name ("Ahmed bin Salman", "Charles de Gaulle": `match.opening_names`).
NAME_PARTICLES = _SILENT
#: At most this many letters of one word go into a syllable-style acronym ("SOcial", "COmpany").
_PIECE = 3


def long_names(text: str) -> tuple[tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]], ...]:
    """Each run of capitalised words (joined by `_SILENT` words, spaces and hyphens) in `text`: its
    capitalised words (a possessive "'s" dropped; an opener such as "The" left out), their start
    offsets and their end offsets, so that a caller can take any part of the run."""
    runs: list[list[tuple[str, int, int]]] = [[]]
    last_end = -1
    for m in _WORD.finditer(text):
        word = m.group(1)
        gap = text[last_end:m.start()] if last_end >= 0 else " "
        joined = last_end >= 0 and re.fullmatch(r"[\s-]+", gap) is not None
        if not joined and runs[-1]:
            runs.append([])
        last_end = m.end()
        if word.lower() in _SILENT and m.group(0) == word and word[:1].islower():
            if runs[-1]:
                runs[-1].append(("", m.start(), m.end()))  # kept as a silent place-holder
            continue
        if not word[:1].isupper() or word in _OPENERS:
            runs.append([])
            continue
        # (an owner's "'s" may open a name or be part of one: "Rabuka's People's Alliance" holds both)
        end = m.end() - 2 if re.search(r"['’]s$", word) else m.end()
        runs[-1].append((re.sub(r"['’]s$", "", word), m.start(1), end))
    out: list[tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]] = []
    for run in runs:
        words = [w for w in run if w[0]]
        if len(words) >= 2:
            out.append((tuple(w[0] for w in words), tuple(w[1] for w in words), tuple(w[2] for w in words)))
    return tuple(out)


def spells(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether `acronym` is each of `words` in turn cut to its first 1-3 letters ("MERA" / Malawi
    Energy Regulatory Authority, "SODELPA" / Social Democratic Liberal Party): every word gives letters."""
    letters = acronym.lower()
    if not words:
        return not letters
    word = words[0].lower()
    return any(letters[:n] == word[:n] and spells(letters[n:], words[1:])
               for n in range(1, min(_PIECE, len(word), len(letters) - len(words) + 1) + 1))


def spelt_by(acronym: str, text: str) -> tuple[int, int] | None:
    """The offsets of a capitalised name in `text` whose words spell `acronym` (`spells`), or None.
    Only a body's name (one of `BODY_WORDS`) or, for an acronym of 4 letters or more, a name of 3
    words or more: a person's three names spell a 3-letter acronym by chance ("MDC" / "Mohamed Diallo
    Camara"). Never the head of a longer body name ("LINEAR" is not "Lincoln Near-Earth" of the
    "Lincoln Near-Earth Asteroid Research Program"); a title may follow ("European Central Bank
    President ...")."""
    for words, starts, ends in long_names(text):
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + len(acronym)) + 1):
                part = words[i:j]
                body = any(w.lower() in BODY_WORDS for w in part)
                longer = any(w.lower() in BODY_WORDS for w in words[j:])  # the name runs on to its body word
                if (body or len(acronym) >= 4 and len(part) >= 3) and not longer and spells(acronym, part):
                    return starts[i], ends[j - 1]
    return None


# --- an acronym holding a joiner's letter ------------------------------------------------------
# Some acronyms keep a small letter for a joiner of the name ("CoE", Council of Europe; "DoJ",
# Department of Justice; "DpL", Demokraten pro Liechtenstein, which English news writes "Democrats
# for Liechtenstein": the joiner translated, its letter kept). Read against the other claim's names
# by shape: each capital opens a capitalised word, each small letter stands where a joiner stands
# (any joiner, as the name may be translated), nothing between (helper dup161b, sets 161-164).

#: A mixed-case acronym: capitals with a single small letter between some of them ("DpL", "CoE").
JOINED = re.compile(r"(?<![\w'’-])[A-Z](?:[a-z]?[A-Z]){1,5}(?![\w'’-])")
#: Mixed-case words of that shape that are no name's acronym (degrees, units).
_NOT_JOINED = frozenset(["PhD", "DPhil", "MSc", "BSc", "MBA", "kWh", "MWh", "GWh", "TWh"])


def joined_acronym(word: str) -> bool:
    """Whether `word` is a mixed-case acronym (`JOINED`, at least one small letter: "DpL")."""
    return word not in _NOT_JOINED and JOINED.fullmatch(word) is not None and word != word.upper()


def joined_by(acronym: str, text: str) -> tuple[int, int] | None:
    """The offsets of the capitalised name in `text` that `acronym` ("DpL") stands for, each capital
    the initial of a word and each small letter a joiner between two ("Democrats for Liechtenstein"),
    or None."""
    parts = re.findall(r"[a-z]?[A-Z]", acronym)
    pattern = "".join((r"\s+(?:" + "|".join(sorted(_SILENT)) + r")\s+" if len(p) == 2 else r"\s+" if i else "")
                      + p[-1] + r"[a-z][\w'’-]*" for i, p in enumerate(parts))
    m = re.search(r"(?<![\w'’-])" + pattern + r"(?![\w'’-])", text)
    return (m.start(), m.end()) if m else None


# --- a name blended into one word --------------------------------------------------------------
# News also joins a name's words, or their first syllables, into one word with a capital at each
# join ("LuxLeaks", Luxembourg Leaks; "NatWest", National Westminster; "FedEx", Federal Express;
# "ExxonMobil", Exxon Mobil), while another outlet writes the words out.

#: A blended name: two capitalised pieces or more of two letters or more, run together.
BLEND = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z]+){2,}(?![\w-])")
_PIECES = re.compile(r"[A-Z][a-z]+")


def blended_by(blend: str, text: str) -> tuple[int, int] | None:
    """The offsets of capitalised words written one after another in `text` (spaces between, no
    joiner) that `blend` runs together, each piece the start of its word ("Lux" of "Luxembourg",
    "Leaks"), or None. Every piece has two letters or more and a word of its own, in order: a
    name's words spaced out read alike too ("McCain" / "Mc Cain", one name)."""
    pieces = _PIECES.findall(blend)
    if len(pieces) < 2 or any(len(p) < 2 for p in pieces) or "".join(pieces) != blend:
        return None
    words = list(re.finditer(r"(?<![\w'’-])[A-Z][a-z]+", text))
    for i in range(len(words) - len(pieces) + 1):
        run = words[i:i + len(pieces)]
        if all(re.fullmatch(r" ", text[x.end():y.start()]) for x, y in zip(run, run[1:], strict=False)) and all(
                w.group(0).lower().startswith(p.lower()) for w, p in zip(run, pieces, strict=True)):
            return run[0].start(), run[-1].end()
    return None
