//! Text likeness: how much of two bodies' wording is the same.
//!
//! A body's *shingles* are its runs of [`SHINGLE`] consecutive folded words;
//! two reports that copy or lightly edit one text share many, two reports
//! that only tell the same news share few. A [`signature`] has [`HASHES`]
//! slots; each shingle's hash falls into one and a slot keeps the least it
//! gets (one-permutation MinHash): the share of equal slots in two
//! signatures estimates the Jaccard index of their shingle sets
//! ([`likeness`]), and bands of [`ROWS`] slots are the store's lookup keys
//! (LSH), so only articles sharing a band are compared.
//!
//! Why not a MinHash crate (gaoya): signatures are stored and compared with
//! signatures computed by later builds, so the hash functions must never
//! change. gaoya draws its permutations from `rand`'s `StdRng`, which rand
//! does not promise to keep across versions; here the one hash is FNV-1a
//! remixed by SplitMix64, a few lines that pin the format.
//!
//! Invariant: the signature of a text depends only on the text's folded
//! words (case, diacritics, đ/Đ and punctuation do not count).

use thoisu_normalise::fold_for_search;

/// Words per shingle: long enough that two unrelated articles share almost
/// none (set phrases such as "theo thông tin từ" are four).
pub const SHINGLE: usize = 5;
/// Slots in a signature.
pub const HASHES: usize = 40;
/// Slots per LSH band: with 20 bands of 2, two texts whose shingles overlap
/// by 30% (Jaccard) share a band 85% of the time, by 50% almost always
/// (99.7%); unrelated articles (a few per cent) rarely. Each band is a key
/// row in the store, so fewer bands file and look up faster.
pub const ROWS: usize = 2;
/// Bodies with fewer shingles than this get no signature: a short item's
/// likeness says little (a caption-sized brief repeats a headline).
pub const MIN_SHINGLES: usize = 30;

/// The MinHash signature of a body; empty when it is too short.
pub fn signature(body: &str) -> Vec<u32> {
    signature_of_folded(&fold_for_search(body))
}

/// [`signature`] of a body already folded by `fold_for_search` (the store
/// folds it for the full-text index anyway).
pub fn signature_of_folded(folded: &str) -> Vec<u32> {
    // Each word is hashed once; a shingle's hash combines its words' by
    // position.
    let words: Vec<u64> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fnv1a)
        .collect();
    if words.len() < SHINGLE + MIN_SHINGLES - 1 {
        return Vec::new();
    }
    // One-permutation hashing: each shingle is hashed once; its hash's high
    // half picks a slot, and the slot keeps the least low half it is given
    // (a hash per shingle and slot cost a third of extraction).
    let mut mins = vec![EMPTY; HASHES];
    for window in words.windows(SHINGLE) {
        let combined = window
            .iter()
            .enumerate()
            .fold(0u64, |h, (i, w)| h ^ w.rotate_left(13 * i as u32));
        let h = splitmix64(combined);
        let slot = ((h >> 32) % HASHES as u64) as usize;
        let value = (h as u32).min(EMPTY - 1);
        if value < mins[slot] {
            mins[slot] = value;
        }
    }
    mins
}

/// A slot no shingle fell into.
const EMPTY: u32 = u32::MAX;

/// Estimated Jaccard index of two bodies' shingles: equal slots among the
/// slots either filled (0 when either has no signature).
pub fn likeness(a: &[u32], b: &[u32]) -> f64 {
    if a.len() != HASHES || b.len() != HASHES {
        return 0.0;
    }
    let (mut equal, mut filled) = (0, 0);
    for (x, y) in a.iter().zip(b) {
        if *x == EMPTY && *y == EMPTY {
            continue;
        }
        filled += 1;
        if x == y {
            equal += 1;
        }
    }
    if filled == 0 {
        0.0
    } else {
        equal as f64 / filled as f64
    }
}

/// The signature's bands as lookup keys, one per band whose slots are all
/// filled: a hash of the band's place and its slots.
pub fn bands(signature: &[u32]) -> Vec<i64> {
    if signature.len() != HASHES {
        return Vec::new();
    }
    signature
        .chunks(ROWS)
        .enumerate()
        .filter(|(_, rows)| !rows.contains(&EMPTY))
        .map(|(i, rows)| {
            let h = rows
                .iter()
                .fold(splitmix64(i as u64), |h, &r| splitmix64(h ^ u64::from(r)));
            h as i64
        })
        .collect()
}

fn fnv1a(word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in word.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}

fn splitmix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "Ngày 12/6, Bộ Giáo dục và Đào tạo đã có văn bản yêu cầu Sở Giáo dục và Đào tạo Hà Nội kiểm tra, làm rõ việc giáo viên mầm non dùng dép đánh vào đầu trẻ tại một nhóm trẻ tư thục trên địa bàn quận Hoàng Mai. Theo văn bản, Bộ đề nghị Sở phối hợp với chính quyền địa phương xác minh thông tin phản ánh trên mạng xã hội, xử lý nghiêm các cá nhân vi phạm và báo cáo kết quả về Bộ trước ngày 20/6. Bộ cũng yêu cầu các địa phương tăng cường quản lý các nhóm trẻ độc lập.";

    #[test]
    fn a_lightly_edited_copy_is_alike_and_an_unrelated_text_is_not() {
        let copy = REPORT
            .replace("Ngày 12/6, Bộ", "Hôm qua (12/6), Bộ")
            .replace("trên mạng xã hội", "trên báo chí");
        let other = "Sáng 12/6, Quốc hội thảo luận ở hội trường về dự án Luật Quy hoạch đô thị và nông thôn. Nhiều đại biểu đề nghị làm rõ thẩm quyền phê duyệt quy hoạch, trách nhiệm của chính quyền địa phương và cơ chế lấy ý kiến người dân trước khi điều chỉnh quy hoạch chi tiết các khu đô thị mới trên cả nước trong thời gian tới.";
        let (a, b, c) = (signature(REPORT), signature(&copy), signature(other));
        assert_eq!(a.len(), HASHES);
        assert!(likeness(&a, &b) >= 0.6, "{}", likeness(&a, &b));
        assert!(likeness(&a, &c) <= 0.1, "{}", likeness(&a, &c));
        // Alike texts share a band (the store's lookup key).
        let shared = bands(&a).iter().filter(|k| bands(&b).contains(k)).count();
        assert!(shared > 0);
    }

    #[test]
    fn case_diacritics_and_punctuation_do_not_count() {
        let plain = fold_for_search(REPORT).replace([',', '.', '/'], " ");
        assert_eq!(signature(REPORT), signature(&plain.to_uppercase()));
    }

    #[test]
    fn short_items_get_no_signature() {
        assert!(signature("Giá lúa tại Đồng bằng sông Cửu Long tăng nhẹ.").is_empty());
        assert_eq!(likeness(&[], &signature(REPORT)), 0.0);
        assert!(bands(&[]).is_empty());
    }

    /// The first two slots of `REPORT`'s signature.
    const SIGNATURE_HEAD: [u32; 2] = [420_931_177, 295_975_864];

    #[test]
    fn the_format_is_pinned() {
        // Stored signatures are compared with later builds' ones: a change
        // here must be a new fingerprint version, not a silent one.
        let s = signature(REPORT);
        assert_eq!(s.len(), HASHES);
        // A short report leaves slots empty, and their bands unfiled.
        assert_eq!(bands(&s).len(), 17);
        assert_eq!(fnv1a("a"), 0xaf63_dc4c_8601_ec8c, "FNV-1a of \"a\"");
        assert_eq!(s[..2], SIGNATURE_HEAD);
    }
}
