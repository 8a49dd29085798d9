"""datatrove, for real: the local executor runs reader -> CleanText -> writer on JSONL shards.

Two tasks on two worker processes clean 10,000 records from plain, gzip and zstd
shards; every output row must equal the bulk path's, in each shard's order, and the
per-cleaner stats must be in datatrove's merged stats.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("datatrove")

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
from datatrove.utils.stats import MetricStats

from cleantext import DEFAULT, Pipeline
from cleantext.integrations.datatrove import CleanText


def test_local_executor_equals_the_bulk_path(
    shards: list[Path], expected: list[dict[str, Any]], tmp_path: Path,
) -> None:
    out, logs = tmp_path / "out", tmp_path / "logs"
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(shards[0].parent), glob_pattern="*.jsonl*", add_file_path=False),
            CleanText(),
            JsonlWriter(str(out), compression=None, expand_metadata=True),
        ],
        tasks=2, workers=2, logging_dir=str(logs),
    ).run()

    want = {r["id"]: r for r in expected}
    seen = 0
    for path in sorted(out.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
        # Each task reads its shards in order: ids (zero-padded counters) ascend.
        assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
        for row in rows:
            assert row == want[row["id"]]
        seen += len(rows)
    assert seen == len(expected)

    # datatrove's own Stats.from_dict leaves the metrics as the JSON's compact form.
    merged = json.loads((logs / "stats.json").read_text())
    raw = next(s["stats"] for s in merged if "cleantext" in s["name"])
    ours = {k: MetricStats.from_dict(v) for k, v in raw.items()}
    assert ours["total"].total == len(expected)
    summaries = [DEFAULT.explain(r["text"]).summary() for r in _read(shards)]
    for cleaner in DEFAULT.names:
        docs = sum(cleaner in s for s in summaries)
        chars = sum(s[cleaner].chars for s in summaries if cleaner in s)
        if docs:
            assert ours[f"{cleaner}_chars"].n == docs
            assert ours[f"{cleaner}_chars"].total == chars
        else:
            assert f"{cleaner}_chars" not in ours


def _read(shards: list[Path]) -> list[dict[str, Any]]:
    # The records back from the shards through datatrove's own reader (any compression).
    rows: list[dict[str, Any]] = []
    for i in range(len(shards)):
        reader = JsonlReader(str(shards[0].parent), glob_pattern=f"part-{i}.*",
                             add_file_path=False)
        rows += [{"id": d.id, "text": d.text} for d in reader.run(None, 0, 1)]
    return rows


def test_without_explain_counts_net_characters(records: list[dict[str, Any]]) -> None:
    mine = Pipeline.from_names(["markup", "unicode", "whitespace"])
    step = CleanText(mine, explain=False)
    docs = [Document(text=r["text"], id=r["id"]) for r in records[:2000]]
    texts = [d.text for d in docs]
    cleaned = [d.text for d in step.run(iter(docs))]
    assert cleaned == [mine(t) for t in texts]
    stats = step.stats.stats
    assert stats["total"].total == 2000
    assert stats["changed"].total == sum(a != b for a, b in zip(texts, cleaned, strict=True))
    net = sum(v.total for k, v in stats.items() if k.endswith("_net_chars"))
    assert net == sum(len(a) - len(b) for a, b in zip(texts, cleaned, strict=True))


def test_names_and_a_pipeline_value_are_the_same_step() -> None:
    assert CleanText(["markup", "whitespace"]).pipeline == Pipeline.from_names(
        ["markup", "whitespace"])
    assert CleanText().format("<p>Rain.</p>") == DEFAULT("<p>Rain.</p>")
