"""The review page: a self-contained HTML file to check extractions by eye. ``page``
builds it from ``review.html``, ``review.css`` and ``review.js``; ``marks`` finds the
spans to colour and the spans each record was built from; ``command`` is
``newsfacts review``."""
