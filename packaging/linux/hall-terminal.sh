#!/bin/sh
# Starts the hall terminal's browser host from an unpacked offline bundle, on the Node 24 runtime it
# carries (runtime/node). The config: --config FILE, else HALL_CONFIG, else
# /etc/hall-terminal/terminal.json. Other flags go to the host (--kiosk, --windowed, --no-open, --port N).
HERE=$(cd "$(dirname "$0")" && pwd)
if [ -z "$HALL_CONFIG" ]; then
  HALL_CONFIG=/etc/hall-terminal/terminal.json
  export HALL_CONFIG
fi
cd "$HERE" || exit 1
exec "$HERE/runtime/node" main/hosts/browser/cli.ts "$@"
