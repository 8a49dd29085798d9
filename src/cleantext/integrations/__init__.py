"""Scale-out through engines our users already run; cleantext grows no scheduler of its own.

Each module adapts a :class:`~cleantext.Pipeline` to one engine's map step and is
an optional extra. Nothing here is imported by ``import cleantext``, and the
modules import their engine only where they need it:

- :mod:`cleantext.integrations.ray`: a callable class for Ray Data's
  ``Dataset.map_batches`` (pyarrow, pandas and numpy/dict batches), the primary
  path beyond one machine (``pip install "cleantext-news[ray]"``).
- :mod:`cleantext.integrations.datatrove`: a datatrove formatter step with
  per-cleaner removal stats, for datatrove's local, Slurm and Ray executors
  (``pip install "cleantext-news[datatrove]"``).
- :mod:`cleantext.integrations.hf`: a batched function for Hugging Face
  ``datasets.Dataset.map`` whose fingerprint is deterministic, so caching works
  (``pip install "cleantext-news[datasets]"``).

All three clean exactly what :func:`cleantext.clean_stream` cleans with the same
pipeline; ``docs/scale-out.md`` shows how to run each and the caveats.
"""
