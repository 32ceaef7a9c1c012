"""Outcomes told in phrases (helper conf8): a verdict ("found not guilty" = acquitted), a rate
"kept on hold" (left unchanged, the opposite of raised), people "still being held on Monday"
(detained, the opposite of freed)."""

from workbench.core.match import knowledge
from workbench.core.match.compare import compare


def test_verdicts() -> None:
    assert knowledge.rewrite("Judges found the ex-general not guilty of war crimes")[0] == \
        "Judges acquitted the former-general of war crimes"  # ("ex-" is written "former")
    assert "convicted" in knowledge.rewrite("He was found guilty of fraud")[0]
    assert knowledge.rewrite("She pleaded not guilty to the charges")[1] == []  # a plea is no verdict
    assert compare("The former general was convicted of war crimes in The Hague",
                   "Judges in The Hague found the ex-general not guilty of war crimes").relation == "conflict"


def test_a_rate_kept_on_hold_is_no_rate_raised() -> None:
    assert compare("The central bank raised interest rates on Thursday",
                   "The central bank kept interest rates on hold on Thursday").relation == "conflict"
    assert compare("Egypt held fuel prices steady in October",
                   "Egypt left fuel prices unchanged in October").relation == "duplicate"


def test_still_held_on_a_day_is_detained() -> None:
    assert compare("Police freed the kidnapped schoolchildren in Zamfara state on Monday",
                   "The kidnapped schoolchildren in Zamfara were still being held on Monday, police said").relation \
        == "conflict"


def test_opposite_outcomes_of_conf8() -> None:
    pairs = [("The court released the journalist on bail on Wednesday",
              "The court denied bail to the journalist on Wednesday, her lawyer said"),
             ("The students ended their blockade of the Novi Sad faculty on Monday",
              "Students in Novi Sad continued their blockade of the faculty on Monday"),
             ("Serb protesters removed the barricades on the road to Jarinje on Thursday",
              "Serb protesters put up new barricades on the road to Jarinje on Thursday"),
             ("The election results were annulled by the military shortly after they were announced",
              "The military confirmed the election results shortly after they were announced"),
             ("The Kenyan court suspended the deployment of police to Haiti",
              "Kenya's High Court approved the deployment of police officers to Haiti"),
             ("The ceasefire was violated within hours, both sides said",
              "The ceasefire held through the night, according to mediators")]
    for a, b in pairs:
        assert compare(a, b).relation == "conflict", (a, b)


def test_implicit_refusals_and_outcomes_of_conf8_batch4() -> None:
    pairs = [("The president stopped short of declaring martial law in the region",
              "The president declared martial law in the region on Friday, state media said"),
             ("Police refrained from using force against the students in Belgrade",
              "Police used force against students in Belgrade, witnesses said"),
             ("The deposed president remained in power in Libreville on Wednesday",
              "The president was ousted by army officers in Libreville on Wednesday"),
             ("The minister is no longer in custody, his lawyer said", "The minister remains in custody, prosecutors said"),
             ("The election commission certified the results on Sunday",
              "The election commission refused to certify the results on Sunday"),
             ("The UN mission has withdrawn all its staff from the region",
              "The UN mission kept its staff in the region, a spokesman said"),
             ("The talks collapsed on Thursday without an agreement",
              "The two sides reached an agreement on Thursday, mediators said")]
    for a, b in pairs:
        assert compare(a, b).relation == "conflict", (a, b)
