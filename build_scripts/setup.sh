#!/usr/bin/env bash
# Set up everything the program needs on a Debian/Ubuntu machine, idempotently:
# the system libraries Qt needs, a virtual environment in .venv and the Python packages.
# Usage: build_scripts/setup.sh [--test] [--bundle]
set -euo pipefail
cd "$(dirname "$0")/.."

# Shared libraries the PySide6 wheels load (offscreen and on a desktop), poppler for turning
# PDFs into pictures when checking reports, binutils (objdump) for PyInstaller's bundle build;
# with --test also PostgreSQL (see below).
APT_PACKAGES=(python3-venv binutils libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-image0
  libnss3 libasound2 poppler-utils)
# With --test: LibreOffice Calc without its GUI, so the tests save rosters as real .xls, .ods
# and .xlsx files (they skip, saying so, where it cannot be installed).
for arg in "$@"; do
  [ "$arg" = --test ] && APT_PACKAGES+=(libreoffice-calc-nogui)
done

# --test adds the test tools, --bundle PyInstaller (for build_scripts/build.py).
wanted=()
for arg in "$@"; do
  case "$arg" in
    --test) wanted+=(test) ;;
    --bundle) wanted+=(bundle) ;;
    *) echo "usage: build_scripts/setup.sh [--test] [--bundle]" >&2; exit 2 ;;
  esac
done
# The tests of the shared county workspace start a throw-away PostgreSQL server.
case " ${wanted[*]:-} " in *" test "*) APT_PACKAGES+=(postgresql) ;; esac

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    # Names differ slightly between releases (libasound2 vs libasound2t64): install what exists.
    available=()
    for pkg in "${missing[@]}"; do
      apt-cache show "$pkg" >/dev/null 2>&1 && available+=("$pkg")
    done
    [ ${#available[@]} -gt 0 ] && $SUDO apt-get install -y -qq --no-install-recommends "${available[@]}" >/dev/null
  else
    echo "warning: cannot install ${missing[*]} (no apt-get); Qt may fail to start" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
extras=""
[ ${#wanted[@]} -gt 0 ] && extras="[$(IFS=,; echo "${wanted[*]}")]"
stamp=".venv/.installed${extras}"
# Reinstall only when pyproject.toml changed since the last install.
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".${extras}"
  touch "$stamp"
fi
