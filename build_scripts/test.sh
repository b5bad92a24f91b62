#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite with every check, the bundle build last.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build_scripts/setup.sh --test --bundle
exec .venv/bin/python build_scripts/run_tests.py "$@"
