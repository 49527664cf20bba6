# Shared set-up for scripts/test.sh and scripts/demo.sh (sourced, not run).
# Checks Node, installs missing system browsers when running as root, installs npm packages.

require_node() {
  if ! command -v node >/dev/null 2>&1; then
    echo "Node.js >= 20 is required, and node is not on PATH." >&2
    exit 1
  fi
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 20 ]; then
    echo "Node.js >= 20 is required; found $(node --version)." >&2
    exit 1
  fi
}

# ensure_browsers PACKAGE... : each package's binary is /usr/bin/PACKAGE (chromium, firefox-esr).
ensure_browsers() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    [ -x "/usr/bin/$pkg" ] || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing missing browser(s): ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y "${missing[@]}"
  else
    echo "Missing browser(s): ${missing[*]}" >&2
    echo "Install with: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
}

# npm ci when node_modules is missing or older than package-lock.json (npm keeps its own
# record of the installed tree in node_modules/.package-lock.json).
ensure_node_modules() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci
  fi
}
