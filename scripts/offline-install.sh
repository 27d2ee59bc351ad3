#!/bin/sh
# Installs Qatra from this folder on a machine with no network (made by `make dist`).
# Usage: sh install.sh [FOLDER]    FOLDER: where the program goes (default ~/qatra)
# Checks every file against SHA256SUMS, makes a Python virtual environment there and
# installs the wheels of this folder only; nothing is downloaded.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target=${1:-"$HOME/qatra"}

command -v python3 >/dev/null 2>&1 || { echo "install.sh: python3 is missing (Debian: python3, python3-venv)" >&2; exit 1; }
(cd "$here" && sha256sum --quiet --check SHA256SUMS) || { echo "install.sh: a file of this folder is damaged: copy it again" >&2; exit 1; }

python3 -m venv "$target"
# --isolated: no pip settings of this machine (another index, other wheel folders) take part.
pip="$target/bin/python -m pip --isolated --disable-pip-version-check"
$pip install --quiet --no-index --find-links "$here/wheels" --require-hashes -r "$here/requirements.lock"
$pip install --quiet --no-index --no-deps "$here"/wheels/qatra_kiosk-*.whl
echo "Qatra is installed: $target/bin/kiosk (try: $target/bin/kiosk --help)"
