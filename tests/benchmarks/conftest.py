"""The suite lives in ``benchmarks/`` at the repository root: make it importable however
pytest is started (``python -m pytest`` puts the root on sys.path, ``pytest`` does not)."""

import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
