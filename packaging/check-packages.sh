#!/usr/bin/env bash
# Package check (ctest -L package; also runnable alone): builds the sonara-studio and sonara-cloud
# .debs from an existing build tree with cpack, installs them with dpkg into a fresh, empty root,
# and proves from the installed files alone that
#   - the desktop entry and AppStream metainfo validate;
#   - `apt-get install ./x.deb` resolves on Debian 12 starting from nothing installed (a
#     simulation against an empty dpkg status and this machine's Debian 12 apt lists), and every
#     library the installed programs and plugins load belongs to a package in that resolution:
#     the dependencies are declared, not assumed because the build machine has them;
#   - the programs carry no path into the build tree and run: `sonara --version`,
#     `sonara run tts --engine espeak-ng`, `sonara-bench --list`, `sonara-cloud --help` and
#     `sonara-cloud serve` with the packaged config template.
# The programs run against this machine's system libraries (it has every dependency installed),
# without LD_LIBRARY_PATH: their only private library is dlopened relative to the program.
# Usage: bash packaging/check-packages.sh [BUILD_DIR]   (default: build)
set -euo pipefail

root_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$root_dir/build}" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/sonara-packages.XXXXXX")"
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "check-packages: FAIL: $*" >&2
  exit 1
}
step() { echo "== $*"; }

for tool in cpack dpkg dpkg-deb dpkg-shlibdeps apt-get desktop-file-validate appstreamcli ldd \
            readelf; do
  command -v "$tool" >/dev/null || fail "$tool not found: run packaging/install-deps.sh"
done
for program in app/cli/sonara app/studio/sonara-studio app/cloud/sonara-cloud \
               app/bench/sonara-bench; do
  [ -x "$build/$program" ] || fail "$build/$program is missing: build the tree first"
done
multiarch="$(dpkg-architecture -qDEB_HOST_MULTIARCH)"
version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")"
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"

step "cpack -G DEB ($build)"
if ! (cd "$build" && cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1; then
  tail -30 "$work/cpack.log"
  fail "cpack failed"
fi
studio_deb="$(echo "$work"/out/sonara-studio_"$version"_*.deb)"
cloud_deb="$(echo "$work"/out/sonara-cloud_"$version"_*.deb)"
if [ ! -f "$studio_deb" ] || [ ! -f "$cloud_deb" ]; then fail "cpack made $(ls "$work/out")"; fi
for deb in "$studio_deb" "$cloud_deb"; do
  echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"
  dpkg-deb -f "$deb" Depends Recommends | sed 's/^/  /'
done

step "dpkg --root: install both into an empty root"
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
# The empty root has none of the dependencies, so --force-depends (the apt resolution below
# checks them); dpkg still refuses files the two packages share. The root has no shell to chroot
# into, so the maintainer scripts run outside it (--force-script-chrootless) with DPKG_ROOT set;
# sonara-studio's postinst, which CPack writes because of /usr/lib/sonara/*.so, runs `ldconfig`,
# here pointed at the fresh root.
mkdir -p "$work/tools"
# shellcheck disable=SC2016 # $DPKG_ROOT and $@ belong to the wrapper
printf '#!/bin/sh\nexec %s -r "$DPKG_ROOT" "$@"\n' "$(command -v ldconfig || echo /sbin/ldconfig)" \
  >"$work/tools/ldconfig"
chmod +x "$work/tools/ldconfig"
mkdir -p "$root/etc"
force=(--force-depends --force-script-chrootless)
[ "$(id -u)" -eq 0 ] || force+=(--force-not-root)
PATH="$work/tools:$PATH:/usr/sbin:/sbin" \
  dpkg --root="$root" --log="$work/dpkg.log" "${force[@]}" -i "$studio_deb" "$cloud_deb" \
  >"$work/dpkg-install.log" 2>&1 || { cat "$work/dpkg-install.log"; fail "dpkg -i failed"; }
for package in sonara-studio sonara-cloud; do
  status="$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Status}' "$package")"
  [ "$status" = "install ok installed" ] || fail "$package is '$status' in the fresh root"
done
for file in usr/bin/sonara-studio usr/bin/sonara usr/bin/sonara-bench usr/bin/sonara-cloud \
            usr/lib/sonara/libsonara_sentencepiece.so usr/lib/systemd/user/sonara-serve.service \
            usr/lib/systemd/system/sonara-cloud.service usr/share/applications/sonara-studio.desktop \
            usr/share/metainfo/studio.sonara.Studio.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/sonara-studio.svg \
            etc/sonara-cloud/config.json etc/sonara-cloud/environment \
            usr/share/doc/sonara-cloud/deploy.md; do
  [ -e "$root/$file" ] || fail "/$file is not installed"
done
[ "$(stat -c %a "$root/etc/sonara-cloud/environment")" = 600 ] ||
  fail "/etc/sonara-cloud/environment holds secrets but is not mode 0600"
dpkg-deb --ctrl-tarfile "$cloud_deb" | tar -xO ./conffiles | grep -qx /etc/sonara-cloud/environment ||
  fail "sonara-cloud does not mark /etc/sonara-cloud/environment as a conffile"

step "desktop entry and AppStream metainfo"
desktop-file-validate "$root/usr/share/applications/sonara-studio.desktop" ||
  fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/studio.sonara.Studio.metainfo.xml" ||
  fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/studio.sonara.Studio.metainfo.xml" ||
  fail "the metainfo's newest release is not $version: add a <release> entry"

step "apt resolution from an empty system, and every loaded library declared"
# Packages apt would install for `apt-get install ./DEB` on a system with nothing installed.
resolve() {
  local empty="$work/empty-status"
  : >"$empty"
  # No cache files: a cache built from the empty status must not replace the system's.
  apt-get install --simulate --no-install-recommends -o Debug::NoLocking=1 \
    -o Dir::State::status="$empty" -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= \
    "$1" >"$work/apt.log" 2>&1 ||
    { tail -20 "$work/apt.log"; fail "apt cannot install $(basename "$1") on a clean system"; }
  sed -n 's/^Inst \([^ :]*\).*/\1/p' "$work/apt.log" | sort -u
}
# The packages owning FILES (dpkg registers some under /lib, which usrmerge links to /usr/lib).
# One dpkg -S call for all: each call reads the whole database.
owners() {
  local file found
  found="$(for file in "$@"; do echo "$file"; echo "${file#/usr}"; done | sort -u |
           xargs dpkg -S 2>/dev/null | grep -v '^diversion ')" || true
  for file in "$@"; do
    awk -F': ' -v a="$file" -v b="${file#/usr}" '$NF == a || $NF == b {f = 1} END {exit !f}' \
      <<<"$found" || fail "no installed package owns $file"
  done
  sed 's|: /.*||; s/, /\n/g' <<<"$found" | cut -d: -f1 | sort -u
}
# Libraries (transitively) loaded by ELF files, as this machine resolves them.
libraries() {
  local elf
  for elf in "$@"; do
    ! ldd "$elf" | grep "not found" || fail "$elf: libraries not found"
    ldd "$elf" | sed -n 's/.*=> \(\/[^ ]*\).*/\1/p'
  done | xargs -r readlink -f | sort -u
}
if ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1; then
  qt_plugins="/usr/lib/$multiarch/qt6/plugins"
  check_declared() {  # DEB, then files it loads at run time besides its ELF files' libraries
    local deb="$1" name closure needed missing
    local -a elves libs
    shift
    name="$(dpkg-deb -f "$deb" Package)"
    closure="$(resolve "$deb")"
    grep -qx "$name" <<<"$closure" || fail "apt's resolution does not install $name"
    mapfile -t elves < <(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' |
                           grep -E '^/usr/(bin|lib/sonara)/.' | sed "s|^|$root|")
    [ "${#elves[@]}" -gt 0 ] || fail "$name holds no programs"
    mapfile -t libs < <(libraries "${elves[@]}" || echo FAILED)
    [ "${libs[-1]:-}" != FAILED ] || fail "$name: cannot list the libraries its programs load"
    needed="$(owners "${libs[@]}" "$@")"
    missing="$(comm -23 <(echo "$needed") <(echo "$closure"))"
    [ -z "$missing" ] || fail "$name loads files of packages it does not pull in: $(echo $missing)"
    echo "$name: $(wc -l <<<"$closure") packages on a clean system, all loaded libraries declared"
  }
  check_declared "$studio_deb" "$qt_plugins/platforms/libqxcb.so" \
    "$qt_plugins/iconengines/libqsvgicon.so" "$qt_plugins/sqldrivers/libqsqlite.so" \
    "$qt_plugins/tls/libqopensslbackend.so" "$qt_plugins/multimedia/libffmpegmediaplugin.so" \
    /usr/lib/"$multiarch"/espeak-ng-data/phontab \
    "$(pkg-config --variable=modeldir pocketsphinx)/en-us/en-us/mdef"
  check_declared "$cloud_deb" "$qt_plugins/sqldrivers/libqsqlite.so" \
    "$qt_plugins/tls/libqopensslbackend.so"
else
  echo "no apt lists in /var/lib/apt/lists (run apt-get update): dependency resolution NOT checked"
fi

step "installed programs carry no path into the build tree"
for elf in "$root"/usr/bin/* "$root"/usr/lib/sonara/*.so; do
  ! readelf -d "$elf" | grep -E "R(UN)?PATH" | grep -q "$build" ||
    fail "$elf has a run path into $build"
done

step "run the installed programs"
home="$work/home"
mkdir -p "$home/data" "$home/config" "$home/runtime"
chmod 700 "$home/runtime"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
export XDG_RUNTIME_DIR="$home/runtime"
bin="$root/usr/bin"
"$bin/sonara" --version | tee "$work/version.txt"
grep -qx "sonara $version" "$work/version.txt" || fail "sonara --version does not say $version"
"$bin/sonara" run tts --engine espeak-ng --text "Installed from the package." -o "$work/tts.wav"
if [ "$(head -c 4 "$work/tts.wav")" != RIFF ] ||
   [ "$(tail -c +9 "$work/tts.wav" | head -c 4)" != WAVE ]; then
  fail "sonara run tts did not write a WAV file"
fi
[ "$(stat -c %s "$work/tts.wav")" -gt 16000 ] || fail "the speech is shorter than expected"
echo "tts.wav: $(stat -c %s "$work/tts.wav") bytes"
"$bin/sonara-bench" --list >/dev/null || fail "sonara-bench --list"
"$bin/sonara-cloud" --help | grep -q "sonara-cloud serve" || fail "sonara-cloud --help"
"$bin/sonara-cloud" --version | grep -qx "sonara-cloud $version" || fail "sonara-cloud --version"

# The service with the packaged config template, on SQLite, until /health answers.
"$bin/sonara-cloud" serve --listen 127.0.0.1:0 --data "$work/cloud" \
  --config "$root/etc/sonara-cloud/config.json" >"$work/cloud.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 100); do
  port="$(sed -n 's|^listening on http://127.0.0.1:\([0-9]*\)$|\1|p' "$work/cloud.log")"
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/cloud.log"; fail "sonara-cloud serve stopped"; }
  sleep 0.1
done
[ -n "$port" ] || { cat "$work/cloud.log"; fail "sonara-cloud serve did not listen"; }
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
head -1 <&3 | grep -q "200" || fail "sonara-cloud /health did not answer 200"
exec 3<&-
kill -TERM "$server_pid"
wait "$server_pid" || fail "sonara-cloud serve did not stop cleanly on SIGTERM"
server_pid=
echo "sonara-cloud serve with /etc/sonara-cloud/config.json answered /health"
echo "check-packages: OK"
