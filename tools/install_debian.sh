#!/usr/bin/env bash
# Installs Debian packages the project runs beside Python, when a command is missing:
#   tools/install_debian.sh browser   Chromium and its driver, for the web chat's browser test
#   tools/install_debian.sh nginx     the load balancer of the production mode (`make run-prod`)
#   tools/install_debian.sh pdf       Pango, which WeasyPrint draws the About Me PDF with, and poppler's
#                                     pdftotext, which its test reads the PDF back with
# `make test` installs all three, `make run-prod` nginx (without Pango the About Me PDF says it is not available); does nothing when the commands are already there.
set -euo pipefail
declare -a packages=()
for what in "$@"; do
  case "$what" in
    browser) { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; } || packages+=(chromium chromium-driver) ;;
    nginx) [ -x /usr/sbin/nginx ] || packages+=(nginx-light) ;;
    pdf) { /sbin/ldconfig -p | grep -q 'libpangoft2-1.0.so.0' && [ -x /usr/bin/pdftotext ]; } \
           || packages+=(libpango-1.0-0 libpangoft2-1.0-0 poppler-utils) ;;
    *) echo "install_debian.sh: unknown set '$what' (browser, nginx, pdf)" >&2; exit 2 ;;
  esac
done
[ ${#packages[@]} -eq 0 ] && exit 0
echo "setup: installing Debian's ${packages[*]}"
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
sudo_if_needed apt-get install -y --no-install-recommends "${packages[@]}" \
  || { sudo_if_needed apt-get update && sudo_if_needed apt-get install -y --no-install-recommends "${packages[@]}"; }
