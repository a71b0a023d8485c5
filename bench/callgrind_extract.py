"""Instructions of the extraction work, counted by callgrind: a measure the load of a shared machine does not move.

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=cg.full python -m bench.callgrind_extract full
    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=cg.blank python -m bench.callgrind_extract blank
    callgrind_annotate --inclusive=yes cg.full | grep Tokenizer_5__call__   # the tokenizer's share of `full`

Loading spaCy and the pipeline and a warm-up run (50 other articles) are not counted: instrumentation is switched
on (`callgrind_control -i on`) just before the work — `full`: `extract.extract_articles` over 200 bench articles,
`blank`: `spacy.blank("id")` tokenizing the same texts — and the process exits right after it. Run with
`PYTHONHASHSEED=0`. The "Collected" line valgrind prints is the count; spaCy's tokenizer itself varies by a few
percent between runs, so compare the work outside it (full minus the tokenizer's inclusive count) across changes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    mode = args[0] if args else "full"
    n = int(args[1]) if len(args) > 1 else 200
    import spacy

    import extract
    from bench.bench_extract import corpus

    articles = corpus(n)
    blank = spacy.blank("id")
    nlp = extract.load_pipeline()
    warm = corpus(50, seed=11)
    for _ in blank.pipe(a["text"] for a in warm):
        pass
    for _ in extract.extract_articles(warm, nlp=nlp):
        pass
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], stdout=subprocess.DEVNULL, check=False)
    time.sleep(3)  # callgrind takes the command while the process waits
    if mode == "blank":
        for _ in blank.pipe(a["text"] for a in articles):
            pass
    else:
        for _ in extract.extract_articles(articles, nlp=nlp):
            pass
    sys.stdout.flush()
    os._exit(0)  # interpreter teardown is not the work


if __name__ == "__main__":
    main()
