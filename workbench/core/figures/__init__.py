"""Figures: the quantities and dates in a text, and the one rulebook for what they mean."""
