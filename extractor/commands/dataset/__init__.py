"""The dataset: records of many articles in one SQLite file (``store``, tables in
``schema.sql``), and what is asked of it: a country's trade series (``series``) and the
meetings in date order (``timeline``), merged across articles; ``tables`` prints them,
``plot`` draws a series, ``command`` is the command line's side."""
