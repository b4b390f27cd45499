# Chromium and its ChromeDriver for the browser test, from Debian's packages (no browser download by
# a test tool). CHROME_BINARY and CHROMEDRIVER point the test at others.
ensure_browser() {
  if [ -n "${CHROME_BINARY:-}" ] && [ -n "${CHROMEDRIVER:-}" ]; then return 0; fi
  if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then return 0; fi
  local as=(); [ "$(id -u)" = 0 ] || as=(sudo -n)
  log "installing Debian's chromium and chromium-driver for the browser test"
  "${as[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null \
    || { "${as[@]}" apt-get update -q >/dev/null && \
         "${as[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null; } \
    || die "could not install chromium and chromium-driver: install them, or set CHROME_BINARY and CHROMEDRIVER"
}
