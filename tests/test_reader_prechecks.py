"""The cheap pre-checks some readers run before their regex or table scan (speed only): each must
let through every text the reader fires on, so these are the cases they must not skip."""

from __future__ import annotations

from workbench.core.figures.separators import as_commas
from workbench.core.figures.shouting import is_shouting, unshout
from workbench.core.language import slips
from workbench.core.language.synonyms import noun_meant
from workbench.core.match.compare import compare
from workbench.core.match.inside_names import names_inside_names
from workbench.core.match.knowledge import _mistyped_event
from workbench.core.match.normalize import normalize
from workbench.core.match.opinions import view


def test_shouting_still_read_and_sentences_are_not() -> None:
    assert is_shouting("TALIBAN KILL 40 CIVILIANS IN KANDAHAR ON 13 JUNE")
    assert unshout("TALIBAN KILL 40 CIVILIANS IN KANDAHAR") == "Taliban Kill 40 Civilians in Kandahar"
    assert not is_shouting("Taliban kill 40 civilians")
    assert not is_shouting("TALIBAN KILL 40 CIVILIANs")  # one lower-case letter in a word is enough
    assert not is_shouting("TALIBAN KILL a b")  # one-letter words are not read


def test_grouped_thousands_still_read() -> None:
    assert as_commas("2 000 people") == "2,000 people"
    assert as_commas("1\u202f250\u00a0000 people") == "1,250,000 people"
    assert as_commas("1.500 protesters") == "1,500 protesters"
    assert as_commas("rose to 6.168 against the dollar") == "rose to 6.168 against the dollar"
    assert as_commas("30 people, 2.5 km") == "30 people, 2.5 km"


def test_normalize_still_drops_ordinal_suffixes_and_not_phrases() -> None:
    assert normalize("on the 13th").text == "13"
    assert normalize("on June 2nd").numbers == normalize("on June 2").numbers
    assert not normalize("not only in Paris").negated
    assert not normalize("no longer in office").negated
    assert not normalize("a vote of no confidence").negated
    assert normalize("not in Paris").negated


def test_waters_and_views_still_read() -> None:
    assert names_inside_names("N'Djamena has sent troops to Lake Chad") == frozenset({"chad"})
    assert names_inside_names("Boats sank in the Congo River") == frozenset({"congo"})
    assert names_inside_names("Boats sank in the Gulf of Aden") == frozenset({"aden"})
    assert names_inside_names("Chad sent troops") == frozenset()
    assert view("Pashinyan said the handover would help prevent a war") is not None
    assert view("Galstanyan warned it might leave communities exposed") is not None
    assert view("Pashinyan said the handover helped") is None


def test_slips_found_by_first_letter_in_table_order() -> None:
    assert _mistyped_event("arested") == "arrest"
    assert _mistyped_event("damaegd") == "damage"
    assert noun_meant("demonstratrs") == "protesters"
    table = {"wounded": "first", "woundde": "second", "killed": "other"}
    assert slips.mistyped("woundded", table) == "first"  # the first form in the table wins
    assert slips.mistyped("burend", table) is None
    table["burned"] = "third"  # a table that changes is read again
    assert slips.mistyped("burend", table) == "third"
    assert slips.mistyped("kiled", table) == "other"


def test_compare_still_reads_ordinals() -> None:
    assert compare("The 60th anniversary was marked in Paris", "The 50th anniversary was marked in Paris").relation \
        == "conflict"
