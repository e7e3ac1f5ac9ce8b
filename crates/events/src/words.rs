//! The coder's word lists: one plain file a list under `data/events/words/`
//! (what the cue does and an example sentence in its header), one phrase a
//! line, normalised like the text. The Rust code says only how a list is
//! matched ([`Form`]); a linguist adds a word to the file.
//!
//! The few phrases that are the code's own structure are named constants
//! in [`phrases`]; the single particles ("và", "với", "của" …) in
//! [`crate::particles`].

use std::sync::LazyLock;
use thoisu_normalise::normalise;

/// How a list's phrases are written out for matching.
#[derive(Clone, Copy)]
pub(crate) enum Form {
    /// As in the key text: every syllable followed by one space ("cho biết ").
    Key,
    /// As written ("miền trung", "Nam"): matched against raw or lower-cased text.
    Plain,
    /// With a space before ("nước này" → " nước này").
    Leading,
    /// With a space before and after (" theo hãng ").
    Padded,
}

/// The phrases of one list file, in the file's order.
pub(crate) type List = LazyLock<Vec<&'static str>>;

/// Reads `file` (named `name` in panics): every non-comment line, trimmed
/// and normalised, written out in `form`.
pub(crate) fn load(name: &str, file: &str, form: Form) -> Vec<&'static str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            assert!(!l.contains('\t'), "{name}: bad row {l:?}");
            let phrase = normalise(l);
            let words: Vec<&str> = phrase.split_whitespace().collect();
            let out = match form {
                Form::Key => words.iter().map(|w| format!("{w} ")).collect(),
                Form::Plain => words.join(" "),
                Form::Leading => format!(" {}", words.join(" ")),
                Form::Padded => format!(" {} ", words.join(" ")),
            };
            &*Box::leak(out.into_boxed_str())
        })
        .collect()
}

macro_rules! word_lists {
    ($($(#[$doc:meta])* $name:ident = $file:literal, $form:ident;)*) => {
        $(
            $(#[$doc])*
            pub(crate) static $name: List = LazyLock::new(|| {
                load(
                    $file,
                    include_str!(concat!("../../../data/events/words/", $file)),
                    Form::$form,
                )
            });
        )*
        /// Every list with its file's name, for the tests.
        #[cfg(test)]
        pub(crate) fn all() -> Vec<(&'static str, &'static List)> {
            vec![$(($file, &$name)),*]
        }
    };
}

word_lists! {
    /// Verbs of saying: after "và" they open a new predicate of the speaker.
    SAYING = "saying_verbs.txt", Key;
    /// Verbs of saying after "Tuyên bố" going on with the statement told.
    STATEMENT_GOES_ON = "statement_goes_on.txt", Key;
    /// Aspect words between a modality cue and its verb.
    ASPECT = "aspect.txt", Key;
    /// Two-syllable words of effort between a modality cue and its verb.
    EFFORT = "effort.txt", Key;
    /// Two-syllable manner words passed like aspect words.
    MANNER = "manner.txt", Key;
    /// Words before a country that make it a region's place.
    REGION = "region.txt", Plain;
    /// Words before a province's own name that make it the province's
    /// authorities ("lãnh đạo tỉnh Xiêng Khoảng"), not a region.
    PROVINCE_HEADS = "province_heads.txt", Plain;
    /// Compass words that with "Mỹ" name a part of the Americas.
    AMERICAS_PARTS = "americas_parts.txt", Plain;
    /// Words before an actor that make it the place of the event.
    LOCATIVE = "locative.txt", Plain;
    /// Negations read across "hay"/"hoặc" to a later verb.
    SCOPED_NEGATION = "scoped_negation.txt", Key;
    /// Verbs that carry out a force named as a noun.
    CARRY_OUT = "carry_out.txt", Key;
    /// Words that make the force phrase after them a noun.
    STRIKE_NOUNS = "strike_nouns.txt", Key;
    /// Objects of force that stand in a place.
    STRUCK_OBJECTS = "struck_objects.txt", Key;
    /// Words naming a kind of place between a locative and the name.
    PLACE_CLASS = "place_class.txt", Plain;
    /// Words before an actor that make it a movement's destination.
    DESTINATION = "destination.txt", Plain;
    /// Words before a number pair that make it a date, not a score.
    SCORE_DATE_WORDS = "score_date_words.txt", Plain;
    /// Verbs of judging an act named after them as a noun.
    CONDEMNING = "condemning.txt", Key;
    /// Verbs that stop aid on its way.
    AID_BLOCKERS = "aid_blockers.txt", Key;
    /// Words that put what is told before them on a condition.
    CONDITIONS = "conditions.txt", Key;
    /// Verbs that retell a meeting named as their object.
    RETELLING = "retelling.txt", Key;
    /// Verbs judging a happening told as their object.
    JUDGING = "judging.txt", Key;
    /// Aspect words that, after "và", open a new predicate.
    NEW_PREDICATE = "new_predicate.txt", Key;
    /// Words naming a diplomat or his mission.
    ENVOYS = "envoys.txt", Key;
    /// Verbs that announce a decision.
    ANNOUNCERS = "announcers.txt", Key;
    /// Words that join a second verb to the first one's subject.
    COORDINATORS = "coordinators.txt", Key;
    /// Parts of the day opening a date.
    DAY_PARTS = "day_parts.txt", Plain;
    /// Words after a body's name that make it the last named country's.
    THIS_COUNTRY = "this_country.txt", Leading;
    /// Kinds of visit between "chuyến thăm" and its "của".
    VISIT_KINDS = "visit_kinds.txt", Key;
    /// Lower-case words that open a new clause, never part of a title.
    CLAUSE_WORDS = "clause_words.txt", Plain;
    /// Verbs of a news outlet passing on what others said.
    REPORTING_VERBS = "reporting_verbs.txt", Leading;
    /// Words right before a country that give a person's nationality.
    NATIONALITY = "nationality.txt", Plain;
    /// Verbs of arrest before a nationality that make it the act's target.
    SEIZING = "seizing.txt", Plain;
    /// Nationality words an arrest before them turns into its target.
    SEIZED_NATIONALITY = "seized_nationality.txt", Plain;
    /// Words opening a photo credit's bracket.
    PHOTO_CREDITS = "photo_credits.txt", Plain;
    /// Pronouns that stand for a doer named elsewhere.
    PRONOUNS = "pronouns.txt", Key;
    /// Words after "cùng" that make it "the same", not "together with".
    SAME_TIME = "same_time.txt", Key;
    /// Words that make the name after them the doer of the next verb.
    CAUSATIVES = "causatives.txt", Key;
    /// Aspect words between a bare title and its verb.
    TITLE_ASPECTS = "title_aspects.txt", Key;
    /// Words that make a congratulation phrase.
    CONGRATULATIONS = "congratulations.txt", Key;
    /// Words of troops and their arms.
    MILITARY = "military.txt", Key;
    /// Words before a meeting's noun in a sentence's opening phrase.
    MEETING_FRAMES = "meeting_frames.txt", Key;
    /// Words right after an appeal's verb that make the one asked a firm.
    BUSINESS_ADDRESSEES = "business_addressees.txt", Key;
    /// Words opening a sentence's first phrase that names whom its subject
    /// meets ("Gặp Tổng thống A, …").
    OPENING_FRAMES = "opening_frames.txt", Key;
    /// Documents handed over with their number ("trao # văn kiện").
    COUNTED_DOCUMENTS = "counted_documents.txt", Key;
    /// Words before a date that restate the date before it ("tức").
    RESTATING = "restating.txt", Plain;
    /// Plural frames of meetings ("sau các cuộc").
    MEETING_FRAMES_PLURAL = "meeting_frames_plural.txt", Key;
    /// Words that open a phrase setting the scene at a meeting.
    SCENE_FRAMES = "scene_frames.txt", Key;
    /// The only syllables between a scene's opening word and its meeting.
    SCENE_FILLERS = "scene_fillers.txt", Key;
    /// Words opening a sentence that lists a ceremony's guests after "có".
    ATTENDANCE_OPENERS = "attendance_openers.txt", Key;
    /// Openings holding an attendance opener that attend no ceremony ("dự lễ hội").
    ATTENDANCE_NOT = "attendance_not.txt", Key;
    /// Title syllables between a noun's "của" and its owner.
    OWNER_TITLES = "owner_titles.txt", Plain;
    /// Words that make the name after them whom a noun is aimed at.
    AIMED_AT = "aimed_at.txt", Key;
    /// Words opening a clause of time.
    TIME_CLAUSES = "time_clauses.txt", Key;
    /// Words of "since" between an act and a later-told day.
    SINCE = "since.txt", Key;
    /// CAMEO code prefixes of one side's own acts, which give "hai bên" no pair.
    ONE_SIDED_CODES = "one_sided_codes.txt", Plain;
    /// Verbs halting the visits or meetings told after them in the clause.
    HALTING = "halting.txt", Key;
    /// Words telling that a sentence passes on a report.
    REPORTING = "reporting.txt", Padded;
    /// Words opening a clause that names the source of the news ("Theo X,").
    ATTRIBUTION_OPENERS = "attribution_openers.txt", Key;
    /// Longer openers holding one of `ATTRIBUTION_OPENERS` that name no source.
    ATTRIBUTION_NOT = "attribution_not.txt", Plain;
}

/// Phrases and spellings the rules read where they stand (several words,
/// a case, a word's tail); the single particles are [`crate::particles`].
/// Not word lists to grow; in key form (followed by one space) unless said
/// otherwise.
pub(crate) mod phrases {
    use crate::particles::{AT_SP, LOCATED_SP};

    /// " tại ", " ở ": the locatives, padded.
    pub(crate) const LOCATIVE_PADDED: [&str; 2] = [AT_SP, LOCATED_SP];
    /// "lý": the "lý" of "xử lý" (to handle), before "do" (by).
    pub(crate) const HANDLE_TAIL: &str = "lý ";
    /// "quan hệ": relations.
    pub(crate) const RELATIONS: &str = "quan hệ ";
    /// "thiết lập": to set up.
    pub(crate) const SET_UP: &str = "thiết lập ";
    /// "tuyên bố": a statement.
    pub(crate) const STATEMENT: &str = "tuyên bố ";
    /// "nhân dịp": on the occasion of.
    pub(crate) const ON_OCCASION: &str = "nhân dịp ";
    /// "không có": there is no.
    pub(crate) const THERE_IS_NO: &str = "không có ";
    /// "cùng ngày": the same day (a date's text).
    pub(crate) const SAME_DAY: &str = "cùng ngày";
    /// "húng tôi": "Chúng tôi"/"chúng tôi" without its first letter, so one
    /// search finds either case.
    pub(crate) const WE_TAIL: &str = "húng tôi";
    /// "Mỹ": the short name of the United States that "Nam Mỹ" is not.
    pub(crate) const AMERICA: &str = "Mỹ";
    /// "thủ đô", "thành phố": a capital, a city (place words read with "tại").
    pub(crate) const CAPITAL_WORDS: [&str; 2] = ["thủ đô", "thành phố"];
    /// "tại", any case: the locative in raw text.
    pub(crate) const AT_ANY_CASE: [&str; 3] = ["tại", "Tại", "TẠI"];
    /// "vào", "xuống", "chống": aimed at (force's target after its owner).
    pub(crate) const INTO: [&str; 3] = [" vào ", " xuống ", " chống "];
    /// "(của) các nước": opens a list of countries, no title word.
    pub(crate) const COUNTRIES_LIST: [&str; 2] = ["của các nước", "các nước"];
    /// "theo lời mời": at the invitation of (a visit's host after it).
    pub(crate) const INVITATION_ACCEPTED: [&str; 2] = ["nhận lời mời", "nhận lời"];
    /// "trước khi": opens a clause of what comes after the act told.
    pub(crate) const LATER: [&str; 1] = ["trước khi "];
    /// "nhận lời": accepting an invitation.
    pub(crate) const ACCEPT: &str = "nhận lời ";
    /// "sau đó", "tiếp đó": then.
    pub(crate) const AFTERWARDS: [&str; 2] = ["sau đó ", "tiếp đó "];
    /// "và", "cũng như": one more thing on a list.
    pub(crate) const LISTED_ON: [&str; 2] = ["và ", "cũng như "];
    /// "hay", "hoặc": or.
    pub(crate) const DISJUNCTION: [&str; 2] = ["hay ", "hoặc "];
    /// "để", "nhằm": in order to.
    pub(crate) const PURPOSE: [&str; 2] = ["để ", "nhằm "];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_loads_normalised_and_non_empty() {
        for (name, list) in all() {
            assert!(!list.is_empty(), "{name} is empty");
            for w in list.iter() {
                assert_eq!(normalise(w), *w, "{name}: {w:?} is not normalised");
                assert!(!w.trim().is_empty(), "{name}: empty row");
            }
        }
    }

    #[test]
    fn forms_write_the_phrase_for_its_match() {
        let file = "# comment\n\ncho biết\n  nước này \n";
        assert_eq!(load("t", file, Form::Key), ["cho biết ", "nước này "]);
        assert_eq!(load("t", file, Form::Plain), ["cho biết", "nước này"]);
        assert_eq!(load("t", file, Form::Leading), [" cho biết", " nước này"]);
        assert_eq!(load("t", file, Form::Padded), [" cho biết ", " nước này "]);
    }

    #[test]
    fn two_syllable_lists_hold_two_syllables() {
        // Matched over exactly two syllables of the key text.
        for list in [&EFFORT, &MANNER, &ANNOUNCERS] {
            assert!(list.iter().all(|w| w.split_whitespace().count() == 2));
        }
        for list in [
            &NEW_PREDICATE,
            &SCENE_FRAMES,
            &SCENE_FILLERS,
            &OWNER_TITLES,
            &CLAUSE_WORDS,
        ] {
            assert!(list.iter().all(|w| w.split_whitespace().count() == 1));
        }
    }
}
