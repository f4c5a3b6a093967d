"""Imported once by the worker fork server (workers.py): the heavy modules and the font
caches are loaded there, so every forked worker starts warm instead of running fc-list."""

from workflow import build, pipeline, scripts, typeset

typeset.preload_fonts(scripts.LANGUAGES)

__all__ = ["build", "pipeline"]
