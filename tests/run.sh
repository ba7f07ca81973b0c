#!/usr/bin/env bash
# One command for the whole test suite on a fresh machine: system packages (as
# root, with apt-get), a virtual environment with the project and its test
# extra, then pytest headless. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v named >/dev/null 2>&1 || [ -x /usr/sbin/named ] || need_apt+=(bind9 bind9-utils)
[ -x /usr/sbin/slapd ] || need_apt+=(slapd ldap-utils)  # the AD inventory tests' LDAP server
# The Samba AD domain controller of tests/ad (samba alone cannot provision a DC:
# the schema files, the DC's database modules and the VFS modules are separate packages).
{ [ -x /usr/sbin/samba ] && [ -d /usr/share/samba/setup/ad-schema ] && command -v ldbadd >/dev/null 2>&1; } \
  || need_apt+=(samba samba-ad-provision samba-dsdb-modules samba-vfs-modules ldb-tools)
# samba-tool's forest preparation (the ADBA tests' Activation Objects container) imports markdown.
/usr/bin/python3 -c 'import markdown' >/dev/null 2>&1 || need_apt+=(python3-markdown)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages: ${need_apt[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # Only the packages this release has (samba-ad-provision was split out in Debian 12).
    known=()
    for package in "${need_apt[@]}"; do
      apt-cache show "$package" >/dev/null 2>&1 && known+=("$package")
    done
    apt-get install -y -qq --no-install-recommends "${known[@]}" >/dev/null
  else
    echo "Missing system packages: ${need_apt[*]} (install them as root; the DNS tests need BIND, the AD tests slapd and Samba)" >&2
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
