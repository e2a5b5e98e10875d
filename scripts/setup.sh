#!/usr/bin/env bash
# Installs what Corpus Explorer needs to build, run and test on Debian/Ubuntu,
# and only what is missing: the C headers Fyne's cgo build needs (GLFW
# compiles both X11 and Wayland), and for the GUI smoke test and screenshots
# Xvfb, xdotool, ImageMagick, poppler-utils and strace (the no-network
# test). Go itself must be installed
# (1.26 or later). Safe to run again: it does nothing when all is present.
#
#   scripts/setup.sh           build + run + test dependencies
#   scripts/setup.sh --run     only what building and running the app needs
set -euo pipefail

build_pkgs=(gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev
  libxi-dev libxxf86vm-dev libwayland-dev libxkbcommon-dev)
test_pkgs=(xvfb xdotool imagemagick poppler-utils xauth strace)

pkgs=("${build_pkgs[@]}")
[ "${1:-}" = "--run" ] || pkgs+=("${test_pkgs[@]}")

if ! command -v go >/dev/null 2>&1; then
  echo "setup: Go is not installed (or not on PATH); install Go 1.26+ from https://go.dev/dl/" >&2
  exit 1
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: missing packages ${missing[*]}, and apt-get is not available; install them by hand" >&2
  exit 1
fi
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "setup: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
