"""Shared test setup: the hypothesis profiles.

``dev`` (the default) keeps a local run quick; ``ci`` runs many more examples and is
what ``.ci/run`` uses. Choose with ``HYPOTHESIS_PROFILE=ci pytest``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=1500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
