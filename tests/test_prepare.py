"""`Pipeline.prepare`: every pattern compiled up front, none on a later call.

The families compile their phrase scans when a text first needs one. A prepared
pipeline must not: the checks run in a fresh interpreter (this one has long since
compiled everything), count the calls of ``re.compile`` and ``regex.compile`` while
cleaning texts that reach every family in several languages and scripts, and compare
with the same run unprepared, which must compile (else the texts prove nothing).
"""

from __future__ import annotations

import json
import subprocess
import sys

from cleantext import Pipeline, SpanCleaner
from cleantext.pipeline import DEFAULT

# Junk of every family, in the scripts whose lead bytes have scans of their own.
TEXTS = [
    "We value your privacy\n\nWe and our partners use cookies to store and access "
    "information on your device.\n\nAccept all\n\nManage options\n\nThe council met.",
    "Wir und unsere Partner verwenden Cookies. Alle akzeptieren\n\nDer Rat tagte.",
    "La mairie a voté le budget.\n\nPublicité\n\nPartager sur Facebook Twitter",
    "El pleno aprobó el plan.\n\nLee también: El alcalde dimite\n\n"
    "La entrada El plan aparece primero en Diario Sur.",
    "Het college stemde in.\n\nLees ook: Gemeente verhoogt tarieven",
    "Il consiglio ha votato.\n\nIscriviti alla newsletter\n\nCondividi su WhatsApp",
    "O conselho votou.\n\nLeia também: Prefeito anuncia obras",
    "Совет проголосовал за бюджет.\n\nПодписывайтесь на наш канал в Telegram\n\n"
    "Поделиться ВКонтакте",
    "The mayor spoke.Read more: Budget passed\n\nThe post Budget passed appeared first "
    "on Daily Star.\n\n4 min read\n\nHome > News > Local\n\nHome | News | Sport | Weather",
    "<p>Tom &amp; Jerry</p><script>x()</script>\n\nCafÃ© â€œnoirâ€\x9d\n\n"
    "Officials said the road will reopen in spring, but residents",
    "<html><body><p>Rain fell.</p><p>Advertisement</p></body></html>",
]

_CHILD = r"""
import json, re, sys
import regex
from cleantext import clean
from cleantext.pipeline import DEFAULT
texts = json.loads(sys.stdin.read())
if sys.argv[1] == "prepare":
    DEFAULT.prepare()
elif sys.argv[1] == "first-call":
    clean("A first call.")
count = [0]
for module in (re, regex):
    def counted(*args, _compile=module.compile, **kwargs):
        count[0] += 1
        return _compile(*args, **kwargs)
    module.compile = counted
for text in texts:
    DEFAULT(text)
print(count[0])
"""


def _compiles(mode: str) -> int:
    run = subprocess.run(
        [sys.executable, "-c", _CHILD, mode],
        input=json.dumps(TEXTS), capture_output=True, text=True, check=True,
    )
    return int(run.stdout)


def test_unprepared_pipeline_compiles_while_cleaning() -> None:
    # Without this the test below would prove nothing: the texts reach lazy scans.
    assert _compiles("none") > 10


def test_prepared_pipeline_compiles_nothing_while_cleaning() -> None:
    assert _compiles("prepare") == 0


def test_first_call_of_clean_prepares_the_default_pipeline() -> None:
    assert _compiles("first-call") == 0


def test_prepare_calls_each_cleaner_that_has_it_and_returns_the_pipeline() -> None:
    calls: list[str] = []
    pipeline = Pipeline((
        SpanCleaner("a", lambda text: [], warm_up=lambda: calls.append("a")),
        SpanCleaner("b", lambda text: []),  # no warm-up: nothing to do
        SpanCleaner("c", lambda text: [], warm_up=lambda: calls.append("c")),
    ))
    assert pipeline.prepare() is pipeline
    assert calls == ["a", "c"]


def test_preparing_twice_changes_no_output() -> None:
    before = [DEFAULT(t) for t in TEXTS]
    DEFAULT.prepare()
    DEFAULT.prepare()
    assert [DEFAULT(t) for t in TEXTS] == before
