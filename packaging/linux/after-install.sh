#!/bin/bash
# The deb's after-install script (electron-builder.yml deb.afterInstall). It is an electron-builder
# TEMPLATE: the two brace macros ${executable} and ${sanitizedProductName} are filled in at build
# time, and any other dollar-brace name would fail the build, so shell variables here are written
# $NAME without braces. Runs as root on every install and every update; it changes nothing the hall
# already set (config, data).
set -u
APP_DIR='/opt/${sanitizedProductName}'
EXE='${executable}'

# The command on PATH, as electron-builder's own script makes it.
ln -sf "$APP_DIR/$EXE" "/usr/bin/$EXE"

# Chromium's sandbox helper: setuid only where the kernel has no user namespaces.
if ! { [[ -L /proc/self/ns/user ]] && unshare --user true; } 2>/dev/null; then
  chmod 4755 "$APP_DIR/chrome-sandbox" || true
else
  chmod 0755 "$APP_DIR/chrome-sandbox" || true
fi

# Config and data live outside the app folder, which every update replaces:
#   /etc/hall-terminal/terminal.json   the terminal's config (the hall writes it; never touched here)
#   /var/lib/hall-terminal/            the database, its keys and the logs (the kiosk user's)
install -d -m 0755 /etc/hall-terminal
install -d -m 0750 /var/lib/hall-terminal
if getent passwd kiosk >/dev/null 2>&1; then
  chown kiosk:kiosk /var/lib/hall-terminal
else
  echo "hall-terminal: no user 'kiosk' yet: create it, then: chown kiosk:kiosk /var/lib/hall-terminal"
fi
# The example profiles, refreshed with each version, beside (never over) the hall's own config.
install -d -m 0755 /etc/hall-terminal/examples
cp -f "$APP_DIR"/resources/profiles/*.json /etc/hall-terminal/examples/ 2>/dev/null || true
if [ ! -e /etc/hall-terminal/terminal.json ]; then
  echo "hall-terminal: write /etc/hall-terminal/terminal.json (start from /etc/hall-terminal/examples/kiosk-production.json)"
fi

# CUPS: a printed application form carries the citizen's ID number, address and signature, so the
# scheduler keeps no copy of a job's file after printing (PreserveJobFiles No), and forgets the job
# itself after 5 minutes (PreserveJobHistory 300; long enough for the terminal to read the job's end
# with lpstat). Written into cupsd.conf directly, since the scheduler may not run during install.
CUPSD_CONF=/etc/cups/cupsd.conf
if [ -f "$CUPSD_CONF" ]; then
  sed -i -e '/^[[:space:]]*PreserveJobFiles[[:space:]]/d' -e '/^[[:space:]]*PreserveJobHistory[[:space:]]/d' -e '/^# hall-terminal: no copies of printed files$/d' "$CUPSD_CONF"
  printf '%s\n' '# hall-terminal: no copies of printed files' 'PreserveJobFiles No' 'PreserveJobHistory 300' >>"$CUPSD_CONF"
  # The scheduler reads the new settings (a stopped one reads them when it starts).
  if command -v systemctl >/dev/null 2>&1; then systemctl try-restart cups.service >/dev/null 2>&1 || true; fi
else
  echo "hall-terminal: CUPS is not installed; when it is, set PreserveJobFiles No in $CUPSD_CONF (packaging/README.md)"
fi
exit 0
