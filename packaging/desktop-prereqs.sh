#!/bin/sh
# Before `make run` opens a window on Linux: Qt's X11 plugin (libqxcb.so, inside the
# PySide6 wheel) loads system libraries that a fresh Debian or Ubuntu often lacks. Install
# the missing ones with apt-get (as root, or through sudo), else say exactly what to install.
# Usage: desktop-prereqs.sh PYTHON
set -e
PY="$1"
[ "$(uname -s)" = Linux ] || exit 0

if [ -z "$DISPLAY" ] && [ -z "$WAYLAND_DISPLAY" ]; then
    echo "make run: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set)." >&2
    echo "Run it in a desktop session, or on a headless machine: xvfb-run make run" >&2
    exit 1
fi

plugin=$("$PY" -c 'import pathlib, PySide6; print(pathlib.Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so")')
missing=$(ldd "$plugin" | awk '/not found/ {print $1}' | sort -u)
[ -z "$missing" ] && exit 0

# Debian packages of the X11 libraries Qt 6's xcb plugin links against.
packages="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libfontconfig1"
echo "Qt's window system plugin needs libraries this machine lacks: $(echo $missing)" >&2
if command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then as_root=""; elif command -v sudo >/dev/null 2>&1; then as_root="sudo"; else as_root="none"; fi
    if [ "$as_root" != none ]; then
        echo "installing: $packages" >&2
        $as_root apt-get update -qq && $as_root apt-get install -y -qq $packages >/dev/null
        still=$(ldd "$plugin" | awk '/not found/ {print $1}')
        [ -z "$still" ] && exit 0
        echo "still missing after the install: $(echo $still)" >&2
        exit 1
    fi
fi
echo "Install them (Debian/Ubuntu: apt-get install $packages), then run make run again." >&2
exit 1
