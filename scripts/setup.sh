# Shared set-up for scripts/coach, scripts/test and scripts/bench (sourced, not run).
# Installs what the build needs and is missing; does nothing when all is there.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Debian packages the build and the tests need.
COACH_APT_PACKAGES=(libedit-dev pkg-config libsqlite3-dev tzdata)
# What only the tests need: tmux drives the terminal tests, sqlite3 reads the database behind
# Coach's back, and Chromium opens the HTML exports at screen and A4 width (with the Chinese
# font the pages ask for, so its screenshots show the words).
COACH_TEST_APT_PACKAGES=(tmux sqlite3 chromium fonts-noto-cjk)

coach_missing_packages() {
  local pkg
  for pkg in "${COACH_APT_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

coach_install() {
  local missing
  missing=$(coach_missing_packages "$@")
  [ -z "$missing" ] && return 0
  if ! command -v apt-get >/dev/null; then
    echo "coach setup: please install: $missing (no apt-get on this machine)" >&2
    exit 1
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "coach setup: need root or sudo to install: $missing" >&2; exit 1; }
    sudo="sudo"
  fi
  echo "coach setup: installing $(echo $missing)…" >&2
  # shellcheck disable=SC2086
  if ! $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null 2>&1; then
    $sudo apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null 2>&1 || {
      echo "coach setup: apt-get could not install: $missing" >&2
      exit 1
    }
  fi
}

command -v swift >/dev/null || { echo "coach setup: Swift is not on PATH (see https://swift.org/install)" >&2; exit 1; }

# How the shipped binary is built: the Swift runtime and Foundation linked statically, and
# linked by lld with packed relative relocations and identical code folded. The packed table is
# a few kB instead of 2 MB read at every start, so the first prompt comes sooner and a session
# maps less memory (scripts/bench measures it); the binary stays position-independent. The
# functions a call runs are laid out side by side (scripts/coach.order, written by
# scripts/order-symbols): a session then touches far fewer of the binary's pages, most of its
# memory. A function the file does not name is linked all the same, elsewhere.
SHIPPED_BUILD=(-c release --static-swift-stdlib -Xswiftc -use-ld=lld
  -Xlinker -z -Xlinker pack-relative-relocs -Xlinker --icf=all
  -Xlinker "--symbol-ordering-file=$ROOT/scripts/coach.order" -Xlinker --no-warn-symbol-ordering)
