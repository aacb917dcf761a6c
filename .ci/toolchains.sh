# shellcheck shell=bash
# Sourced by the .ci scripts: the one place that says which toolchains CI uses, at which version, and installs each
# one that is missing. The same calls run in .ci/run here (Debian, root, most tools already on the machine) and in the
# GitHub workflows (Debian containers, root, nothing but Node and git), so what passes here passes there. Only the
# package registries are used: npm, Debian (and its backports), the Go module proxy and PyPI.

# The pinned versions. pnpm's is packageManager in package.json; Node's is the container's or the runner's.
ci_go_version=1.26.8
ci_actionlint_version=v1.7.12
ci_zizmor_version=1.32.0

ci_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Tools that do not come from Debian live outside the checkout, so that a fresh clone reuses them.
ci_tools=${CI_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/error-contract-ci}
export PATH="$ci_tools/bin:$PATH"

ci_apt_updated=
ci_apt_install() {
  if [ -z "$ci_apt_updated" ]; then
    apt-get update -qq
    ci_apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# pnpm, at packageManager's version.
ci_install_pnpm() {
  local version
  version=$(node -p "require('$ci_root/package.json').packageManager.split('@')[1]")
  if [ "$(pnpm --version 2>/dev/null)" != "$version" ]; then
    npm install --global --no-fund --no-audit "pnpm@$version" >/dev/null
  fi
}

# Go at the pinned version, first on PATH (turbo passes PATH to the tests, not GOTOOLCHAIN). Any go from 1.21 on
# fetches the pinned toolchain from the Go module proxy; Debian 12's own go is 1.19, so where no such go is present
# the one of Debian's backports starts it.
ci_install_go() {
  if ! GOTOOLCHAIN=local go version 2>/dev/null | grep -Eq 'go1\.(2[1-9]|[3-9][0-9])'; then
    local codename
    codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
    echo "deb http://deb.debian.org/debian $codename-backports main" >/etc/apt/sources.list.d/ci-backports.list
    ci_apt_updated=
    ci_apt_install -t "$codename-backports" golang-go
  fi
  local goroot
  goroot=$(GOTOOLCHAIN="go$ci_go_version" go env GOROOT)
  export PATH="$goroot/bin:$PATH"
  if [ "$(go env GOVERSION)" != "go$ci_go_version" ]; then
    echo "go on PATH is $(go env GOVERSION), not go$ci_go_version" >&2
    return 1
  fi
}

# Everything `pnpm test` drives besides Node: Chromium for the docs' browser tests (playwright-core cannot download a
# browser), curl for the handbook's "Reproduce it" scripts, PHP, PHPUnit and PSR-7 for the PHP kit, CPython with venv
# and pytest for the Python kit, Go for the Go kit, and the workflow linters.
ci_install_test_toolchains() {
  local missing=()
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
  command -v curl >/dev/null || missing+=(curl)
  command -v php >/dev/null || missing+=(php-cli)
  command -v phpunit >/dev/null || missing+=(phpunit)
  [ -f /usr/share/php/GuzzleHttp/Psr7/autoload.php ] || missing+=(php-guzzlehttp-psr7)
  local venv
  venv=$(mktemp -d)
  python3 -m venv "$venv/probe" >/dev/null 2>&1 || missing+=(python3-venv)
  rm -rf "$venv"
  python3 -c 'import pytest' 2>/dev/null || missing+=(python3-pytest)
  command -v shellcheck >/dev/null || missing+=(shellcheck)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing from Debian: ${missing[*]}"
    ci_apt_install "${missing[@]}"
  fi
  ci_install_go
  ci_install_workflow_linters
}

# What the release dry run (.ci/release-dry-run) installs artefacts with besides npm: Composer and php-cli from Debian
# (Packagist is not used), Python's venv with ensurepip (Debian's python3-venv) for pip, and Go.
ci_install_release_toolchains() {
  local missing=()
  command -v composer >/dev/null || missing+=(composer)
  command -v php >/dev/null || missing+=(php-cli)
  python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing from Debian: ${missing[*]}"
    ci_apt_install "${missing[@]}"
  fi
  ci_install_go
}

# actionlint from the Go module proxy, zizmor from PyPI, each at its pinned version in $ci_tools.
ci_install_workflow_linters() {
  if [ "$("$ci_tools/bin/actionlint" -version 2>/dev/null | head -1)" != "$ci_actionlint_version" ]; then
    GOBIN="$ci_tools/bin" go install "github.com/rhysd/actionlint/cmd/actionlint@$ci_actionlint_version"
  fi
  if [ "$("$ci_tools/bin/zizmor" --version 2>/dev/null)" != "zizmor $ci_zizmor_version" ]; then
    python3 -m venv --clear "$ci_tools/zizmor"
    "$ci_tools/zizmor/bin/pip" install --quiet --disable-pip-version-check "zizmor==$ci_zizmor_version"
    mkdir -p "$ci_tools/bin"
    ln -sf "$ci_tools/zizmor/bin/zizmor" "$ci_tools/bin/zizmor"
  fi
}
