"""The event layer: meetings and trade statistics, built on the entity layer."""
