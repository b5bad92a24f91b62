#!/usr/bin/env bash
# Set up everything the program needs on a Debian/Ubuntu machine, idempotently: the system
# libraries Qt needs, a virtual environment in .venv and the Python packages of the lock file
# requirements/linux.txt (exact versions, checked against their hashes).
# Usage: build_scripts/setup.sh [--test] [--bundle]
#   --test    also LibreOffice (headless), which the tests use to print the workbooks to PDF,
#             and PostgreSQL for the tests of the shared county workspace
#   --bundle  also binutils, which PyInstaller needs to build the desktop bundle
set -euo pipefail
cd "$(dirname "$0")/.."

# Shared libraries the PySide6 wheels load (offscreen and on a desktop), poppler for turning
# PDFs into pictures when checking reports, qpdf for checking their structure.
APT_PACKAGES=(python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-image0
  libnss3 libasound2 poppler-utils qpdf)
for arg in "$@"; do
  case "$arg" in
    # LibreOffice Calc without its GUI: the tests print the workbooks to PDF with it and save
    # rosters as real .xls, .ods and .xlsx files (they skip, saying so, where it cannot be
    # installed). The tests of the shared county workspace start a throw-away PostgreSQL.
    --test) APT_PACKAGES+=(libreoffice-calc-nogui postgresql) ;;
    --bundle) APT_PACKAGES+=(binutils) ;;
    *) echo "usage: build_scripts/setup.sh [--test] [--bundle]" >&2; exit 2 ;;
  esac
done

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
# Where nothing can be installed the run goes on: the tests that need LibreOffice or PostgreSQL
# are then skipped, each saying why in the test summary.
cannot="Qt may fail to start; the tests needing LibreOffice or PostgreSQL will be skipped"
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "notice: cannot install ${missing[*]} (no apt-get); $cannot" >&2
  elif [ -n "$SUDO" ] && ! command -v sudo >/dev/null 2>&1; then
    echo "notice: cannot install ${missing[*]} (not root and no sudo); $cannot" >&2
  else
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # apt's chatter (debconf notes and the like) goes to a log, shown only when apt fails.
    apt_log=$(mktemp)
    run_apt() { $SUDO apt-get "$@" >>"$apt_log" 2>&1 || { cat "$apt_log" >&2; exit 1; }; }
    run_apt update -qq
    # Names differ slightly between releases (libasound2 vs libasound2t64): install what exists.
    available=()
    for pkg in "${missing[@]}"; do
      apt-cache show "$pkg" >/dev/null 2>&1 && available+=("$pkg")
    done
    [ ${#available[@]} -gt 0 ] && run_apt install -y -qq --no-install-recommends "${available[@]}"
    rm -f "$apt_log"
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# Install again only when the lock or pyproject.toml changed since the last install. The
# packages come from the lock alone (--require-hashes: a file whose hash differs is refused);
# the project itself is then installed editable with the locked build backend, no isolation.
LOCK=requirements/linux.txt
stamp=.venv/.installed
wanted=$(cat "$LOCK" pyproject.toml | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "Installing the Python packages of $LOCK"
  pip=(.venv/bin/python -m pip --disable-pip-version-check --quiet)
  "${pip[@]}" install --require-hashes -r "$LOCK"
  "${pip[@]}" install --no-deps --no-build-isolation -e .
  echo "$wanted" > "$stamp"
fi
