"""Publishing: catalog + release -> HTML (Jinja2) -> PDF (WeasyPrint), and proofs."""
