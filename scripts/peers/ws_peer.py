"""A word-segmentation peer as a line filter, for shared/eval/ws_score.py.

Reads UTF-8 lines on stdin, prints each line's words with the syllables of a
multi-syllable word joined by '_' (the VLSP convention `thoisu segment` uses).

Usage (inside target/peers-venv, which scripts/bench_peers.sh creates):
  python ws_peer.py pyvi|underthesea
"""

import sys


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else "pyvi"
    if which == "pyvi":
        from pyvi import ViTokenizer

        def seg(line):
            return ViTokenizer.tokenize(line)
    elif which == "underthesea":
        from underthesea import word_tokenize

        def seg(line):
            return word_tokenize(line, format="text")
    else:
        sys.exit("usage: ws_peer.py pyvi|underthesea")
    out = sys.stdout
    for line in sys.stdin:
        line = line.rstrip("\n")
        out.write((seg(line) if line.strip() else line) + "\n")


if __name__ == "__main__":
    main()
