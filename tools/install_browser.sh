#!/usr/bin/env bash
# The web chat's browser test drives Debian's Chromium (playwright, with no browser download).
# Called by `make test`; does nothing when Chromium is already installed.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
echo "test setup: installing Debian's chromium and chromium-driver for the web chat's browser test"
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
sudo_if_needed apt-get install -y --no-install-recommends chromium chromium-driver \
  || { sudo_if_needed apt-get update && sudo_if_needed apt-get install -y --no-install-recommends chromium chromium-driver; }
