"""One act on two things told inside an announcement ("announced that it would review X / Y"), the
thing with a complement ("its fisheries agreement with Russia"): two facts; one thing stays one."""

from workbench.core.match.compare import compare


def test_one_act_on_two_things_announced() -> None:
    for a, b in (("The Norwegian government announced on Monday that it would review its whaling quotas.",
                  "The Norwegian government announced on Monday that it would review its energy agreement with Germany."),
                 ("The ministry announced on Thursday that it would scrap its fuel subsidy scheme.",
                  "The ministry announced on Thursday that it would scrap its arms deal with Serbia.")):
        c = compare(a, b)
        assert c.relation != "duplicate", (a, b)
        assert any(r.startswith("one act on two things") for r in c.reasons), (a, b)


def test_one_thing_announced_in_other_words() -> None:
    for a, b in (("The Norwegian government announced on Monday that it would review its whaling quotas.",
                  "The Norwegian government announced on Monday that it would review its quotas for whaling."),
                 ("The city council said on Friday that it would suspend its parking charges.",
                  "The city council said on Friday that it would suspend its charges for parking."),
                 # where the act was is no complement of the thing
                 ("Protesters stormed the national assembly in Maputo on Friday, witnesses said.",
                  "Protesters stormed the parliament building in Mozambique's capital on Friday.")):
        c = compare(a, b)
        assert not any(r.startswith("one act on two things") for r in c.reasons), (a, b)
