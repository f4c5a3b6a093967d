"""Press-release translation workflow: releases -> gettext catalogs -> offline MT -> PDFs."""

__version__ = "0.1.0"
