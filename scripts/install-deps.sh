#!/bin/sh
# Install the Debian 12 packages that building and testing judge needs.
# Runs as root, or through sudo for an ordinary user.  Safe to run again.
set -eu

packages="
  build-essential cmake pkg-config
  libseccomp-dev libyaml-dev check
  clang libclang-rt-dev
  python3 openjdk-17-jdk-headless nodejs
  util-linux procps
"

if [ "$(id -u)" -eq 0 ]; then
    sudo=
elif command -v sudo >/dev/null 2>&1; then
    sudo=sudo
else
    echo "install-deps: run as root or install sudo" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086 # word splitting of the package list is wanted
$sudo apt-get install -y -qq --no-install-recommends $packages >/dev/null
