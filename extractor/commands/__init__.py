"""The user-facing side: what ``newsfacts`` runs and the engines that run the pipeline
over many articles.

The top of the flow: commands -> pipeline -> events -> entities -> records. Modules here
import the pipeline and the records; nothing below this folder imports from it.

- ``cli``: the ``newsfacts`` command line (also ``python -m extractor``): arguments in,
  one function per command; ``extract`` runs the extraction on either engine,
  ``summary`` is its closing line, ``exit_status`` what every command returns.
- ``batch``: the local engine (inputs -> records, in input order, N processes).
- ``dask``, ``dask_inputs``: the same on a Dask cluster (the ``dask`` extra);
  ``dask_bench`` measures it.
- ``records_file``: records read back from JSONL files and Dask output folders, for
  ``review`` (the HTML page to check extractions by eye) and ``dataset`` (SQLite, the
  trade series and the meeting timeline across articles).
- ``validate``: fixture checks; ``schema``: the JSON Schema of the records.
"""
