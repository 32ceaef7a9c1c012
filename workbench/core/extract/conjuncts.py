"""Two items joined by 'and' around what they share: a claim per item, each quoting the whole piece.

Works on a claim's text (already standing alone), after the clause rules:
- `object_pair`: two noun phrases after one verb or preposition ("Police seized guns and drugs");
- `verb_pair`: two verbs around one object ("accused of shooting and wounding the officers", "his
  mother bathes and bandages him"): only two words of one form (two -ing participles after a
  preposition or an auxiliary, two present verbs in -s, two past verbs) with an object after the
  second; a passive pair before a preposition ("was arrested and charged with murder") stays whole,
  its phrase belonging to the second verb only;
- `phrase_pair`: one preposition twice ("over the Grand Canyon and over Chicago").
"""

from __future__ import annotations

import re

from workbench.core.extract.clauses import DETERMINERS, PREPOSITIONS, QUOTE_MARKS, has_verb, starts_clause
from workbench.core.extract.phrase_rules import LIST_STOP, PAIR_FUNCTION
from workbench.core.language.verbs import AUXILIARIES, is_finite_verb, is_gerund, is_participle, is_verb_like
from workbench.core.language.verbs import words as _words

#: what may follow the second verb as its object: a determiner, a pronoun, a number or a name
_OBJECT_WORDS = DETERMINERS | _words("him her them it us me one two three four five six seven eight nine ten")
#: nouns in -ing that pair with another ("building and housing", "morning and evening")
_ING_NOUNS = _words("building housing morning evening clothing bedding funding training spending "
                    "timing pricing rating ranking heating lighting parking shopping dining marketing")
#: after a verb in -s these open its complement ('journalists and says that ...'): the first word may be a noun
_COMPLEMENT_WORDS = _words("that this these those")
_NOT_S_VERB = _words("news means series species always perhaps sometimes various famous previous serious "
                     "is was has does this its his hers ours yours theirs")


def verb_pair(text: str) -> list[str] | None:
    """'... of shooting and wounding the officers.' -> '... of shooting the officers.' + '... of wounding
    the officers.'; None when the text holds no such pair."""
    if (" and " not in text and " or " not in text) or any(q in text for q in QUOTE_MARKS):
        return None
    tokens = text.rstrip(".").split()
    for i, tok in enumerate(tokens):
        if tok not in ("and", "or") or i < 2 or i + 2 >= len(tokens):
            continue
        a, b, before, after = tokens[i - 1], tokens[i + 1], tokens[i - 2].lower(), tokens[i + 2]
        if not (a.isalpha() and b.isalpha() and a.islower() and b.islower()) or a == b:
            continue
        if not _pair_of_verbs(a, b, before, after):
            continue
        head, tail = " ".join(tokens[:i - 1]), " ".join(tokens[i + 2:])
        return [f"{head} {verb} {tail}." for verb in (a, b)]
    return None


def _pair_of_verbs(a: str, b: str, before: str, after: str) -> bool:
    object_next = after.lower() in _OBJECT_WORDS or after[:1].isupper() or after[:1].isdigit()
    if a.endswith("ing") and b.endswith("ing"):
        # "accused of shooting and wounding the officers", "are shooting and looting shops"
        return (is_participle(a) and is_participle(b) and a not in _ING_NOUNS and b not in _ING_NOUNS
                and (before in PREPOSITIONS or before in AUXILIARIES) and (object_next or after.islower()))
    if a.endswith("s") and b.endswith("s"):
        # "his mother bathes and bandages him": a subject before, an object after
        return (a not in _NOT_S_VERB and b not in _NOT_S_VERB and not a.endswith(("ss", "us", "is"))
                and not b.endswith(("ss", "us", "is")) and before not in DETERMINERS and before not in PREPOSITIONS
                and after.lower() in _OBJECT_WORDS and after.lower() not in _COMPLEMENT_WORDS and not before.endswith(","))
    # "Milat shot and paralysed Neville Knight"
    return (is_finite_verb(a) and is_finite_verb(b) and a not in AUXILIARIES and b not in AUXILIARIES
            and before not in DETERMINERS and before not in AUXILIARIES and before not in PREPOSITIONS
            and object_next)


def phrase_pair(text: str) -> list[str] | None:
    """'... has walked over the Grand Canyon and over Chicago.' -> '... has walked over the Grand Canyon.'
    + '... has walked over Chicago.': the same preposition twice, the second phrase ending the claim."""
    if " and " not in text or any(q in text for q in QUOTE_MARKS):
        return None
    tokens = text.rstrip(".").split()
    for i, tok in enumerate(tokens):
        if tok != "and" or i + 2 >= len(tokens) or tokens[i + 1] not in _PAIRED_PREPOSITIONS:
            continue
        prep = tokens[i + 1]
        j = max((k for k in range(max(0, i - 7), i) if tokens[k] == prep), default=None)
        if j is None or j == 0 or len(tokens) - i > 8 or any(t.endswith((",", ";")) for t in tokens[j:]) \
                or not has_verb(" ".join(tokens[:j])) or any(t.lower() in ("between", "both", "from") for t in tokens[:j]):
            continue
        return [" ".join(tokens[:i]) + ".", " ".join(tokens[:j] + tokens[i + 1:]) + "."]
    return None


_PAIRED_PREPOSITIONS = _words("in on at over to into for with by from against through across near under")


def object_pair(text: str) -> list[str] | None:
    """A claim with two short noun phrases joined by 'and' after a verb or a preposition: one claim
    each, the rest shared ('He was handed a fine and a ban for the tackle.' -> '... handed a fine for
    the tackle.' + '... handed a ban for the tackle.'). Not for 'between X and Y', 'both X and Y', a
    clause after 'and', one name ('Bosnia and Herzegovina'), or a pair that is the subject of a verb.
    Works on a claim's text (already standing alone), so both keep the claim's quote."""
    if " and " not in text or any(q in text for q in QUOTE_MARKS) or "(" in text or _SINGLE_QUOTE.search(text):
        return None
    tokens = text.rstrip(".").split()
    for at, token in enumerate(tokens):
        if token != "and" or at == 0 or not tokens[at - 1][-1:].isalnum() or at + 1 == len(tokens) \
                or tokens[at + 1] in ("then", "also", "so", "yet"):
            continue
        left = tokens[:at]
        k = len(left)
        while k > 0 and len(left) - k < 4 and not _pair_head(left[k - 1]) and not _verb_after_name(left, k - 1):
            k -= 1
        item_a = left[k:]
        if k > 0 and left[k - 1] == "to" and len(item_a) > 1 and item_a[0].isalpha() and item_a[0].islower() \
                and item_a[0] not in DETERMINERS:
            k += 1  # "is to keep social cohesion and social peace": 'keep' is the verb the pair is the object of
            item_a = left[k:]
        if k == 0 or not item_a or not (_pair_head(left[k - 1]) or _verb_after_name(left, k - 1)) \
                or not _pair_item(item_a) \
                or left[k - 1].lower() in _NOT_PAIR_HEADS:
            continue
        words = tokens[at + 1:]
        rest = " ".join(words)
        n = next((j for j, w in enumerate(words) if w.lower().strip(".,;") in _PAIR_STOP or w.endswith((",", ";"))
                  or _pair_head(w)), len(words))
        if n < len(words) and words[n].endswith((",", ";")) and not _pair_head(words[n]):
            if n + 1 < len(words):
                continue  # "shot Brent McGuigan and his son, Brendon": an apposition follows
            n += 1  # the last word of the item carries the comma
        item_b = [w.rstrip(".,;") for w in words[:n]]
        if not item_b or not _pair_item(item_b) or (n < len(words) and is_verb_like(words[n].lower())) \
                or (n < len(words) and words[n].lower() == "of"):  # "stones and bottles of water": of the bottles
            continue
        if (len(item_a) == 1 and item_a[0][:1].isupper() and item_b[0][:1].isupper()) \
                or any(x[:1].isupper() and y[:1].isdigit() for x, y in zip(item_b, item_b[1:], strict=False)):
            continue  # "Stars and Stripes", "Bosnia and Herzegovina": one name; "and Alonso 17th": a gapped clause
        if item_a[0].lower() in DETERMINERS and item_b[0].islower() and item_b[0] not in DETERMINERS:
            continue  # "the violence and deaths", "the planned cuts and tax rises": one determiner for both
        if len(item_a) == 1 and item_a[0].islower() and (len(item_b) > 1 or item_b[0] in _PAIRED_ADVERBS):
            continue  # "television and radio news broadcasts" (one head noun), "back and forth in the wind"
            # ("thanks fans and staff for ...": two nouns, each the object)
        if n < len(words) and is_participle(words[n].lower()):
            continue  # "saw a car blocking the window and a technician checking a can": two reduced clauses
        if "both" in left[max(0, k - 4):] or any(w[:1].isdigit() for w in item_a + item_b):
            continue  # a figure in an item: kept whole, the figure stays in the claim checked against the source
        prefix = " ".join(left[:k])
        head = left[k - 1].lower()
        if starts_clause(rest) is not None or (head in _PAIR_PREPS and not has_verb(prefix)):
            continue  # a clause after 'and' (the costly tests last)
        suffix = " ".join(words[n:])
        if item_b[0].lower() in DETERMINERS and n + 1 < len(words) and words[n] == "to" and words[n + 1].isalpha() \
                and words[n + 1].islower() and words[n + 1] not in DETERMINERS:
            # "against new charges and a decision to close two dams": the infinitive is the decision's alone
            return [f"{prefix} {' '.join(item_a)}.", " ".join([prefix, *item_b, suffix]).strip().rstrip(",;") + "."]
        return [" ".join([prefix, *item, suffix]).strip().rstrip(",;") + "." for item in (item_a, item_b)]
    return None


_PAIRED_ADVERBS = _words("forth back forward forwards away out down up over")
_SINGLE_QUOTE = re.compile(r"(?:^|\s)['‘]\w|\w['’](?:\s|$|[.,;])")
_PAIR_STOP = LIST_STOP | _words("last next this yesterday today tomorrow earlier later")
_NOT_PAIR_HEADS = _words("between both either neither among amid")
_PAIR_PREPS = _words("in on at for with by from to into after before during since over under against about "
                     "including like through across towards toward via")


def _pair_head(word: str) -> bool:
    """A verb or a preposition that the pair of noun phrases is the object of."""
    w = word.lower()
    return w in _PAIR_PREPS or w in ("be", "been", "being") or (word.islower() and (is_verb_like(w) or is_participle(w)))


def _verb_after_name(words: list[str], at: int) -> bool:
    """'Welbeck thanks fans and staff': the lower-case word in -s or -ed right after a name that opens the
    claim is its verb, whether or not the lexicon knows it."""
    w = words[at]
    return (0 < at <= 3 and w.isalpha() and w.islower() and w.endswith(("s", "ed")) and len(w) > 3
            and w not in PAIR_FUNCTION and w not in LIST_STOP
            and all(x[:1].isupper() and x.isalpha() for x in words[:at]))


#: adjectives in -ly ("cuddly toys"); other -ly words are adverbs ("potentially new")
_LY_ADJECTIVES = _words("cuddly lovely elderly friendly costly deadly early daily weekly monthly yearly holy ugly "
                        "silly lonely curly woolly jolly chilly hilly lively smelly bubbly wobbly prickly")


def _pair_item(words: list[str]) -> bool:
    """A short noun phrase: no verb, no pronoun or function word first, no comma inside ('her trainer':
    a possessive; 'cuddly toys': an adjective in -ly before its noun)."""
    if len(words) == 1 and (words[0].lower() in DETERMINERS or words[0].lower() in ("one", "others", "another")):
        return False  # "one used by tax officials and another by ...": a pronoun, the noun left out
    rest = words[1:] if words[0].lower() == "her" and len(words) > 1 and words[1].isalpha() \
        and words[1].islower() and not is_verb_like(words[1]) else words
    if len(words) > 4 or any(w.endswith((",", ";", ":")) for w in words[:-1]) or rest[0].lower() in PAIR_FUNCTION \
            or any(w.lower() in LIST_STOP or w.lower() in _NOT_PAIR_HEADS or w.lower() in PAIR_FUNCTION for w in rest):
        return False
    return all(not (w.islower() and (is_verb_like(w) or w in AUXILIARIES or is_gerund(w)
                                     or (w.endswith("ly") and not (k == 0 and len(words) == 2 and w in _LY_ADJECTIVES))))
               for k, w in enumerate(words))

