"""Phrase-level splitting rules: appositions, participial openers, 'where' clauses, listed passive
verbs, noun lists, trailing appositions, quantified relatives. Each returns pieces or None, like
the clause-level rules in `split_rules` (which orders them all in `RULES`)."""

from __future__ import annotations

import re

from workbench.core.extract.clauses import (
    DETERMINERS,
    DISCOURSE,
    QUOTE_MARKS,
    antecedent,
    find_subject,
    has_verb,
    is_plural,
    starts_clause,
)
from workbench.core.extract.pieces import Piece, make_piece, with_subject
from workbench.core.extract.reference import is_person_noun
from workbench.core.extract.role_facts import ROLE_NOUNS, plural_role
from workbench.core.language.verbs import (
    AUXILIARIES,
    IRREGULAR_PAST_FORMS,
    PRESENT_VERBS,
    gerund_to_past,
    is_finite_verb,
    is_gerund,
    is_participle,
    is_verb_like,
    trie_regex,
)
from workbench.core.language.verbs import words as _words


def split_span(sentence: str, a: int, b: int, subject: str | None, depth: int) -> list[Piece]:
    """The whole rule set on a sub-span (imported when first called: `split_rules` imports this module)."""
    from workbench.core.extract.split_rules import split_span as split

    return split(sentence, a, b, subject, depth)


_APPOSITION = re.compile(
    # a name, with a role before it ("Police officer John Moschetto"), or a common noun phrase ("The company")
    r"^(?P<subj>(?P<pre>(?:[A-Z][\w.'’-]*\s+)?(?:[a-z][\w'’-]*\s+){1,3})?"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|al|bin|van|von))*)"
    r"|(?P<np>(?:[Tt]he|An?|an?|This|this|That|that|Its|its|His|his|Her|her|Their|their)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)),\s+"
    r"(?P<app>(?:a|an|the)\s+[^,;\"“”]{2,80}?|\d{1,3}"
    r"|(?P<part>(?:currently|now|also|still|already|recently)\s+)?(?:[a-z]+ed|born|known|taken|seen|given|"
    rf"{trie_regex(sorted(IRREGULAR_PAST_FORMS))})\s+(?:on|in|by|at|for|with|to|from|near|as)\b[^,;\"“”]{{2,120}}?"
    r"|(?P<ing>(?:speaking|sitting|standing|travelling|traveling|working|living|staying|visiting|flying|sailing|"
    r"serving|playing)\s+(?:on|in|at|from|to|with|for|under|as|near)\b[^,;\"“”]{2,120}?)),\s+"
)
_STATE_PARTICIPLES = _words("based located headquartered known named called situated owned run controlled listed "
                            "registered married employed deployed stationed set placed housed")
#: "signed from Porto last year": the apposition tells a past event ("was"), not a state ("is")
_PAST_MARK = re.compile(r"\b(?:last|ago|yesterday|earlier|in\s+(?:1[89]|20)\d\d|on\s+[A-Z][a-z]+day)\b")

def apposition(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """An apposition: 'Gary Locke, a former Killie defender, has paid tribute ...' gives two facts."""
    named = _NAMED_APPOSITION.match(seg) if ", " in seg else None
    if named and starts_clause(seg[named.end():]) == "vp" and not _REPORTING.match(seg, named.end()):
        # "His condition, Epidermolysis Bullosa, has ..." / "Pettingill's father, Trevor, linked ...": the
        # noun phrase is the name, and the sentence goes on about it
        np = named.group("np")
        fact = make_piece(sentence, a, a + named.end("name"), f"{np} is {named.group('name')}")
        main = make_piece(sentence, a, b, f"{np} {seg[named.end():].strip()}")
        for p in fact + main:
            p.has_verb = True
        return main + fact if fact and main else None
    rn = _ROLE_NAME_APPOSITION.match(seg) if ", " in seg else None
    if rn and starts_clause(seg[rn.end():]) == "vp" and not _REPORTING.match(seg, rn.end()) \
            and _person_head(_ROLE_HEAD.split(rn.group("role"))[0].split()[-1]):
        # "A professor of economics at the university, Yanis Varoufakis, did not go to work": the name is the
        # subject; the role is a fact of its own
        name, desc = rn.group("name"), rn.group("role")
        fact = make_piece(sentence, a, a + rn.end("name"), f"{name} is {desc[0].lower()}{desc[1:]}")
        main = split_span(sentence, a + rn.end(), b, name, depth + 1)
        main = [Piece(a, p.end, with_subject(p, name).text, True) if p.start == a + rn.end() else p for p in main]
        for p in fact:
            p.has_verb = True
        return main + fact if fact and main else None
    m = _APPOSITION.match(seg) if "," in seg else None  # (it needs a comma)
    second = _SECOND_APPOSITION.match(seg, m.end()) if m and m.group("app").isdigit() and m.group("name") else None
    if m and second and starts_clause(seg[second.end():]) == "vp" and not _REPORTING.match(seg, second.end()):
        # "Jenny Wallenda, 87, the matriarch of the family, died ...": the age, the role, the main clause
        name = m.group("name")
        facts = make_piece(sentence, a + m.start("name"), a + m.end("app"), f"{name} is {m.group('app')} years old")
        facts += make_piece(sentence, a + m.start("name"), a + second.end("app"), f"{name} is {second.group('app')}")
        main = split_span(sentence, a + second.end(), b, name, depth + 1)
        main = [Piece(a, p.end, with_subject(p, name).text, True) if p.start == a + second.end() else p for p in main]
        for p in facts:
            p.has_verb = True
        return main + facts if len(facts) == 2 and main else None
    if m and (starts_clause(seg[m.end():]) == "vp" or _age_then_verb(m, seg)):
        subj = m.group("subj")
        name = m.group("name") or subj  # "John Moschetto is 54 years old"; "The company is based in Ohio"
        app = m.group("app")
        if app.isdigit() and m.group("np"):
            return None  # "The unit, 54, ...": no age of a common noun
        first = app.split()[0]
        participle = m.group("part") is not None or (first not in ("a", "an", "the") and not app.isdigit())
        # "The company, based in Ohio," is; "The government, pushed to the brink," was
        pword = app.split()[1] if m.group("part") and len(app.split()) > 1 else first
        verb = "was" if participle and (_PAST_MARK.search(app) or pword not in _STATE_PARTICIPLES) else "is"
        if m.group("ing"):  # "Mr Gates, speaking at a conference in Bahrain, called": in the main verb's tense
            main_words = seg[m.end():].split()
            verb = "was" if main_words and _past_form(main_words[0 if main_words[0] not in ("also", "then") else 1:]) else "is"
        if participle and m.group("np") is None and m.group("part") is None and m.group("ing") is None \
                and not is_finite_verb(first):
            return None
        aged = _AGED_ROLE.match(app)
        if aged:  # "Robert Bates, a 73-year-old reserve deputy,": the age and the role are two facts
            role = make_piece(sentence, a + m.start("subj"), a + m.end("app"), f"{name} is {aged.group('age')} years old")
            role += make_piece(sentence, a + m.start("subj"), a + m.end("app"),
                               f"{name} is {'an' if aged.group('role')[:1] in 'aeiou' else 'a'} {aged.group('role')}")
        else:
            role = make_piece(sentence, a + m.start("subj"), a + m.end("app"),
                              f"{name} {verb} {app}" + (" years old" if app.isdigit() else ""))
        for p in role:
            p.has_verb = True
        main = make_piece(sentence, a, b, f"{subj} {seg[m.end():].strip()}")
        for p in main if _age_then_verb(m, seg) else ():
            p.has_verb = True  # ("stars" is a verb here, which the lexicon cannot know)
        rest = split_span(sentence, a + m.end(), b, subj, depth + 1) if main and not _age_then_verb(m, seg) else []
        if len(rest) > 1:  # "..., 29, tracked one down, and filmed the reveal": the verb phrases apart
            main = [Piece(a, p.end, with_subject(p, subj).text, True) if p.start == a + m.end() else p for p in rest]
        if role and main:
            return main + role
    return None



#: "His condition, Epidermolysis Bullosa,", "Pettingill's father, Trevor,": a possessed noun and its name
_NAMED_APPOSITION = re.compile(
    r"^(?P<np>(?:His|Her|Their|Its|[A-Z][\w'’-]*['’]s?)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+")
_ROLE_NAME_APPOSITION = re.compile(
    r"^(?P<role>(?:A|An|The)\s+[a-z][^,;\"“”()]{2,90}?),\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+")
_ROLE_HEAD = re.compile(r"\s+(?:of|at|from|in|for|with|on)\s+")
_REPORTING = re.compile(r"(?:said|says|told|tells|added|adds|claimed|claims|explained|insisted)\b")
_SECOND_APPOSITION = re.compile(r"(?P<app>(?:a|an|the)\s+[^,;\"“”()]{2,100}?),\s+")
_AGED_ROLE = re.compile(r"^(?:a|an)\s+(?P<age>\d{1,3})-year-old\s+(?P<role>[a-z][^,;]*)$")


def _person_head(word: str) -> bool:
    """'professor', 'head', 'lecturer', 'farmer': a noun a person is introduced with (not 'capital', 'unit')."""
    return word in ROLE_NOUNS or is_person_noun(word) or word in ("head", "member") \
        or (len(word) > 5 and word.endswith(("er", "or", "ist", "ian")) and word not in _NOT_AGENT_NOUNS)


_NOT_AGENT_NOUNS = _words("river tower center centre water number quarter letter corner border harbor harbour "
                          "chamber register sector factor monitor")


def _age_then_verb(m: re.Match[str], seg: str) -> bool:
    """'Lucy, 24, stars in ...': after a name and an age, a lower-case word in -s is the verb."""
    words = seg[m.end():].split()
    return bool(m.group("app").isdigit() and m.group("name") and words and words[0].islower()
                and words[0].endswith("s") and not words[0].endswith("ss") and words[0] not in DETERMINERS)


def _past_form(words: list[str]) -> bool:
    w = words[0].lower() if words else ""
    return (w.endswith("ed") and is_finite_verb(w)) or w in IRREGULAR_PAST_FORMS or w in ("was", "were", "had")


def copula_subject(seg: str, end: int, ante: str) -> str:
    """'Laura Wells is a successful model who has worked in New York': the relative clause tells of
    the subject the predicate noun describes ('Laura Wells has worked ...')."""
    before = seg[:end].rstrip()
    if not before.endswith(ante):
        return ante
    head = before[:-len(ante)].rstrip()
    m = _COPULA_END.search(head)
    if m is None or ante.split()[0].lower() not in ("a", "an"):
        return ante
    subj = head[:m.start()].strip()
    return subj if subj and find_subject(f"{subj} is") == subj and len(subj.split()) <= 6 else ante


_COPULA_END = re.compile(r"\s+(?:is|was|are|were)$")


def leading_participle(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """A participial opener: 'Having lost his job, Smith moved to Texas' -> 'Smith had lost his job' +
    'Smith moved to Texas'; 'Facing a strike, the board raised wages' -> 'The board faced a strike'."""
    m = _LEAD_PARTICIPLE.match(seg) if "ing " in seg[:40] else None
    if m is None:
        return None
    ger = (m.group("ger") or "").lower()
    if not m.group("pp") and (ger in _NOT_PARTICIPLES or not is_participle(ger)):
        return None
    rest_at = m.end()
    subj = find_subject(seg[rest_at:])
    if not subj or not seg[rest_at:].startswith(subj) or starts_clause(seg[rest_at:]) != "clause":
        return None
    subj_text = subj if subj[:1].isupper() and subj.split()[0] not in ("The", "A", "An") else subj[0].lower() + subj[1:]
    tail = seg[(m.end("ger") if ger else m.start("pp")):m.end("lead")]
    tail = tail if ger else " " + tail
    head = f"{subj_text} had" if m.group("pp") else f"{subj_text} {gerund_to_past(ger)}"
    left = make_piece(sentence, a + m.start("lead"), a + m.end("lead"), f"{head}{tail}")
    right = split_span(sentence, a + rest_at, b, subject, depth + 1)
    if not left or not right:
        return None
    left[0].has_verb = True
    return right + left


_LEAD_PARTICIPLE = re.compile(r"^(?P<lead>(?:Having\s+(?P<pp>[a-z]+)|(?P<ger>[A-Z][a-z]{2,}ing))\b[^,;\"“”]{2,80}),\s+")
_NOT_PARTICIPLES = _words("during following including regarding concerning excluding according notwithstanding "
                          "pending considering barring morning evening nothing something everything anything "
                          "bring king spring string thing wing ring sing swing sting")


def where_clause(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """', where he died from his injuries' after a place: 'He died from his injuries in hospital'."""
    m = _WHERE.search(seg) if "where" in seg else None
    if m is None or starts_clause(seg[m.end():]) != "clause":
        return None
    ante = antecedent(seg, m.start())
    if not ante:
        return None
    before = seg[:m.start()].rstrip(" ,").split()
    k = len(before) - len(ante.split()) - 1
    prep = before[k].lower() if k >= 0 else ""
    if prep not in _PLACE_PREPS:
        return None
    left = split_span(sentence, a, a + m.start(), subject, depth + 1)
    clause = seg[m.end():].rstrip(" .")
    right = make_piece(sentence, a + m.end(), b, f"{clause} {_PLACE_PREPS[prep]} {ante}")
    if not left or not right:
        return None
    return left + right


_WHERE = re.compile(r",\s+where\s+")
_PLACE_PREPS = {"in": "in", "at": "at", "to": "in", "into": "in", "near": "near", "inside": "inside"}


def participle_list(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """Passive verbs listed after one auxiliary: 'Many seals are shot, impaled and clubbed to death'
    -> 'Many seals are shot.' + 'Many seals are impaled.' + 'Many seals are clubbed to death.'"""
    m = _PARTICIPLE_LIST.search(seg) if " and " in seg and ", " in seg else None
    if m is None:
        return None
    verbs = [v.strip() for v in m.group("items").split(",")] + [m.group("last")]
    if len(verbs) < 3 or not all(_past_participle(w) for v in verbs for w in v.split(" or "))  \
            or verbs[-1] in IRREGULAR_PAST_FORMS:
        return None  # ("were chased, beaten and sought refuge": an irregular past may be active)
    head = seg[:m.start("items")].strip()
    if not find_subject(f"{head} {verbs[0].split()[0]}"):
        if not subject or head.split()[0].lower() not in AUXILIARIES:
            return None
        head = f"{subject} {head}"  # "Many seals who are ... old are shot, impaled and clubbed": the span opens
        # at 'are', the subject given
    out = make_piece(sentence, a, a + m.start("items") + len(verbs[0]))
    at = m.start("items") + len(verbs[0])
    for verb in verbs[1:-1]:
        k = seg.index(verb, at)
        out += make_piece(sentence, a + k, a + k + len(verb), f"{head} {verb}")
        at = k + len(verb)
    k = m.start("last")
    out += make_piece(sentence, a + k, b, f"{head} {seg[k:].strip()}")
    for p in out:
        p.has_verb = True
    return out if len(out) == len(verbs) else None


_PARTICIPLE_LIST = re.compile(
    r"\b(?:is|are|was|were|been|be|being)\s+(?P<items>[a-z]+(?:\s+or\s+[a-z]+)?(?:,\s+[a-z]+)+),?\s+and\s+"
    r"(?P<last>[a-z]+)\b")


def _past_participle(word: str) -> bool:
    return (word.endswith("ed") and is_finite_verb(word)) or word in IRREGULAR_PAST_FORMS or word in _EN_PARTICIPLES


_EN_PARTICIPLES = _words("taken given seen known shown beaten driven written stolen broken chosen eaten fallen "
                         "forgotten frozen hidden ridden risen shaken spoken sworn thrown torn woken worn born")


def _trailing_apposition(seg: str) -> re.Match[str] | None:
    """`_TRAILING_APPOSITION.search(seg)`: its comma is the last one, its name at most five words before it;
    searched from there when the stretch before holds them whole (a search from the start tried every
    capital of a long span)."""
    comma = seg.rfind(",")
    lo = max(0, comma - 200)
    if lo and len(seg[lo:comma].split()) < 7:
        lo = 0
    return _TRAILING_APPOSITION.search(seg, lo)


def trailing_apposition(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """A name at the end with its description: '... a call from the MV Gibe, a merchant vessel under an
    Ethiopian flag' -> '... a call from the MV Gibe.' + 'The MV Gibe is a merchant vessel ...'."""
    m = _trailing_apposition(seg) if ", " in seg else None
    if m is None or " and " in m.group("app") or m.start() < 10 or _ABOUT_THE_CLAUSE.match(m.group("app")):
        return None  # (", a claim denied by elders": about the whole clause, not the name before it)
    left = split_span(sentence, a, a + m.end("name"), subject, depth + 1)
    name = m.group("name")
    right = make_piece(sentence, a + m.start("name"), b, f"{name} is {m.group('app').rstrip(' .')}")
    if not left or not right:
        return None
    right[0].has_verb = True
    return left + right


_ABOUT_THE_CLAUSE = re.compile(r"an?\s+(?:[a-z]+\s+)?(?:claim|statement|allegation|charge|accusation|assertion|"
                               r"account|version|figure|estimate|move|decision|step|report|denial|development)\b")
_TRAILING_APPOSITION = re.compile(
    r"(?P<name>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+"
    r"(?P<app>(?:a|an)\s+[a-z][^,;\"“”()]{3,100}?)\s*[.!?]?\s*$")


def quantified_relative(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """', the larger of which was a dhow' / ', two of whom were injured' -> 'The larger of the boats was a dhow'."""
    m = _OF_WHICH.search(seg) if " of wh" in seg else None
    if m is None or starts_clause(seg[m.end():]) != "vp":
        return None
    ante = antecedent(seg, m.start()) or find_subject(seg[:m.start()])  # ("Three people were hurt, two of whom")
    if not ante:
        return None
    if ante.split()[0].istitle() and ante.split()[0].lower() in _LOWER_FIRST:
        ante = ante[0].lower() + ante[1:]  # "Four climbers" as the sentence began it
    if ante.split()[0].lower() not in DETERMINERS:
        ante = f"the {ante}"  # "two of the three people"
    left = split_span(sentence, a, a + m.start(), subject, depth + 1)
    right = split_span(sentence, a + m.end(), b, f"{m.group('q')} of {ante}", depth + 1)
    right = [with_subject(p, f"{m.group('q')} of {ante}") if p.start == a + m.end() else p for p in right]
    if not left or not right:
        return None
    return left + right


_LOWER_FIRST = _words("the a an two three four five six seven eight nine ten many several some most all")
_OF_WHICH = re.compile(r",\s+(?P<q>(?:the\s+)?(?:[a-z]+est|larger|smaller|older|younger|some|many|most|all|none|both|"
                       r"each|one|two|three|four|five|several|half)(?:\s+[a-z]+)?)\s+of\s+(?:which|whom)\s+")


def noun_list(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """A list of three or more noun phrases: one fact per item, the rest of the sentence shared ('He
    played for the Patriots, Jets and Broncos' -> '... for the Patriots.' + '... for Jets.' + ...)."""
    m = _LIST_AND.search(seg) if seg.count(", ") >= 1 and " and " in seg else None
    if m is None or any(q in seg for q in QUOTE_MARKS) or "(" in seg:
        return None
    parts = seg[:m.start()].split(", ")
    if len(parts) < 2:
        return None
    last_words = seg[m.end():].split()
    n_last = next((k for k, w in enumerate(last_words) if w.lower().strip(".,") in LIST_STOP or k >= 6
                   or (k > 0 and not w[:1].isupper() and is_verb_like(w.lower().strip(".,")))), len(last_words))
    middle = parts[1:]
    first_words = parts[0].split()
    cut = max((k + 1 for k, w in enumerate(first_words)
               if w.lower() in LIST_STOP or is_verb_like(w.lower()) or (w.islower() and _past_participle(w))), default=0)
    infinitive = 0 < cut < len(first_words) - 1 and first_words[cut - 1] == "to" and first_words[cut].isalpha() \
        and first_words[cut].islower() and first_words[cut] not in DETERMINERS
    if infinitive:
        cut += 1  # "will have to reveal names, IP addresses and ...": the verb after 'to'
    # a list of plain lower-case noun phrases only after a verb or preposition that marks where it starts
    plain = (cut > 0 and len(first_words) - cut <= 4 and first_words[cut - 1].lower() not in _NOT_PLAIN_AFTER
             and (infinitive or has_verb(" ".join(first_words[:cut]))))
    first_item = " ".join(first_words[cut:])
    last_item = " ".join(last_words[:n_last]).rstrip(".,")  # ("and privacy, with a bunk bed system")
    items = [first_item, *middle, last_item]
    if not all(_list_item(i, plain) for i in items) or n_last == 0 \
            or (plain and (all(len(i.split()) == 1 and is_gerund(i) for i in items)
                           or sum(i.split()[0].endswith("ing") and is_participle(i.split()[0]) for i in items) > 1)):
        return None  # ("running, jumping and swimming", "from paralysing transport, grounding air traffic and
        # preventing ferries from ...": verb phrases, not a list of things)
    if plain and len(first_item.split()) == 2 and first_item.split()[0] in ("a", "an") \
            and any(len(i.split()) == 1 and i.islower() for i in middle):
        return None  # "a long, cold and wet winter": adjectives of one noun
    prefix = " ".join(first_words[:cut])
    suffix = " ".join(last_words[n_last:])
    if not prefix and suffix.split() and suffix.split()[0] in _SINGULAR:
        suffix = f"{_SINGULAR[suffix.split()[0]]} {' '.join(suffix.split()[1:])}"  # "Smith, Jones and Brown were"
    if not prefix and suffix.split() and suffix.split()[0] in _PLACE_PREPOSITIONS and not has_verb(suffix) \
            and all(i[:1].isupper() for i in items):
        suffix = f"is {suffix}"  # a line-up: "Glen Johnson, Kolo Toure and Luke Garbutt at the back."
    if not (has_verb(prefix) or has_verb(suffix)):
        return None  # no sentence to repeat
    shared_the = first_item.startswith("the ") and len(first_item.split()) == 2  # "the west, south and north"
    out: list[Piece] = []
    at = 0
    for k, item in enumerate(items):
        i = seg.index(item, at)
        start, end = (0 if k == 0 else i), (len(seg) if k == len(items) - 1 else i + len(item))
        said = f"the {item}" if k and shared_the and item.islower() and len(item.split()) == 1 else item
        text = " ".join(w for w in (prefix, said, suffix) if w)
        out += make_piece(sentence, a + start, a + end, text)
        at = i + len(item)
    for p in out:
        p.has_verb = True
    return out if len(out) == len(items) else None


_LIST_AND = re.compile(r",?\s+and\s+(?=\S)")
LIST_STOP = _words("in on at for with by from to of into after before during since over under between against "
                    "about who which that as than")
_SINGULAR = {"were": "was", "are": "is", "have": "has"}
_LIST_HEADS = _words("a an the his her their its our my two three four five six seven eight nine ten several some")


#: words that never open (or sit inside) a short noun phrase of a list or a pair
PAIR_FUNCTION = _words("he she they it we i you him her them us who which that when where while as than so "
                        "not then also both either neither more less fewer few many much several")
_PLACE_PREPOSITIONS = _words("in at on up behind")
#: after these the next word is a verb or opens a clause, not a list of plain nouns ("can enjoy life, train
#: and ...", "who wear weaves, ...")
_NOT_PLAIN_AFTER = _words("who which that as than can could will would may might must shall should do does did "
                          "to such")


def _list_item(item: str, plain: bool = False) -> bool:
    """A short noun phrase: a name, a number, or a determiner and a noun; no verb. With `plain`, also a
    lower-case noun phrase ('husband', 'high energy levels'), no function word or adverb first."""
    words = item.split()
    if not 1 <= len(words) <= 5 or any((w.endswith("ed") and is_finite_verb(w)) or w in AUXILIARIES for w in words) \
            or (words[0].islower() and is_verb_like(words[0]) and words[0] not in _LIST_HEADS):
        return False
    first = words[0]
    if first[:1].isupper() or first[:1].isdigit() or first.lower() in _LIST_HEADS:
        return True
    return (plain and len(words) <= 4 and first.isalpha() is not False and first.islower()
            and first not in PAIR_FUNCTION and first not in LIST_STOP and first not in AUXILIARIES
            and not first.endswith("ly")
            and all(w.replace("-", "").replace("'", "").isalnum() and w.lower() not in PAIR_FUNCTION for w in words))


def name_pair(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """Two or more names joined by 'and' (or '&', or commas before 'all') before their verb: one fact
    each ('Lionel Messi and Luis Suarez both scored twice' -> 'Lionel Messi scored twice.' + 'Luis Suarez
    scored twice.'; 'Ana Lee, Bo Park & Cy Dunn face tests' -> 'Ana Lee faces tests.' ...); not for what
    they do together ('Barcelona and Porto drew', '... met each other')."""
    if not (" and " in seg or " & " in seg or " all " in seg) or any(q in seg for q in QUOTE_MARKS):
        return None
    lead = DISCOURSE.match(seg)  # "But Dean Marney and Kevin Long both remain ..."
    m = _NAME_PAIR.match(seg, lead.end() if lead else 0)
    if m is None:
        return None
    verb = m.group("verb")
    role = m.group("role").split() if m.group("role") else []
    if role and plural_role(role[-1].lower(), role[-1]) is None:
        m = _NAME_PAIR_ONLY.match(seg, lead.end() if lead else 0)  # not a role: the names start where it did
        if m is None:
            return None
        verb = m.group("verb")
    names = [m.group("x"), *_PAIR_NAME_RE.findall(m.group("more") or ""), m.group("y")]
    if m.group("amp") is None and m.group("all") is None:
        return None  # "A, B, C sat", "Camden, New Jersey police": a list needs its 'and' or its 'all'
    # ("Border collies Ace and Holly were caught": the role before the names is a fact of its own, role_facts)
    if any(n.split()[0] in _NOT_NAME_START for n in names) or verb in _RECIPROCAL or _TOGETHER.search(seg):
        return None
    if len(names) > 2 and any(" " not in n for n in names):
        return None  # "Paris, Rome and Lisbon are ...": a list of three or more is one of people's full names
    said = _singular_verb(verb, seg[m.end("verb"):])
    if said is None:
        return None
    x, y = names[0], names[-1]
    if (" " not in x and " " in y) or _JOINT.search(seg):
        return None  # "Alanna and Stephen Goetzinger lost their daughter": a couple, one family name
    at = a + m.start("verb")
    preds = split_span(sentence, at, b, None, depth + 1)
    heads = [p for p in preds if p.start == at]
    if not heads:
        return None
    out: list[Piece] = []
    for name in names:
        for p in heads:
            words = p.text.split(maxsplit=1)
            out += make_piece(sentence, a, p.end, f"{name} {said} {words[1] if len(words) > 1 else ''}".rstrip())
    for p in out:
        p.has_verb = True
    return out + [p for p in preds if p.start != at] if len(out) == len(names) * len(heads) else None


def _singular_verb(verb: str, after: str) -> str | None:
    """The verb after one of the names: a past form as it is, 'were' -> 'was', a present plural in the
    third person ('face' -> 'faces', 'miss' -> 'misses'); None when the word is not known as a verb and
    no object follows it ('... back in contention')."""
    if verb in _SINGULAR:
        return _SINGULAR[verb]
    if is_verb_like(verb) and not (verb in PRESENT_VERBS and not verb.endswith("s")):
        return verb
    nxt = after.split(maxsplit=1)[0].lower().strip(".,;:") if after.split() else ""
    unknown = (len(verb) < 3 or not verb.isalpha() or (verb.endswith("s") and not verb.endswith("ss"))
               or verb.endswith(("ly", "ing", "ed")) or verb in PAIR_FUNCTION or verb in LIST_STOP
               or verb in _NOT_PRESENT_VERBS or verb in ROLE_NOUNS or not nxt or nxt in LIST_STOP or is_verb_like(nxt)
               or after.split()[0][:1].isupper())  # ("Bush and Soviet leader Mikhail Gorbachev": no verb)
    if unknown and verb not in PRESENT_VERBS:
        return None
    if verb.endswith(("ss", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


_PAIR_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:de\s+|van\s+|von\s+)?[A-Z][\w'’.-]*){0,3}"
_PAIR_NAME_RE = re.compile(_PAIR_NAME)
_AGE = r"(?:,\s+\d{1,2},)?"  # "Jacob Church, 21, and Joe Tobin, 29, were ...": the ages are facts of their own
#: "X and Y", "X, Y and Z", "X, Y & Z", "X, Y, Z all" (the names of a longer list in `more`)
_NAMES = (rf"(?P<x>{_PAIR_NAME}){_AGE}(?P<more>(?:,\s+{_PAIR_NAME}{_AGE}){{0,4}})"
          rf"(?:,?\s+(?P<amp>and|&)\s+|,\s+)(?P<y>{_PAIR_NAME}){_AGE}\s+(?:(?:both|also|(?P<all>all))\s+)?(?P<verb>[a-z]+)\b")
_NAME_PAIR = re.compile(rf"\s*(?P<role>(?:[A-Za-z][\w-]*\s+){{0,2}}?[A-Za-z][\w-]*s\s+)?{_NAMES}")
_NAME_PAIR_ONLY = re.compile(rf"\s*{_NAMES}")
#: lower-case words after a list of names that are no verbs ("... back in contention", "... up front")
_NOT_PRESENT_VERBS = _words("back up down out off front home away together alone only not again each")
_NOT_NAME_START = frozenset(["The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "But", "And", "It",
                             "He", "She", "They", "We", "I", "His", "Her", "Their", "Its", "Our", "Both", "Police"])
#: verbs of what two do together, with each other
_RECIPROCAL = _words("drew met married agreed clashed fought played tied shared split exchanged collided combined "
                     "teamed signed discussed talked spoke negotiated merged competed dated divorced separated "
                     "argued embraced kissed hugged joined")
_JOINT = re.compile(r"\b(?:their|they)\b")
_TOGETHER = re.compile(r"\b(?:each other|one another|together|between them|jointly)\b")


def restrictive_relative(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """A restrictive 'that' clause whose subject is the noun before it ('... acted against a pirate vessel
    that had threatened to attack it') is a fact of its own ('The pirate vessel had threatened to attack
    it.'); the sentence stays whole, the clause being part of what it says. Not after a verb or a noun that
    takes a 'that' complement ('said that', 'the fact that')."""
    for m in _THAT.finditer(seg) if " that " in seg else ():
        before = seg[:m.start()].split()
        if not before or before[-1].lower().strip(",") in THAT_NOUNS or not is_finite_verb(m.group("verb")):
            continue
        ante = antecedent(seg, m.start())
        if not ante or not has_verb(seg[:m.start()]) or ante.split()[0].lower() in ("it", "this", "so", "such"):
            continue
        lead = seg[:m.start()].rstrip()[:-len(ante)].split()
        if (lead and lead[-1].lower() == "of") or _CLEFT.search(seg, 0, m.start()):
            continue  # "the fourth floor of the building that is burning": which of the two burns?
        words = ante.split()
        if words[0].lower() in ("a", "an"):
            words[0] = "the"
        elif words[0][:1].islower() and words[0].lower() not in DETERMINERS:
            words.insert(0, "the")
        clause_end = _clause_end(seg, m.end())
        if not _MAIN_AUX.isdisjoint(w.lower() for w in seg[m.end("verb"):clause_end].split()[1:]):
            continue  # "the branch that has led to three deaths was started by ...": the main verb follows
        rel = make_piece(sentence, a + m.start() - len(ante) - 1 if seg[:m.start()].endswith(ante) else a + m.start(),
                         a + clause_end, f"{' '.join(words)} {seg[m.start('verb'):clause_end]}")
        if not rel:
            return None
        rel[0].has_verb = True
        return make_piece(sentence, a, b) + rel
    return None


def _clause_end(seg: str, start: int) -> int:
    """The end of a relative clause: the next comma, semicolon or dash, or the end of the span."""
    ends = [k for k in (seg.find(", ", start), seg.find(";", start), seg.find(" - ", start), seg.find(" -- ", start))
            if k > 0]
    return min(ends) if ends else len(seg.rstrip(" ."))


_MAIN_AUX = _words("is are was were")
_CLEFT = re.compile(r"\b(?:it|It)\s+(?:is|was|'s)\b")
_THAT = re.compile(r"(?<=[a-z])\s+that\s+(?P<verb>[a-z]+)\b")
#: nouns and verbs whose 'that' opens their content, not a relative clause
THAT_NOUNS = _words("fact claim claims belief news report reports hope hopes fear fears evidence sign signs idea "
                     "statement assurance assurances warning warnings allegation allegations suggestion rumour rumours "
                     "rumor possibility view notion indication indications proof concern concerns insistence "
                     "announcement decision so such now given")


def with_absolute(sentence: str, a: int, b: int, seg: str, subject: str | None, depth: int) -> list[Piece] | None:
    """', with armed men staging bold attacks' adds a fact of its own: 'Armed men are staging bold
    attacks.' (in the past tense when the clause before it tells of the past: 'Silva scored twice.')."""
    m = _WITH_ABSOLUTE.search(seg) if " with " in seg and "ing" in seg else None
    if m is None or not is_gerund(m.group("ger")) or m.group("ger") in _NOT_PARTICIPLES:
        return None
    np = m.group("np")
    if has_verb(np) or np.split()[0].lower() in ("it", "this", "that", "which", "what"):
        return None
    left = split_span(sentence, a, a + m.start(), subject, depth + 1)
    if not left:
        return None
    words = seg[:m.start()].lower().split()
    past = any((w in ("was", "were") or (is_finite_verb(w) and w not in AUXILIARIES))
               and (k == 0 or words[k - 1] not in ("has", "have", "had")) for k, w in enumerate(words))
    verb = gerund_to_past(m.group("ger")) if past else f"{'are' if is_plural(np) else 'is'} {m.group('ger')}"
    right = make_piece(sentence, a + m.start("np"), b, f"{np} {verb}{seg[m.end('ger'):].rstrip()}")
    for p in right:
        p.has_verb = True
    return left + right if right else None


_WITH_ABSOLUTE = re.compile(r",\s+with\s+(?P<np>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?P<ger>[a-z]{3,}ing)\b")
