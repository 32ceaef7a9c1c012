"""What the pair rules read of one claim alone is read once per claim and kept in its view
(`match.claim_readings`): a pair compares two ready readings, with the same answers."""

from __future__ import annotations

import dataclasses

import pytest

from workbench.core.match import compare as compare_module
from workbench.core.match.bare_places import one_wider_place, places_apart, wider_places_apart
from workbench.core.match.claim_readings import ClaimReadings, claim_readings
from workbench.core.match.claim_view import claim_roles, claim_view, reported
from workbench.core.match.compare import compare, compare_normalized, prepared
from workbench.core.match.doers import (
    _other_named_doer,
    other_sayer,
    outcome_opposed,
    outcome_tokens,
    sayers_apart,
)
from workbench.core.match.kind_slots import flags_named, kinds_named, members_apart, other_member
from workbench.core.match.matching import prepare
from workbench.core.match.opposites import gain_and_loss, opposite_outcome
from workbench.core.match.place_names import names_written, one_place, places
from workbench.core.match.told_places import content_names, names_kind_of_place

PAIRS = [
    ("Romania said a drone fragment landed on its territory", "Moldova said a drone fragment landed on its territory"),
    ("Pirates attacked a tanker in the Gulf of Aden", "Pirates attacked a tanker in the southern Red Sea"),
    ("A Chinese warship came within 140 metres of a US destroyer", "A Chinese warship came within 140 metres of a Canadian frigate"),
    ("A Greek-owned tanker was seized", "A Liberian-flagged tanker was seized"),
    ("The army recaptured the airport on 3 March", "The army lost the airport on 3 March"),
    ("Al-Shabaab seized three villages", "The army lost control of three villages"),
    ("Officials said 5 people died in Hama", "Five people were killed in Hama, officials said"),
]


def _view(text: str):
    norm = prepared(text)[0]
    return claim_view(text, norm), norm


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_the_pair_rules_give_the_same_answers_from_ready_readings(a: str, b: str) -> None:
    (va, na), (vb, nb) = _view(a), _view(b)
    ra, rb = va.readings, vb.readings
    assert sayers_apart((ra.sayer, ra.voices), (rb.sayer, rb.voices)) == other_sayer(a, b)
    assert wider_places_apart(ra.wider_place, rb.wider_place) == places_apart(a, b)
    assert members_apart((va.roles_wording, ra.kinds, ra.flags), (vb.roles_wording, rb.kinds, rb.flags)) \
        == other_member(va.roles_wording, vb.roles_wording)
    assert va.acts == outcome_tokens(a, na) and vb.acts == outcome_tokens(b, nb)
    reason = opposite_outcome(va.acts[0], vb.acts[0], na.words, nb.words)  # as read per pair before
    if gain_and_loss(reason) and _other_named_doer(va.doers, vb.doers, va.tokens, vb.tokens):
        reason = None
    assert outcome_opposed((va.acts, va.doers, va.tokens), (vb.acts, vb.doers, vb.tokens)) == reason


def test_a_claim_is_read_once_with_its_roles_and_its_view_keeps_the_readings() -> None:
    text = "The US embassy said a drone hit a Liberian-flagged tanker in the Gulf of Aden"
    wording, _doers, read = claim_roles(text, prepared(text)[0])
    assert read == ClaimReadings(frozenset({"unitedstat"}), read.voices, one_place(text), one_wider_place(text),
                                 kinds_named(wording), flags_named(wording), names_written(text),
                                 not places(text), content_names=content_names(reported(text)),
                                 kind_of_place=names_kind_of_place(text))
    assert read == claim_readings(text, wording, reported(text))
    prep = prepare([text])
    assert prep.roles is not None and prep.roles[0][2] == read
    assert claim_view(text, prep.norms[0], roles=prep.roles[0]).readings == read


def test_a_pair_reads_its_views_readings_not_the_texts_again() -> None:
    # two bodies, not two countries: "Romania said ..." / "Moldova said ..." name two countries too
    # (`doers.other_country` knows every country since stop 37), which the texts alone set apart
    a, b = ("NATO said a drone fragment landed on Romanian territory",
            "The European Union said a drone fragment landed on Romanian territory")
    (va, na), (vb, nb) = _view(a), _view(b)
    assert compare_normalized(a, b, na, nb, [], [], views=(va, vb), links_only=True).score == 0.0  # two sayers
    same = dataclasses.replace(vb, readings=dataclasses.replace(vb.readings, sayer=va.readings.sayer))
    assert compare_normalized(a, b, na, nb, [], [], views=(va, same)).relation == "duplicate"


def test_counts_of_two_things_end_a_links_only_comparison_before_dates_and_names(monkeypatch) -> None:
    a, b = "Gunmen killed 12 soldiers in Hama on 3 March", "Gunmen killed 12 civilians in Hama on 3 March"
    assert compare(a, b).relation == "related"

    def unread(*_args, **_kwargs):
        raise AssertionError("read after the figure step")

    monkeypatch.setattr(compare_module, "date_step", unread)
    (va, na), (vb, nb) = _view(a), _view(b)
    qa, qb = compare_module.fig.quantities_of(a), compare_module.fig.quantities_of(b)
    assert compare_normalized(a, b, na, nb, qa, qb, views=(va, vb), links_only=True).relation == "related"


def test_the_gate_and_the_view_take_the_place_read_with_the_roles(monkeypatch) -> None:
    """The matching gate's place is read in `prepare` (its workers), not again in the main process."""
    from workbench.core.match import claim_view as view_module
    from workbench.core.match import gate

    text = "Rebels shelled the market in Hama on Tuesday"
    prep = prepare([text])
    monkeypatch.setattr(view_module, "claim_roles", lambda *_args: pytest.fail("roles read again"))
    monkeypatch.setattr(gate, "one_place", lambda _text: "read again")
    assert gate.gate_view(text, prep.norms[0], None, None, prep.roles[0]).place == "Hama"
    assert claim_view(text, prep.norms[0], roles=prep.roles[0]).place == "Hama"
