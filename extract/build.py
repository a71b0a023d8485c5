"""Build the extraction pipeline from `extract/config.cfg` and save it as a spaCy pipeline folder.

    python -m extract.build [OUT_DIR]      # default: extract/pipeline

The folder loads with `spacy.load(path)` once `extract` is imported (it registers the tokenizer and the
components). Rebuild after changing the rules or anything in `extract/data/`: the meta records
`extract.PIPELINE_VERSION` (a hash of the rules' code and data) and `extract.load_pipeline` refuses a stale folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.language import Language

import extract  # noqa: F401  (registers factories and the tokenizer)
from extract.lexicon import load_lexicon

CONFIG_PATH = Path(__file__).parent / "config.cfg"
DEFAULT_OUT = Path(__file__).parent / "pipeline"


def build_nlp(overrides: dict | None = None) -> Language:
    config = spacy.util.load_config(CONFIG_PATH, overrides=overrides or {})
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.initialize()
    nlp.meta.update({
        "name": "pantau_events",
        "version": "1.0.0",
        "description": "Rule-based Indonesian regional-government event extraction (pantau)",
        "pantau_pipeline_version": extract.PIPELINE_VERSION,
        "pantau_lexicon": load_lexicon().version_hash,
    })
    return nlp


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else DEFAULT_OUT
    nlp = build_nlp()
    nlp.to_disk(out)
    print(f"saved {out} ({extract.PIPELINE_VERSION}, lexicon {nlp.meta['pantau_lexicon']})")


if __name__ == "__main__":
    main()
