"""The engines stay optional: nothing imports one that does not need it.

These run with or without the engines installed.
"""

from __future__ import annotations

import subprocess
import sys

ENGINES = ("ray", "datatrove", "datasets", "pyarrow", "pandas", "numpy")

_CHECK = """
import sys
{imports}
print(",".join(m for m in {engines!r} if m in sys.modules))
"""


def _imported_after(imports: str) -> str:
    code = _CHECK.format(imports=imports, engines=ENGINES)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, timeout=120)
    return out.stdout.strip()


def test_import_cleantext_imports_no_engine() -> None:
    assert _imported_after("import cleantext; cleantext.clean('x')") == ""


def test_the_ray_and_datasets_adapters_import_no_engine() -> None:
    # They are unpickled in every worker, and only handle what the engine passes in.
    imports = "import cleantext.integrations.ray, cleantext.integrations.hf"
    assert _imported_after(imports) == ""


def test_the_datatrove_step_without_datatrove_says_what_to_install() -> None:
    # Importable without the engine (docs and doctest collection import every module);
    # using it raises an ImportError that names the extra.
    code = (
        "import sys; sys.modules['datatrove'] = None\n"
        "from cleantext.integrations.datatrove import CleanText\n"
        "try:\n    CleanText()\nexcept ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, timeout=120)
    assert "pip install 'cleantext-news[datatrove]'" in out.stdout
