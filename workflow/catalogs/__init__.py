"""Gettext catalogs: the only polib user; read strictly, write, merge, extract, memory, glossary."""
