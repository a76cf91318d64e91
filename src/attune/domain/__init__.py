"""Pure domain: plain dataclasses and functions. No I/O, no framework, no model imports."""
