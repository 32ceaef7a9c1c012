"""Attribution and reference across sentences, and facts hidden in speaker phrases.

- `carry_speakers`: a quotation continues (or anticipates) the speaker of a neighbouring
  sentence; "he said" takes the last named speaker;
- `resolve_pronouns`: a claim's `text` that starts with "He"/"She" (or with a verb, in
  headline style) gets its person, so that it reads on its own; the quote is untouched;
- `speaker_role`: "Orkem, France's third-largest chemical group, said" -> the article asserts
  "Orkem is France's third-largest chemical group".
"""

from __future__ import annotations

import re

from workbench.core.extract.atomic import Piece
from workbench.core.extract.attribution import REPORT_VERBS, Frame
from workbench.core.extract.sentences import Sentence
from workbench.core.language.verbs import is_finite_verb, is_verb_like, trie_regex
from workbench.core.language.verbs import words as _words
from workbench.core.model import ExtractedClaim
from workbench.core.vocab import ClaimKind

_QUOTES = "\"“”"


_PERSON = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Gen|Lt|Capt|Col|Prof|Rep|Gov)\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}$")
_NOT_PERSON_START = frozenset(["The", "A", "An", "This", "That", "These", "Those", "US", "UN", "EU", "In", "On"])
_NAMED_SUBJECT = re.compile(
    r"^((?:(?:Mr|Mrs|Ms|Dr|Sen|Gen|Lt|Capt|Col|Prof|Rep|Gov)\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+([a-z]+)"
)
#: finite verbs that may open a complete sentence (questions, inversions, "Had he known, ...")
_CLAUSE_OPENERS = frozenset(["is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would",
                             "should", "may", "might", "must", "shall", "had", "remain", "remains"])
_ONE_NAME_SUBJECT = re.compile(r"^([A-Z][a-z'’-]{2,})\s+([a-z]+)")
_NOT_A_PERSON = _words(
    "police officials authorities witnesses reuters afp xinhua it they this that there these those we "
    "government army navy military officers soldiers troops rebels militants protesters residents "
    "investigators prosecutors doctors experts analysts sources reports media parliament congress "
    "washington moscow beijing london paris greece iraq syria israel india china russia europe america "
    "britain france germany iran turkey egypt prices markets stocks shares"
)
_SURNAME = re.compile(r"[A-Z][a-z'’-]+")
_TOLD = re.compile(r"\b(?:told|tells|warned|urged|assured|informed|reminded|asked)\s+(?!reporters|journalists)\w+")
_PRONOUN_START = re.compile(r"^(He|She)\s+(?=[a-z])")
#: "He noticed she was drunk ..., claiming she resisted": two people; "she" is not the speaker
_HE = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b")
_SHE = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b")
#: an unnamed single person: "the official", "a police spokesman", "one witness"
_ONE_PERSON = re.compile(r"^(?:the|a|an|one|another)\s+(?:[\w-]+\s+){0,3}[\w-]*[^s\W]$", re.IGNORECASE)


#: "Pushed to the brink of default, the government agreed ...": a participial opener before its subject
_OPENING_PARTICIPLE = re.compile(r"^[A-Z][a-z]+ed\b[^,;]{0,80},\s+(?:the|a|an|its|his|her|their|[A-Z])")


def resolve_pronouns(claims: list[ExtractedClaim], body: str) -> None:
    """A claim whose text starts with "He"/"She" names its person, so that it reads on its own:
    in reported speech the speaker ("Hastings said he did not know" -> "Lieutenant Hastings did not
    know"), unless the speaker told someone something (then "he" may be either); in the article's
    own voice the person last mentioned as a subject or speaker ("He could face a ban" -> "Juan
    Arango could face a ban"). The quote keeps the pronoun; only `text` changes."""
    last: str | None = None
    gender: dict[str, str] = {}  # name -> "He"/"She" once a pronoun was resolved to it
    surnames: set[str] = set()  # last words of full names seen: a later "Musk says" is a person
    for c in claims:
        if c.kind != ClaimKind.CLAIM.value:
            continue
        words = c.text.split()
        if (last and not c.speaker and len(words) > 2 and is_finite_verb(words[0].lower())
                and words[0].lower() not in _CLAUSE_OPENERS and not _OPENING_PARTICIPLE.match(c.text)
                and not (words[0].lower().endswith("ed") and words[1] in ("with", "by"))):
            # ("Charged with DWI ...": a passive participle, whose subject is not clear)
            # a headline-style sentence without a subject: "Has a huge following in Colombia."
            c.text = f"{last} {words[0].lower()} {' '.join(words[1:])}"
        elif (last and not c.speaker and len(words) > 2 and words[0] == "Also"
              and is_finite_verb(words[1].lower())):
            c.text = f"{last} also {' '.join(words[1:])}"
        m = _PRONOUN_START.match(c.text)
        if m and last and gender.get(last, m.group(1)) != m.group(1) and not c.speaker:
            m = None  # "He noticed ... She was knocked out": not the man named for "he" before
        if m:
            if c.speaker:
                sentence = body[c.sentence_start:c.sentence_end]
                name = person_of(c.speaker)
                other = _HE if m.group(1) == "She" else _SHE
                if (not c.speaker_anonymous and (_PERSON.match(name) or _SURNAME.fullmatch(name))
                        and not _TOLD.search(sentence) and not other.search(sentence)
                        and name.lower() not in ("he", "she")):
                    c.text = f"{name} {c.text[m.end():]}"
                    gender[name] = m.group(1)
            elif last:
                c.text = f"{last} {c.text[m.end():]}"
                gender[last] = m.group(1)
        named = _NAMED_SUBJECT.match(c.text)
        if named is None:
            one = _ONE_NAME_SUBJECT.match(c.text)
            named = one if one is not None and one.group(1) in surnames else None
        subject = named.group(1) if named and is_verb_like(named.group(2)) else None
        if subject and subject.lower() in _NOT_A_PERSON:
            subject = None
        if subject and " " in subject:
            surnames.add(subject.split()[-1])
        for candidate in (subject, person_of(c.speaker) if c.speaker and not c.speaker_anonymous else None):
            if (candidate and (_PERSON.match(candidate) or _SURNAME.fullmatch(candidate))
                    and candidate.split()[0] not in _NOT_PERSON_START and candidate.lower() not in _NOT_A_PERSON):
                last = candidate
                break
        else:
            if c.speaker and _ONE_PERSON.match(c.speaker):
                # '"...," the official said. He asked not to be identified': a later "he" is more likely
                # this unnamed person than the last named one; no name is better than a wrong one
                last = None


def person_of(speaker: str) -> str:
    """The person in a speaker phrase: 'Milat's brother, Boris' -> 'Boris', 'Kerry, the envoy' -> 'Kerry'."""
    rev = _ROLE_FIRST.match(speaker)
    if rev is not None:
        return rev.group("name")
    return speaker.split(",")[0].strip()


def carry_speakers(sentences: list[Sentence], frames: list[Frame | None]) -> None:
    """Attribution across sentences: quotations continue or anticipate a speaker; he/she resolve.

    - a sentence that is only a quotation, right after a sentence with a speaker, has that speaker;
    - a sentence that opens a quotation it does not close takes the speaker of the sentence (within
      the next three) that closes it with an attribution;
    - a "he"/"she" speaker becomes the last named person speaker before it.
    """
    last_named: str | None = None
    surnames: set[str] = set()  # last words of full names seen: a later "Papandreou expressed" is a person
    full_names: dict[str, bool] = {}  # bare name -> does the article give it in full? (asked when needed)
    article: list[str] = []  # the sentences' text joined, when first needed
    open_quote: Frame | None = None  # the speaker of a quotation still open at the previous sentence
    for i, (sent, frame) in enumerate(zip(sentences, frames, strict=True)):
        if frame is None:
            open_quote = None
            continue
        quotes = sum(sent.text.count(q) for q in _QUOTES)
        if frame.speaker is None:
            prev = frames[i - 1] if i > 0 else None
            if open_quote is not None:
                _adopt(frame, open_quote)  # '... He added: "We will ... / This is the least we can do.'
            elif prev is not None and prev.speaker and _is_pure_quote(sent.text):
                _adopt(frame, prev)
            elif _opens_quote(sent.text):
                for j in range(i + 1, min(i + 4, len(frames))):
                    nxt = frames[j]
                    if nxt is None:
                        break
                    if nxt.speaker and any(q in sentences[j].text for q in _QUOTES):
                        for k in range(i, j):
                            between = frames[k]
                            if between is not None and between.speaker is None:
                                _adopt(between, nxt)
                        break
        if open_quote is not None:
            closes = quotes % 2 == 1 or sent.text.rstrip(" .")[-1:] in _QUOTES
            open_quote = None if closes else open_quote
        elif frame.speaker and quotes % 2 == 1 and _QUOTE_OPENS_AFTER_FRAME.search(sent.text):
            open_quote = frame
        if frame.speaker and frame.speaker.lower() in ("he", "she") and last_named:
            frame.speaker = last_named
            frame.anonymous = False
        elif frame.speaker and _many(frame.speaker):
            last_named = None  # "Marfin bank officials told Reuters ...": no "he" for a later sentence
        elif frame.speaker and not frame.anonymous and frame.speaker[:1].isupper() and " " in frame.speaker.strip():
            last_named = person_of(frame.speaker)
            surnames.add(last_named.split()[-1])
        elif frame.speaker and not frame.anonymous and frame.speaker[:1].isupper():
            last_named = frame.speaker
        elif frame.speaker is None:
            # "Papandreou expressed shock ... '...,' he told parliament": the person the article just
            # named as a subject
            named = _NAMED_SUBJECT.match(sent.text) or _ONE_NAME_SUBJECT.match(sent.text)
            if named and is_verb_like(named.group(2)):
                name = named.group(1)
                if (name.lower() not in _NOT_A_PERSON and name.split()[0] not in _NOT_PERSON_START
                        and ((" " in name and _PERSON.match(name)) or name in surnames
                             or _named_in_full(name, sentences, article, full_names))):
                    last_named = name
                    surnames.add(name.split()[-1])


def _named_in_full(name: str, sentences: list[Sentence], article: list[str], cache: dict[str, bool]) -> bool:
    """Does the article give `name` in full ('Prime Minister George Papandreou', a capitalised word
    right before it)? Then a bare 'Papandreou' opening a sentence is that person. (String search:
    a regex over the whole article for every sentence would cost more than the rest of this step.)"""
    if name in cache:
        return cache[name]
    if not article:
        article.append("\n".join(s.text for s in sentences))
    text = article[0]
    found = False
    i = text.find(" " + name)
    while i > 0 and not found:
        after = text[i + 1 + len(name):i + 2 + len(name)]
        j = max(text.rfind(" ", 0, i), text.rfind("\n", 0, i))
        prev = text[j + 1:i]
        found = (not after.isalpha() and len(prev) > 1 and prev[0].isupper() and prev[1:].islower()
                 and prev.isalpha())
        i = text.find(" " + name, i + 1)
    cache[name] = found
    return found


def _many(speaker: str) -> bool:
    """'Marfin bank officials', 'police', 'witnesses': more than one person."""
    words = speaker.split(",")[0].split()
    head = words[-1] if words else ""
    return head.lower() in _NOT_A_PERSON or (head.islower() and head.endswith("s") and not head.endswith(("ss", "us")))


_QUOTE_OPENS_AFTER_FRAME = re.compile(
    rf"\b(?:{trie_regex(REPORT_VERBS.split('|'))}|saying|adding)\b[^\"“”]{{0,40}}[:,]\s*[\"“][^\"“”]*$"
)


def _adopt(frame: Frame, source: Frame) -> None:
    frame.speaker = source.speaker
    frame.relayed_by = source.relayed_by
    frame.anonymous = source.anonymous
    frame.hedged = frame.hedged or source.hedged


def _opens_quote(text: str) -> bool:
    t = text.strip()
    count = sum(t.count(q) for q in _QUOTES)
    return bool(t) and t[0] in _QUOTES and count % 2 == 1


_ROLE = re.compile(r"^(?P<name>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}),\s+(?P<role>[^,]{3,90})$")


_ROLE_FIRST = re.compile(
    r"^(?P<role>(?:[A-Z][\w'’-]*'s|[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][^,]{2,60}),\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})$"
)


def speaker_role(sentence: str, speaker: str | None) -> Piece | None:
    """'Orkem, France's third-largest chemical group' said ... -> the article asserts
    'Orkem is France's third-largest chemical group'."""
    if not speaker or ", " not in speaker:
        return None
    at = sentence.find(speaker)
    if at < 0:
        return None
    rev = _ROLE_FIRST.match(speaker)
    if rev is not None:  # "Milat's brother, Boris" -> "Boris is Milat's brother"
        role = rev.group("role")
        return Piece(at, at + len(speaker), f"{rev.group('name')} is {role[0].lower() if role.split()[0] in ('A', 'An', 'The') else role[0]}{role[1:]}.")
    m = _ROLE.match(speaker)
    if m is None or m.group("role").split()[0].lower() in ("who", "which", "that", "and"):
        return None
    role = m.group("role")
    return Piece(at, at + len(speaker), f"{m.group('name')} is {role[0].lower() if role.split()[0] in ('A', 'An', 'The') else role[0]}{role[1:]}.")


def _is_pure_quote(text: str) -> bool:
    t = text.strip()
    return len(t) > 2 and t[0] in _QUOTES and t.rstrip(".")[-1] in _QUOTES
