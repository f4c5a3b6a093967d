"""Releases: front matter + CommonMark body, blocks, sentence segmentation, inline spans."""
