#!/usr/bin/env bash
# Print Storyloom's performance figures (release build): plugin call overhead,
# offline picture time, offline clip time and size, the time from
# POST /story/start to the scene page, and from a scene to its playable clip
# with the fake xAI server, and a phone photo through the upload check.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! rustup target list --installed | grep -qx wasm32-wasip2; then
    rustup target add wasm32-wasip2
fi
exec cargo bench --locked -p storyloom --bench figures "$@"
