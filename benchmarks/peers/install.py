"""``peers-setup``: make the peers' virtual environment and install the pinned peers into it.

A separate venv because clean-text installs an import package called ``cleantext``, like
ours. It lives in ``benchmarks/.peers/venv`` (gitignored); everything comes from the
package index with pip, pinned in ``requirements.txt`` beside this file.
"""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

from benchmarks.peers import REQUIREMENTS, VENV


def setup(where: Path = VENV, *, upgrade: bool = False) -> Path:
    """Create (or reuse) the venv at ``where`` and pip-install the peers; return its python."""
    python = where / "bin" / "python"
    if not python.exists():
        print(f"creating {where}", file=sys.stderr)
        venv.EnvBuilder(with_pip=True, clear=False).create(where)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    if upgrade:
        pip.append("--upgrade")
    print(f"installing the peers from {REQUIREMENTS.name}", file=sys.stderr)
    subprocess.run([*pip, "-r", str(REQUIREMENTS)], check=True)
    return python
