"""The entity layer: one module per kind of mention, each a spaCy component."""
