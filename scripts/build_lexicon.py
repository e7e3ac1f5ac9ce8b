#!/usr/bin/env python3
"""Builds data/segment/lexicon.txt, the word list of the lexicon segmenter, and
data/segment/common_words.txt, the one-syllable words often written in lower case.

Also data/segment/surnames.txt, Vietnamese surnames (which may begin a name
even where the same syllable is a common word: Cao, Hồ, Mai).

Sources (under /work/shared/data, see each SOURCE.md):
  rdrsegmenter/VnVocab.txt                  Apache-2.0   every entry
  vi_wiktionary_headwords/words.txt         CC BY-SA     multi-syllable entries only
  ud_vietnamese_vtb/vi_vtb-ud-{train,dev}.conllu  CC BY-SA 4.0 multi-syllable words + counts
  vn_admin_units/simplified_json_generated_data_vn_units.json  MIT  place names
  vietnamese_namedb/derived_family_name_freq.tsv               MIT  surnames
  cldr_vi_names/territories_vi.tsv          Unicode-3.0  country and region names
  exonyms_vi_curated/exonyms_vi.tsv         project      country, capital, city, region names
Multi-syllable place names go into the lexicon; one-syllable country and
place names go into data/segment/name_breakers.txt.
(UD test is never read: it is for scoring. UD dev is counted too, so the
shipped lexicon knows both annotated sets; the trainer takes dev's counts
back out when it tunes on dev, see crates/segment/src/training.rs.)

Entries are normalised like thoisu-normalise does (NFC, new-style tone
placement) and lower-cased; entries with anything but letters in a
syllable are dropped. Output is sorted, so reruns give identical files.
Standard library only.  usage: scripts/build_lexicon.py [SHARED_DATA_DIR]
"""
import json
import os
import sys
import unicodedata

SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "segment")
OUT = os.path.join(DATA, "lexicon.txt")
COMMON_OUT = os.path.join(DATA, "common_words.txt")
COMMON_MIN = 2
SURNAMES_OUT = os.path.join(DATA, "surnames.txt")
BREAKERS_OUT = os.path.join(DATA, "name_breakers.txt")
# Short country names the lists above lack (the press writes "Hàn", "Thái"
# alone in titles: "Tổng thống Hàn Yoon Suk Yeol").
EXTRA_BREAKERS = ["Hàn", "Nhật", "Úc", "Ý", "Anh"]
# Chinese surnames as Vietnamese writes them ("Tập Cận Bình", "Ôn Gia Bảo"),
# hand-added: the namedb list only has surnames of Vietnamese people.
EXTRA_SURNAMES = ["Tập", "Ôn", "Giang", "Mao", "Triệu", "Bạc", "Khổng", "Mạnh", "Tưởng", "Viên",
                  "Chu", "Lưu", "Tôn", "Lý", "Vương", "Hồ", "Đặng", "Dương", "Trương", "Hàn"]
MAX_SYLLABLES = 6

# Old-style → new-style tone placement on open oa/oe/uy (same rule as the
# Rust normaliser: only when the pair ends the syllable and 'u' is not in 'qu').
TONED = {"o": "òóỏõọ", "u": "ùúủũụ", "a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
VOWELS = set("aăâeêioôơuưy")


def base(c):
    return unicodedata.normalize("NFD", c)[0].lower()


def place_tone(syl):
    if len(syl) < 2:
        return syl
    c1, c2 = syl[-2], syl[-1]
    for first, seconds in (("o", "ae"), ("u", "y")):
        if c1 in TONED[first] and c2 in seconds:
            if len(syl) >= 3 and (base(syl[-3]) in VOWELS or (first == "u" and syl[-3] == "q")):
                return syl
            tone = TONED[first].index(c1)
            return syl[:-2] + first + TONED[c2][tone]
    return syl


def normalise(word):
    word = unicodedata.normalize("NFC", word).lower()
    return " ".join(place_tone(s) for s in word.split())


def usable(word):
    return all(all(unicodedata.category(c)[0] in "LM" for c in s) for s in word.split())


def sentences(conllu):
    """Word forms of each sentence of a CoNLL-U file."""
    words = []
    for line in open(conllu, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            words.append(cols[1])
        elif not line.strip() and words:
            yield words
            words = []
    if words:
        yield words


def main():
    entries = {}  # word -> [count, sources]
    lower_singles = {}  # one-syllable word written in lower case -> count

    def add(word, source, count=0, multi_only=False, name=False):
        written = word
        word = normalise(word)
        n = len(word.split())
        if n == 0 or n > MAX_SYLLABLES or (multi_only and n < 2) or not usable(word):
            return
        e = entries.setdefault(word, [0, set()])
        e[0] += count
        e[1].add(source)
        # Written with every syllable capitalised: a proper name.
        if name and all(syl[:1].isupper() for syl in written.split()):
            e[1].add("n")

    for line in open(os.path.join(SHARED, "rdrsegmenter/VnVocab.txt"), encoding="utf-8"):
        add(line.strip(), "v")
    for line in open(os.path.join(SHARED, "vi_wiktionary_headwords/words.txt"), encoding="utf-8"):
        add(line.strip(), "w", multi_only=True, name=True)
    units = json.load(open(os.path.join(SHARED, "vn_admin_units/simplified_json_generated_data_vn_units.json"), encoding="utf-8"))
    for province in units:
        add(province["Name"], "a", multi_only=True, name=True)
        for district in province.get("District") or []:
            add(district["Name"], "a", multi_only=True, name=True)
            for ward in district.get("Ward") or []:
                add(ward["Name"], "a", multi_only=True, name=True)
    places = []
    for line in open(os.path.join(SHARED, "cldr_vi_names/territories_vi.tsv"), encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) == 3 and cols[0] != "code":
            places.append(cols[2])
    for line in open(os.path.join(SHARED, "exonyms_vi_curated/exonyms_vi.tsv"), encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 4 and cols[0] in ("country", "capital", "city", "region"):
            places += cols[3].split("|")
    one_syllable_places = set(EXTRA_BREAKERS)
    for place in places:
        if len(place.split()) == 1:
            one_syllable_places.add(place)
        elif place[:1].isupper():
            add(place, "c", multi_only=True, name=True)

    treebank = [os.path.join(SHARED, f"ud_vietnamese_vtb/vi_vtb-ud-{part}.conllu") for part in ("train", "dev")]
    for path in treebank:
        for line in open(path, encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                continue
            # The first word of a sentence is capitalised anyway.
            add(cols[1], "u", count=1, multi_only=True, name=cols[0] != "1")
            form = normalise(cols[1])
            # (Common words from train alone: dev stays clean for tuning the name rules.)
            if path == treebank[0] and cols[1] == cols[1].lower() and " " not in form \
                    and usable(form) and cols[3] != "PROPN":
                lower_singles[form] = lower_singles.get(form, 0) + 1

    # How often each entry's syllables stand in the treebank as separate
    # words (both ends on word boundaries, more than one word between):
    # entries the annotators split more often than they join mislead the
    # segmenter ("cho biết", "trong khi" are two words in VTB).
    split = {}
    for words in (words for path in treebank for words in sentences(path)):
        syllables, bounds, pos = [], {0}, 0
        for w in words:
            syls = normalise(w).split()
            syllables += syls
            pos += len(syls)
            bounds.add(pos)
        for i in range(len(syllables)):
            if i not in bounds:
                continue
            for n in range(2, MAX_SYLLABLES + 1):
                j = i + n
                if j > len(syllables):
                    break
                if j in bounds and any(k in bounds for k in range(i + 1, j)):
                    key = " ".join(syllables[i:j])
                    if key in entries:
                        split[key] = split.get(key, 0) + 1

    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# Lexicon of the thoisu word segmenter (generated by scripts/build_lexicon.py; do not edit).\n")
        out.write("# Columns: word (lower case, normalised, syllables separated by spaces) TAB times it is\n")
        out.write("# one word in UD Vietnamese-VTB train and dev TAB times its syllables are separate words there\n")
        out.write("# TAB sources (v = RDRsegmenter VnVocab, Apache-2.0;\n")
        out.write("# w = Vietnamese Wiktionary headwords, CC BY-SA; u = UD Vietnamese-VTB train and dev, CC BY-SA 4.0;\n")
        out.write("# a = Vietnamese administrative unit names, MIT; c = CLDR territory names, Unicode-3.0,\n")
        out.write("# and the project's exonym list; n = written as a proper name, every syllable\n")
        out.write("# capitalised, in w, u, a or c).\n")
        for word in sorted(entries):
            count, sources = entries[word]
            out.write(f"{word}\t{count}\t{split.get(word, 0)}\t{''.join(sorted(sources))}\n")

    surnames = set(EXTRA_SURNAMES)
    for line in open(os.path.join(SHARED, "vietnamese_namedb/derived_family_name_freq.tsv"), encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) == 2 and cols[1].isdigit():
            surnames.add(cols[0])
    with open(SURNAMES_OUT, "w", encoding="utf-8") as out:
        out.write("# Surnames: a capitalised syllable that is also a common word (Cao, Hồ, Mai) may still\n")
        out.write("# begin a person's name. Generated by scripts/build_lexicon.py; do not edit. From\n")
        out.write("# vietnamese_namedb derived_family_name_freq.tsv (MIT) plus a hand-made list of Chinese\n")
        out.write("# surnames in Vietnamese spelling (EXTRA_SURNAMES in the script). One per line.\n")
        for name in sorted({normalise(n) for n in surnames}):
            out.write(name + "\n")

    with open(BREAKERS_OUT, "w", encoding="utf-8") as out:
        out.write("# One-syllable country and place names, which often stand right before a person's name\n")
        out.write("# (\"Tổng thống Mỹ Donald Trump\", \"Tổng thống Philippines Rodrigo Duterte\"): a run of\n")
        out.write("# capitalised syllables starting with one of these and going on for two or more syllables\n")
        out.write("# is not one name. Generated by scripts/build_lexicon.py; do not edit. From CLDR\n")
        out.write("# territory names (Unicode-3.0), the project's exonym list, and EXTRA_BREAKERS in the script.\n")
        for name in sorted({normalise(n) for n in one_syllable_places}):
            out.write(name + "\n")

    with open(COMMON_OUT, "w", encoding="utf-8") as out:
        out.write("# One-syllable words written in lower case at least %d times in UD Vietnamese-VTB train\n" % COMMON_MIN)
        out.write("# (CC BY-SA 4.0), generated by scripts/build_lexicon.py; do not edit. Capitalised at the\n")
        out.write("# start of a sentence (\"Theo\", \"Ông\", \"Các\") they do not begin a proper name.\n")
        out.write("# Columns: word TAB count.\n")
        for word in sorted(lower_singles):
            if lower_singles[word] >= COMMON_MIN:
                out.write(f"{word}\t{lower_singles[word]}\n")


if __name__ == "__main__":
    main()
