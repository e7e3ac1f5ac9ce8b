//! Cutting one member out of a serialised JSON object.
//!
//! The stored document JSON leaves out the body (it has its own column and is
//! the bulk of an article). Serialising straight to a string and cutting the
//! member out is several times cheaper than going through `serde_json::Value`.

/// Removes the member `key` of the top-level object of `json`, if there is
/// one; anything else (nested members of that name, text that merely looks
/// like it inside strings, malformed input) is left alone.
pub(crate) fn remove_top_level_member(json: &mut String, key: &str) {
    if let Some((start, end)) = find_member(json.as_bytes(), key.as_bytes()) {
        json.replace_range(start..end, "");
    }
}

/// Byte range of the member to cut, with one neighbouring comma so what
/// remains is still valid JSON.
fn find_member(b: &[u8], key: &[u8]) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let mut i = 0;
    // Where the current top-level member starts (its key's quote), and where
    // the comma before it is.
    let mut previous_comma: Option<usize> = None;
    let mut cut_from: Option<usize> = None;
    while i < b.len() {
        match b[i] {
            b'"' => {
                let start = i;
                i = skip_string(b, i)?;
                if depth == 1 && cut_from.is_none() && &b[start + 1..i - 1] == key {
                    let mut j = i;
                    while j < b.len() && b[j].is_ascii_whitespace() {
                        j += 1;
                    }
                    if b.get(j) == Some(&b':') {
                        cut_from = Some(start);
                    }
                }
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                if depth == 1 {
                    // The member was the last one: take the comma before it.
                    return cut_from.map(|from| (previous_comma.unwrap_or(from), i));
                }
                depth = depth.checked_sub(1)?;
            }
            b',' if depth == 1 => {
                if let Some(from) = cut_from {
                    return Some((from, i + 1));
                }
                previous_comma = Some(i);
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Index just past the string starting at the quote `b[at]`.
fn skip_string(b: &[u8], at: usize) -> Option<usize> {
    let mut i = at + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(json: &str) -> String {
        let mut s = json.to_owned();
        remove_top_level_member(&mut s, "body");
        s
    }

    #[test]
    fn cuts_the_member_wherever_it_is() {
        assert_eq!(
            cut(r#"{"id":"a","body":"Hà Nội","x":1}"#),
            r#"{"id":"a","x":1}"#
        );
        assert_eq!(cut(r#"{"body":"Hà Nội","x":1}"#), r#"{"x":1}"#);
        assert_eq!(cut(r#"{"id":"a","body":"Hà Nội"}"#), r#"{"id":"a"}"#);
        assert_eq!(cut(r#"{"body":"Hà Nội"}"#), r#"{}"#);
    }

    #[test]
    fn leaves_lookalikes_alone() {
        // Inside a string, in a nested object, escaped quotes in the value.
        let tricky = r#"{"title":"\",\"body\":\"x","e":[{"body":"y"}],"body":"Ông nói: \"Đã ký\".\\","z":null}"#;
        let out = cut(tricky);
        assert_eq!(
            out,
            r#"{"title":"\",\"body\":\"x","e":[{"body":"y"}],"z":null}"#
        );
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert!(v.get("body").is_none());
        assert_eq!(v["e"][0]["body"], "y");
        for odd in [
            "",
            "{",
            "\"",
            r#"{"body""#,
            r#"{"body":"#,
            "[1,2]",
            r#"{"bodyx":1}"#,
        ] {
            let _ = cut(odd);
        }
        assert_eq!(cut(r#"{"bodyx":1}"#), r#"{"bodyx":1}"#);
    }
}
