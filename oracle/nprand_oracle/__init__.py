"""nprand's oracle: runs contract requests through NumPy / CPython and writes
oracle files (see ../FORMAT.md)."""
