"""Throughput of the Vietnamese-NLP peers on the bench corpus, one core.

Runs pyvi word segmentation (ViTokenizer.tokenize), underthesea word
segmentation (word_tokenize) and underthesea NER (ner) over the "text"
fields of a JSON Lines corpus, one sentence per call (the unit these
libraries are used on), and writes their rates as JSON.

Syllables are counted as thoisu-bench counts them: whitespace-separated
chunks holding a letter. Slow peers run on a fixed prefix of the corpus
(the first N articles) and are reported per syllable. Model loading is
done before the clock starts.

Usage: python peers.py CORPUS.jsonl OUT.json [--pyvi-sample N] [--segment-sample N]
       [--ner-sample N]
"""

import argparse
import json
import re
import sys
import time


def syllables(text):
    return sum(1 for w in text.split() if any(c.isalpha() for c in w))


def load(path):
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                v = json.loads(line)
            except ValueError:
                continue
            t = v.get("text") or v.get("html") or ""
            texts.append(t if isinstance(t, str) else "")
    return texts


# Sentence ends: . ! ? … (with closing quotes or brackets) before whitespace.
SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"'”’)\]]))\s+")


def sentences(text):
    """The text's sentences: lines, split after sentence-final punctuation.
    The bench articles hold their whole body on one line, and the peers'
    taggers slow down more than linearly on long inputs, so each is given
    what it is made for, one sentence a call (split before the clock)."""
    return [s for line in text.split("\n") for s in SENTENCE_END.split(line) if s.strip()]


def run(name, fn, texts):
    lines = [s for t in texts for s in sentences(t)]
    syl = sum(syllables(t) for t in texts)
    start = time.perf_counter()
    out = 0
    for line in lines:
        out += len(fn(line))
    seconds = time.perf_counter() - start
    row = {
        "peer": name,
        "articles": len(texts),
        "syllables": syl,
        "bytes": sum(len(t.encode("utf-8")) for t in texts),
        "seconds": seconds,
        "syllables_per_s": syl / seconds if seconds else 0.0,
        "articles_per_s": len(texts) / seconds if seconds else 0.0,
        "output_items": out,
    }
    print(
        f"{name:<28} {len(texts):>6} articles {syl:>9} syllables {seconds:>8.2f} s "
        f"{row['syllables_per_s']:>10.0f} syllables/s {row['articles_per_s']:>8.1f} articles/s",
        flush=True,
    )
    return row


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--segment-sample", type=int, default=1000,
                    help="articles for underthesea segmentation (pyvi takes all)")
    ap.add_argument("--ner-sample", type=int, default=200)
    ap.add_argument("--pyvi-sample", type=int, default=0, help="articles for pyvi (0: all)")
    a = ap.parse_args()

    texts = load(a.corpus)
    print(f"corpus: {len(texts)} articles, {sum(syllables(t) for t in texts)} syllables",
          flush=True)

    from pyvi import ViTokenizer
    import underthesea
    from underthesea import ner, word_tokenize

    warm = "Tổng Bí thư Tô Lâm tiếp Đại sứ Nhật Bản tại Hà Nội."
    ViTokenizer.tokenize(warm)
    word_tokenize(warm)
    ner(warm)

    rows = [
        run("pyvi segmentation", ViTokenizer.tokenize, texts[: a.pyvi_sample or len(texts)]),
        run("underthesea segmentation", word_tokenize, texts[: a.segment_sample]),
        run("underthesea NER", ner, texts[: a.ner_sample]),
    ]
    versions = {
        "python": sys.version.split()[0],
        "underthesea": getattr(underthesea, "__version__", "?"),
    }
    try:
        from importlib.metadata import version
        versions["pyvi"] = version("pyvi")
        versions["underthesea"] = version("underthesea")
    except Exception:
        pass
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump({"rows": rows, "versions": versions}, f, indent=1)


if __name__ == "__main__":
    main()
