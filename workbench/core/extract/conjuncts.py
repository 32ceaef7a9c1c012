"""Two verbs joined by 'and'/'or' around one object or phrase: a fact per verb.

"Williams is accused of shooting and wounding the officers" holds two facts a fact-checker checks
apart ("... of shooting the officers", "... of wounding the officers"); so does "his mother bathes
and bandages him". Works on a claim's text (already standing alone, like `phrase_rules.object_pair`):
both claims quote the whole piece. Only two words of one form (two -ing participles after a
preposition or an auxiliary, two present verbs in -s, two past verbs) with an object after the
second; a passive pair before a preposition ("was arrested and charged with murder") stays whole,
its phrase belonging to the second verb only.
"""

from __future__ import annotations

from workbench.core.extract.clauses import DETERMINERS, PREPOSITIONS, QUOTE_MARKS, has_verb
from workbench.core.language.verbs import AUXILIARIES, is_finite_verb, is_participle
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
