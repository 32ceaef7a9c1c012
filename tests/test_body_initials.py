"""A body's long name gains its initials (`language.initials`), so a claim writing the acronym
shares it, and two bodies' long names differ by their initials."""

from __future__ import annotations

import pytest

from workbench.core.language.initials import write_initials
from workbench.core.match.compare import compare


@pytest.mark.parametrize(("text", "initials"), [
    ("The Economic Community of Central African States suspended Gabon after the coup.", "ECCAS"),
    ("Nicaragua said it was leaving the UN Food and Agriculture Organization on Friday", "FAO"),
    ("Officials of the National Disaster Centre said two were dead", "NDC"),
])
def test_a_long_body_name_gains_its_initials(text: str, initials: str) -> None:
    out = write_initials(text)
    assert initials in out.split() and out.replace(f" {initials}", "") == text


@pytest.mark.parametrize("text", [
    "Albert Ondo Ossa endorsed the takeover in a statement on Monday",  # a person
    "The army moved troops to Mitrovica and Zvecan on Sunday, officials said",  # places
    "the United Nations Security Council Monday voted to extend it, the envoy said in a statement",
])
def test_no_initials_for_people_places_or_days(text: str) -> None:
    out = write_initials(text)
    assert "Monday" in out or "Sunday" in out
    assert "AOO" not in out and "MZ" not in out


def test_two_bodies_told_by_long_names_are_two_facts() -> None:
    found = compare("Nicaragua formally withdrew from the Organization of American States on Saturday",
                    "Nicaragua announced on Saturday that it was leaving the UN Food and Agriculture Organization")
    assert found.relation != "duplicate", found.reasons
