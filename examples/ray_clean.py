"""Clean JSONL shards with Ray Data: on a local cluster by default, or on an existing one.

    pip install "cleantext-news[ray]"

    # a local Ray cluster with every core of this machine
    python examples/ray_clean.py news/*.jsonl.gz -o news-clean/

    # an existing cluster (every node needs cleantext installed, or use --pip)
    python examples/ray_clean.py s3://bucket/news/ -o s3://bucket/news-clean/ \\
        --format parquet --address ray://head-node:10001

Inputs are JSONL files or folders of them, plain or compressed (``.gz``, ``.zst``,
by extension); the output folder gets JSONL (``--format jsonl``, the default) or
Parquet files, one or more per input block, with every field of the input and, with
``--removed-column``, the characters removed from each record. Ray does not keep the
input order unless ``--preserve-order`` is given (slower): keep an id field.
"""

from __future__ import annotations

import argparse
import time


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Clean JSONL shards with cleantext on Ray Data.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="JSONL files or folders (.gz/.zst ok)")
    parser.add_argument("-o", "--output", required=True, help="output folder (local or s3://...)")
    parser.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    parser.add_argument("--field", default="text", help="the text field (default: text)")
    parser.add_argument("--pipeline", help="comma-separated cleaner names (default: all)")
    parser.add_argument("--removed-column", help="add this int column: characters removed")
    parser.add_argument("--on-error", choices=["raise", "skip", "keep"], default="raise",
                        help="a record whose field is null or not text (default: raise)")
    parser.add_argument("--address", help="an existing cluster, e.g. ray://head:10001 or auto; "
                        "default: start a local cluster")
    parser.add_argument("--num-cpus", type=int, help="CPUs of the local cluster (default: all)")
    parser.add_argument("--actors", type=int,
                        help="cleaning actors (default: Ray autoscales one per free CPU)")
    parser.add_argument("--pip", action="store_true",
                        help="install cleantext-news on the workers through runtime_env")
    parser.add_argument("--preserve-order", action="store_true",
                        help="write records in input order (slower)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    # Imported here so that `--help` works without Ray, and so that Ray's worker
    # processes, which import this file, do not start anything at import time.
    import ray  # noqa: PLC0415
    import ray.data  # noqa: PLC0415

    from cleantext.integrations.ray import clean_dataset  # noqa: PLC0415

    runtime_env = {"pip": ["cleantext-news"]} if args.pip else None
    if args.address:
        ray.init(address=args.address, runtime_env=runtime_env)
    else:
        ray.init(num_cpus=args.num_cpus, include_dashboard=False, runtime_env=runtime_env)
    try:
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = args.preserve_order
        start = time.perf_counter()
        ds = ray.data.read_json(args.inputs)
        ds = clean_dataset(
            ds,
            args.pipeline.split(",") if args.pipeline else None,
            column=args.field,
            removed_column=args.removed_column,
            on_error=args.on_error,
            actors=args.actors,
        )
        if args.format == "parquet":
            ds.write_parquet(args.output)
        else:
            ds.write_json(args.output)
        elapsed = time.perf_counter() - start
        print(f"cleaned into {args.output} in {elapsed:.1f} s")
    finally:
        ray.shutdown()


# The guard matters: Ray (and any multiprocessing start method but fork) imports this
# module again in other processes, which must not start a second cluster.
if __name__ == "__main__":
    main()
