"""Another name opening the same words: "Ousmane Sonko was freed from prison on 14 March" /
"Bassirou Diomaye Faye was freed from prison on 14 March" are two facts; so are two claims whose
opening name and a name in another slot both differ ("Shell halted output at its Bonga field" /
"TotalEnergies halted output at its Akpo field": `names_in_two_slots`, helper opp84).

`another_name.names_swapped` reads a swapped name of one or two tokens found among each claim's
names (`compare._names`), which leave the first word out (capitalised for being first). A claim
opening with a person's full name therefore kept its first name out of the names and the swap
was read as other words; every slot but the name agreed and the pair was called one fact (sets
77-80, stop 37). Here the name opening each claim is read whole: when it is all that differs
(every other token shared, no token of it in the other claim), the claims tell of two people.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, utils

from workbench.core.figures.shouting import headline
from workbench.core.match import knowledge
from workbench.core.match.another_name import SWAP_VARIANT_RATIO, actor_tokens, kind_of, name_slot
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: A capitalised word of a name ("Diomaye", "Jean-Pierre", "O'Brien", "Sall's").
_NAME_WORD = re.compile(r"[A-Z][\w'\u2019.-]*")
#: Capitalised openers that are no name.
_NOT_OPENERS = frozenset({"The", "A", "An", "In", "On", "At", "After", "Before", "Some", "Two", "Three"})


def _opening_words(text: str, *, to_punctuation: bool) -> list[str]:
    """The capitalised words a claim opens with (quotes and punctuation stripped), up to the first
    that ends in a comma, semicolon or colon too when `to_punctuation`; none for an opener that is
    no name (`_NOT_OPENERS`)."""
    words = []
    for w in text.split():
        if not _NAME_WORD.fullmatch(word := w.strip(",;:\u201c\u201d\"")):
            break
        words.append(word)
        if to_punctuation and w.endswith((",", ";", ":")):
            break
    return [] if not words or words[0] in _NOT_OPENERS else words


def _name_tokens(words: list[str]) -> frozenset[str]:
    """The normalised tokens of a name's words after the knowledge rewrite, words that name no one
    left out (`knowledge.NOT_NAMES`)."""
    return _tokens_of_name(" ".join(words)) if words else frozenset()


@text_cache()  # one opening name ("Police", "Witnesses") opens thousands of claims
def _tokens_of_name(name: str) -> frozenset[str]:
    return frozenset(normalize(knowledge.rewrite(name)[0]).tokens) - knowledge.NOT_NAMES


@text_cache()
def leading_name(text: str) -> frozenset[str]:
    """The normalised tokens of the name a claim opens with: its run of capitalised words, when it
    is a full name (two words or more) or one word the tables know as an actor ("Fiji", "NATO");
    empty otherwise ("Police arrested ...": a capitalised common word)."""
    words = _opening_words(text, to_punctuation=True)
    tokens = _name_tokens(words)
    if len(words) == 1 and not tokens <= actor_tokens():
        return frozenset()
    return tokens


def leading_names_swapped(a: str, b: str, tokens_a: list[str], tokens_b: list[str],
                          contents: tuple[str, str] = ("", "")) -> str | None:
    """'another name opening the same words: x / y' when each claim opens with a name (`leading_name`)
    that is all the claims do not share: none of its tokens in the other claim, every other token
    shared. Names alike enough to be one name spelt two ways, and headlines, are no swap; nor a
    name of the reporting frame ("Romania said ..." / "Moldova said ...": two sayers, which
    `doers.sayers_apart` reads): with `contents` (each claim's reported content lower-cased,
    `claim_view.surface`), the name must open the content."""
    run_a, run_b = leading_name(a), leading_name(b)
    if not run_a or not run_b:
        return None
    for text, content in ((a, contents[0]), (b, contents[1])):
        if content and not content.startswith(utils.default_process(text.split()[0])):
            return None
    set_a, set_b = set(tokens_a), set(tokens_b)
    if set_a - set_b != run_a or set_b - set_a != run_b:
        return None
    if any(fuzz.ratio(x, y) >= SWAP_VARIANT_RATIO for x in run_a for y in run_b) or headline(a) or headline(b):
        return None
    return f"another name opening the same words: {', '.join(sorted(run_a))} / {', '.join(sorted(run_b))}"


@text_cache()
def _leading_family(text: str) -> tuple[frozenset[str], str] | None:
    """(the given names' tokens, the family name's token) of a full name a claim opens with
    (`leading_name`, two words or more: "George Degiorgio"), or None."""
    words = _opening_words(text, to_punctuation=True)
    run = leading_name(text)
    family = _name_tokens(words[-1:]) if len(words) >= 2 else frozenset()
    if len(family) != 1 or not run or not family < run or any(len(w) > 1 and w.isupper() for w in words[:-1]):
        return None  # (an acronym before the name is no given name: "INS Sukanya" / "Warship Sukanya")
    given = run - family
    if any(kind_of(t) is not None for t in given):
        return None  # a kind of thing capitalised for opening the claim ("Warship Sukanya")
    return given, next(iter(family))


#: The fewest letters of a given name told apart from another ("G." is an initial, no other name).
_GIVEN_MIN = 3


def family_members_apart(a: str, b: str, tokens_a: list[str], tokens_b: list[str],
                         contents: tuple[str, str] = ("", "")) -> str | None:
    """'another person of one family: x / y' when each claim opens with a full name (`_leading_family`)
    of one family name and other given names, and those given names are all the claims do not share:
    "George Degiorgio was sentenced to 40 years" / "Alfred Degiorgio was sentenced to 40 years" are two
    people, two facts (`leading_names_swapped` asks that no token of the name be shared; `surname_only`
    keeps "Kevin Rudd" / "Therese Rudd" two). Not an initial ("G. Degiorgio"), a given name alike
    enough to be one spelt two ways or cut short ("Alex" / "Alexander"), a title ("Mr Degiorgio": no
    given name), a headline, nor a name of the reporting frame (`contents`, as `leading_names_swapped`)."""
    fa, fb = _leading_family(a), _leading_family(b)
    if fa is None or fb is None or fa[1] != fb[1] or headline(a) or headline(b):
        return None
    (given_a, _), (given_b, _) = fa, fb
    set_a, set_b = set(tokens_a), set(tokens_b)
    if set_a - set_b != given_a or set_b - set_a != given_b:
        return None
    if any(len(t) < _GIVEN_MIN for t in given_a | given_b) or any(
            fuzz.ratio(x, y) >= SWAP_VARIANT_RATIO or x.startswith(y) or y.startswith(x) for x in given_a for y in given_b):
        return None
    for text, content in ((a, contents[0]), (b, contents[1])):
        if content and not content.startswith(utils.default_process(text.split()[0])):
            return None
    return f"another person of one family: {', '.join(sorted(given_a))} / {', '.join(sorted(given_b))} {fa[1]}"


#: The most tokens each claim may hold of its own in `names_in_two_slots` (two names of a few words).
_TWO_SLOTS_MAX = 5


@text_cache()
def _opening_run(text: str) -> frozenset[str]:
    """The normalised tokens of the capitalised words a claim opens with, one word too ("Toyota",
    "Norway's DNO"); empty for an opener that is no name (`_NOT_OPENERS`)."""
    return _name_tokens(_opening_words(text, to_punctuation=False))


def names_in_two_slots(a: str, b: str, tokens_a: list[str], tokens_b: list[str], names: tuple[set[str], set[str]],
                       contents: tuple[str, str] = ("", "")) -> str | None:
    """'other names in two slots: x / y' when all the claims do not share is names, in two slots of
    each: the name each opens with (`_opening_run`) and a name further on (`names`: each claim's names
    the other lacks, spelling variants matched, `compare._unmatched_names`). Two doers acting on two
    named things are two facts, however alike the rest ("Toyota suspended production at its Tahara
    plant" / "Honda ... at its Suzuka plant"). Not in headlines, nor for a name of the reporting
    frame (`contents`, as `leading_names_swapped`)."""
    if not names[0] or not names[1]:  # (most pairs: before any set is built)
        return None
    set_a, set_b = set(tokens_a), set(tokens_b)
    only_a, only_b = set_a - set_b, set_b - set_a
    if not only_a or not only_b or len(only_a) > _TWO_SLOTS_MAX or len(only_b) > _TWO_SLOTS_MAX \
            or headline(a) or headline(b):
        return None
    run_a, run_b = _opening_run(a), _opening_run(b)
    if not (run_a & only_a and run_b & only_b and (names[0] & only_a) - run_a and (names[1] & only_b) - run_b):
        return None
    if not only_a <= names[0] | run_a or not only_b <= names[1] | run_b:
        return None
    for text, content in ((a, contents[0]), (b, contents[1])):
        if content and not content.startswith(utils.default_process(text.split()[0])):
            return None
    if any(fuzz.ratio(x, y) >= SWAP_VARIANT_RATIO for x in only_a for y in only_b):
        return None
    return f"other names in two slots: {', '.join(sorted(only_a))} / {', '.join(sorted(only_b))}"


#: The most tokens a person's full name holds in `full_names_swapped` ("Mouigni Baraka Said Soilihi").
_FULL_NAME_MAX = 5
#: A run of two capitalised words or more inside a claim: a person's full name, when it is all the
#: claims do not share ("Opposition leader Edgar Chagwa Lungu"). Not at the claim's start, whose
#: first word is capitalised for being first (`leading_names_swapped` reads that name).
_FULL_NAME = re.compile(r"(?<=[a-z,] )(?:[A-Z][\w'\u2019.-]*\s+){1,5}[A-Z][\w'\u2019.-]*")


@text_cache()
def _full_names(text: str) -> tuple[frozenset[str], ...]:
    """The normalised tokens of each full name a claim writes inside the sentence (`_FULL_NAME`)."""
    return tuple(t for m in _FULL_NAME.finditer(text) if (t := _name_tokens(m.group(0).split())))


def full_names_swapped(a: str, b: str, tokens_a: list[str], tokens_b: list[str],
                       contents: tuple[str, str] = ("", "")) -> str | None:
    """'another person in the same words: x / y' when all the claims do not share is one full name
    each, in the same slot between the same words: "Opposition leader Hakainde Hichilema urged ..." /
    "Opposition leader Edgar Chagwa Lungu urged ...", two people doing the same act (helper not97;
    `another_name.names_swapped` reads names of one or two tokens, `leading_names_swapped` a name
    opening the claim). One person named in full and by surname, with "Mr" or a title, shares a
    token and is never read here; nor names alike enough to be one name spelt two ways, headlines,
    or a name in the reporting frame (`contents`, as `leading_names_swapped`): who said it, which
    `doers.sayers_apart` reads."""
    set_a, set_b = set(tokens_a), set(tokens_b)
    only_a, only_b = set_a - set_b, set_b - set_a
    if not only_a or not only_b or len(only_a) > _FULL_NAME_MAX or len(only_b) > _FULL_NAME_MAX:
        return None
    if not any(only_a <= n for n in _full_names(a)) or not any(only_b <= n for n in _full_names(b)):
        return None
    if headline(a) or headline(b) or any(fuzz.ratio(x, y) >= SWAP_VARIANT_RATIO for x in only_a for y in only_b):
        return None
    if name_slot(tokens_a, only_a) is None or name_slot(tokens_a, only_a) != name_slot(tokens_b, only_b):
        return None
    for only, content in ((only_a, contents[0]), (only_b, contents[1])):
        if content and not all(t in normalize(content).tokens for t in only):
            return None  # a name of the reporting frame
    return f"another person in the same words: {', '.join(sorted(only_a))} / {', '.join(sorted(only_b))}"

