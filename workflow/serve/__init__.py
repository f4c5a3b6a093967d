"""`workflow serve`: a web page for press staff (board, release pages, Run, Build draft)."""
