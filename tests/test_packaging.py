"""Packaging: the desktop files validate, the project file type is recognised by its content, the
install script lays out a prefix, resources are package data, and the standalone build (opt-in).

The validators are Debian tools (desktop-file-utils, appstream, shared-mime-info); a test that
needs one skips, naming it, when it is not installed.
"""

from __future__ import annotations

import configparser
import os
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workbench.core import paths

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.claimworkbench.ClaimWorkbench"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MIME_XML = PACKAGING / f"{APP_ID}.mime.xml"
MIME_TYPE = "application/x-claim-workbench-project"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def tool(name: str) -> str:
    exe = shutil.which(name)
    if exe is None:
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils, appstream, shared-mime-info)")
    return exe


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates():
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_validates_offline():
    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_metainfo_and_mime_agree():
    entry = desktop_entry()
    assert entry["MimeType"].rstrip(";").split(";") == [MIME_TYPE]
    assert entry["Exec"].endswith(" %f")  # one project per window
    assert entry["Icon"] == APP_ID
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == DESKTOP.name
    assert meta.find("screenshots/screenshot/image") is not None
    release = meta.find("releases/release")
    assert release is not None and release.get("version") == __import__("workbench").__version__
    assert release.find("description") is not None
    assert meta.find("content_rating") is not None
    mime = ET.parse(MIME_XML).getroot().find(f"{MIME_NS}mime-type")
    assert mime is not None and mime.get("type") == MIME_TYPE
    assert mime.find(f"{MIME_NS}glob").get("pattern") == "*.wbproj"  # type: ignore[union-attr]


def application_id_in_mime_xml() -> int:
    mime = ET.parse(MIME_XML).getroot()
    inner = mime.find(f"{MIME_NS}mime-type/{MIME_NS}magic/{MIME_NS}match/{MIME_NS}match")
    assert inner is not None and inner.get("type") == "big32" and inner.get("offset") == "68"
    return int(inner.get("value", ""), 16)


def test_mime_magic_is_the_project_application_id():
    assert application_id_in_mime_xml().to_bytes(4, "big") == b"CWB1"


def sqlite_file(path: Path, application_id: int | None) -> Path:
    conn = sqlite3.connect(path)
    if application_id is not None:
        conn.execute(f"PRAGMA application_id = {application_id}")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return path


def test_install_desktop_into_a_prefix_and_the_type_is_recognised(tmp_path):
    prefix = tmp_path / "prefix"
    env = {**os.environ, "EXEC": "/opt/claim workbench/claim-workbench"}  # the standalone build, a space in it
    result = subprocess.run(["bash", str(PACKAGING / "install-desktop.sh"), str(prefix)], capture_output=True,
                            text=True, env=env)
    assert result.returncode == 0, result.stderr
    share = prefix / "share"
    desktop = share / "applications" / DESKTOP.name
    assert 'Exec="/opt/claim workbench/claim-workbench" %f' in desktop.read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
    assert (share / "metainfo" / METAINFO.name).is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    icon = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert icon.read_bytes() == (paths.resources_dir() / "icons" / "app.svg").read_bytes()

    tool("update-mime-database")  # it ran inside the script: the prefix has a MIME cache
    assert (share / "mime" / "mime.cache").is_file()
    project = sqlite_file(tmp_path / "named-anything.db", application_id_in_mime_xml())
    plain = sqlite_file(tmp_path / "plain.db", None)
    # Qt reads the shared-mime-info database of XDG_DATA_DIRS; a fresh process sees the prefix.
    probe = ("import sys\nfrom PySide6.QtCore import QMimeDatabase\ndb = QMimeDatabase()\n"
             "content = QMimeDatabase.MatchMode.MatchContent\n"
             "print(db.mimeTypeForFile(sys.argv[1], content).name(), db.mimeTypeForFile(sys.argv[2], content).name(),"
             " db.mimeTypeForFile('x.wbproj', QMimeDatabase.MatchMode.MatchExtension).name())\n")
    env = {**os.environ, "XDG_DATA_DIRS": f"{share}:/usr/share", "XDG_DATA_HOME": str(tmp_path / "empty")}
    result = subprocess.run([sys.executable, "-c", probe, str(project), str(plain)], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    by_content, plain_type, by_name = result.stdout.split()
    assert by_content == MIME_TYPE  # the header's application_id, whatever the file is called
    assert plain_type != MIME_TYPE  # any other SQLite file is not ours
    assert by_name == MIME_TYPE


def test_resources_are_package_data():
    folder = paths.resources_dir()
    assert folder == Path(__import__("workbench").__file__).parent / "resources"
    for part in ("icons/app.svg", "styles/workbench.qss", "templates/report.html.j2", "samples/ATTRIBUTION"):
        assert (folder / part).is_file(), part
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"resources/**/*"' in pyproject
    assert 'license = "MIT"' in pyproject  # an SPDX string: no setuptools deprecation warning


def test_version_flag(capsys):
    from workbench import __version__
    from workbench.cli import main
    from workbench.ui.app import main as gui_main

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"workbench {__version__}"
    with pytest.raises(SystemExit):
        gui_main(["--version"])
    assert capsys.readouterr().out.strip() == f"workbench-gui {__version__}"


@pytest.mark.skipif(os.environ.get("WORKBENCH_TEST_STANDALONE") != "1",
                    reason="builds the PyInstaller bundle (minutes); set WORKBENCH_TEST_STANDALONE=1 to run it")
def test_standalone_build_passes_its_smoke_test(tmp_path):
    env = {**os.environ, "DIST": str(tmp_path / "dist")}
    build = subprocess.run(["bash", str(PACKAGING / "build-linux.sh")], capture_output=True, text=True, env=env)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    archives = list((tmp_path / "dist").glob("claim-workbench-*-linux-*.tar.gz"))
    assert len(archives) == 1
    smoke = subprocess.run(["bash", str(PACKAGING / "smoke-test-linux.sh"), str(archives[0])], capture_output=True,
                           text=True)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "1480x920" in smoke.stdout
