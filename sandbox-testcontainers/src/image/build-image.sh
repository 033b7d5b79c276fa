#!/usr/bin/env bash
# Builds the sandbox's container image (argument: its name) from this directory: the Dockerfile and the sandbox's
# runnable jar. Its base is made here from Debian's packages, once per Docker daemon: a minimal Debian with
# openjdk-17-jre-headless and curl (debootstrap), imported into the daemon, so no image registry is needed.
# Without a reachable daemon (or, for the base, debootstrap run as root) it says so in one line and builds nothing.
set -euo pipefail
image=$1
base=itwin-contracts/jre-base:17-bookworm
if ! docker info >/dev/null 2>&1; then
  echo "sandbox image: no Docker daemon reachable, $image not built"
  exit 0
fi
if ! docker image inspect "$base" >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ] || ! command -v debootstrap >/dev/null; then
    echo "sandbox image: the base $base is missing and debootstrap cannot run here (it needs root), $image not built"
    exit 0
  fi
  rootfs=$(mktemp -d)
  trap 'rm -rf "$rootfs"' EXIT
  echo "sandbox image: making the base $base from Debian's packages (debootstrap, about 2 minutes)"
  debootstrap --variant=minbase --include=openjdk-17-jre-headless,curl bookworm "$rootfs" http://deb.debian.org/debian \
    > debootstrap.log
  rm -rf "$rootfs"/usr/share/doc "$rootfs"/usr/share/man "$rootfs"/usr/share/locale "$rootfs"/var/lib/apt/lists/* \
    "$rootfs"/var/cache/apt/archives/*.deb
  tar -C "$rootfs" -c . | docker import -c 'ENV LANG=C.UTF-8' - "$base" > /dev/null
fi
# the classic builder: it needs nothing but the daemon (BuildKit's would need the buildx plugin); its output, and
# its notice that it is deprecated, only when it fails
if ! DOCKER_BUILDKIT=0 docker build -q --build-arg BASE="$base" -t "$image" . > docker-build.log 2>&1; then
  cat docker-build.log
  exit 1
fi
echo "sandbox image: $image ($(docker image inspect -f '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1 / 1e6}'))"
