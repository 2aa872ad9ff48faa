#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-deb.sh ROOT DEB REPO — `./dev package --check` (docs/packaging.md).
# Installs DEB into a throwaway copy of the Debian 13 root ROOT (an overlay whose writable layer is
# under /tmp; ROOT itself is only read), then: the package's Depends cover every library the
# binaries link; the desktop entry, metainfo and icons are in place and valid; `gatehouse --version`,
# `gatehouse-cli --version` and `gatehouse-apimsim --version` work; the installed gatehouse-cli sends
# requests to the installed gatehouse-apimsim; the window renders offscreen; and `dpkg --purge`
# leaves none of the package's files behind. Exit 0 when all of that holds.
set -euo pipefail

ROOT=${1:?usage: check-deb.sh ROOT DEB REPO}
DEB=${2:?usage: check-deb.sh ROOT DEB REPO}
REPO=${3:?usage: check-deb.sh ROOT DEB REPO}
[[ -x $ROOT/usr/bin/dpkg ]] || { echo "check-deb: $ROOT is not a Debian root" >&2; exit 2; }
[[ -f $DEB ]] || { echo "check-deb: no package at $DEB (run ./dev package first)" >&2; exit 2; }

start=$SECONDS
TMP=$(mktemp -d /tmp/gatehouse-check-deb.XXXXXX)
trap 'rm -rf --one-file-system "$TMP"' EXIT
mkdir -p "$TMP/upper/tmp/check/home" "$TMP/work" "$TMP/merged"
cp "$DEB" "$TMP/upper/tmp/check/"
cp "$REPO/resources/simulator/playground.json" "$TMP/upper/tmp/check/"
# The writable layer needs /tmp to be world-writable like the real one.
chmod 1777 "$TMP/upper/tmp"

# Runs inside the copy, as root there.
read -r -d '' INSIDE <<'SCRIPT' || true
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 LC_ALL=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp/check/home
export XDG_DATA_HOME=$HOME/data XDG_CONFIG_HOME=$HOME/config XDG_CACHE_HOME=$HOME/cache XDG_STATE_HOME=$HOME/state
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
deb=$(ls /tmp/check/*.deb)
step() { printf '\ncheck-deb: %s\n' "$*"; }
fail() { printf 'check-deb: FAILED: %s\n' "$*" >&2; exit 1; }

step "the package"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends
version=$(dpkg-deb --field "$deb" Version)
upstream=${version%-*}
dpkg-query -W -f '${Status}' gatehouse 2>/dev/null | grep -q installed && fail "gatehouse is already installed in the copy"

step "install (dpkg -i: its dependencies must be satisfiable)"
dpkg -i "$deb"

step "every shared library the binaries link comes from a package in Depends"
depends=$(dpkg-query -W -f '${Depends}' gatehouse)
# The package names alone, one a line (versions and alternatives dropped).
depends_names=$(sed 's/([^)]*)//g; s/|/,/g' <<<"$depends" | tr ',' '\n' | awk 'NF { print $1 }')
for bin in gatehouse gatehouse-cli gatehouse-apimsim; do
    [[ -x /usr/bin/$bin ]] || fail "/usr/bin/$bin is not installed"
    ! ldd "/usr/bin/$bin" | grep -q 'not found' || { ldd "/usr/bin/$bin" | grep 'not found'; fail "$bin: unresolved libraries"; }
    for lib in $(objdump -p "/usr/bin/$bin" | awk '$1 == "NEEDED" { print $2 }'); do
        # The file ldd resolves, looked up by exact path (merged /usr: either spelling).
        path=$(ldd "/usr/bin/$bin" | awk -v l="$lib" '$1 == l { print $3; exit }')
        pkg=
        for p in "$path" "$(realpath "$path")" "${path#/usr}" "/usr$path"; do
            pkg=$(dpkg -S "$p" 2>/dev/null | head -n1 | sed 's/[:,].*//') || true
            [[ -n $pkg ]] && break
        done
        [[ -n $pkg ]] || fail "$bin: no package owns $lib"
        grep -qxF "$pkg" <<<"$depends_names" || fail "$bin links $lib from $pkg, which is not in Depends: $depends"
    done
done
echo "ok"

step "desktop integration"
id=io.github.gatehouse.Gatehouse
desktop-file-validate /usr/share/applications/$id.desktop
appstreamcli validate --no-net /usr/share/metainfo/$id.metainfo.xml
for size in 16 32 48 64 128 256; do
    [[ -s /usr/share/icons/hicolor/${size}x${size}/apps/$id.png ]] || fail "no ${size}x${size} icon"
done
[[ -s /usr/share/icons/hicolor/scalable/apps/$id.svg ]] || fail "no scalable icon"
[[ -s /usr/share/doc/gatehouse/copyright ]] || fail "no copyright file"
echo "ok"

step "--version (no display)"
for bin in gatehouse gatehouse-cli gatehouse-apimsim; do
    out=$("$bin" --version)
    printf '%s\n' "$out"
    [[ $(head -n1 <<<"$out") == "$bin $upstream" ]] || fail "$bin --version does not start with '$bin $upstream'"
    grep -q '^Qt 6\.' <<<"$out" || fail "$bin --version names no Qt version"
    grep -q '^KF6 SyntaxHighlighting 6\.' <<<"$out" || fail "$bin --version names no KF6 version"
done

step "gatehouse-cli send against the installed gatehouse-apimsim"
gatehouse-apimsim --config /tmp/check/playground.json --port 0 --quiet >/tmp/check/sim.out 2>/tmp/check/sim.err &
sim=$!
for _ in $(seq 100); do
    grep -q '^Gateway: ' /tmp/check/sim.out 2>/dev/null && break
    sleep 0.1
done
url=$(awk '/^Gateway: / { print $2; exit }' /tmp/check/sim.out)
[[ -n $url ]] || { cat /tmp/check/sim.err; kill "$sim" 2>/dev/null; fail "gatehouse-apimsim printed no gateway URL"; }
echo "gateway: $url"
ok=1
out=$(gatehouse-cli send -H 'Ocp-Apim-Subscription-Key: fake-starter-primary-key-00000001' "$url/echo/resource") || ok=0
printf '%s\n' "$out" | head -n 3
[[ $ok == 1 && $(head -n1 <<<"$out") == *200* ]] || { kill "$sim"; fail "send with the Starter key did not get 200"; }
# The classic mistake: a valid key, an API in no product. The CLI explains it.
out=$(gatehouse-cli send -H 'Ocp-Apim-Subscription-Key: fake-starter-primary-key-00000001' "$url/loyalty/members/7/points" 2>/tmp/check/explain.txt) || ok=0
printf '%s\n' "$out" | head -n 1
head -n 3 /tmp/check/explain.txt
[[ $ok == 1 && $(head -n1 <<<"$out") == *401* ]] || { kill "$sim"; fail "send to /loyalty did not get 401"; }
kill -TERM "$sim"
wait "$sim" || fail "gatehouse-apimsim did not stop cleanly on SIGTERM"
echo "ok"

step "the window renders (offscreen screenshot)"
QT_QPA_PLATFORM=offscreen timeout 60 gatehouse --screenshot /tmp/check/window.png
[[ -s /tmp/check/window.png ]] || fail "no screenshot"
echo "ok ($(stat -c %s /tmp/check/window.png) bytes)"

step "purge leaves nothing behind"
mapfile -t files < <(dpkg -L gatehouse)
dpkg --purge gatehouse
dpkg-query -W -f '${Status}' gatehouse 2>/dev/null | grep -q installed && fail "still installed after purge"
left=0
for f in "${files[@]}"; do
    if [[ -e $f && ! -d $f ]]; then echo "left behind: $f"; left=1; fi
done
[[ -d /usr/share/doc/gatehouse ]] && { echo "left behind: /usr/share/doc/gatehouse/"; left=1; }
((left == 0)) || fail "dpkg --purge left files behind"
echo "ok"
SCRIPT

unshare_args=(--mount --fork)
[[ $EUID -ne 0 ]] && unshare_args+=(--map-root-user)
echo "check-deb: installing $(basename "$DEB") into a throwaway overlay of $ROOT"
status=0
unshare "${unshare_args[@]}" -- bash -c '
set -e
ROOT=$1; TMP=$2; INSIDE=$3
mount --make-rprivate /
mount -t overlay overlay -o "lowerdir=$ROOT,upperdir=$TMP/upper,workdir=$TMP/work" "$TMP/merged"
mount --rbind /proc "$TMP/merged/proc"
mount --rbind /dev "$TMP/merged/dev"
exec chroot "$TMP/merged" /bin/bash -c "$INSIDE"
' bash "$ROOT" "$TMP" "$INSIDE" || status=$?
if ((status == 0)); then
    echo "check-deb: all checks passed in $((SECONDS - start)) s"
else
    echo "check-deb: FAILED after $((SECONDS - start)) s" >&2
fi
exit $status
