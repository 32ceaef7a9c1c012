"""A PDF exported from the window has the same bytes as `workbench export` (fixed Qt hash seed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from workbench.ui import app  # the GUI entry point's first import: loads PySide6
from PySide6.QtWidgets import QApplication
from workbench.core.report.build import build_report
from workbench.core.report.options import ReportOptions
from workbench.core.store import Store
from workbench.ui.export.pdf import write_pdf
application = QApplication([])
store = Store.open(sys.argv[1], create=False)
write_pdf(build_report(store, ReportOptions(generated_at="2026-01-01T00:00:00", extra={"per": "fact"})), sys.argv[2])
store.close()
"""


def test_window_pdf_export_matches_the_cli(project_path: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_HASH_SEED"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    outputs = []
    for number in (1, 2):
        out = tmp_path / f"window{number}.pdf"
        subprocess.run([sys.executable, "-c", SCRIPT, str(project_path), str(out)], env=env, check=True, timeout=120)
        outputs.append(out.read_bytes())
    cli = tmp_path / "cli.pdf"
    subprocess.run([sys.executable, "-c", "import sys; from workbench.cli import main; sys.exit(main())", "export", str(project_path), "-f", "pdf", "-o", str(cli),
                    "--generated-at", "2026-01-01T00:00:00"], env=env, check=True, timeout=120,
                   stdout=subprocess.DEVNULL)
    assert outputs[0] == outputs[1] == cli.read_bytes()
