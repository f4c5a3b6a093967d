"""Gettext catalogs as GNU gettext reads and writes them; merge, extract, memory, glossary."""
