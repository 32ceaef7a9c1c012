"""Two acts of one doer told after one event are two facts; one act told two ways after it is one."""

from workbench.core.match.compare import compare


def test_two_acts_after_one_event() -> None:
    c = compare("The transport ministry suspended the rail operator's licence after a train derailed near Lyon.",
                "The transport ministry ordered new track inspections after a train derailed near Lyon.")
    assert c.relation != "duplicate"
    assert any(r.startswith("two acts after one event") for r in c.reasons)
    c = compare("The city council declared a drought emergency in March after the reservoir ran dry.",
                "The city council hired private tankers in March after the reservoir ran dry.")
    assert c.relation != "duplicate"


def test_one_act_told_two_ways_after_one_event() -> None:
    for a, b in (("The club sacked its coach after a 4-0 defeat to its rivals.",
                  "The club fired its coach after losing 4-0 to its rivals."),
                 ("Police detained six men after the riot in Bristol.", "Police arrested six men after the riot in Bristol."),
                 ("Islamabad rushed additional police units to Quetta after the attack on the station.",
                  "Pakistan sent more police units to Quetta following the assault on the station.")):
        c = compare(a, b)
        assert not any(r.startswith("two acts after one event") for r in c.reasons), (a, b)
