"""`pip install .` carries every template, static file, migration, content file and model the app needs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "src" / "attune"
DATA_SUFFIXES = {".toml", ".json", ".jsonl", ".html", ".css", ".js", ".svg", ".png", ".webmanifest", ".onnx",
                 ".mako", ".txt"}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out),
                    str(REPO)], check=True)
    return next(out.glob("attune-*.whl"))


def test_every_data_file_in_the_source_tree_is_in_the_wheel(wheel: Path) -> None:
    wanted = {f"attune/{p.relative_to(PACKAGE).as_posix()}" for p in PACKAGE.rglob("*")
              if p.is_file() and p.suffix in DATA_SUFFIXES and "training" not in p.parts
              and "__pycache__" not in p.parts}
    names = set(zipfile.ZipFile(wheel).namelist())
    assert wanted - names == set()
    assert any(n.startswith("attune/store/migrations/versions/") for n in names)


def test_the_installed_wheel_answers_a_checkin(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    env = {**os.environ, "PYTHONPATH": str(target), "ATTUNE_DATA_DIR": str(tmp_path / "data")}
    run = subprocess.run([sys.executable, "-c", "import attune, sys; print(attune.__file__);"
                          "from attune.cli import main; sys.exit(main(['checkin', 'I feel calm today', '--json']))"],
                         env=env, capture_output=True, text=True, cwd=tmp_path, check=True)
    where, answer = run.stdout.splitlines()[0], json.loads(run.stdout.splitlines()[1])
    assert where.startswith(str(target))
    assert answer["reply"]["text"] and answer["reading"]["emotions"]
