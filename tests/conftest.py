"""Shared test setup: the hypothesis profiles.

``dev`` (the default) keeps a local run quick and explores new random examples each
time; ``ci`` runs many more examples and is what ``.ci/run`` uses. ``ci`` is
derandomized: the same examples on every run, so a red CI is reproducible and never a
coin flip on an unrelated change. Open-ended exploration is the job of the dev runs and
of ``python tests/fuzz.py``, whose findings become regression cases. Choose with
``HYPOTHESIS_PROFILE=ci pytest``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=1500,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
