#!/usr/bin/env python3
"""Check that the generated gazetteer files are exactly build_gazetteer.py's output.

countries.tsv, country_pairs.tsv, places.tsv, subdivisions.tsv and surnames.tsv are
generated from the shared data, the script and data/gazetteer/hand_additions.tsv; a hand
edit to one of them is lost at the next run. This check builds them afresh into a
temporary folder and compares them byte for byte with the committed ones (stdlib only,
a second or two; it needs the shared data, so CI runs it only when ../shared exists).

Usage, from the repository root:
  python3 scripts/check_gazetteer.py --shared ../shared
Exit status: 0 identical; 1 a file differs (a diff is printed); 2 shared data missing.
"""
import argparse
import difflib
import subprocess
import sys
import tempfile
from pathlib import Path

GENERATED = ["countries.tsv", "country_pairs.tsv", "places.tsv", "subdivisions.tsv", "surnames.tsv"]


def main():
    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="/work/shared")
    a = ap.parse_args()
    if not (Path(a.shared) / "data").is_dir():
        print(f"check_gazetteer: no shared data under {a.shared}", file=sys.stderr)
        return 2
    committed = root / "data" / "gazetteer"
    with tempfile.TemporaryDirectory() as tmp:
        # the script's notes on cued forms go to stdout; only failures matter here
        subprocess.run([sys.executable, str(root / "scripts" / "build_gazetteer.py"), "--shared", a.shared,
                        "--out", tmp], check=True, stdout=subprocess.DEVNULL)
        differ = []
        for name in GENERATED:
            fresh = (Path(tmp) / name).read_bytes()
            old = (committed / name).read_bytes()
            if fresh == old:
                continue
            differ.append(name)
            diff = difflib.unified_diff(old.decode("utf-8").splitlines(), fresh.decode("utf-8").splitlines(),
                                        f"committed/{name}", f"generated/{name}", lineterm="", n=1)
            for line in list(diff)[:40]:
                print(line)
    if differ:
        print(f"check_gazetteer: {', '.join(differ)} differ from the script's output; edit "
              "scripts/build_gazetteer.py or data/gazetteer/hand_additions.tsv and re-run "
              "python3 scripts/build_gazetteer.py --shared ../shared", file=sys.stderr)
        return 1
    print(f"check_gazetteer: {len(GENERATED)} generated files match the script's output")
    return 0


if __name__ == "__main__":
    sys.exit(main())
