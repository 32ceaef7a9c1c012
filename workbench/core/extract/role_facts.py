"""A role written before a name is a fact of its own: "Real Madrid striker Alvaro Morata scored"
asserts that Alvaro Morata is a Real Madrid striker, which a fact-checker verifies apart from the goal.

The role is a known role noun ("striker", "minister", "champion", "No 1") with up to four words
before it (hyphenated or capitalised modifiers, "former", a possessive); the name is one to three
capitalised words right after it. The claim quotes the role and the name as they stand.
"""

from __future__ import annotations

import re

from workbench.core.extract.clauses import DETERMINERS, PREPOSITIONS
from workbench.core.extract.pieces import Piece, word_spans
from workbench.core.language.people import TITLES
from workbench.core.language.verbs import CAPITAL, finditer_from, is_gerund, is_verb_like
from workbench.core.language.verbs import words as _words
from workbench.core.model import ExtractedClaim
from workbench.core.vocab import ClaimKind

#: the kind of an ordinary claim (an enum member's .value is a slow property, read here per claim)
_CLAIM = ClaimKind.CLAIM.value

#: nouns that name a role, a job or a title a person is introduced with
ROLE_NOUNS = _words(
    "striker defender midfielder goalkeeper forward winger captain manager coach boss chairman chairwoman "
    "chief executive president minister secretary spokesman spokeswoman journalist reporter photographer "
    "host presenter anchor actor actress singer star champion player director officer judge senator governor "
    "mayor leader founder ceo teacher doctor nurse surgeon model designer author writer novelist artist "
    "rapper musician international chef lawyer attorney prosecutor scientist researcher professor analyst "
    "entrepreneur billionaire businessman businesswoman tycoon boxer golfer driver cyclist team-mate teammate "
    "candidate commander general sergeant detective inspector constable ambassador envoy rep congressman "
    "congresswoman lawmaker legislator pilot sprinter swimmer batsman bowler opener keeper quarterback "
    "pitcher winner runner-up comedian filmmaker producer director-general economist historian "
    "lieutenant captain colonel major private corporal officer spokesperson official "
    "target rival granddaughter grandson grandmother grandfather husband wife fiance fiancee girlfriend "
    "boyfriend partner widow widower colleague neighbour neighbor owner resident victim suspect fan supporter "
    "student pupil graduate hopeful youngster teenager schoolgirl schoolboy mum dad "
    "activist campaigner blogger broadcaster correspondent editor publisher chancellor premier "
    # measured on RoSE dev (gold units "X is a Y" for "Y X" in the summary)
    "expert saleswoman salesman legend icon trainer jockey referee adviser advisor aide strategist "
    "fullback full-back centre-back center-back playmaker deputy sheriff trooper policeman policewoman "
    "firefighter paramedic soldier veteran priest pastor preacher dancer socialite heiress "
    "cat dog horse collie puppy kitten side club"
)
#: words a role may start with but never contain further in
_POSSESSIVES = _words("his her their its our my your")
_MODIFIER = re.compile(r"^(?:[A-Z][\w'’.&-]*|[a-z]+-[\w-]+|former|ex|new|current|veteran|retired|fellow|"
                       r"young|senior|junior|deputy|acting|interim|assistant|then|top|world|legendary|"
                       r"multi-millionaire|millionaire|visual|chief|vice|\d+-year-old|[a-z]+-time)$")
_NAME_WORD = r"(?:O['’])?[A-Z][a-zà-ÿ'’]+(?:[A-Z][a-zà-ÿ'’]+)?(?:-[A-Z]?[a-zà-ÿ'’]+)*"  # also O'Brien, McCoy, DeJesus
_NAME = re.compile(rf"\s+(?P<name>(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Dr\.?\s+)?{_NAME_WORD}(?:\s+(?:de\s+|van\s+|von\s+)?"
                   rf"{_NAME_WORD}){{0,2}})\b(?![\w'’-])")
_ROLE_WORD = re.compile(r"[A-Za-z][\w-]*|No\.?\s+\d+")
_NOT_NAME = _words("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                   "june july august september october november december i the a an he she they it this that")
_AGE_BETWEEN_COMMAS = re.compile(r", \d{1,2},")
_MORE_NAME = re.compile(r"\.|\s+[A-Z]")
_AGED = re.compile(r"^(\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old$")
#: "Cuban-born", "London-based": where a person comes from or works
_ORIGIN = ("-born", "-based")
_FUNCTION = DETERMINERS | PREPOSITIONS | _words("and or but nor as than who which that when where while if "
                                                 "said says told tells he she they it we i you now then still "
                                                 "also already just even once")
#: capitalised only because they open the sentence ("Visual journalist X" -> "X is a visual journalist")
#: words a role never reaches back over ("In March Atlanta-based Reverend X", "But chief executive X")
_STOP_BACK = _words("and or but nor so yet monday tuesday wednesday thursday friday saturday sunday january "
                    "february march april may june july august september october november december")
_COMMON_LEADS = _words("former ex new current veteran retired fellow young senior junior deputy acting interim "
                       "assistant top legendary visual chief vice")
#: roles too vague to be a fact on their own, without a word before them ("star Smith", "team-mate Rosberg")
_VAGUE_ROLES = _words("star player boss chief international team-mate teammate colleague partner rival")


def role_pieces(sentence: str) -> list[Piece]:
    """'nine-time champion Nadal' -> 'Nadal is a nine-time champion.' (exact span of the phrase)."""
    out: list[Piece] = []
    # every fact below needs a name right after its word ("No 1" a number first): the words before a
    # capital that may open one, found first (most sentences have none, most words are none)
    ends = {m.end() for m in _BEFORE_CAPITAL.finditer(sentence) if _may_open_role(m.group(0))}
    tokens = word_spans(sentence) if ends or "No" in sentence else []
    for k, (_s, e, tok) in enumerate(tokens):
        if e not in ends and tok != "No":
            continue
        word = tok.lower()
        number_title = tok == "No" and k + 1 < len(tokens) and tokens[k + 1][2].rstrip(",.").isdigit()
        if word.endswith(_ORIGIN) and len(word) > 6 and not number_title:
            m = _NAME.match(sentence, e)  # "Cuban-born Kathy Ferreiro" -> "Kathy Ferreiro is Cuban-born"
            if m is not None and m.group("name").split()[0].lower() not in _NOT_NAME:
                name, name_end = _unpossessed(m.group("name"), m.end("name"))
                out.append(Piece(tokens[k][0], name_end, f"{name} is {tok}.", True))
            continue
        aged = _AGED.match(word) if word.endswith("-year-old") else None
        if aged and not number_title:
            m = _NAME.match(sentence, e)  # "Six-year-old Lucy Howarth" -> "Lucy Howarth is six years old"
            # (not "51-year-old Capt. Tom Reed" or "Senior Trooper William Hakim": a title, a name cut short)
            if m is not None and m.group("name").split()[0].lower() not in _NOT_NAME \
                    and m.group("name").split()[0] not in TITLES and not _MORE_NAME.match(sentence, m.end("name")):
                name, name_end = _unpossessed(m.group("name"), m.end("name"))
                out.append(Piece(tokens[k][0], name_end, f"{name} is {aged.group(1)} years old.", True))
            continue
        plural = plural_role(word, tok)
        if tok.endswith(_DEMONYM_ENDINGS) and _DEMONYM.match(tok) and word not in ROLE_NOUNS and not word.endswith("man") \
                and (k == 0 or (tokens[k - 1][2].lower() in _FUNCTION and tokens[k - 1][2].lower() not in DETERMINERS)):
            m = _NAME.match(sentence, e)  # "Australian Josh Kerr faceplanted" -> "Josh Kerr is an Australian."
            if m is not None and len(m.group("name").split()) >= 2 and m.group("name").split()[0] not in TITLES \
                    and m.group("name").split()[0].lower() not in ROLE_NOUNS and _LOWER_NEXT.match(sentence, m.end("name")) \
                    and not _noun_follows(sentence[m.end("name"):]):
                name, name_end = _unpossessed(m.group("name"), m.end("name"))
                out.append(Piece(tokens[k][0], name_end, f"{name} is {_with_article(tok)}.", True))
            continue
        if word not in ROLE_NOUNS and not number_title and plural is None:
            continue
        role_end = tokens[k + 1][1] if number_title else e
        if sentence[role_end - 1:role_end] in ",;:.'’\"”)":
            continue  # "..., the striker, ...": no name follows
        m = _NAME.match(sentence, role_end)
        if m is None or m.group("name").split()[0].lower() in _NOT_NAME:
            continue
        pair = _PAIR_REST.match(sentence, m.end("name")) if plural else None
        if plural and pair is None:
            continue  # "Designers Ann Lee and Bo Park": a plural role needs the pair of names it describes
        if " " not in m.group("name") and m.group("name").endswith(("i", "an", "ese", "ish")):
            continue  # "official Iraqi security": a nationality, not a name
        if _noun_follows(sentence[m.end("name"):]) and not m.group("name").endswith(("'s", "’s")):
            continue  # "his official Facebook account": the capitalised word names a thing, not the person
        first = k
        while first > 0 and k - first < 4:
            prev = tokens[first - 1][2]
            if prev.lower() in _POSSESSIVES:
                first -= 1
                break
            if prev.lower() in DETERMINERS or prev.lower() in PREPOSITIONS or prev.lower() in _STOP_BACK:
                break  # (not "In March Atlanta-based Reverend Creflo Dollar")
            if prev.islower() and first >= 2 and tokens[first - 2][2].lower() == "to":
                break  # "to sign Manchester City midfielder Yaya Toure": "sign" is a verb, not part of the role
            if prev.endswith((",", ";", ":", ".", "'", "’", '"', "”")) or not (_MODIFIER.match(prev) or _plain_noun(prev)):
                if prev.lower() in _POSSESSIVES or prev.endswith(("'s", "’s")):
                    first -= 1
                break
            first -= 1
        if m.group("name").split()[0].lower() in ROLE_NOUNS or m.group("name").split()[0] in TITLES:
            continue  # "spokesman Lieutenant General Qassem Atta": the role goes on after this word
        if tok[0].isupper() and len(m.group("name").split()) < 2:
            continue  # "Indian Premier League": a name, not a role
        aged_lead = [(t, a.group(1)) for t in tokens[first:k] if (a := _AGED.match(t[2].lower()))]
        if tok[0].isupper() and not plural and all(t[2].lower() in ROLE_NOUNS or t[2] in TITLES
                                                   for t in tokens[first:k] if t not in [x for x, _ in aged_lead]):
            # "Professor Varoufakis", "President Obama": a title, not a fact of its own; an age before it is
            # ("51-year-old Senior Trooper William Hakim")
            for t, age in aged_lead:
                name, name_end = _unpossessed(m.group("name"), m.end("name"))
                out.append(Piece(t[0], name_end, f"{name} is {age} years old.", True))
            continue
            # (measured on RoSE dev: "Model X", "Chairman X", "Husband X" opening a sentence are no gold facts
            # either; "Designers X and Y" are)
        if first == k and not number_title and word in _VAGUE_ROLES:
            continue  # a bare "star Smith": too vague to be a fact on its own
        if first == 0 and (tokens[0][2].lower() in ROLE_NOUNS or plural_role(tokens[0][2].lower(), tokens[0][2])):
            role_text = tokens[0][2].lower() + sentence[tokens[0][1]:role_end]  # "Striker Olivier Giroud"
        elif first == 0 and k > 0 and (tokens[0][2].lower() in _COMMON_LEADS or tokens[0][2].endswith(("ing", "ed"))):
            role_text = tokens[0][2].lower() + sentence[tokens[0][1]:role_end]  # "Visual journalist X"
        else:
            role_text = sentence[tokens[first][0]:role_end]
        if role_text.split()[0].lower() in _POSSESSIVES:
            role_text = role_text[0].lower() + role_text[1:]
        if plural and pair is not None:
            role_text = role_text[:len(role_text) - len(tok) + len(plural)]  # the role in the singular
            names = [(m.group("name"), m.end("name")), (pair.group("name"), pair.end("name"))]
        else:
            names = [_unpossessed(m.group("name"), m.end("name"))]
        aged = _ROLE_AGE.search(role_text)
        if aged:  # "a 73-year-old reserve deputy": the age and the role are two facts
            role_text = role_text[:aged.start()] + role_text[aged.end():]
        role_text = _with_article(role_text)
        for name, name_end in names:
            out.append(Piece(tokens[first][0], name_end, f"{name} is {role_text}.", True))
            if aged:
                out.append(Piece(tokens[first][0], name_end, f"{name} is {aged.group(1)} years old.", True))
    return out + origin_pieces(sentence) + age_pieces(sentence)


#: endings that the per-word tests of `role_pieces` look for (an origin, an age)
_FAST_SKIP_ENDINGS = (*_ORIGIN, "-year-old")
#: a word followed by a capitalised one
_BEFORE_CAPITAL = re.compile(r"(?<!\S)\S+(?=\s+[A-Z])")


def _may_open_role(tok: str) -> bool:
    """Can one of `role_pieces`' tests apply to this word: an origin, an age, a nationality, a role noun
    or its plural (the cheap test of each)."""
    word = tok.lower()
    return (tok[-1] == "s" or word in ROLE_NOUNS or word.endswith(_FAST_SKIP_ENDINGS)
            or tok.endswith(_DEMONYM_ENDINGS))

#: "Australian", "Brazilian", "Chinese", "Scottish": a nationality written before a name
_DEMONYM = re.compile(r"^[A-Z][a-z]{3,}(?:ian|an|ese|ish)$")
_DEMONYM_ENDINGS = ("an", "ese", "ish")  # (its cheap test first)
_LOWER_NEXT = re.compile(r"\s+[a-z]")
#: "Designers Ann Lee and Bo Park": the second name of a pair after a plural role
_PAIR_REST = re.compile(rf"\s+and\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})\b(?![\w'’-])")
_ROLE_AGE = re.compile(r"\b(\d{1,3})-year-old\s+")


def plural_role(word: str, tok: str) -> str | None:
    """'designers' -> 'designer', 'collies' -> 'collie' (a plural of a role noun), else None."""
    if not word.endswith("s") or len(word) < 4 or tok[-1:] != "s":
        return None
    for cut in (1, 2):
        if word[:-cut] in ROLE_NOUNS:
            return tok[:-cut]
    return None


_PLACE = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
#: "Ana Ruiz, from Porto, ..." / "Ana Ruiz from Porto, Portugal, ..." / "Ana Ruiz of Austin, Texas, ...":
#: a person introduced at the start of a clause with where they come from
_ORIGIN_PHRASE = re.compile(
    rf"(?:^|(?<=[,;:] ))(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})(?:,\s+(?:\d{{1,3}},\s+)?from|\s+from|"
    # "Danny Eckhart, a reserve officer from St. Tammany Parish, ...": the role between commas says where from
    rf",\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){{1,3}}from|"
    rf"\s+of(?=\s+{_PLACE},\s+[A-Z]))\s+(?P<place>(?:the\s+)?{_PLACE}(?:,\s+{_PLACE}(?=,))?)(?=[,\s])"
)


def origin_pieces(sentence: str) -> list[Piece]:
    """'Ana Ruiz, from Porto, opened ...' -> 'Ana Ruiz is from Porto.' (exact span of the phrase)."""
    if " from " not in sentence and " of " not in sentence:
        return []
    out = []
    for m in finditer_from(_ORIGIN_PHRASE, CAPITAL, sentence):
        name = m.group("name")
        if name.split()[0].lower() in _NOT_NAME or name.split()[0] in TITLES:
            continue
        out.append(Piece(m.start("name"), m.end("place"), f"{name} is from {m.group('place')}.", True))
    return out


def _unpossessed(name: str, end: int) -> tuple[str, int]:
    """'Kathy Ferreiro's (curves)' -> 'Kathy Ferreiro' and the end of the name."""
    if name.endswith(("'s", "’s")):
        return name[:-2], end - 2
    return name, end


def _noun_follows(after: str) -> bool:
    """'(Facebook) account.', '(Facebook) page on': a noun ends the phrase the capitalised word opens
    (not 'nets penalty', 'smoking shisha': a verb and its object)."""
    words = after.split(maxsplit=2)
    if not words or words[0][-1:] in ",;:" or is_gerund(words[0]):
        return False
    first = words[0].rstrip(".")
    return _plain_noun(first) and (words[0].endswith(".") or len(words) == 1
                                   or (words[1].lower() in _FUNCTION and words[1].lower() not in DETERMINERS))


def _plain_noun(word: str) -> bool:
    """A lower-case word that may qualify a role ("police lieutenant", "quick bowler"): no verb, no
    function word, no adverb."""
    return (word.isalpha() and word.islower() and word not in _FUNCTION and not word.endswith("ly")
            and not is_verb_like(word))


def _with_article(role: str) -> str:
    first = role.split()[0]
    if first.lower() in _POSSESSIVES or first.endswith(("'s", "’s")) or " No" in f" {role}":
        return role
    if first.isupper() and len(first) <= 5:  # an acronym is read letter by letter: "an MP", "a US senator"
        return f"{'an' if first[0] in 'AEFHILMNORSX' else 'a'} {role}"
    vowel = first[0].lower() in "aeio" or (first[0].lower() == "u" and not first.lower().startswith(("uni", "use", "usu")))
    return f"{'an' if vowel else 'a'} {role}"


#: "Jacob Church, 21, and Joe Tobin, 29, were locked in": a name with its age between commas
_NAME_AGE = re.compile(rf"(?<![\w'’])(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}),\s+(?P<age>\d{{1,2}}),(?=\s)")


def age_pieces(sentence: str) -> list[Piece]:
    """'Joe Tobin, 29,' anywhere in a sentence -> 'Joe Tobin is 29 years old.' (exact span of the phrase)."""
    if _AGE_BETWEEN_COMMAS.search(sentence) is None:  # (cheap test first: the name pattern tries every position)
        return []
    return [Piece(m.start("name"), m.end("age"), f"{m.group('name')} is {m.group('age')} years old.", True)
            for m in _NAME_AGE.finditer(sentence)
            if m.group("name").split()[0].lower() not in _NOT_NAME and m.group("name").split()[0] not in TITLES]


#: "the 39-year-old former Killie defender": a person described by age (and role) instead of named
#: "the 39-year-old former Killie defender", "the Australian opener": a person described by age or role
_DESCRIPTION = re.compile(r"^[Tt]he(?:\s+(?P<age>\d{1,3})-year-old)?(?P<role>(?:\s+[\w'’.-]+){0,4})$")
_ROLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def described_facts(claims: list[ExtractedClaim], body: str) -> list[ExtractedClaim]:
    """Claims whose "the 39-year-old former Killie defender" was named by coreference (the text says
    "Gary Locke has paid tribute ...", the quote still "The 39-year-old former Killie defender has ...")
    add what the description asserts of that person: "Gary Locke is 39 years old." and "Gary Locke is a
    former Killie defender.", each quoting the description; so does a role description opening the
    sentence right after one opened by a name, when coreference left it. Derived positions are kept in
    step."""
    extra: dict[int, list[ExtractedClaim]] = {}
    seen: set[tuple[int, str]] = set()
    named: tuple[int, str] | None = None  # (sentence, name) of the last sentence opened by a person's name
    sentences = [-1, -1]  # the starts of the previous and the current sentence
    for k, c in enumerate(claims):
        if c.kind != _CLAIM:
            continue
        if c.sentence_start != sentences[1]:
            sentences = [sentences[1], c.sentence_start]
        # (the sentence itself opens with the name: not "Doctors said Steve Smith was fine")
        person = _OPENING_NAME.match(c.text) if c.derived_from is None and c.start == c.sentence_start \
            and c.speaker is None else None
        if person and person.group(1).split()[0] not in _NOT_NAME_START \
                and person.group(1).split()[0].lower() not in ROLE_NOUNS and (named is None or c.sentence_start > named[0]):
            named = (c.sentence_start, _unpossessed(person.group(1), 0)[0])  # ("Raheem Sterling's contract")
        role_found = _role_description(c, named) if c.derived_from is None and named and named[0] == sentences[0] \
            else None
        if role_found is not None:
            (a, b), name, role_text = role_found
            _add(extra, seen, k, c, body, c.start + a, c.start + b, f"{name} is {_with_article(role_text)}.")
        if c.text == c.quote or not (c.quote.startswith(("The ", "the ")) or " the " in c.quote):
            continue  # (cheap test first: a description renamed by coreference starts with 'the')
        found = _renamed(c.quote, c.text)
        if found is None:
            continue
        (a, b), name, m = found
        start = c.start + a
        facts = [f"{name} is {m.group('age')} years old."] if m.group("age") else []
        role = m.group("role").split()
        if role and role[-1].islower() and (role[-1] in ROLE_NOUNS or role[-1].endswith(_ROLE_ENDINGS)) \
                and role[-1] not in GROUP_ROLES and not any(w.endswith("ly") or is_verb_like(w) for w in role):
            facts.append(f"{name} is {_with_article(' '.join(role))}.")
        for text in facts:
            _add(extra, seen, k, c, body, start, c.start + b, text)
    if not extra:
        return claims
    out: list[ExtractedClaim] = []
    position: dict[int, int] = {}
    for k, c in enumerate(claims):
        position[k] = len(out)
        out.append(c)
        out.extend(extra.get(k, ()))
    for c in out:
        if c.derived_from is not None:
            c.derived_from = position[c.derived_from]
    return out


def _add(extra: dict[int, list[ExtractedClaim]], seen: set[tuple[int, str]], k: int, c: ExtractedClaim, body: str,
         start: int, end: int, text: str) -> None:
    """A fact quoting body[start:end] after claim k, in its sentence and with its speaker, once."""
    if (start, text) in seen:
        return
    seen.add((start, text))
    extra.setdefault(k, []).append(ExtractedClaim(
        text=text, quote=body[start:end], start=start, end=end, speaker=c.speaker, relayed_by=c.relayed_by,
        speaker_anonymous=c.speaker_anonymous, hedged=c.hedged, kind=c.kind, sentence_start=c.sentence_start,
        sentence_end=c.sentence_end))


#: a claim opened by a person's full name and a lower-case word ("Aaron Finch had surgery ...")
_OPENING_NAME = re.compile(rf"^({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s+(?=[a-z])")
_NOT_NAME_START = _words("The A An This That These Those His Her Their Its In On At After Before Police")
#: "The Middlesex quick bowler has ...": a person described by a role as the subject of the next sentence
_ROLE_SUBJECT = re.compile(r"^The\s+(?P<role>(?:[\w.'’-]+\s+){0,3}?(?P<head>[a-z][\w-]*))\s+(?=[a-z])")
#: role nouns that name groups, not a person ("Premier League club Chelsea"): "the club" never stands
#: for the person last named
GROUP_ROLES = _words("club side team")
#: role nouns that name animals ("collie Bella"): never a person either
ANIMAL_ROLES = _words("cat dog horse collie puppy kitten")
_NOT_DESCRIPTION = GROUP_ROLES | _words("president chief boss star player owner manager leader")


def _role_description(c: ExtractedClaim, named: tuple[int, str] | None) -> tuple[tuple[int, int], str, str] | None:
    """'The Australian opener is set to be out ...' right after a sentence opened by 'Aaron Finch': the
    description says what Aaron Finch is ('an Australian opener'). Only when the claim is still about
    'The ...' (coreference left it), in the next sentence after the name, with a person's role noun."""
    if named is None or c.sentence_start <= named[0] or not c.text.startswith("The "):
        return None
    m = _ROLE_SUBJECT.match(c.quote)
    if m is None or m.group("head") not in ROLE_NOUNS or m.group("head") in _NOT_DESCRIPTION \
            or not c.text.startswith(m.group(0)) or any(w.lower() in _FUNCTION or w.endswith(("'s", "’s"))
                                                        for w in m.group("role").split()[:-1]):
        return None
    return (m.start(), m.end("role")), named[1], m.group("role")


def _renamed(quote: str, text: str) -> tuple[tuple[int, int], str, re.Match[str]] | None:
    """The description in `quote` that `text` replaced by a name: (its span in the quote, the name, the
    description's match), found by taking off the words both share at the start and at the end."""
    qsplit = quote.split()  # (the words of `word_spans`; their offsets only when a description can differ)
    tw = text.rstrip(".").split()
    i = 0
    shared = min(len(qsplit), len(tw))
    while i < shared and (qsplit[i] == tw[i] or qsplit[i].lower().strip(".,;:") == tw[i].lower().strip(".,;:")):
        i += 1
    if i >= len(qsplit) or qsplit[i] not in ("The", "the"):
        return None  # (_DESCRIPTION opens with the word 'the'; the cheap test before the words at the end)
    norm = [w.lower().strip(".,;:") for w in qsplit]
    tnorm = [w.lower().strip(".,;:") for w in tw]
    j = 0
    while j < min(len(norm), len(tnorm)) - i and norm[-1 - j] == tnorm[-1 - j]:
        j += 1
    if i >= len(qsplit) - j or i >= len(tw) - j or qsplit[i] not in ("The", "the"):
        return None  # (_DESCRIPTION opens with the word 'the')
    qw = word_spans(quote)
    a, b = qw[i][0], qw[len(qw) - 1 - j][1]
    m = _DESCRIPTION.match(quote[a:b])
    name = " ".join(tw[i:len(tw) - j])
    if m is None or not (1 <= len(name.split()) <= 4) or not all(w[:1].isupper() for w in name.split()) \
            or name.split()[0].lower() in _NOT_NAME:
        return None
    return (a, b), name, m
