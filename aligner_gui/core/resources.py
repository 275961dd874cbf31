"""Where the bundled resources (fonts, translations, demo data) live."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle.

    ALIGNER_RESOURCES overrides both (packagers who move the folder).
    """
    override = os.environ.get("ALIGNER_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
