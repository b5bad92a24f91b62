"""Performance benchmarks (not part of the normal test run): `bash build_scripts/bench.sh`.

Each measurement is a module here with `measure(work, runs) -> list[Figure]`, run in a fresh
Python process by `python -m tests.bench`, which prints one table of every figure against its
target. A measurement whose feature is not in this build says "not available yet".
"""
