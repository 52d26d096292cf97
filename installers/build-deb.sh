#!/usr/bin/env bash
# Builds a .deb of the sync service (server side, no Qt): a venv under /opt/sosdesk plus the unit.
# Usage: installers/build-deb.sh [VERSION]  → dist/sosdesk-sync_VERSION_amd64.deb
set -euo pipefail
version=${1:-0.1.0}
root=$(cd "$(dirname "$0")/.." && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/DEBIAN" "$stage/opt/sosdesk" "$stage/lib/systemd/system"
python3 -m venv "$stage/opt/sosdesk/.venv"
"$stage/opt/sosdesk/.venv/bin/pip" install -q "$root"
cp "$root/installers/sosdesk-sync.service" "$stage/lib/systemd/system/"
cat > "$stage/DEBIAN/control" <<CONTROL
Package: sosdesk-sync
Version: $version
Architecture: amd64
Maintainer: sosdesk
Depends: python3 (>= 3.11)
Description: sosdesk central sync service
CONTROL
mkdir -p "$root/dist"
dpkg-deb --build --root-owner-group "$stage" "$root/dist/sosdesk-sync_${version}_amd64.deb"
