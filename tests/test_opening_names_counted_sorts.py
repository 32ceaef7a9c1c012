"""Sets 161-164 (helper not161a): two one-word names opening one act are two doers (`opening_names`);
one count of one noun sorted by two words of its own is two counts (`counted_sorts`); two kin of one
person of two genders opening the claims are two people (`kin_subjects`)."""

from workbench.core.match.compare import compare
from workbench.core.match.opening_names import opening_name
from workbench.core.vocab import Relation

_DUPLICATE = Relation.DUPLICATE.value


def test_two_one_word_names_opening_one_act() -> None:
    for a, b in (("Trump signed the order at the White House on Monday.",
                  "Biden signed the order at the White House on Monday."),
                 ("Haaland scored twice in the second half against Brentford.",
                  "Foden scored twice in the second half against Brentford.")):
        c = compare(a, b)
        assert c.relation != _DUPLICATE, (a, b)
        assert any("two names opening one act" in r for r in c.reasons), (a, b, c.reasons)


def test_one_doer_told_two_ways_stays_one() -> None:
    for a, b in (("Macron laid a wreath at the Arc de Triomphe on Sunday morning.",
                  "Emmanuel Macron laid a wreath at the Arc de Triomphe on Sunday morning."),
                 ("Felipe opened the new session of parliament in Madrid on Tuesday.",
                  "King Felipe opened the new session of parliament in Madrid on Tuesday."),
                 ("Zelensky visited troops near the front line on Thursday.",
                  "Zelenskiy visited troops near the front line on Thursday."),
                 ("Government approved the draft budget on Wednesday.", "Cabinet approved the draft budget on Wednesday.")):
        assert compare(a, b).relation == _DUPLICATE, (a, b)


def test_an_opening_common_noun_plural_or_sayer_is_no_name() -> None:
    assert opening_name("Guillaume greeted crowds from the balcony.") == "guillaum"
    assert opening_name("Lawmakers approved the reform.") is None  # a plural
    assert opening_name("Police arrested three men.") is None  # a kind the tables know
    assert opening_name("Shooting erupted at the checkpoint.") is None  # a gerund
    assert opening_name("Erdogan said Turkey would not block the bid.") is None  # a sayer
    assert opening_name("PRESIDENT SIGNS THE ORDER") is None  # a headline


def test_one_count_of_two_sorts() -> None:
    for a, b in (("Inspectors found 12 black rhinos dead in the park last month.",
                  "Inspectors found 12 white rhinos dead in the park last month."),
                 ("Rangers fished 40 grey seals out of the bay in a week.",
                  "Rangers fished 40 harbour seals out of the bay in a week.")):
        c = compare(a, b)
        assert c.relation != _DUPLICATE, (a, b)
        assert any("one count of two sorts" in r for r in c.reasons), (a, b, c.reasons)


def test_one_sort_told_two_ways_or_no_sort_stays_one() -> None:
    for a, b in (("The convoy carried 50 aid trucks into the city on Monday.",
                  "The convoy carried 50 relief trucks into the city on Monday."),
                 ("The army sent 300 new tanks to the border this week.",
                  "The army sent 300 fresh tanks to the border this week."),
                 ("Rangers fished 40 seals out of the bay in a week.", "Rangers fished 40 grey seals out of the bay in a week.")):
        assert compare(a, b).relation == _DUPLICATE, (a, b)


def test_two_kin_of_one_person() -> None:
    from workbench.core.match.kin_subjects import kin_subject

    a, b = "The senator's husband was questioned by investigators on Monday.", \
        "The senator's daughter was questioned by investigators on Monday."
    c = compare(a, b)
    assert c.relation != _DUPLICATE
    assert any("two kin of one person" in r for r in c.reasons), c.reasons
    assert kin_subject("The senator's eldest daughter was questioned.") == ("senator", "daughter", "f")
    assert kin_subject("The company's chief executive resigned.") is None


def test_kin_of_one_gender_or_none_stays_one() -> None:
    for a, b in (("Erdogan's son Bilal attended the ceremony in Istanbul.",
                  "Erdogan's eldest son Bilal attended the ceremony in Istanbul."),
                 ("The senator's husband was questioned by investigators on Monday.",
                  "The senator's spouse was questioned by investigators on Monday.")):
        assert compare(a, b).relation == _DUPLICATE, (a, b)
