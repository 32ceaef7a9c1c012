"""`workbench new / import / articles / claims / extract` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA, SAMPLE

from workbench.cli import main
from workbench.core.store import Store


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The CLI in a real subprocess, as the user and the contract check run it."""
    return subprocess.run([sys.executable, "-m", "workbench", *map(str, args)], capture_output=True, text=True,
                          env=dict(os.environ), timeout=300)


def test_new_import_articles_and_a_second_import_adds_nothing(tmp_path):
    project = tmp_path / "p.db"
    assert run("new", project).returncode == 0
    first = run("import", project, SAMPLE)
    assert first.returncode == 0, first.stderr
    second = run("import", project, SAMPLE, "--json")
    assert json.loads(second.stdout)["imported"] == []
    articles = json.loads(run("articles", project, "--json").stdout)
    assert len(articles) == 1
    article = articles[0]
    for key in ("id", "title", "outlet", "author", "published", "url", "file", "claims", "text"):
        assert key in article
    assert article["title"] == "Iraqi officials: army retakes Syria border crossing"
    assert article["outlet"] == "Middle East Eye"
    assert article["file"] == SAMPLE.name
    assert "Skip to main content" not in article["text"] and "newsletters" not in article["text"]


def test_new_refuses_to_overwrite(tmp_path, capsys):
    project = tmp_path / "p.db"
    assert main(["new", str(project)]) == 0
    assert main(["new", str(project)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_importing_a_binary_file_fails_and_changes_nothing(tmp_path, capsys):
    project = tmp_path / "p.db"
    main(["new", str(project)])
    main(["import", str(project), str(SAMPLE)])
    with Store.open(project) as store:
        before = store.table_counts()
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(4000))
    capsys.readouterr()
    assert main(["import", str(project), str(binary)]) == 1
    err = capsys.readouterr().err
    assert str(binary) in err and "PNG image" in err
    with Store.open(project) as store:
        assert store.table_counts() == before


def test_claims_json_shape_and_filters(tmp_path, capsys):
    project = tmp_path / "p.db"
    main(["new", str(project)])
    main(["import", str(project), str(SAMPLE)])
    capsys.readouterr()
    main(["claims", str(project), "--json"])
    claims = json.loads(capsys.readouterr().out)
    if not claims:
        pytest.skip("claim extraction produced no claims")
    for key in ("id", "article_id", "text", "quote", "start", "end", "speaker", "status", "confidence", "source"):
        assert key in claims[0]
    main(["claims", str(project), "--search", "soldiers", "--json"])
    found = json.loads(capsys.readouterr().out)
    assert found and all("soldier" in (c["text"] + c["quote"]).lower() for c in found)
    main(["claims", str(project), "--status", "verified", "--json"])
    assert json.loads(capsys.readouterr().out) == []


def test_missing_project_is_a_clear_error(tmp_path, capsys):
    assert main(["articles", str(tmp_path / "nope.db")]) == 1
    assert "no such project" in capsys.readouterr().err


def test_extract_json_spans_point_into_the_body(capsys):
    assert main(["extract", str(SAMPLE), "--json"]) == 0
    (article,) = json.loads(capsys.readouterr().out)
    assert article["file"] == SAMPLE.name and article["title"]
    for claim in article["claims"]:
        assert article["body"][claim["start"]:claim["end"]] == claim["quote"]


def test_version_and_help_with_examples():
    assert run("--version").stdout.startswith("workbench ")
    top = run("--help").stdout
    assert "examples:" in top
    for command in ("new", "import", "articles", "claims", "extract"):
        assert "examples:" in run(command, "--help").stdout


def test_data_folder_has_the_sample():
    assert (DATA / "mee-iraq-border-crossing.txt").exists()
