"""Two members of one kind, one in each claim: "a Chinese warship came within 140 metres of a US
destroyer" / "... of a Canadian frigate", "wounded in a rocket attack" / "in a landmine blast",
"the harvest reached 59 million tonnes" / "exports reached 59 million tonnes". Such pairs share
almost every word and most of their meaning vector, yet tell of another ship, weapon or measure:
another fact (with the same figure, no conflict either).

The kinds are `language.kinds` (vessels, munitions, attacks, buildings, goods, diseases ...) and
the offices of state (`language.actors.OFFICES`). A member is bridged, and so no clash, when the
other claim names a kind it is part of or a part of it ("vessels" / "a tanker", "grain" / "wheat",
"a bomb" / "a roadside bomb"): the wider word may be the same thing. Words both claims name are
the same thing in both, and bridge nothing ("a Chinese warship" near "a US destroyer" / "a
Canadian frigate"); "naval drones" / "drones" share their kind ("drone"). Read from the
claims' reported wording (`claim_view.claim_roles`): who reports ("the army spokesman said") is no
member. A ship's or a plane's flag or owner tells it apart the same way ("a Greek-owned tanker" / "a
Liberian-flagged tanker": `other_flag`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.language.actors import KIND_PARENTS, KINDS, OFFICES
from workbench.core.language.kinds import ATTACK_WEAPONS, kind_ancestors, kind_words, thing_kinds
from workbench.core.language.synonyms import same_nouns
from workbench.core.match.another_name import country_tokens
from workbench.core.match.doers import JUDGING
from workbench.core.match.normalize import normalize
from workbench.core.match.place_names import is_people_name
from workbench.core.match.roles import main_act, passive_subject, roles
from workbench.core.match.sites import body_sites, embassies_apart
from workbench.core.text_caches import text_cache

#: The longest wording of a kind read, in normalised tokens ("amphibious assault ships").
_MAX_TOKENS = 3
#: The kind the offices of state are members of.
_OFFICES = "<offices>"
#: The kind the kinds of people (`actors.KINDS`: soldiers, police, journalists, prosecutors ...) are members of.
_PEOPLE = "<people>"
#: `actors.KINDS` groups that count no people (an outbreak's cases and deaths), or people of any
#: trade ("children": "health workers rolled out the vaccine" / "... giving children the vaccine").
_NOT_PEOPLE = frozenset(["cases", "deaths", "children"])


@lru_cache(maxsize=1)
def _people() -> dict[str, tuple[str, ...]]:
    """{"people: <kind>": its words} for the kinds of people of `actors.KINDS`."""
    things = thing_kinds()
    return {f"people: {g[0]}": tuple(g) for g in KINDS if g[0] not in things and g[0] not in _NOT_PEOPLE}


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, ...], str]:
    """{normalised tokens of a wording (in order): its kind's name}."""
    out: dict[tuple[str, ...], str] = {}
    groups = [*kind_words().items(), *((f"office: {g[0]}", tuple(g)) for g in OFFICES), *_people().items()]
    for name, words in groups:
        for word in words:
            tokens = tuple(normalize(same_nouns(word)).tokens)
            if 0 < len(tokens) <= _MAX_TOKENS:
                out.setdefault(tokens, name)
    return out


@lru_cache(maxsize=1)
def _ancestors() -> dict[str, tuple[str, ...]]:
    things = thing_kinds()  # (a kind of people may be part of a thing's: families are households, "homes")
    people = {k: (*(up if up in things else f"people: {up}" for up in KIND_PARENTS.get(k.removeprefix("people: "), ())),
                  _PEOPLE) for k in _people()}
    return {**kind_ancestors(), **{f"office: {g[0]}": (_OFFICES,) for g in OFFICES}, **people}


#: The president's office as "head of state": normalising drops "state" (a reporting word), so the
#: table reads any "head" as it; only "head(s) of state" as written is that office ("the former head of
#: the Yongsan police station" / "police chief" was "another of the offices"; helper dup155).
_HEAD_OF_STATE = "office: president"
_WRITTEN_HEAD_OF_STATE = re.compile(r"\bheads?\s+of\s+(?:the\s+)?state\b", re.I)


@lru_cache(maxsize=50_000)
def kinds_named(wording: str) -> dict[str, str]:
    """{kind: as written (its tokens)} for each kind a claim's wording names, longest wording first
    ("cargo ships" is no "ships"), and the weapon of each kind of attack named (`ATTACK_WEAPONS`)."""
    table, tokens, ups = _table(), normalize(wording).tokens, _ancestors()
    out: dict[str, str] = {}
    k, before, before_end = 0, None, -1  # the kind read last and where it ended
    while k < len(tokens):
        for n in range(min(_MAX_TOKENS, len(tokens) - k), 0, -1):
            kind = table.get(tuple(tokens[k:k + n]))
            if kind is not None:
                if before is not None and before_end == k and before in ups.get(kind, ()) and \
                        out.get(before) == " ".join(tokens[k - len(out[before].split()):k]) and \
                        _written_next(wording, tokens[k - 1], tokens[k]):
                    del out[before]  # a wider word before a member describes it ("an explosive drone")
                out.setdefault(kind, " ".join(tokens[k:k + n]))
                k, before, before_end = k + n, kind, k + n
                break
        else:
            k += 1
    if out.get(_HEAD_OF_STATE) == "head" and not _WRITTEN_HEAD_OF_STATE.search(wording):
        del out[_HEAD_OF_STATE]  # "the head of the police station": no head of state (`_WRITTEN_HEAD_OF_STATE`)
    for kind, written in list(out.items()):  # an attack names its weapon too ("drone attack": drones)
        if kind in ATTACK_WEAPONS:
            out.setdefault(ATTACK_WEAPONS[kind], written)
    return out


#: "port" written in lower case: a seaport, not the opening of a town's name ("Port-au-Prince", "Port Sudan").
_PORT = re.compile(r"\bports?\b")


#: "power" held, not supplied: "in power since 2005", "came to power", "seized power", "power-sharing".
_HELD_POWER = re.compile(r"\b(?:in|to|seized?|seizing|grab(?:bed)?|hold\s+on|grip\s+on|retain(?:ed)?|regain(?:ed)?"
                         r"|cl(?:i|u)ng(?:ing)?\s+to|share)\s+power\b|\bpower[-\s](?:sharing|struggle|grab|vacuum)\b", re.I)


#: "building" as a noun, not the verb ("building a new prison"), which normalises as it does ("build").
_BUILDING_NOUN = re.compile(r"\bbuildings\b|\bbuilding\b(?!\s+(?:a|an|the|new|up|its|their|his|her|more)\b)", re.I)


#: An exception or a concession and the few words it names ("except for food producers", "despite
#: the gas cut"): what the fact leaves out or goes on in spite of, no slot of it (helper opp84:
#: "enterprises halted production except for food producers" / "factories are working despite the
#: gas cut" named no two commodities).
_ASIDE = re.compile(r"\b(?:except(?:\s+for)?|apart\s+from|other\s+than|despite|in\s+spite\s+of)(?:\s+[\w'-]+){1,3}")


def kinds_read(text: str, wording: str) -> dict[str, str]:
    """`kinds_named` of a claim's reported wording, without a seaport read from a town's name
    opening with "Port" (the wording is lower case; `text` as written tells it), nor a power supply
    read from power held ("in power since 2005": `_HELD_POWER`) or buildings from the verb "build",
    nor the kinds an aside names (`_ASIDE`); a body named as a site is its building too (`sites`)."""
    kinds = kinds_named(_ASIDE.sub(" ", wording))  # (read once per claim: `claim_readings`)
    if kinds.get("seaports") == "port" and not _PORT.search(text):
        kinds = {k: w for k, w in kinds.items() if k != "seaports"}
    if kinds.get("power supply") == "power" and _HELD_POWER.search(text):
        kinds = {k: w for k, w in kinds.items() if k != "power supply"}
    if kinds.get("buildings") == "build" and not _BUILDING_NOUN.search(text):
        kinds = {k: w for k, w in kinds.items() if k != "buildings"}  # "to build a prison": the verb
    if sites := body_sites(wording):  # "outside parliament": its building too (`sites`)
        kinds = {**kinds, **{k: " ".join(normalize(w).tokens) for k, w in sites.items() if k not in kinds}}
    return kinds


def _written_next(wording: str, first: str, second: str) -> bool:
    """Whether two normalised tokens are written as two neighbouring words ("explosive drone", not
    "weapons and a drone": normalising drops the words between)."""
    words = wording.split()
    return any(normalize(w).tokens == [first] and normalize(x).tokens[:1] == [second]
               for w, x in zip(words, words[1:], strict=False))


def _root(kind: str) -> str:
    ups = _ancestors().get(kind, ())
    return ups[-1] if ups else kind


def _bridged(kind: str, others: dict[str, str]) -> bool:
    """Whether the other claim names a kind this one is part of, or a part of it."""
    ups = _ancestors()
    return any(o in ups.get(kind, ()) or kind in ups.get(o, ()) for o in others)


def _name(kind: str) -> str:
    return kind.removeprefix("office: ").removeprefix("people: ")


#: A ship's or a plane's flag, owner or operator named by a country's people ("a greek owned
#: tanker", "a liberian flagged bulk carrier", as the reported wording writes them).
_FLAG = re.compile(r"\b([a-z]+) (?:flagged|owned|registered|operated)\b")
#: How peoples' names end ("liberian", "maltese", "bahamian", "kuwaiti"; a people's name that is a
#: word of a country's name, "state", is none).
_PEOPLE_ENDINGS = ("n", "ese", "i", "ish")
#: Two flags sharing this many first letters are one country written two ways ("liberia" / "liberian").
_SAME_COUNTRY_PREFIX = 5


@text_cache(maxsize=50_000)
def flags_named(wording: str) -> frozenset[str]:
    """The countries' and peoples' names a wording names flags or owners by ("greek", "liberian")."""
    return frozenset(w for m in _FLAG.finditer(wording) if set(normalize(w := m.group(1)).tokens) & country_tokens().keys()
                     or w.endswith(_PEOPLE_ENDINGS) and is_people_name(w.capitalize()))


def other_flag(wording_a: str, wording_b: str) -> str | None:
    """'another flag or owner: greek / liberian' when each claim names a vessel's or aircraft's flag or
    owner (`_FLAG`) and neither flag is a country the other claim names anywhere: two ships
    ("a Greek-owned, Liberian-flagged tanker" / "a Liberian-flagged tanker" is one)."""
    return flags_apart(wording_a, flags_named(wording_a), wording_b, flags_named(wording_b))


def flags_apart(wording_a: str, fa: frozenset[str], wording_b: str, fb: frozenset[str]) -> str | None:
    """`other_flag` of two wordings and their `flags_named`, read before (`claim_readings`)."""
    if not fa or not fb:
        return None
    words_a, words_b = wording_a.split(), wording_b.split()
    if any(f[:_SAME_COUNTRY_PREFIX] == w[:_SAME_COUNTRY_PREFIX] for f in fa for w in words_b) or \
            any(f[:_SAME_COUNTRY_PREFIX] == w[:_SAME_COUNTRY_PREFIX] for f in fb for w in words_a):
        return None
    return f"another flag or owner: {', '.join(sorted(fa))} / {', '.join(sorted(fb))}"


def other_member(wording_a: str, wording_b: str) -> str | None:
    """'another of the ships: destroyers / frigates' when each claim names a member of one kind
    (`language.kinds`, offices of state) that the other neither names nor bridges with a wider
    or narrower word, or another flag or owner (`other_flag`); None otherwise. `wording_*`: each
    claim's reported wording."""
    return members_apart((wording_a, kinds_named(wording_a), flags_named(wording_a)),
                         (wording_b, kinds_named(wording_b), flags_named(wording_b)))


#: One claim as `members_apart` reads it: its reported wording, `kinds_named` and `flags_named`.
_Named = tuple[str, dict[str, str], frozenset[str]]


def members_apart(a: _Named, b: _Named) -> str | None:
    """`other_member` of two claims' wordings and their kinds and flags, read before (`claim_readings`)."""
    (wording_a, ka, fa), (wording_b, kb, fb) = a, b
    if flag := flags_apart(wording_a, fa, wording_b, fb):
        return flag
    if not ka or not kb:
        return None
    if "embassies" in ka and "embassies" in kb and (owners := embassies_apart(wording_a, wording_b)):
        return owners  # "the French embassy" / "the US embassy" (`sites`)
    # a kind both name is one thing in both ("a Chinese warship"), no wider word for the others
    ra, rb = {k: w for k, w in ka.items() if k not in kb}, {k: w for k, w in kb.items() if k not in ka}
    only_a = [k for k in ra if not _bridged(k, rb)]
    only_b = [k for k in rb if not _bridged(k, ra)]
    for x in only_a:
        for y in only_b:
            if _root(x) == _root(y) and (_root(x) != _PEOPLE or _one_role(wording_a, wording_b, ra[x], rb[y])):
                return f"another of the {_root(x).strip('<>')}: {_name(x)} / {_name(y)}"
    return None


def _one_role(wording_a: str, wording_b: str, x: str, y: str) -> bool:
    """Whether two kinds of people (as written, `kinds_named`) play one role in one act: the same main
    verb (`roles.main_act`), both its doers or both done to ("a prosecutor" / "a journalist was shot
    dead"). People name a doer as often as a victim ("troops wounded 36 officers" / "36 police
    officers were wounded by the army"), so two kinds of people in two roles are no clash."""
    if main_act(wording_a) != main_act(wording_b) or JUDGING.search(wording_a) or JUDGING.search(wording_b):
        return False  # (who confirms or condemns an act is no one in it: "... was confirmed by residents")
    # a passive naming no doer tells whom it was done to ("two aides were shot dead": `passive_subject`)
    ra = roles(wording_a) or (frozenset(), passive_subject(wording_a) or frozenset())
    rb = roles(wording_b) or (frozenset(), passive_subject(wording_b) or frozenset())
    wx, wy = frozenset(x.split()), frozenset(y.split())
    return bool(wx and wy) and (wx <= ra[0] and wy <= rb[0] or wx <= ra[1] and wy <= rb[1])


def names_arms(wording: str) -> bool:
    """Whether a wording names a weapon or a kind of attack (`language.kinds`): "launched 40
    airstrikes" tells an attack, "launched a mission" none."""
    return any(_root(k) in ("weapons", "attacks") for k in kinds_named(wording))
