#!/usr/bin/env bash
# Starts Sonara from a build tree: the studio when there is a display, else the engine and
# local API headless (`sonara serve`), which prints where it listens.
set -euo pipefail
build="${SONARA_BUILD_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build}"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$build/app/studio/sonara-studio" ]; then
  exec "$build/app/studio/sonara-studio" "$@"
fi
exec "$build/app/cli/sonara" serve "$@"
