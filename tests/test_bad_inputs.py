"""The corpus of bad inputs in tests/data/bad/: each is imported (maybe with a warning) or refused
with one line naming the file, and a refused file changes nothing in the project."""

from __future__ import annotations

import pytest
from conftest import DATA

from workbench.cli import main
from workbench.core.actions.importing import import_paths
from workbench.core.store import Store

BAD = DATA / "bad"

#: file -> ("ok", words of the warning or "") or ("refused", words of the error)
EXPECTED = {
    "control-chars.txt": ("refused", "binary file"),
    "crlf-mixed-newlines.txt": ("ok", ""),
    "empty.txt": ("refused", "the file is empty"),
    "markdown-only-links.md": ("refused", "no article text"),
    "no-sentences.txt": ("ok", ""),
    "nul-bytes.txt": ("refused", "binary file"),
    "one-huge-line.txt": ("ok", ""),
    "pdf-renamed.txt": ("refused", "PDF document"),
    "png-renamed.html": ("refused", "PNG image"),
    "random-binary.txt": ("refused", "binary file"),
    "remote-resources.html": ("ok", ""),
    "rtl-and-emoji.txt": ("ok", ""),  # plain text is never refused for boilerplate (issue 12)
    "script-only.html": ("refused", "no article text"),
    "sqlite-renamed.txt": ("refused", "SQLite database"),
    "unclosed-tags.html": ("ok", ""),
    "utf16-le-no-bom.txt": ("ok", ""),
    "utf16-truncated.txt": ("refused", "not valid UTF-16"),
    "utf8-bad-bytes.txt": ("ok", "4 invalid UTF-8 byte sequences replaced"),
    "utf8-bom-bad-bytes.txt": ("ok", "1 invalid UTF-8 byte sequence replaced"),
    "whitespace-only.txt": ("refused", "the file is empty"),
    "windows-1252.txt": ("ok", ""),
    "zip-renamed.md": ("refused", "ZIP archive"),
}


def test_the_corpus_is_what_the_table_describes():
    assert sorted(p.name for p in BAD.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bad_input_is_imported_or_refused_in_one_line(name, tmp_path):
    outcome, words = EXPECTED[name]
    path = BAD / name
    with Store.open(tmp_path / "p.wbproj") as store:
        before = store.table_counts()
        result = import_paths(store, [path])
        if outcome == "refused":
            assert result.imported == []
            assert len(result.errors) == 1
            assert result.errors[0].startswith(str(path)) and words in result.errors[0]
            assert "\n" not in result.errors[0]
            assert store.table_counts() == before
        else:
            assert result.errors == [] and len(result.imported) == 1
            assert [w for w in result.warnings if words and words in w] or not words
            assert all(w.startswith(str(path)) for w in result.warnings)
            article = store.article(result.imported[0])
            assert "\u00e2\u20ac" not in article["text"], "mojibake: UTF-8 read as Windows-1252"
            for claim in store.claims():
                assert article["text"][claim["start"]:claim["end"]] == claim["quote"]


def test_utf8_with_bad_bytes_is_utf8_with_a_warning_naming_the_file(tmp_path, capsys):
    project = tmp_path / "p.wbproj"
    Store.open(project).close()
    assert main(["import", str(project), str(BAD / "utf8-bad-bytes.txt"), str(DATA / "mee-iraq-border-crossing.txt")]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"workbench: warning: {BAD / 'utf8-bad-bytes.txt'}: 4 invalid UTF-8 byte sequences replaced with \ufffd"]
    with Store.open(project) as store:
        bad, clean = sorted(store.articles(), key=lambda a: a["file"] != "utf8-bad-bytes.txt")
        assert bad["text"].count("\ufffd") == 4
        assert "Iraq\u2019s" in bad["text"] or "\u2019" in bad["text"]
        # the same story: the copies are recognised as one wire story by matching
        assert bad["wire_group"] is not None and bad["wire_group"] == clean["wire_group"]
