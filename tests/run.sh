#!/usr/bin/env bash
# One command for the whole test suite on a fresh machine: system packages (as
# root, with apt-get), a virtual environment with the project and its test
# extra, then pytest headless. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v named >/dev/null 2>&1 || [ -x /usr/sbin/named ] || need_apt+=(bind9 bind9-utils)
[ -x /usr/sbin/slapd ] || need_apt+=(slapd ldap-utils)  # the AD inventory tests' LDAP server
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages: ${need_apt[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  else
    echo "Missing system packages: ${need_apt[*]} (install them as root; the DNS tests need BIND, the AD tests slapd)" >&2
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
