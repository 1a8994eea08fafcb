"""Which shared libraries the Linux bundle carries, and which it leaves to the system.

Used by the PyInstaller spec (to leave system libraries out of the bundle) and by make_deb.py
(to tell required from optional system dependencies), and tested in tests/packaging.
"""

from __future__ import annotations

import os
import re

# Libraries that belong to the user's system, not to us: the GL/EGL drivers (tied to the
# machine's GPU driver), X11/xcb/xkbcommon (tied to the X server and its keymap files),
# fontconfig/freetype (tied to the system's font configuration), GLib and D-Bus (tied to the
# desktop session), and the C++ runtime (a bundled older libstdc++ would shadow the system's
# and break the GPU driver, which needs the newest). The .deb declares them in Depends instead.
SYSTEM_LIBS = re.compile(
    r"^lib(GL|EGL|GLX|GLdispatch|OpenGL|gbm|drm|wayland-.*|X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|Xi|"
    r"xcb(-.*)?|xkbcommon(-x11)?|fontconfig|freetype|png16|brotli.*|expat|uuid|"
    r"glib-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|gthread-2\.0|pcre2?(-8)?|ffi|"
    r"dbus-1|systemd|zstd|lzma|lz4|gcrypt|gpg-error|cap|bsd|md|"
    r"stdc\+\+|gcc_s|z)\.so(\..*)?$")

# Private copies that wheels vendor (auditwheel renames them with a hash: pillow.libs/
# libxcb-9065bb12.so.1.1.0). Their users link to exactly those names, so they always stay.
_VENDORED = re.compile(r"-[0-9a-f]{8}\.so(\.|$)")

# Bundle files whose system libraries are only recommended: Qt loads these plugins on demand and
# carries on without them (e.g. on X11/XWayland when the Wayland libraries are missing).
OPTIONAL = re.compile(
    r"(^|/)(libQt6Wayland[^/]*|libQt6WlShellIntegration[^/]*)$"
    r"|/plugins/(wayland-[^/]+|xcbglintegrations|platforminputcontexts|platformthemes|imageformats|iconengines)/"
    r"|/plugins/platforms/libqwayland[^/]*$")


def is_system_library(dest_name: str) -> bool:
    """True for a library (by its path inside the bundle) that the system must provide."""
    folder, name = os.path.split(dest_name.replace("\\", "/"))
    if folder.endswith(".libs") or _VENDORED.search(name):
        return False
    return bool(SYSTEM_LIBS.match(name))


def is_optional(path_in_bundle: str) -> bool:
    return bool(OPTIONAL.search(path_in_bundle))
