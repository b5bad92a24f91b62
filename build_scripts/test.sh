#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite with every check.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build_scripts/setup.sh --test
exec .venv/bin/python build_scripts/run_tests.py "$@"
