"""Who a pronoun or a description stands for: the people an article has named, in reading order.

One index of person mentions serves both places that need an antecedent: a claim's text ("She was
rescued" -> "Angelika Graswald was rescued", "The forward could ..." -> "Raheem Sterling could ...")
and a speaker ("the official" -> the named official, in `discourse`). It is conservative by design:
no compatible candidate, or two of them, gives None, and the words stay as written. Gender comes only
from titles, gendered role nouns and pronouns already tied to the person, never from first names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from workbench.core.extract.role_facts import ANIMAL_ROLES, GROUP_ROLES, ROLE_NOUNS
from workbench.core.extract.sentences import Sentence
from workbench.core.language.people import GENDER_TITLES, TITLES, role_gender, role_kin
from workbench.core.language.verbs import CAPITAL, finditer_from, is_verb_like
from workbench.core.language.verbs import words as _words

_NAME_WORD = r"(?:O['’]|Mc|Mac)?[A-Z][a-zà-ÿ'’]+(?:-(?:O['’]|Mc|Mac)?[A-Z]?[a-zà-ÿ'’]+)?"
#: "Mr King", "Angelika Graswald", "Robin van Persie", "Jean-Claude Juncker"
_MENTION = re.compile(
    rf"(?<![\w'’.-])(?:(?P<title>Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Dame|Lord)\.?\s+)?(?P<name>{_NAME_WORD}"
    rf"(?:\s+(?:(?:de|van|von|da|di|del|bin|al|le)\s+)?{_NAME_WORD}){{0,4}})(?![\w'’-])"
)
#: capitalised words that are no part of a person's name (titles, places, bodies, days, sentence openers)
_NOT_NAME = TITLES | _words(
    "The A An This That These Those There Their They He She It Its His Her We I You Our My In On At For With "
    "By From To Of And But Or As If When While After Before During Since Until Police Army Navy Government "
    "Ministry Department Court Council Committee Commission Party Club United City County State States Street "
    "Road Avenue River Lake Sea Ocean Bay Island Islands Beach Park House Hall Church School College University "
    "Hospital Airport Station Stadium Arena Bridge Valley Mountain Mountains Square Centre Center Mail News "
    "Times Post Journal Herald Telegraph Press Guardian Bank Company Group Agency Office Service Services "
    "Institute Foundation Association Federation Museum Festival League Cup Open Championship Games Awards "
    "Coast Guard Force Forces Union Kingdom Republic Africa America Australia Zealand York Jersey Kong Korea "
    "Arabia Emirates Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Reuters AFP Twitter Facebook Instagram YouTube Google "
    "Apple Microsoft Amazon CLICK HERE Prime Chancellor Christmas Easter "
    "North South East West Northern Southern Eastern Western New Old Great Royal National International "
    "Premier Champions World England Britain France Germany Spain Italy Russia China India Iran Iraq Syria "
    "Israel Turkey Egypt Greece Scotland Wales Ireland Europe Asia London Paris Washington Moscow Beijing "
    "Los Angeles San Francisco Las Vegas Sydney Melbourne Manchester Liverpool Madrid Daily Sky BBC CNN Fox "
    "Channel Network Inc Ltd Corp Fund Bureau Authority Organisation Organization Programme Brigade Regiment "
    "Greek German French British American Russian Chinese Indian Iranian Iraqi Syrian Israeli Turkish Egyptian "
    "Somali Yemeni Spanish Italian Australian Canadian Irish Scottish Welsh English European African Asian "
    "Arab Muslim Christian Catholic Jewish Islamic Democrat Democrats Republican Republicans Labour Tory "
    "Updated Published Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Investment Holdings Capital Airlines Motors Energy Oil Media Communications Technologies Systems "
    "Prof Officer Pope Sheriff Foreign Defence Defense Interior Finance Health Home Speaker Parish District Province Region "
    "Territory Borough Village Town Township Port Fort Mount Saint St Hills Heights Springs Falls Creek Gardens"
)
#: a role noun right before a name ("forward Raheem Sterling", "Liverpool star Sterling")
_ROLE_BEFORE = re.compile(r"(?:^|\s)(?P<role>[a-z][\w-]*)\s+$")
#: "Stephen Munden, 54," / "Tom Reed, a former soldier," / "Kerry, the envoy,": after a name
_AFTER_NAME = re.compile(r"^,\s+(?:(?P<age>\d{1,3}),|(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?P<role>[a-z][\w-]*)[,.])")
_AGED = re.compile(r"^\d{1,3}-year-old$")
_AND_FULL_NAME = re.compile(rf"^\s+and\s+{_NAME_WORD}\s+(?P<surname>{_NAME_WORD})\b")
_AGE_AFTER = re.compile(r"^,\s+\d{1,3},")
#: "Firemen had to", "Protesters tried to": a plural noun opening the sentence, not a person's name
_PLURAL_NOUN = ("ers", "men", "ors", "ists", "ies", "ans", "ents")
_WORD_AFTER = re.compile(r"^\s+([a-z]+)")


def _role_before(text: str, start: int) -> re.Match[str] | None:
    """`_ROLE_BEFORE` searched in `text[:start]`: in its last 40 characters when they hold the whole last
    word and the space before it (the match is that word), else in all of it (a search from the
    sentence start at every name made long sentences quadratic)."""
    lo = max(0, start - 40)
    if lo and len(text[lo:start].split()) < 2:
        lo = 0
    return _ROLE_BEFORE.search(text, lo, start)


def _subject_of(after: str) -> bool:
    """Does a verb (or an adverb) follow: 'Edinho has been hired', 'Rivaldo currently serves'?"""
    m = _WORD_AFTER.match(after)
    return m is not None and (is_verb_like(m.group(1)) or m.group(1).endswith("ly"))


#: a surname shared by two people in the index: it names nobody


#: descriptions of a person beyond the role nouns: "the Englishman", "the mother-of-ten", "the sixth-seed"
_PERSON_DESCRIPTION = re.compile(r"^(?:[a-z]+(?:man|woman)|(?:mother|father|grandmother|grandfather)-of-[a-z]+|"
                                 r"[a-z]+-seed|offender|pensioner|veteran|retiree|widow|widower)$")
_NOT_A_MAN = _words("human german roman shaman ottoman woman man")


def is_person_noun(word: str) -> bool:
    """Can "the <word>" describe one person named before: a role noun or a person description."""
    if word in GROUP_ROLES or word in ANIMAL_ROLES:
        return False  # "The club added two players" is not about the coach named before
    return word in ROLE_NOUNS or (bool(_PERSON_DESCRIPTION.match(word)) and word not in _NOT_A_MAN)


_DESCRIPTION_START = re.compile(r"^The\s+")
_DESCRIPTION_WORD = re.compile(r"[\w'’-]+")


def described_subject(text: str) -> tuple[int, str] | None:
    """'The Middlesex quick bowler has regained form' -> (where 'has' starts, 'bowler'): a description of a
    person as the subject, its head noun right before a verb."""
    if not text.startswith("The "):
        return None
    m = _DESCRIPTION_START.match(text)
    if m is None:
        return None
    at = m.end()
    words: list[tuple[int, str]] = []
    for w in _DESCRIPTION_WORD.finditer(text, at, at + 80):
        words.append((w.start(), w.group(0)))
        if len(words) > 5:
            break  # (the head noun is one of the first five words, its verb right after it)
    for k, (_, word) in enumerate(words[:5]):
        # (nationality nouns are capitalised: "The Englishman finished tied")
        noun = word.lower() if word.endswith(("man", "woman")) else word
        if k + 1 < len(words) and noun.islower() and is_person_noun(noun) and words[k + 1][1].islower() \
                and is_verb_like(words[k + 1][1]):
            return words[k + 1][0], noun
        if word.islower() and is_verb_like(word):
            return None
    return None


@dataclass
class Person:
    name: str  # the fullest form the article gives ("Raheem Sterling" for a later "Sterling")
    mentions: list[int] = field(default_factory=list)  # body offsets, increasing
    genders: list[tuple[int, str]] = field(default_factory=list)  # (offset, "m"/"f") evidence
    roles: list[tuple[int, str]] = field(default_factory=list)  # (offset, role noun or "46-year-old")
    sure: bool = True  # a full name or a title; a lone "Edinho" is never the person a description stands for
    proper: bool = False  # capitalised inside a sentence somewhere: a name, not "Video shows ..."

    def seen_before(self, pos: int) -> bool:
        return bool(self.mentions) and self.mentions[0] < pos

    def last_before(self, pos: int) -> int:
        k = bisect_left(self.mentions, pos)
        return self.mentions[k - 1] if k else -1

    def gender(self, pos: int) -> str | None:
        told = {g for at, g in self.genders if at < pos}
        return told.pop() if len(told) == 1 else None

    def has_role(self, kin: tuple[str, ...], pos: int) -> bool:
        return any(role in kin for at, role in self.roles if at < pos)


_AMBIGUOUS = Person("")


class People:
    """The persons named in an article, indexed once; every question is asked at a body offset and sees
    only what the article said before it."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self._persons: list[Person] = []
        self._by_word: dict[str, Person] = {}  # a full name and its last word -> the person
        self._starts = [s.start for s in sentences]
        # indexed when first asked: most articles ask nothing (measured on the ECB+ dev set: 54 of 75)
        self._unscanned: list[Sentence] | None = sentences

    @property
    def persons(self) -> list[Person]:
        return self._index()

    def _index(self) -> list[Person]:
        if self._unscanned is not None:
            sentences, self._unscanned = self._unscanned, None
            for s in sentences:
                self._scan(s)
        return self._persons

    def _scan(self, sent: Sentence) -> None:
        text = sent.text
        for m in finditer_from(_MENTION, CAPITAL, text):
            name, title = m.group("name"), m.group("title")
            start, end = m.start("name"), m.end()
            if name.endswith(("'s", "’s")):  # "Raheem Sterling's contract"
                name, end = name[:-2], end - 2
            if not title and start > 0 and " " not in name and name not in self._by_word \
                    and not (text.startswith((", ", " and "), end) or text[start - 2:start - 1].islower()):
                continue  # (the common case, one unknown capitalised word inside a sentence, decided early)
            words = name.split()
            while words and words[0] in _NOT_NAME and not title:  # "But Brendan Rodgers insists"
                start += len(words[0]) + 1
                words = words[1:]
            opening_role = ""
            if len(words) > 1 and words[0].lower() in ROLE_NOUNS:  # "Striker Jonas Berg has signed"
                opening_role = words[0].lower()
                start += len(words[0]) + 1
                words = words[1:]
            if any(w in _NOT_NAME for w in words):
                # "Angelika Graswald April 19", "Greek President Karolos Papoulias": the longest run of name
                # words (the first of equals)
                runs: list[tuple[int, int]] = []  # (first word, past last word)
                k = 0
                while k < len(words):
                    j = k
                    while j < len(words) and words[j] not in _NOT_NAME:
                        j += 1
                    if j > k:
                        runs.append((k, j))
                    k = j + 1
                a, b = max(runs, key=lambda r: (r[1] - r[0], -r[0])) if runs else (0, 0)
                start += len(" ".join(words[:a])) + (1 if a else 0)
                words = words[a:b]
                end = start + len(" ".join(words))
            if len(words) > 3:  # "Prime Minister George Papandreou" after the titles: the last three at most
                start += len(" ".join(words[:-3])) + 1
                words = words[-3:]
            name = " ".join(words)
            if not words:
                continue
            at = sent.start + start
            after = text[end:end + 80]
            before = _role_before(text, start)
            role = before.group("role").removeprefix("ex-") if before else opening_role
            pair = _AND_FULL_NAME.match(after)
            person = self._by_word.get(name)
            if person is None and len(words) == 1 and not title:
                if pair is not None:  # "Alanna and Stephen Goetzinger": Alanna Goetzinger
                    name, words = f"{name} {pair.group('surname')}", [name, pair.group("surname")]
                elif not (role in ROLE_NOUNS or _AGE_AFTER.match(after)
                          or (start == 0 and _subject_of(after) and not name.endswith(_PLURAL_NOUN))):
                    continue  # one capitalised word nobody was named by: a place, a team, an opener
            person = self._by_word.get(name)
            if person is None:
                person = Person(name, sure=len(words) > 1 or bool(title) or bool(_AGE_AFTER.match(after)))
                self._persons.append(person)
                self._by_word[name] = person
                last = words[-1]
                if len(words) > 1:  # a surname given to two people names neither ("Andre Cole", "Terri Cole")
                    other = self._by_word.get(last)
                    self._by_word[last] = person if other is None or other is person else _AMBIGUOUS
            if person is _AMBIGUOUS:
                continue  # "Cole" after "Andre Cole" and "Terri Cole"
            person.mentions.append(at)
            person.proper = person.proper or start > 0
            if title in GENDER_TITLES:
                person.genders.append((at, GENDER_TITLES[title]))
            if role in ROLE_NOUNS:
                self._role(person, at, role)
            appos = _AFTER_NAME.match(after)
            if appos and appos.group("age"):
                person.roles.append((at, f"{appos.group('age')}-year-old"))
            elif appos and appos.group("role") in ROLE_NOUNS:
                self._role(person, at, appos.group("role"))

    @staticmethod
    def _role(person: Person, at: int, role: str) -> None:
        person.roles.append((at, role))
        gender = role_gender(role)
        if gender:
            person.genders.append((at, gender))

    def find(self, name: str) -> Person | None:
        """The person a name (full, or the last word of a full name) stands for."""
        words = name.split()
        self._index()
        person = self._by_word.get(name) or (self._by_word.get(words[-1]) if words else None)
        return None if person is _AMBIGUOUS else person

    def named_in(self, phrase: str) -> str | None:
        """The one person whose name a speaker phrase carries: 'EPA regional administrator Judith Enck'."""
        found = {p.name for p in self.persons if p.sure and re.search(rf"\b{re.escape(p.name)}\b", phrase)}
        return found.pop() if len(found) == 1 else None

    def learn_gender(self, name: str, gender: str, pos: int) -> None:
        """A pronoun of this gender was tied to `name` at `pos`."""
        person = self.find(name)
        if person is not None:
            person.genders.append((pos, gender))

    def gender(self, name: str, pos: int) -> str | None:
        person = self.find(name)
        return person.gender(pos) if person is not None else None

    def _sentence_of(self, pos: int) -> int:
        return bisect_left(self._starts, pos + 1) - 1

    def for_pronoun(self, gender: str, pos: int, *, window: int = 3) -> str | None:
        """The one person a "he"/"she" at `pos` can be: named in this sentence before it or in the `window`
        sentences before, and not known to be of the other gender (of two, the only one known to be of this
        gender). Two such persons: None."""
        here = self._sentence_of(pos)
        since = self._starts[max(0, here - window)] if here >= 0 else 0
        fits = [p for p in self.persons if since <= p.last_before(pos) and p.gender(pos) in (None, gender)]
        told = [p for p in fits if p.gender(pos) == gender]
        one = told[0] if len(told) == 1 else fits[0] if len(fits) == 1 else None
        # a lone "Papandreou expressed shock" counts when the article also writes the word capitalised
        # inside a sentence ("since Papandreou took office"): a name, not "Video shows him ..."
        return one.name if one is not None and (one.sure or one.proper) else None

    def described(self, head: str, pos: int) -> str | None:
        """The person "the forward" / "the 46-year-old" at `pos` stands for: the most recent person the
        article gave that role (or a kin role); else, for a person role, the only person it has named so
        far. None when nobody fits or two people do."""
        if _AGED.match(head):
            with_role = [p for p in self.persons if p.has_role((head,), pos)]
            return with_role[0].name if len(with_role) == 1 and with_role[0].sure else None
        kin = role_kin(head)
        with_role = [p for p in self.persons if p.has_role(kin, pos)]
        if with_role:
            return with_role[0].name if len(with_role) == 1 and with_role[0].sure else None
        if not is_person_noun(head):
            return None
        gender = role_gender(head)
        # (a person named later in the same sentence counts: "the officer who died was Capt. Tom Tennant")
        here = self._sentence_of(pos)
        end = self._starts[here + 1] if 0 <= here < len(self._starts) - 1 else 1 << 62
        named = [p for p in self.persons if p.seen_before(pos) or p.last_before(end) >= pos]
        if len(named) == 1 and named[0].seen_before(pos) and named[0].sure and named[0].gender(pos) in (None, gender or named[0].gender(pos)):
            return named[0].name
        return None
