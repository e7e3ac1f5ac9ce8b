//! How a party is written in the output: brands, places, bodies and people as the text names them.

use super::*;

/// A foreign firm named with a Vietnamese word for a firm: the party is
/// the firm's own name, as it is known in every language. "Tập đoàn
/// Zarubezhneft", "Công ty Boeing": the one Latin word after the firm word;
/// "Tập đoàn Năng lượng nguyên tử quốc gia Nga Rosatom": the Latin word
/// after the firm's description, which ends with its country's name.
pub(crate) fn brand_name(name: &str, entities: &[Entity]) -> Option<String> {
    let lower = name.to_lowercase();
    let firm = WORDS.firm.iter().find(|w| lower.starts_with(w.as_str()))?;
    let (before, last) = name.rsplit_once(' ')?;
    let latin = last.len() >= 3
        && last.starts_with(|c: char| c.is_ascii_uppercase())
        && last.chars().all(|c| c.is_ascii_alphanumeric());
    // "Tập đoàn Larsen & Toubro", "Tập đoàn Tokyo Gas": a name all in
    // Latin words after the firm word ("Công ty TNHH …": a legal form in
    // capitals first is no brand).
    let rest = name.get(firm.trim_end().len()..)?.trim_start();
    let words: Vec<&str> = rest.split(' ').collect();
    let latin_word = |w: &str| {
        w == "&"
            || (w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    };
    let legal_form = words[0].len() > 1 && words[0].chars().all(|c| c.is_ascii_uppercase());
    if words.len() >= 2 && !legal_form && words.iter().all(|w| latin_word(w)) {
        return Some(rest.to_string());
    }
    if !latin {
        return None;
    }
    if before.len() == firm.trim_end().len() {
        return Some(last.to_string());
    }
    // ("Tập đoàn Dầu khí Việt Nam" ends with its country: no brand.)
    let mut places = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Location && e.country.is_some())
        .flat_map(|e| e.mentions.iter());
    let country_before = places
        .clone()
        .any(|m| before.ends_with(&format!(" {}", m.text)));
    let country_last = places.any(|m| name.ends_with(&format!(" {}", m.text)));
    (country_before && !country_last).then(|| last.to_string())
}

/// "tỉnh Kon Tum và tỉnh Attapeu (Lào) … ký thỏa thuận": a place below
/// its country whose gazetteer name the article never writes ("Át-tạ-pư")
/// is named as written, in the document's sentence if it is there, else
/// where the article first names it (heldout44/017). A country keeps its
/// own name ("Hoa Kỳ" for "Mỹ" is no different country).
pub(crate) fn place_as_written(name: &str, sentence: u32, entities: &[Entity]) -> Option<String> {
    let key = |s: &str| {
        thoisu_normalise::fold_for_search(s)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let place = entities.iter().find(|e| {
        e.kind == EntityKind::Location
            && e.name == name
            && e.country.is_some()
            && e.gazetteer_id.is_some()
            && e.gazetteer_id != e.country
    })?;
    let own = key(name);
    if place.mentions.iter().any(|m| key(&m.text).ends_with(&own)) {
        return None;
    }
    place
        .mentions
        .iter()
        .filter(|m| m.sentence == sentence)
        .max_by_key(|m| m.text.len())
        .or(place.mentions.first())
        .map(|m| one_line(&m.text))
}

/// "Mỹ - Triều ký văn kiện chung": a country written clipped, the first
/// words of its name ("Triều" for Triều Tiên), is named in full.
pub(crate) fn country_in_full(name: &str, entities: &[Entity]) -> Option<String> {
    entities
        .iter()
        .filter(|e| e.kind == EntityKind::Location && e.country.is_some())
        .find(|e| {
            e.name.len() > name.len()
                && e.name.starts_with(&format!("{name} "))
                && e.mentions.iter().any(|m| m.text == name)
        })
        .map(|e| e.name.clone())
}

/// How the sentence writes a body the article never writes by its
/// gazetteer name ("Tập đoàn GE" for General Electric, "Vietjet" for
/// Vietjet Air): its longest mention there.
pub(crate) fn body_as_written(name: &str, sentence: u32, entities: &[Entity]) -> Option<String> {
    let key = |s: &str| {
        thoisu_normalise::fold_for_search(s)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let body = entities
        .iter()
        .find(|e| e.kind == EntityKind::Organisation && e.name == name)?;
    let own = key(name);
    if body.mentions.iter().any(|m| key(&m.text) == own) {
        // "Chính phủ Việt Nam và Nvidia đã ký …": a body named by a
        // `generic` word alone ("Chính phủ") is written as the sentence
        // writes it with its country.
        let bare = WORDS.generic.contains(&syllable_key(name));
        return bare
            .then(|| {
                body.mentions
                    .iter()
                    .filter(|m| m.sentence == sentence && m.text.starts_with(&format!("{name} ")))
                    .max_by_key(|m| m.text.len())
                    .map(|m| one_line(&m.text))
            })
            .flatten();
    }
    body.mentions
        .iter()
        .filter(|m| m.sentence == sentence)
        .max_by_key(|m| m.text.len())
        .map(|m| one_line(&m.text))
}

/// How the sentence writes the person named `name`, when it writes him
/// otherwise with the same words.
pub(crate) fn person_as_written(name: &str, sentence: u32, entities: &[Entity]) -> Option<String> {
    let words = |s: &str| {
        let mut w: Vec<String> = thoisu_normalise::fold_for_search(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        w.sort();
        w
    };
    let person = entities
        .iter()
        .find(|e| e.kind == EntityKind::Person && e.name == name)?;
    let own = words(name);
    person
        .mentions
        .iter()
        .filter(|m| m.sentence == sentence && m.text != name)
        .find(|m| words(&m.text) == own)
        .map(|m| one_line(&m.text))
}
