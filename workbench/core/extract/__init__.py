"""Extract: an article's text -> atomic claims (sentences, kinds, speakers, splits)."""
