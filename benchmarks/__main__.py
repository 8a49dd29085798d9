"""Run the benchmark suite: python -m benchmarks --help."""

from benchmarks.commands import main

raise SystemExit(main())
