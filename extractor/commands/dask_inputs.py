"""Inputs for the Dask engine: list files, folders and JSONL through fsspec, cut them into
partitions, and read one partition back as ``batch.InputItem`` s on a worker.

Listing happens on the client and reads no article; reading happens in the tasks. The
rules are those of ``batch.iter_inputs`` (same order, same doc_ids, same error items), so
both engines give the same records for the same input. Paths may be local or any fsspec
URL (``s3://bucket/news/``, ``gcs://...``, ``file:///...``).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

import fsspec
from fsspec.utils import read_block

from .batch import JSONL_SUFFIXES, InputItem, decode_bytes, failed, jsonl_byte_lines

# a partition of separate files holds this many articles: big enough that the per-task
# overhead of Dask (milliseconds) is nothing next to the NLP (~10-50 ms an article),
# small enough that a lost worker costs little to redo and work spreads evenly
FILES_PER_PARTITION = 64
# JSONL files are cut into blocks of about this many bytes, at line ends (a few hundred
# news articles)
JSONL_BLOCKSIZE = 2 * 1024 * 1024


@dataclass(frozen=True)
class FileSource:
    """One file, one article."""

    path: str      # the path as the filesystem knows it
    doc_id: str
    shown: str     # the path as the user gave it, for error messages


@dataclass(frozen=True)
class JsonlBlock:
    """The lines of a JSONL file that start in ``[offset, offset + length)`` (cut at
    line ends as ``fsspec.utils.read_block`` does); ``length`` None: to the end."""

    path: str
    name: str      # the file name: the JSONL items' ``source``
    offset: int = 0
    length: int | None = None


@dataclass(frozen=True)
class Missing:
    """An input path that does not exist: it becomes a ``NotFound`` error record."""

    given: str
    doc_id: str


Source = FileSource | JsonlBlock | Missing


@dataclass(frozen=True)
class Partition:
    """What one Dask task reads: files (and missing paths), or one JSONL block."""

    index: int
    fs: Any                    # an fsspec filesystem (pickles with its storage options)
    sources: tuple[Source, ...]

    @property
    def jsonl(self) -> JsonlBlock | None:
        return self.sources[0] if len(self.sources) == 1 and isinstance(self.sources[0], JsonlBlock) else None

    def describe(self) -> str:
        """Where the partition's articles come from, for the manifest."""
        block = self.jsonl
        if block is not None:
            end = "end" if block.length is None else block.offset + block.length
            return f"{block.name} bytes {block.offset}-{end}"
        ids = [s.doc_id for s in self.sources]
        return ids[0] if len(ids) == 1 else f"{ids[0]} .. {ids[-1]} ({len(ids)} files)"


def _is_jsonl(path: str) -> bool:
    return PurePosixPath(path).suffix.lower() in JSONL_SUFFIXES


def _doc_id(rel: str) -> str:
    """SPEC: the path relative to the input folder, without its suffix."""
    return PurePosixPath(rel).with_suffix("").as_posix()


def _relative(path: str, root: str) -> str:
    return path[len(root.rstrip("/")) + 1:]


def _shown(given: str, rel: str) -> str:
    """The path of a file found in folder ``given`` as the user would write it."""
    if "://" in given:
        return given.rstrip("/") + "/" + rel
    return str(PurePosixPath(given) / rel)


def list_sources(paths: list[str], glob: str = "*.txt", *, storage_options: dict | None = None,
                 blocksize: int = JSONL_BLOCKSIZE) -> Iterator[tuple[Any, Source]]:
    """``(filesystem, source)`` for every input, in ``batch.iter_inputs`` order: a folder's
    ``glob`` files at any depth sorted by relative path, a JSONL file as blocks of about
    ``blocksize`` bytes, any other file as one article."""
    for given in paths:
        fs, root = fsspec.core.url_to_fs(given, **(storage_options or {}))
        if fs.isdir(root):
            found = []
            for path, info in fs.find(root, withdirs=False, detail=True).items():
                rel = _relative(path, root)
                if info.get("type") != "directory" and PurePosixPath(rel).match(glob):
                    found.append(rel)
            for rel in sorted(found):
                path = root.rstrip("/") + "/" + rel
                if _is_jsonl(rel):
                    for block in jsonl_blocks(fs, path, blocksize):
                        yield fs, block
                else:
                    yield fs, FileSource(path, _doc_id(rel), _shown(given, rel))
        elif fs.isfile(root) and _is_jsonl(root):
            for block in jsonl_blocks(fs, root, blocksize):
                yield fs, block
        elif fs.exists(root):
            yield fs, FileSource(root, _doc_id(PurePosixPath(root).name), given)
        else:
            yield fs, Missing(given, _doc_id(PurePosixPath(given.rstrip("/")).name))


def jsonl_blocks(fs: Any, path: str, blocksize: int = JSONL_BLOCKSIZE) -> list[JsonlBlock]:
    """A JSONL file as blocks of about ``blocksize`` bytes (only its size is looked up)."""
    name = PurePosixPath(path).name
    try:
        size = fs.size(path)
    except OSError:
        size = None
    if not size or size <= blocksize:
        return [JsonlBlock(path, name)]
    offsets = range(0, size, blocksize)
    return [JsonlBlock(path, name, off, min(blocksize, size - off)) for off in offsets]


def make_partitions(sources: Iterator[tuple[Any, Source]],
                    files_per_partition: int = FILES_PER_PARTITION) -> list[Partition]:
    """Consecutive files (on one filesystem) grouped by ``files_per_partition``; each
    JSONL block its own partition. Concatenated in order, the partitions give the input
    order back."""
    partitions: list[Partition] = []
    group: list[Source] = []
    group_fs = None

    def close_group():
        nonlocal group
        if group:
            partitions.append(Partition(len(partitions), group_fs, tuple(group)))
            group = []

    for fs, source in sources:
        if isinstance(source, JsonlBlock):
            close_group()
            partitions.append(Partition(len(partitions), fs, (source,)))
            continue
        if group and (fs is not group_fs or len(group) >= files_per_partition):
            close_group()
        group_fs = fs
        group.append(source)
    close_group()
    return partitions


# ---------------------------------------------------------------- reading (on the workers)

def count_newlines(fs: Any, block: JsonlBlock) -> int:
    """The line ends in the raw bytes ``[offset, offset + length)`` of the block's file."""
    with fs.open(block.path, "rb") as fh:
        fh.seek(block.offset)
        remaining = block.length
        count = 0
        while remaining is None or remaining > 0:
            chunk = fh.read(1 << 20 if remaining is None else min(1 << 20, remaining))
            if not chunk:
                break
            count += chunk.count(b"\n")
            if remaining is not None:
                remaining -= len(chunk)
        return count


def read_partition(partition: Partition, first_lineno: int = 1) -> Iterator[InputItem]:
    """The partition's items, as ``batch.iter_inputs`` gives them. ``first_lineno`` is the
    line number, in its file, of a JSONL block's first line (for the doc_id of a broken
    line, ``name:lineno``)."""
    for source in partition.sources:
        if isinstance(source, Missing):
            yield failed(source.doc_id, "NotFound", f"no such file or folder: {source.given}")
        elif isinstance(source, FileSource):
            yield _read_file(partition.fs, source)
        else:
            yield from _read_jsonl_block(partition.fs, source, first_lineno)


def _read_file(fs: Any, source: FileSource) -> InputItem:
    try:
        raw = fs.cat_file(source.path)
    except OSError as exc:
        return failed(source.doc_id, "UnreadableFile", f"cannot read {source.shown}: {exc.strerror or exc}")
    return decode_bytes(raw, source.doc_id)


def _read_jsonl_block(fs: Any, block: JsonlBlock, first_lineno: int) -> Iterator[InputItem]:
    try:
        with fs.open(block.path, "rb") as fh:
            if block.length is None:
                data = fh.read()
            else:
                data = read_block(fh, block.offset, block.length, delimiter=b"\n")
    except OSError as exc:
        yield failed(PurePosixPath(block.name).stem, "UnreadableFile",
                     f"cannot read {block.path}: {exc.strerror or exc}")
        return
    yield from jsonl_byte_lines(data.split(b"\n"), block.name, first_lineno)
