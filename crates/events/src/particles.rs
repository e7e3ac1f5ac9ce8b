//! The grammatical particles the event and agreement rules are built of:
//! "và" joins two names or two acts, "giữa" opens two sides, "với" names
//! the partner, "của" the owner, "bị" the doer of a passive. They are the
//! code's structure, not word lists a linguist grows (those live in
//! `data/events/`), so they are named constants, one vocabulary for the
//! whole crate, each in the three forms the rules match: the word ("và"),
//! its syllable key ("và ", as `SyllableText::key_of` gives it) and the
//! word between spaces (" và ", as found inside a key or a title).

/// A particle: the word, its syllable key and the word between spaces.
macro_rules! particle {
    ($word:ident, $key:ident, $spaced:ident, $w:literal) => {
        #[allow(dead_code)]
        pub(crate) const $word: &str = $w;
        #[allow(dead_code)]
        pub(crate) const $key: &str = concat!($w, " ");
        #[allow(dead_code)]
        pub(crate) const $spaced: &str = concat!(" ", $w, " ");
    };
}

// Joining words: two parties, two acts, a list going on.
particle!(AND, AND_KEY, AND_SP, "và");
particle!(THEN, THEN_KEY, THEN_SP, "rồi");
particle!(ALONG, ALONG_KEY, ALONG_SP, "cùng");
// Opening words: the parties ("giữa"), the partner ("với"), the owner
// ("của"), the doer of a passive ("bởi"), the topic ("về"), the place
// ("tại").
particle!(BETWEEN, BETWEEN_KEY, BETWEEN_SP, "giữa");
particle!(WITH, WITH_KEY, WITH_SP, "với");
particle!(OF, OF_KEY, OF_SP, "của");
particle!(BY, BY_KEY, BY_SP, "bởi");
particle!(ABOUT, ABOUT_KEY, ABOUT_SP, "về");
particle!(AT, AT_KEY, AT_SP, "tại");
// Prepositions that end a list of sides in a title: "nhằm", "để" (aim),
// "dưới", "trước" (under, before: a witness), "trong" (in).
particle!(AIM, AIM_KEY, AIM_SP, "nhằm");
particle!(FOR, FOR_KEY, FOR_SP, "để");
particle!(UNDER, UNDER_KEY, UNDER_SP, "dưới");
particle!(BEFORE, BEFORE_KEY, BEFORE_SP, "trước");
particle!(IN, IN_KEY, IN_SP, "trong");
// The copula, the relative "mà", the passive "được", "có" (there is).
particle!(IS, IS_KEY, IS_SP, "là");
particle!(WHICH, WHICH_KEY, WHICH_SP, "mà");
particle!(PASSIVE, PASSIVE_KEY, PASSIVE_SP, "được");
particle!(HAS, HAS_KEY, HAS_SP, "có");
// Number and quantity: "một" (one, a), "bản" (a copy's classifier), "các"
// (plural), "hai" (two).
particle!(ONE, ONE_KEY, ONE_SP, "một");
particle!(COPY, COPY_KEY, COPY_SP, "bản");
particle!(PLURAL, PLURAL_KEY, PLURAL_SP, "các");
particle!(TWO, TWO_KEY, TWO_SP, "hai");
// Emphasis before the copula: "cũng là", "chính là".
particle!(ALSO, ALSO_KEY, ALSO_SP, "cũng");
particle!(SELF, SELF_KEY, SELF_SP, "chính");
// Calendar words: a date's day, month and year.
particle!(DAY, DAY_KEY, DAY_SP, "ngày");
particle!(MONTH, MONTH_KEY, MONTH_SP, "tháng");
particle!(YEAR, YEAR_KEY, YEAR_SP, "năm");
// "nước" (country, state) and "Nhà nước" (the State).
particle!(COUNTRY, COUNTRY_KEY, COUNTRY_SP, "nước");
particle!(HOUSE, HOUSE_KEY, HOUSE_SP, "nhà");
// Lib's rules: the adversative passive "bị" (its doer follows), the
// locative "ở", tense and mood ("đã", "sẽ", "từng", "nếu"), negation.
particle!(ADVERSE, ADVERSE_KEY, ADVERSE_SP, "bị");
particle!(LOCATED, LOCATED_KEY, LOCATED_SP, "ở");
particle!(DONE, DONE_KEY, DONE_SP, "đã");
particle!(WILL, WILL_KEY, WILL_SP, "sẽ");
particle!(ONCE, ONCE_KEY, ONCE_SP, "từng");
particle!(IF, IF_KEY, IF_SP, "nếu");
particle!(NOT, NOT_KEY, NOT_SP, "không");
particle!(NOT_YET, NOT_YET_KEY, NOT_YET_SP, "chưa");
particle!(NOT_AT_ALL, NOT_AT_ALL_KEY, NOT_AT_ALL_SP, "chẳng");
// Classifiers that make the verb after them a noun: "cuộc", "vụ", "đợt";
// "chuyến" (a trip); "những" (plural, some).
particle!(EVENT_NOUN, EVENT_NOUN_KEY, EVENT_NOUN_SP, "cuộc");
particle!(INCIDENT_NOUN, INCIDENT_NOUN_KEY, INCIDENT_NOUN_SP, "vụ");
particle!(ROUND_NOUN, ROUND_NOUN_KEY, ROUND_NOUN_SP, "đợt");
particle!(TRIP_NOUN, TRIP_NOUN_KEY, TRIP_NOUN_SP, "chuyến");
particle!(PLURAL_SOME, PLURAL_SOME_KEY, PLURAL_SOME_SP, "những");
// "ông", "bà": Mr, Mrs before a name.
particle!(MR, MR_KEY, MR_SP, "ông");
particle!(MRS, MRS_KEY, MRS_SP, "bà");
// Single verbs and prepositions some rules read: "lên" (raised to),
// "nhận" (receive), "mời" (invite), "đánh" (hit: "đánh chặn"), "trên",
// "từ" (on, from).
particle!(UP_TO, UP_TO_KEY, UP_TO_SP, "lên");
particle!(RECEIVE, RECEIVE_KEY, RECEIVE_SP, "nhận");
particle!(INVITE, INVITE_KEY, INVITE_SP, "mời");
particle!(HIT, HIT_KEY, HIT_SP, "đánh");
particle!(ON, ON_KEY, ON_SP, "trên");
particle!(FROM, FROM_KEY, FROM_SP, "từ");
// "hàng", "phòng": before "không" they make a word ("hàng không",
// "phòng không"), so the "không" is no negation.
particle!(GOODS, GOODS_KEY, GOODS_SP, "hàng");
particle!(ROOM, ROOM_KEY, ROOM_SP, "phòng");
