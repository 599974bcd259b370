"""Rusta: a local-first AI Rust programmer that proves its patches before applying them."""

__version__ = "0.1.0"
