"""A forecast changed against the thing itself changed: "De Beers cut its production forecast" /
"De Beers cut rough diamond prices", "Toyota raised its profit forecast" / "Toyota raised car
prices". The doer, the verb and the week are the same and the words nearly so; one claim changes
what a doer expects, the other what it does: two facts (helper not109).

Read on each claim's reported, rewritten wording (`claim_view.claim_roles`): a change verb with a
forecast as its object ("cut its 2024 output forecast", "raised guidance") in one claim, a change
verb in the other and no word of a forecast or a future there ("now expects", "will fall", "sees
growth of") that could tell the same forecast in other words. A forecast named after a preposition
("grew 5 percent, beating forecasts", "rose above expectations") is no forecast changed.
"""

from __future__ import annotations

import re

from workbench.core.text_caches import text_cache

#: Verbs that change an amount a doer sets, in their forms (transitive: "grew", "rose" change nothing of a doer's).
_CHANGE = (r"(?:cut|cuts|cutting|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|lift(?:s|ed|ing)?|trim(?:s|med|ming)?"
           r"|slash(?:es|ed|ing)?|boost(?:s|ed|ing)?|hik(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)"
           r"|increas(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing)|halv(?:e|es|ed|ing)"
           r"|doubl(?:e|es|ed|ing))")
#: Nouns of a forecast.
_FORECAST = (r"(?:forecasts?|outlook|guidance|projections?|predictions?|expectations?|estimates?|targets?)")
#: Words between a change verb and its object that make the forecast no object ("raised prices above forecasts").
_NOT_BETWEEN = (r"(?:above|below|beyond|than|from|to|by|in|on|at|after|before|with|against|over|under|for|of|despite"
                r"|beating|beat|missing|missed|exceeding|and|but|as|while|which|that)")
_FORECAST_CHANGED = re.compile(rf"\b{_CHANGE}\s+(?:(?!{_NOT_BETWEEN}\b)[\w'-]+\s+){{0,5}}?{_FORECAST}\b")
_CHANGED = re.compile(rf"\b{_CHANGE}\b")
#: Words of a forecast or a future: a claim with one may tell the other's forecast in other words.
_FORESEEN = re.compile(rf"\b(?:{_FORECAST}|forecast(?:ing|ed)?|expect(?:s|ed|ing)?|predict(?:s|ed|ing)?"
                       r"|project(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|sees?|will|would|shall|next|coming)\b")


@text_cache()
def _reading(wording: str) -> tuple[bool, bool]:
    """(whether a claim changes a forecast, whether it changes something with no forecast or future told)."""
    forecast = _FORECAST_CHANGED.search(wording) is not None
    return forecast, not forecast and _FORESEEN.search(wording) is None and _CHANGED.search(wording) is not None


def forecast_apart(surface_a: str, surface_b: str) -> str | None:
    """'a forecast changed / the thing itself changed' when one claim changes a forecast and the
    other changes something with no forecast or future told (the module docstring), else None."""
    (fa, ta), (fb, tb) = _reading(surface_a), _reading(surface_b)
    return "a forecast changed / the thing itself changed" if fa and tb or fb and ta else None
