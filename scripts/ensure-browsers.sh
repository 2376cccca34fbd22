#!/usr/bin/env bash
# Finds the browsers the tests drive and prints them as KEY=VALUE lines on stdout, for
# scripts/test.sh and scripts/start.sh to export (messages go to stderr):
#   CHROMIUM_PATH=/usr/bin/chromium
#   FIREFOX_PATH=/usr/bin/firefox-esr
# CHROMIUM_PATH and FIREFOX_PATH, when set, win and must point at a program. Otherwise the usual
# names and places on Debian, Ubuntu, Fedora, Arch and macOS are tried. On Debian as root a
# missing browser is installed; anywhere else the script stops with the install line for this
# platform. `--chromium-only` (npm start) leaves Firefox out.
set -euo pipefail

chromium_only=false
[ "${1:-}" = "--chromium-only" ] && chromium_only=true

# Chromium first: Google Chrome 137 and later ignore --load-extension, which the tests rely on.
chromium_candidates=(
  chromium chromium-browser
  /usr/bin/chromium /usr/bin/chromium-browser /snap/bin/chromium
  /Applications/Chromium.app/Contents/MacOS/Chromium
  google-chrome google-chrome-stable
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
)
firefox_candidates=(
  firefox-esr firefox
  /usr/bin/firefox-esr /usr/bin/firefox /usr/lib/firefox-esr/firefox-esr /snap/bin/firefox
  /Applications/Firefox.app/Contents/MacOS/firefox
)

# The first candidate that runs: a name on PATH, or a path to an executable file.
find_browser() {
  local candidate found
  for candidate in "$@"; do
    if [[ "$candidate" == /* ]]; then
      [ -f "$candidate" ] && [ -x "$candidate" ] && { echo "$candidate"; return 0; }
    elif found="$(command -v "$candidate" 2>/dev/null)" && [ -x "$found" ]; then
      # (bash's command -v also reports a file on PATH that is not executable.)
      echo "$found"
      return 0
    fi
  done
  return 1
}

# VAR_NAME, then the candidates: the path to use, or nothing when there is none.
resolve() {
  local variable="$1"
  shift
  local given="${!variable:-}"
  if [ -n "$given" ]; then
    if [ -f "$given" ] && [ -x "$given" ]; then
      echo "$given"
      return 0
    fi
    echo "$variable=$given is not an executable file. Point it at the browser program, or unset it to search the usual places." >&2
    exit 1
  fi
  find_browser "$@" || true
}

# The install command for this platform, for the browsers named (chromium, firefox).
install_line() {
  local want_chromium=false want_firefox=false packages=() id="" id_like=""
  for browser in "$@"; do
    [ "$browser" = chromium ] && want_chromium=true
    [ "$browser" = firefox ] && want_firefox=true
  done
  if [ "$(uname -s)" = Darwin ]; then
    $want_chromium && packages+=(chromium)
    $want_firefox && packages+=(firefox)
    echo "brew install --cask ${packages[*]}"
    return
  fi
  if [ -r /etc/os-release ]; then
    # shellcheck disable=SC1091
    id="$(. /etc/os-release && echo "${ID:-}")"
    id_like="$(. /etc/os-release && echo "${ID_LIKE:-}")"
  fi
  case " $id $id_like " in
    *" ubuntu "*)
      $want_chromium && packages+=(chromium-browser)
      $want_firefox && packages+=(firefox)
      echo "sudo apt-get update && sudo apt-get install -y ${packages[*]}" ;;
    *" debian "*)
      $want_chromium && packages+=(chromium)
      $want_firefox && packages+=(firefox-esr)
      echo "sudo apt-get update && sudo apt-get install -y ${packages[*]}" ;;
    *" fedora "* | *" rhel "*)
      $want_chromium && packages+=(chromium)
      $want_firefox && packages+=(firefox)
      echo "sudo dnf install -y ${packages[*]}" ;;
    *" arch "*)
      $want_chromium && packages+=(chromium)
      $want_firefox && packages+=(firefox)
      echo "sudo pacman -S --needed ${packages[*]}" ;;
    *)
      echo "install Chromium and Firefox with your package manager, then set CHROMIUM_PATH and FIREFOX_PATH to their programs" ;;
  esac
}

chromium_path="$(resolve CHROMIUM_PATH "${chromium_candidates[@]}")"
firefox_path=""
$chromium_only || firefox_path="$(resolve FIREFOX_PATH "${firefox_candidates[@]}")"

missing=()
[ -n "$chromium_path" ] || missing+=(chromium)
$chromium_only || [ -n "$firefox_path" ] || missing+=(firefox)

if [ ${#missing[@]} -gt 0 ]; then
  is_debian=false
  [ -r /etc/debian_version ] && command -v apt-get >/dev/null && ! grep -qi ubuntu /etc/os-release 2>/dev/null && is_debian=true
  if $is_debian && [ "$(id -u)" -eq 0 ]; then
    debian_packages=()
    for browser in "${missing[@]}"; do
      [ "$browser" = chromium ] && debian_packages+=(chromium) || debian_packages+=(firefox-esr)
    done
    echo "Installing Debian packages: ${debian_packages[*]}" >&2
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${debian_packages[@]}" >&2
    [ -n "$chromium_path" ] || chromium_path="$(find_browser "${chromium_candidates[@]}")"
    $chromium_only || [ -n "$firefox_path" ] || firefox_path="$(find_browser "${firefox_candidates[@]}")"
  else
    echo "Missing browsers for the tests: ${missing[*]}. Install them with:" >&2
    echo "  $(install_line "${missing[@]}")" >&2
    echo "or point CHROMIUM_PATH / FIREFOX_PATH at browsers you already have." >&2
    exit 1
  fi
fi

case "$chromium_path" in
  *[Gg]oogle*[Cc]hrome*) echo "Note: $chromium_path is Google Chrome; version 137 and later refuse --load-extension. Chromium works." >&2 ;;
esac

echo "CHROMIUM_PATH=$chromium_path"
$chromium_only || echo "FIREFOX_PATH=$firefox_path"
