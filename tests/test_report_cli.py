"""`workbench export`, `tag` and `evidence` from the command line."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from report_project import HOSTILE_SCRIPT, make_project

from workbench.cli import main
from workbench.core.report.jsonio import load_report_json
from workbench.core.store import Store

STAMP = "2026-01-02T03:04:05+00:00"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def project(tmp_path: Path):
    path = tmp_path / "iraq.wbproj"
    ids = make_project(path)
    return path, ids


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["html", "md", "csv", "json", "claimreview"])
def test_export_text_formats(project, tmp_path, capsys, fmt):
    path, _ = project
    out_file = tmp_path / f"report.{fmt}"
    url = ["--url", "https://checks.example.org/iraq"] if fmt == "claimreview" else []  # ClaimReview needs one
    code, out, _ = run(capsys, "export", path, "--format", fmt, "-o", out_file, "--generated-at", STAMP,
                       "--analyst", "Jane Doe", "--json", *url)
    assert code == 0
    info = json.loads(out)
    assert info["format"] == fmt and info["claims"] == 10 and info["file"] == str(out_file)
    data = out_file.read_bytes()
    assert data
    # Same project, same options -> same bytes.
    again = tmp_path / f"again.{fmt}"
    assert run(capsys, "export", path, "--format", fmt, "-o", again, "--generated-at", STAMP,
               "--analyst", "Jane Doe", *url)[0] == 0
    assert again.read_bytes() == data


def test_export_filters(project, tmp_path, capsys):
    path, ids = project
    out_file = tmp_path / "r.json"
    code, _, _ = run(capsys, "export", path, "-o", out_file, "--status", "false", "--status", "disputed",
                     "--group-by", "article", "--title", "Week 25", "--generated-at", STAMP)
    assert code == 0
    r = load_report_json(out_file)  # format guessed from the extension
    assert r["title"] == "Week 25" and r["filters"]["group_by"] == "article"
    assert {c["status"] for c in r["claims"]} == {"false", "disputed"}
    code, out, _ = run(capsys, "export", path, "--format", "csv", "-o", "-", "--claims",
                       f"{ids['mee'][0]},{ids['reuters'][1]}")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert sorted(int(r["claim_id"]) for r in rows) == sorted([ids["mee"][0], ids["reuters"][1]])


@pytest.mark.parametrize("argv, message", [
    (["--claims", "1,999"], "no claim with id 999"),
    (["--claims", "1,x"], "is not a claim id"),
    (["--status", "maybe"], "unknown status 'maybe'"),
    (["--format", "pdf", "-o", "-"], "standard output"),
])
def test_export_errors(project, tmp_path, capsys, argv, message):
    path, _ = project
    args = ["export", path, *argv]
    if "-o" not in argv:
        args += ["-o", tmp_path / "x.html"]
    code, _, err = run(capsys, *args)
    assert code != 0
    assert message in err and err.count("\n") == 1


def test_export_missing_project(tmp_path, capsys):
    code, _, err = run(capsys, "export", tmp_path / "nope.wbproj", "-o", tmp_path / "x.html")
    assert code != 0 and "no such project" in err


def test_tag_is_recorded_in_history(project, capsys):
    path, ids = project
    cid = ids["reuters"][2]
    code, out, _ = run(capsys, "tag", path, cid, "--status", "disputed", "--confidence", "low",
                       "--source", "Police colonel", "--reliability", "D", "--note", "Only one source.", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["status"], data["confidence"], data["source"], data["source_reliability"]) == (
        "disputed", "low", "Police colonel", "D")
    assert data["source_created"] is True
    code, out, _ = run(capsys, "tag", path, cid, "--note", "Second note.", "--source", "police COLONEL")
    assert code == 0 and "claim" in out
    with Store.open(path) as store:
        claim = store.claim(cid)
        assert store.fact_row(claim["fact_id"])["notes"] == "Only one source.\nSecond note."  # notes are the fact's
        assert claim["source"] == "Police colonel"  # found case-insensitively, not created twice
        assert len([s for s in store.sources() if s["name"].lower() == "police colonel"]) == 1
        fields = {(h["field"], h["new"]) for h in store.history("claim", cid)}
        assert ("status", "disputed") in fields and ("confidence", "low") in fields
        assert any(h["field"] == "notes" for h in store.history("fact", claim["fact_id"]))


@pytest.mark.parametrize("argv, message", [
    (["99999", "--status", "verified"], "no claim with id 99999"),
    (["1", "--status", "bogus"], "unknown status 'bogus'"),
    (["1"], "nothing to change"),
    (["1", "--confidence", "sure"], "unknown confidence 'sure'"),
    (["1", "--reliability", "B"], "give --source"),
])
def test_tag_errors(project, capsys, argv, message):
    path, _ = project
    before = Store.open(path)
    counts = before.table_counts()
    before.close()
    code, _, err = run(capsys, "tag", path, *argv)
    assert code != 0 and message in err and err.count("\n") == 1
    with Store.open(path) as store:
        assert store.table_counts() == counts


def test_evidence(project, capsys):
    path, ids = project
    cid, article = ids["reuters"][2], ids["articles"]["mee.txt"]
    code, out, _ = run(capsys, "evidence", path, cid, article, "--stance", "contradicts", "--note", "MEE says hundreds",
                       "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["claim_id"], data["article_id"], data["stance"], data["note"]) == (cid, article, "contradicts",
                                                                                  "MEE says hundreds")
    with Store.open(path) as store:
        assert any(h["field"] == "evidence" for h in store.history("claim", cid))
    code, _, err = run(capsys, "evidence", path, cid, article, "--stance", "supports")
    assert code != 0 and "already evidence" in err
    code, _, err = run(capsys, "evidence", path, cid, article, "--stance", "maybe")
    assert code != 0 and "stance must be supports or contradicts" in err
    code, _, err = run(capsys, "evidence", path, cid, 404, "--stance", "supports")
    assert code != 0 and "no article with id 404" in err
    code, _, err = run(capsys, "evidence", path, 404, article, "--stance", "supports")
    assert code != 0 and "no claim with id 404" in err


def test_help_has_examples(capsys):
    for command in ("export", "tag", "evidence"):
        with pytest.raises(SystemExit) as exc:
            main([command, "--help"])
        assert exc.value.code == 0
        out = capsys.readouterr().out
        assert "examples:" in out and f"workbench {command} " in out


def test_pdf_export_headless(project, tmp_path):
    """A real subprocess with no DISPLAY: the PDF module must bring up its own offscreen Qt."""
    path, _ = project
    out_file = tmp_path / "report.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}

    def export(target: Path) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "workbench", "export", str(path), "--format", "pdf", "-o", str(target),
             "--analyst", "Jane Doe", "--generated-at", STAMP, "--json"],
            capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
        )

    result = export(out_file)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["format"] == "pdf"
    assert out_file.read_bytes().startswith(b"%PDF")
    # Same project, same stamp -> same PDF bytes (document id and dates are pinned, fonts in fixed order).
    again = tmp_path / "again.pdf"
    assert export(again).returncode == 0
    assert again.read_bytes() == out_file.read_bytes()
    exe = shutil.which("pdftotext")
    if not exe:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run([exe, str(out_file), "-"], capture_output=True, text=True, check=True).stdout
    squashed = " ".join(text.split())
    assert "Sunni militants seized the al-Qaim border crossing with Syria" in squashed
    assert HOSTILE_SCRIPT in squashed
