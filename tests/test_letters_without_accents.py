"""Letters NFKD leaves whole (Đ, Ł, Ø, ß, Æ, Œ, Þ, Ħ, ı) fold to their Latin spelling, not to nothing."""

from workbench.core.language.stems import fold
from workbench.core.match.as_written import as_written
from workbench.core.match.compare import compare
from workbench.core.match.normalize import normalize


def test_fold_spells_whole_letters():
    assert fold("Đukanović Łódź Ørsted Straße Æsir œuvre Þór Ħamrun ı") == (
        "dukanovic lodz orsted strasse aesir oeuvre thor hamrun i")


def test_name_keeps_its_first_letter():
    n = normalize("President Milo Đukanović met Lekić.")
    assert "dukanovic" in n.tokens and "dukanovic" in n.proper
    assert normalize("Djukanovic").tokens != ["ukanovic"]


def test_shared_words_show_the_whole_name():
    a, b = "Milo Đukanović resigned.", "Milo Đukanović quit."
    assert as_written("shared words: milo, dukanovic", a, b) == "shared words: milo, đukanović"


def test_other_city_is_another_fact():
    a = "Police in Łódź arrested three men over the warehouse fire."
    assert compare(a, "Police in Lodz arrested three men over the warehouse fire.").relation == "duplicate"
    assert compare(a, "Police in Kraków arrested three men over the warehouse fire.").relation != "duplicate"
