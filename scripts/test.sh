#!/usr/bin/env bash
# Install what the tests need (the wasm32-wasip2 target, rustfmt and clippy;
# Debian's chromium and chromium-driver for the browser test), check the house
# style (cargo fmt, cargo clippy -D warnings), then run the whole test suite:
# host unit and integration tests, plugin unit tests, the browser walk.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! rustup target list --installed | grep -qx wasm32-wasip2; then
    rustup target add wasm32-wasip2
fi
for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
        rustup component add "$component"
    fi
done

if ! command -v chromedriver >/dev/null || ! command -v chromium >/dev/null; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# House style first: formatting, then clippy with warnings as errors.
cargo fmt --all -- --check
cargo clippy --locked --workspace --all-targets -- -D warnings

exec cargo test --locked --workspace "$@"
