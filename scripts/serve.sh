#!/usr/bin/env bash
# Build everything (the WASM plugins are built and embedded by host/build.rs)
# and start Storyloom on the embedded default: http://<this machine>:8080/
# Extra arguments go to `storyloom serve`, e.g. --data /srv/storyloom.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! rustup target list --installed | grep -qx wasm32-wasip2; then
    rustup target add wasm32-wasip2
fi
exec cargo run --release --locked -p storyloom -- serve "$@"
