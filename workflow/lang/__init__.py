"""Languages: one validated Language type and the per-language data (scripts, fonts, plurals)."""
