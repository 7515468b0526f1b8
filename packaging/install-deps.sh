#!/usr/bin/env bash
# Installs everything Sonara Studio needs to build and test on Debian 12.
# Idempotent: packages already present are left as they are.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git clang-format
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-multimedia-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev libgl-dev
  libtorch-dev
  libavformat-dev libavcodec-dev libavutil-dev libswresample-dev libavfilter-dev
  libssl-dev libsqlite3-dev libargon2-dev libqt6sql6-psql postgresql
  libespeak-ng-dev espeak-ng-data
  libpocketsphinx-dev libsphinxbase-dev pocketsphinx-en-us
  nlohmann-json3-dev libsentencepiece-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: installed ${#missing[@]} packages"
