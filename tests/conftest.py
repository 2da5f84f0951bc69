"""Test set-up: ``tests/`` on ``sys.path`` (for ``from layout import ...``) and the hypothesis profiles.

Profiles: ``ci`` (bounded, the default, and always when ``CI=true``) and ``long`` (thousands of examples per
property, to run by hand: ``HYPOTHESIS_PROFILE=long pytest tests/test_robust.py``). Neither has a deadline:
the first call in a process loads the lexicon and compiles the patterns (a second or more where the lexicon's cache
is built first, as in CI, which starts without one), and shared machines stall.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,  # a CI run that fails fails again on the same examples
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile(
    "long",
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    print_blob=True,
)

_profile = os.environ.get("HYPOTHESIS_PROFILE", "ci")
if os.environ.get("CI", "").lower() == "true":
    _profile = "ci"
settings.load_profile(_profile)
