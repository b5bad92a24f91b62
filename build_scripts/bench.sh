#!/usr/bin/env bash
# Set up (if needed) and run the performance benchmarks (tests/bench), not part of the test run.
# Usage: bash build_scripts/bench.sh [--only NAME...] [--runs N] [--fresh]
# `--only registers` runs the generated-register properties with the long Hypothesis profile.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build_scripts/setup.sh --test
exec .venv/bin/python -m tests.bench "$@"
