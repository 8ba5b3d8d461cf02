#!/usr/bin/env bash
# Installs the Debian packages pio needs when they are missing (ncurses and libyaml headers; tmux, zsh and fish
# for the journeys), and those named as COMMAND:PACKAGE arguments whose command is missing (make dist:
# dpkg-shlibdeps:dpkg-dev).
set -euo pipefail
missing=()
dpkg -s libncursesw5-dev >/dev/null 2>&1 || dpkg -s libncurses-dev >/dev/null 2>&1 || missing+=(libncursesw5-dev)
dpkg -s libyaml-dev >/dev/null 2>&1 || missing+=(libyaml-dev)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
for shell in zsh fish; do command -v $shell >/dev/null 2>&1 || missing+=($shell); done
for wanted in "$@"; do command -v "${wanted%%:*}" >/dev/null 2>&1 || missing+=("${wanted#*:}"); done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
