"""Prints the BENCHMARKS.md tables from one bench_peers.sh run: the peers'
rates, every thoisu-bench stage, the `thoisu extract --threads 1` run and
the ingest scaling runs, each thoisu figure also as a ratio to pyvi
segmentation, underthesea segmentation and underthesea NER (syllables/s
over syllables/s). Standard library only.

Usage: python report.py RUN_DIR CORPUS.jsonl
"""

import json
import os
import re
import sys


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def timing(path):
    """`%e %M` of GNU time: wall seconds, peak KiB (last line: the command's
    own stderr may come first)."""
    last = [l for l in read(path).split("\n") if l.strip()][-1].split()
    return float(last[0]), int(last[1])


def main():
    run, corpus = sys.argv[1], sys.argv[2]
    peers = json.loads(read(os.path.join(run, "peers.json")))
    prow = {r["peer"]: r for r in peers["rows"]}
    base = [
        ("pyvi seg", prow["pyvi segmentation"]["syllables_per_s"]),
        ("uts seg", prow["underthesea segmentation"]["syllables_per_s"]),
        ("uts NER", prow["underthesea NER"]["syllables_per_s"]),
    ]

    def ratios(rate):
        return " | ".join(f"{rate / b:,.1f}×" if b else "-" for _, b in base)

    out = []
    out.append(f"Machine and load: see {run}/machine.txt")
    out.append("")
    out.append("### Peers, one core (`taskset -c 0`)")
    out.append("")
    out.append("| peer | articles | syllables | seconds | syllables/s | articles/s |")
    out.append("|---|---:|---:|---:|---:|---:|")
    for r in peers["rows"]:
        out.append(
            f"| {r['peer']} | {r['articles']:,} | {r['syllables']:,} | {r['seconds']:.1f} "
            f"| {r['syllables_per_s']:,.0f} | {r['articles_per_s']:.1f} |"
        )
    out.append("")
    out.append("Versions: " + ", ".join(f"{k} {v}" for k, v in peers["versions"].items()))
    out.append("")

    rows = [l.split("\t") for l in read(os.path.join(run, "bench.tsv")).strip().split("\n")[1:]]
    corpus_syllables = next(int(r[3]) for r in rows if r[0].startswith("read"))
    corpus_articles = next(int(r[2]) for r in rows if r[0].startswith("read"))
    out.append("### thoisu, stage by stage (`thoisu-bench`, one thread unless named)")
    out.append("")
    out.append(
        "| stage | seconds | articles/s | syllables/s | MB/s | peak RSS MB "
        "| × pyvi seg | × underthesea seg | × underthesea NER |"
    )
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for stage, secs, arts, syl, byts, peak in rows:
        secs, arts, syl, byts = float(secs), int(arts), int(syl), int(byts)
        if not syl:
            out.append(f"| {stage} | {secs:.3f} | | | | {int(peak) / 1024:.0f} | | | |")
            continue
        rate = syl / secs
        out.append(
            f"| {stage} | {secs:.3f} | {arts / secs:,.0f} | {rate:,.0f} | {byts / secs / 1e6:.1f} "
            f"| {int(peak) / 1024:.0f} | {ratios(rate)} |"
        )
    out.append("")

    wall, peak = timing(os.path.join(run, "extract.time"))
    rate = corpus_syllables / wall
    out.append("### `thoisu extract --threads 1` on one core (read, analyse, print JSON; whole process)")
    out.append("")
    out.append("| seconds | articles/s | syllables/s | MB/s | peak RSS MB | × pyvi seg | × underthesea seg | × underthesea NER |")
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|")
    size = os.path.getsize(corpus)
    out.append(
        f"| {wall:.2f} | {corpus_articles / wall:,.0f} | {rate:,.0f} | {size / wall / 1e6:.1f} "
        f"| {peak / 1024:.0f} | {ratios(rate)} |"
    )
    verdict = "met" if rate >= 10 * base[0][1] else "NOT met"
    out.append("")
    out.append(f"Goal ≥ 10× pyvi segmentation: {rate / base[0][1]:.1f}× — {verdict}.")
    out.append("")

    out.append("### `thoisu ingest --threads 2` into a fresh store")
    out.append("")
    out.append(
        "| input | articles | stored | seconds | s per 1× | articles/s | syllables/s "
        "| peak RSS MB | × pyvi seg |"
    )
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for k in (1, 2, 4):
        tpath = os.path.join(run, f"ingest{k}.time")
        if not os.path.exists(tpath):
            continue
        wall, peak = timing(tpath)
        summary = read(os.path.join(run, f"ingest{k}.out"))
        m = re.search(r"(\d+) articles read: (\d+) stored", summary)
        arts, stored = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
        syl = corpus_syllables * k
        out.append(
            f"| {k}× | {arts:,} | {stored:,} | {wall:.2f} | {wall / k:.2f} | {arts / wall:,.0f} "
            f"| {syl / wall:,.0f} | {peak / 1024:.0f} | {syl / wall / base[0][1]:,.1f}× |"
        )
    print("\n".join(out))


if __name__ == "__main__":
    main()
