"""Ray Data, for real: a local 2-CPU cluster cleans 10,000 records in each batch format.

The output must equal the bulk path row for row, other columns untouched; the
example script runs end to end against the same cluster through ``--address``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from cleantext import DEFAULT, Pipeline  # noqa: E402
from cleantext.integrations.ray import CleanBatches, clean_dataset  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


# All 10,000 records through the primary format; a share through the other two keeps
# the module within its time budget on a busy 2-core machine.
@pytest.mark.parametrize(("batch_format", "n"), [("pyarrow", 10_000), ("pandas", 2_000),
                                                 ("numpy", 2_000)])
def test_map_batches_equals_the_bulk_path(
    ray_cluster: dict[str, Any], records: list[dict[str, Any]],
    expected: list[dict[str, Any]], batch_format: str, n: int,
) -> None:
    ds = ray.data.from_items(records[:n], override_num_blocks=8)
    out = clean_dataset(ds, removed_column="removed_chars", actors=2,
                        batch_format=batch_format, batch_size=500).take_all()
    assert len(out) == n
    assert [{k: v for k, v in row.items() if k != "removed_chars"} for row in out] == expected[:n]
    assert [row["removed_chars"] for row in out] == [
        len(r["text"]) - len(e["text"]) for r, e in zip(records[:n], expected, strict=False)]
    assert sum(row["removed_chars"] for row in out) > 0


def test_a_pipeline_value_reaches_the_actors(
    ray_cluster: dict[str, Any], records: list[dict[str, Any]],
) -> None:
    mine = Pipeline.from_names(["markup", "whitespace"])
    ds = ray.data.from_items(records[:2000], override_num_blocks=4)
    out = ds.map_batches(CleanBatches, fn_constructor_args=(mine,),
                         compute=ray.data.ActorPoolStrategy(size=1),
                         batch_format="pyarrow").take_all()
    assert [row["text"] for row in out] == [mine(r["text"]) for r in records[:2000]]


def test_the_example_script_cleans_shards_on_an_existing_cluster(
    ray_cluster: dict[str, Any], shards: list[Path], expected: list[dict[str, Any]],
    tmp_path: Path,
) -> None:
    env = {**os.environ, **ray_cluster["env"]}
    for fmt in ("jsonl", "parquet"):
        out = tmp_path / fmt
        subprocess.run(
            [sys.executable, str(ROOT / "examples" / "ray_clean.py"), *map(str, shards),
             "-o", str(out), "--format", fmt, "--address", ray_cluster["address"],
             "--actors", "2"],
            check=True, env=env, cwd=tmp_path, timeout=300,
        )
        rows: list[dict[str, Any]] = []
        if fmt == "jsonl":
            for path in sorted(out.glob("*.json*")):
                rows += [json.loads(line) for line in path.read_text("utf-8").splitlines()]
        else:
            for path in sorted(out.glob("*.parquet")):
                rows += pq.read_table(path).to_pylist()
        # Order across output files is Ray's; match the rows by id.
        assert sorted(rows, key=lambda r: r["id"]) == sorted(expected, key=lambda r: r["id"])


def test_batches_outside_ray() -> None:
    """The same class on hand-made batches: bad values and the three policies."""
    texts = ["<p>Rain &amp; wind.</p>", None, "Sun."]
    table = pa.table({"id": [1, 2, 3], "text": pa.array(texts, pa.large_string())})
    keep = CleanBatches(on_error="keep", removed_column="n")(table)
    assert keep.schema.field("text").type == pa.large_string()
    assert keep.column("text").to_pylist() == [DEFAULT(texts[0]), None, "Sun."]
    assert keep.column("n").to_pylist() == [len(texts[0]) - len(DEFAULT(texts[0])), 0, 0]
    skip = CleanBatches(on_error="skip")(table.to_pandas())
    assert skip["id"].tolist() == [1, 3]
    assert skip["text"].tolist() == [DEFAULT(texts[0]), "Sun."]
    with pytest.raises(TypeError, match="row 1 of the batch"):
        CleanBatches()(table)
    with pytest.raises(KeyError, match="no column 'body'"):
        CleanBatches(column="body")(table)
