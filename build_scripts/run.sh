#!/usr/bin/env bash
# Set up (if needed) and open HealthRoom Ledger on the default local database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build_scripts/setup.sh
exec .venv/bin/healthroom "$@"
