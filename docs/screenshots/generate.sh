#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the screenshots in this folder from the real window, offscreen, against the
# Playground's built-in APIM simulator (no Azure, no network).
#   ./dev exec -- docs/screenshots/generate.sh
# Each picture runs in a throwaway settings/data folder, so no personal tabs or history appear.
set -euo pipefail
out=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
command -v gatehouse >/dev/null || { echo "generate.sh: run it through ./dev exec (gatehouse must be on PATH)" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

shot() { # NAME ARGS...
    local name=$1; shift
    rm -rf "$scratch/home"; mkdir -p "$scratch/home"
    env QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$scratch/home/config" XDG_DATA_HOME="$scratch/home/data" \
        XDG_CACHE_HOME="$scratch/home/cache" XDG_STATE_HOME="$scratch/home/state" \
        gatehouse --playground --screenshot "$out/$name.png" "$@" 2> >(grep -v propagateSizeHints >&2)
    echo "wrote $out/$name.png"
}

fails="Contoso Coffee/2 · Classic APIM failures"
works="Contoso Coffee/1 · Requests that work"
shot main-window --open "$fails/Loyalty points — the API in no product"
shot json-response --open "$works/List orders (Starter key)"
shot environment-editor --screenshot-dialog environments
shot shortcuts --screenshot-dialog shortcuts
shot runner --screenshot-dialog runner
shot inspector-404 --open "$fails/Typo in the path"
shot inspector-jwt --open "$fails/Admin API without a token"
shot inspector-backend --open "$fails/Backend down"
shot dark-theme --color-scheme dark --open "$fails/Key under the wrong header"
LANGUAGE=de shot german --open "Contoso Coffee/2 · Klassische APIM-Fehler/Treuepunkte — die API in keinem Produkt"
