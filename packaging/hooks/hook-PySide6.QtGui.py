"""Replaces PyInstaller's own QtGui hook (hooks here take precedence) to leave out Qt plugins a
desktop app never loads on Linux.

PyInstaller collects every plugin of every type QtGui can use, including the embedded-device
platforms (eglfs, linuxfb, vnc, Vulkan display) with their input plugins, and the GTK3 theme.
Those drag in QtNetwork with Kerberos, and GTK/Pango/Cairo with their whole stack, and the GTK3
theme cannot even load without GTK 3 on the machine. The desktop platforms stay: xcb (X11 and
XWayland), wayland, and offscreen/minimal (headless runs, --self-test).
"""

import os
import sys

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

if sys.platform.startswith("linux"):
    _UNWANTED_DIRS = {"egldeviceintegrations", "generic"}
    _UNWANTED_FILES = {
        "libqeglfs.so", "libqlinuxfb.so", "libqminimalegl.so", "libqvnc.so", "libqvkkhrdisplay.so",
        "libqgtk3.so",
    }

    def _wanted(entry):
        src, dest = entry
        plugin_type = os.path.basename(os.path.normpath(dest))
        return plugin_type not in _UNWANTED_DIRS and os.path.basename(src) not in _UNWANTED_FILES

    binaries = [b for b in binaries if _wanted(b)]
