"""The peers: the tools a user would otherwise run, measured on the same corpus in the same run.

Each peer runs in a subprocess, ``runner.py`` under the peers' own virtual environment
(``benchmarks/.peers/venv``, made by ``python -m benchmarks peers-setup``): clean-text
installs an import package called ``cleantext`` too, so it cannot share ours. A peer that
is not installed is reported as skipped, with the reason; nothing is ever estimated.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from benchmarks.speed import run_child

HERE = Path(__file__).resolve().parent
RUNNER = HERE / "runner.py"
REQUIREMENTS = HERE / "requirements.txt"
VENV = HERE.parent / ".peers" / "venv"

#: The peers, in the order the table shows them.
NAMES = ("clean-text", "ftfy", "beautifulsoup", "c4", "justext", "trafilatura")


def clean_env() -> dict[str, str]:
    """Our environment without PYTHONPATH/PYTHONHOME: with them, a peer's ``import
    cleantext`` could find ours (e.g. a source snapshot put first to measure it)."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}


class PeerError(RuntimeError):
    """A peer that was installed but failed to run over the corpus."""


@dataclass(frozen=True)
class Peers:
    """The peers' interpreter, and which peers it can run."""

    python: Path

    @classmethod
    def default(cls) -> Peers:
        return cls(VENV / "bin" / "python")

    def available(self) -> dict[str, str | None]:
        """name -> version for every known peer; ``None`` where it cannot be imported.

        Every peer is ``None`` when the venv itself is missing or broken.
        """
        if not self.python.exists():
            return dict.fromkeys(NAMES)
        proc = subprocess.run([str(self.python), str(RUNNER), "--check"],
                              capture_output=True, text=True, check=False, env=clean_env())
        try:
            found: dict[str, str | None] = json.loads(proc.stdout.strip().splitlines()[-1])
        except (IndexError, ValueError):
            return dict.fromkeys(NAMES)
        return {name: found.get(name) for name in NAMES}

    def skip_reason(self) -> str:
        """Why a peer that is not available was skipped."""
        if not self.python.exists():
            return f"not installed (no {self.python}; run: python -m benchmarks peers-setup)"
        return "not installed in the peers venv (run: python -m benchmarks peers-setup)"

    def run(self, name: str, texts: Path, out: Path, repeat: int,
            logs: Path) -> dict[str, object]:
        """Run peer ``name`` over ``texts`` (JSONL of ``text``, ``lang``), outputs to ``out``.

        Its stdout and stderr go to ``logs`` with the suffixes .out and .err. Returns the
        runner's summary; raises :class:`PeerError` with the tail of its stderr.
        """
        summary, stderr = logs.with_suffix(".out"), logs.with_suffix(".err")
        argv = [str(self.python), str(RUNNER), "--peer", name, "--input", str(texts),
                "--output", str(out), "--repeat", str(repeat)]
        child = run_child(argv, stderr, summary, env=clean_env())
        # The summary is the last stdout line: some peers print warnings of their own.
        lines = summary.read_text(encoding="utf-8").strip().splitlines()
        if child.returncode != 0 or not lines:
            raise PeerError(f"{name} exited {child.returncode}: {child.stderr_tail}")
        result = dict(json.loads(lines[-1]))
        result["max_rss_mb"] = child.max_rss_mb
        return result
