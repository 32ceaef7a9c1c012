"""Another act of one doer on a thing the other claim's act tells only in a relative clause ("released
a video of the men it said carried out the attack" / "claimed the attack"): two facts."""

from workbench.core.match.compare import compare


def test_act_told_in_a_relative_clause() -> None:
    for a, b in (("The rebel group claimed responsibility for the Kidal bombing on Friday.",
                  "The rebel group released photographs on Friday of the fighters it said carried out the Kidal bombing."),
                 ("The carmaker recalled 40,000 hybrid vehicles on Tuesday.",
                  "The carmaker published a list on Tuesday of the hybrid vehicles it said it had recalled.")):
        c = compare(a, b)
        assert c.relation != "duplicate", (a, b)
        assert any(r.startswith("another act on a thing the other act tells") for r in c.reasons), (a, b)


def test_a_claim_told_by_a_statement_stays_one() -> None:
    for b in ("The rebel group claimed the Kidal bombing on Friday.",
              "The rebel group released a statement on Friday claiming responsibility for the Kidal bombing.",
              "The rebel group said on Friday that it carried out the Kidal bombing."):
        c = compare("The rebel group claimed responsibility for the Kidal bombing on Friday.", b)
        assert c.relation == "duplicate", b
