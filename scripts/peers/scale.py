"""Makes k-fold copies of a JSON Lines corpus for the ingest scaling runs.

Copy 0 is the corpus as it is; copy j > 0 has "-copyJ" appended to each id
and one short closing line appended to each text, so its documents get new
content ids and the store does not skip them as duplicates. Writes
OUT_DIR/xK.jsonl for each K given. The copies are bench data: keep them
out of the repository (the script writes them under $TMPDIR).

Usage: python scale.py CORPUS.jsonl OUT_DIR K [K ...]
"""

import json
import os
import sys


def main():
    corpus, out_dir, *factors = sys.argv[1:]
    with open(corpus, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    os.makedirs(out_dir, exist_ok=True)
    for k in map(int, factors):
        with open(os.path.join(out_dir, f"x{k}.jsonl"), "w", encoding="utf-8") as out:
            for j in range(k):
                for line in lines:
                    if j == 0:
                        out.write(line + "\n")
                        continue
                    try:
                        v = json.loads(line)
                    except ValueError:
                        out.write(line + "\n")
                        continue
                    if "id" in v:
                        v["id"] = f"{v['id']}-copy{j}"
                    if isinstance(v.get("text"), str):
                        v["text"] += f"\nBản sao số {j}."
                    out.write(json.dumps(v, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
