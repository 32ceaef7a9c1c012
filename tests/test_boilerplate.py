"""Boilerplate at sentence level: only the furniture sentence or phrase goes; plain text is never
refused; one all-furniture file does not fail an `extract` run over several files."""

from __future__ import annotations

import json
from pathlib import Path

from workbench.cli import main
from workbench.core.extract.extractor import extract_claims
from workbench.core.ingest.reader import article_from_bytes
from workbench.core.ingest.textclean import strip_boilerplate

ONE_LINE = ("A ferry ran aground off the coast of Crete on Sunday. All 212 passengers were taken ashore by "
            "lifeboats. CLICK HERE for all the latest shipping news")


def plain(text: str):
    return article_from_bytes(text.encode("utf-8"), name="summary.txt", suffix=".txt")


def test_a_single_line_ending_in_a_promotion_keeps_its_sentences():
    article = plain(ONE_LINE)
    assert "All 212 passengers were taken ashore by lifeboats." in article.text
    assert "CLICK HERE" not in article.text
    texts = [c.text for c in extract_claims(article.text) if c.kind == "claim"]
    assert "A ferry ran aground off the coast of Crete on Sunday." in texts


def test_a_promotion_glued_to_a_sentence_is_cut_off():
    body, _ = strip_boilerplate("Storms closed three airports in Norway on Monday and cancelled 400 flights "
                                "Click here for the latest weather news")
    assert body == "Storms closed three airports in Norway on Monday and cancelled 400 flights"


def test_a_short_furniture_line_still_goes_whole():
    body, _ = strip_boilerplate("The mayor opened the bridge on Monday.\nSign up for our daily newsletter\n"
                                "Traffic was light.")
    assert body == "The mayor opened the bridge on Monday.\nTraffic was light."


def test_plain_text_is_never_refused_for_boilerplate():
    article = plain("Sign up for our newsletter\nCLICK HERE for all the latest news")
    assert "newsletter" in article.text  # kept as written; extraction calls it boilerplate
    assert [c for c in extract_claims(article.text) if c.kind == "claim"] == []


def test_extract_goes_on_when_one_file_is_all_furniture(tmp_path: Path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(ONE_LINE, encoding="utf-8")
    junk = tmp_path / "junk.txt"
    junk.write_text("Sign up for our newsletter\nCLICK HERE for all the latest news\n", encoding="utf-8")
    assert main(["extract", str(junk), str(good), "--json"]) == 0
    captured = capsys.readouterr()
    files = json.loads(captured.out)
    assert [f["file"] for f in files] == ["junk.txt", "good.txt"]
    assert "junk.txt: no claims" in captured.err


def test_a_cookie_in_a_sentence_is_not_a_cookie_notice():
    kinds = {c.text: c.kind for c in extract_claims(
        "He declined a last meal and had a sandwich, a cookie and fruit punch. We use cookies to improve the site.")}
    assert kinds["He declined a last meal."] == "claim"
    assert kinds["We use cookies to improve the site."] == "boilerplate"


def test_copyright_and_advertisement_in_a_sentence_are_not_furniture():
    kinds = {c.text: c.kind for c in extract_claims(
        "The ruling will allow the film's copyright holders to seek damages. Copyright 2015 Example News.")}
    assert kinds["The ruling will allow the film's copyright holders to seek damages."] == "claim"
    assert kinds["Copyright 2015 Example News."] == "boilerplate"
