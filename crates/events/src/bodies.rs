//! International bodies as actors: the CAMEO code of each intergovernmental
//! body of the gazetteer (`data/events/igo_codes.tsv`), and which gazetteer
//! people act for one (a Secretary-General speaks for the UN, not for
//! Portugal).

use std::collections::HashMap;
use thoisu_core::{Entity, EntityKind};
use thoisu_normalise::normalise;

const IGO_CODES: &str = include_str!("../../../data/events/igo_codes.tsv");
const IGO_CONTEXTS: &str = include_str!("../../../data/events/igo_contexts.tsv");

/// The code tables, parsed once with the coder.
pub(crate) struct Bodies {
    /// Gazetteer id → CAMEO actor code; `None` = not an actor (a treaty).
    codes: HashMap<String, Option<String>>,
    /// Person-id prefix ("un.") → the CAMEO code of the body they head.
    heads: Vec<(String, String)>,
    /// Words before a body's name that make it part of another name
    /// ("hội nghị", "năm"): normalised, lower case.
    contexts: Vec<String>,
}

impl Bodies {
    pub(crate) fn embedded() -> Bodies {
        Bodies::parse(IGO_CODES, IGO_CONTEXTS)
    }

    /// Malformed rows are a mistake in our own data: they panic with the row.
    pub(crate) fn parse(file: &str, contexts: &str) -> Bodies {
        let contexts = contexts
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| normalise(l.trim()).to_lowercase())
            .collect();
        let mut codes = HashMap::new();
        let mut heads = Vec::new();
        for line in file.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let r: Vec<&str> = line.split('\t').map(str::trim).collect();
            assert!(r.len() >= 4, "igo_codes.tsv: bad row {r:?}");
            assert!(
                r[1] == "-" || r[1].starts_with("IGO"),
                "igo_codes.tsv: an IGO code starts with IGO: {r:?}"
            );
            let code = (r[1] != "-").then(|| r[1].to_string());
            if let (Some(code), prefix) = (&code, r[3]) {
                if prefix != "-" && !prefix.is_empty() {
                    heads.push((prefix.to_string(), code.clone()));
                }
            }
            codes.insert(r[0].to_string(), code);
        }
        Bodies {
            codes,
            heads,
            contexts,
        }
    }

    /// Does the lower-case text before a body's name end in a word that
    /// makes the name part of another ("Hội nghị APEC", "Năm APEC 2017")?
    pub(crate) fn in_other_name(&self, before_lower: &str) -> bool {
        let before = before_lower.trim_end().trim_end_matches('(').trim_end();
        self.contexts.iter().any(|c| {
            before.ends_with(c.as_str())
                && before[..before.len() - c.len()]
                    .chars()
                    .last()
                    .is_none_or(|ch| !ch.is_alphanumeric())
        })
    }

    /// The body a person heads by his gazetteer id ("eu.costa" → the EU),
    /// whatever role the recogniser gave him: for when the text names the
    /// body in his title chain.
    pub(crate) fn head_code(&self, e: &Entity) -> Option<&str> {
        let id = e.gazetteer_id.as_deref()?;
        self.heads
            .iter()
            .find(|(prefix, _)| id.starts_with(prefix.as_str()))
            .map(|(_, code)| code.as_str())
    }

    /// The CAMEO actor code an entity takes as an international body or as
    /// the head of one; `None` for anything else. A body the table does not
    /// know is a plain `IGO`; a person heads a body only while the gazetteer
    /// gives them the IGO role (Donald Tusk is Poland's again).
    pub(crate) fn code_of(&self, e: &Entity) -> Option<&str> {
        if e.actor_role.as_deref() != Some("IGO") {
            return None;
        }
        let id = e.gazetteer_id.as_deref()?;
        match e.kind {
            EntityKind::Organisation if e.country.is_none() => match self.codes.get(id) {
                Some(code) => code.as_deref(),
                None if id.starts_with("igo.") => Some("IGO"),
                None => None,
            },
            EntityKind::Person => self
                .heads
                .iter()
                .find(|(prefix, _)| id.starts_with(prefix.as_str()))
                .map(|(_, code)| code.as_str()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(kind: EntityKind, id: &str, country: Option<&str>) -> Entity {
        Entity {
            kind,
            name: id.into(),
            country: country.map(str::to_string),
            gazetteer_id: Some(id.into()),
            roles: vec![],
            actor_role: Some("IGO".into()),
            mentions: vec![],
        }
    }

    #[test]
    fn bodies_and_their_heads_take_the_cameo_code() {
        let b = Bodies::embedded();
        let org = |id| entity(EntityKind::Organisation, id, None);
        assert_eq!(b.code_of(&org("igo.un")), Some("IGOUNO"));
        assert_eq!(b.code_of(&org("igo.asean")), Some("IGOSEAASN"));
        assert_eq!(b.code_of(&org("igo.eu")), Some("IGOEUREEC"));
        assert_eq!(b.code_of(&org("igo.nato")), Some("IGOWSTNAT"));
        // A treaty written as a body is no actor; an unlisted body is IGO.
        assert_eq!(b.code_of(&org("igo.cptpp")), None);
        assert_eq!(b.code_of(&org("igo.new_body")), Some("IGO"));
        let guterres = entity(EntityKind::Person, "un.guterres", Some("PRT"));
        assert_eq!(b.code_of(&guterres), Some("IGOUNO"));
        // A national official is not a body, whatever the id says.
        let mut tusk = entity(EntityKind::Person, "eu.tusk", Some("POL"));
        tusk.actor_role = Some("GOV".into());
        assert_eq!(b.code_of(&tusk), None);
        let ministry = entity(EntityKind::Organisation, "vn.mofa", Some("VNM"));
        assert_eq!(b.code_of(&ministry), None);
    }

    #[test]
    fn a_body_named_in_a_meeting_is_no_actor() {
        let b = Bodies::embedded();
        assert!(b.in_other_name("thủ tướng dự hội nghị cấp cao "));
        assert!(b.in_other_name("các hoạt động của năm "));
        assert!(b.in_other_name("các nền kinh tế thành viên "));
        assert!(b.in_other_name("các nước thành viên ("));
        assert!(!b.in_other_name("việt nam kêu gọi "));
        assert!(!b.in_other_name("tổng thư ký "));
        // Whole words only: "thành viên" is not the end of "viên".
        assert!(!b.in_other_name("nhân viên "));
    }

    #[test]
    fn every_row_parses() {
        let b = Bodies::embedded();
        assert!(b.codes.len() >= 40);
        assert!(b
            .heads
            .iter()
            .any(|(p, c)| p == "nato." && c == "IGOWSTNAT"));
    }
}
