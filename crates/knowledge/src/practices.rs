//! Good practices: where they come from, for whom, at which level of
//! prevention, with what evidence; their texts in any number of languages,
//! each marked as the original, a machine translation, a human translation
//! or reviewed; and the workflow draft → submitted → published.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use platform::{on_db, on_tx, Db, Tx};

pub const STATES: &[&str] = PracticeState::TEXTS;
pub const LEVELS: &[&str] = Level::TEXTS;
pub const AUDIENCES: &[&str] = Audience::TEXTS;
pub const THEMES: &[&str] = Theme::TEXTS;
pub const ORGANISATION_TYPES: &[&str] = OrganisationType::TEXTS;
pub const EVALUATIONS: &[&str] = Evaluation::TEXTS;
pub const TEXT_FIELDS: &[&str] = TextField::TEXTS;
pub const TEXT_STATUSES: &[&str] = TextStatus::TEXTS;

// The stored spellings as plain lists, for the modules that walk them; each
// is its enum's `TEXTS`, so the two cannot drift.

platform::text_enum! {
    /// The level of prevention a practice works at.
    pub enum Level, messages "knowledge-level" {
        Primary = "primary",
        Secondary = "secondary",
        Tertiary = "tertiary",
    }
}

platform::text_enum! {
    /// Whom a practice is for.
    pub enum Audience, messages "knowledge-audience" {
        Youth = "youth",
        Families = "families",
        Schools = "schools",
        LocalOfficials = "local_officials",
        Police = "police",
        ReligiousCommunities = "religious_communities",
        Women = "women",
        Returnees = "returnees",
        GeneralPublic = "general_public",
    }
}

platform::text_enum! {
    /// What a practice, a programme or a follower is about.
    pub enum Theme, messages "knowledge-theme" {
        Radicalisation = "radicalisation",
        HateSpeech = "hate_speech",
        Polarisation = "polarisation",
        Reintegration = "reintegration",
        Online = "online",
        CommunityResilience = "community_resilience",
        MultiAgency = "multi_agency",
        MentalHealth = "mental_health",
    }
}

platform::text_enum! {
    /// Who runs a practice.
    pub enum OrganisationType, messages "knowledge-type" {
        LocalGovernment = "local_government",
        NationalGovernment = "national_government",
        CivilSociety = "civil_society",
        School = "school",
        Police = "police",
        ReligiousCommunity = "religious_community",
        International = "international",
    }
}

platform::text_enum! {
    /// How a practice was evaluated.
    pub enum Evaluation, messages "knowledge-evaluation" {
        NotEvaluated = "none",
        Internal = "internal",
        External = "external",
        Experimental = "experimental",
    }
}

platform::text_enum! {
    /// How far a text can be trusted: the author's, a machine's, a
    /// person's translation, or a translation a reviewer confirmed.
    pub enum TextStatus, messages "knowledge-text" {
        Original = "original",
        Machine = "machine",
        Human = "human",
        Reviewed = "reviewed",
    }
}

impl TextStatus {
    /// Whether a reviewer still has to confirm the translation.
    pub fn awaits_review(self) -> bool {
        matches!(self, TextStatus::Machine | TextStatus::Human)
    }

    /// Least trusted first: a language is as trustworthy as its weakest text.
    fn trust(self) -> u8 {
        match self {
            TextStatus::Machine => 0,
            TextStatus::Human => 1,
            TextStatus::Reviewed => 2,
            TextStatus::Original => 3,
        }
    }

    /// The status of a language's texts taken together: the least trusted.
    pub fn of_language<'a>(statuses: impl IntoIterator<Item = &'a str>) -> TextStatus {
        statuses.into_iter().filter_map(TextStatus::parse).min_by_key(|s| s.trust()).unwrap_or(TextStatus::Original)
    }
}

platform::text_enum! {
    /// The texts every practice has, in every language it is written in.
    pub enum TextField, messages "knowledge-field" {
        Title = "title",
        Summary = "summary",
        Description = "description",
    }
}

#[derive(Clone, Debug, Default)]
pub struct Practice {
    pub id: i64,
    pub country: String,
    pub place_id: Option<i64>,
    pub place_name: String,
    pub organisation: String,
    pub organisation_type: String,
    pub audiences: Vec<String>,
    pub themes: Vec<String>,
    pub prevention_level: String,
    pub sector: String,
    pub year_from: i64,
    pub year_to: Option<i64>,
    pub evaluation: String,
    pub evidence: String,
    pub resources: String,
    pub transferability: String,
    pub contact_position_id: Option<i64>,
    pub links: Vec<String>,
    pub language: String,
    pub state: PracticeState,
    pub created_by: i64,
    pub updated_at: DateTime<Utc>,
}

/// The stored values read through their vocabularies; a value no variant
/// spells is left out rather than shown as a message id.
impl Practice {
    pub fn level(&self) -> Option<Level> {
        Level::parse(&self.prevention_level)
    }

    pub fn organisation_kind(&self) -> Option<OrganisationType> {
        OrganisationType::parse(&self.organisation_type)
    }

    pub fn evaluation_kind(&self) -> Option<Evaluation> {
        Evaluation::parse(&self.evaluation)
    }

    pub fn theme_list(&self) -> Vec<Theme> {
        self.themes.iter().filter_map(|t| Theme::parse(t)).collect()
    }

    pub fn audience_list(&self) -> Vec<Audience> {
        self.audiences.iter().filter_map(|a| Audience::parse(a)).collect()
    }
}

platform::record! {
    /// One field's text in one language.
    #[derive(Clone, Debug)]
    pub struct Text {
        pub language: String,
        pub field: String,
        pub body: String,
        pub status: String,
    }
}

platform::record! {
    /// A text with the practice it belongs to, when every practice's texts are read at once.
    struct PracticeText {
        practice_id: i64,
        language: String,
        field: String,
        body: String,
        status: String,
    }
}

platform::record! {
    /// A practice as stored: its lists are text.
    struct PracticeRow {
        id: i64,
        country: String,
        place_id: Option<i64>,
        place_name: String,
        organisation: String,
        organisation_type: String,
        audiences: String,
        themes: String,
        prevention_level: String,
        sector: String,
        year_from: i64,
        year_to: Option<i64>,
        evaluation: String,
        evidence: String,
        resources: String,
        transferability: String,
        contact_position_id: Option<i64>,
        links: String,
        language: String,
        state: PracticeState,
        created_by: i64,
        updated_at: DateTime<Utc>,
    }
}

fn list(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

impl From<PracticeRow> for Practice {
    fn from(row: PracticeRow) -> Practice {
        Practice {
            id: row.id,
            country: row.country,
            place_id: row.place_id,
            place_name: row.place_name,
            organisation: row.organisation,
            organisation_type: row.organisation_type,
            audiences: list(&row.audiences),
            themes: list(&row.themes),
            prevention_level: row.prevention_level,
            sector: row.sector,
            year_from: row.year_from,
            year_to: row.year_to,
            evaluation: row.evaluation,
            evidence: row.evidence,
            resources: row.resources,
            transferability: row.transferability,
            contact_position_id: row.contact_position_id,
            links: row.links.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect(),
            language: row.language,
            state: row.state,
            created_by: row.created_by,
            updated_at: row.updated_at,
        }
    }
}

/// Which practices to read.
enum Filter<'a> {
    Id(i64),
    /// In a state, or all.
    State(Option<&'a str>),
}

/// Practices matching the filter, newest first.
async fn select(db: &Db, filter: Filter<'_>) -> Result<Vec<Practice>, sqlx::Error> {
    // By id the primary key is used; by state, `$1` may be NULL for all.
    let condition = match filter {
        Filter::Id(_) => "id = $1",
        Filter::State(_) => "($1 IS NULL OR state = $1)",
    };
    let sql = format!("SELECT {} FROM practices WHERE {condition} ORDER BY updated_at DESC", PracticeRow::COLUMNS);
    let rows: Vec<PracticeRow> = match filter {
        Filter::Id(id) => on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_all(pool).await)?,
        Filter::State(state) => on_db!(db, |pool| sqlx::query_as(&sql).bind(state).fetch_all(pool).await)?,
    };
    Ok(rows.into_iter().map(Practice::from).collect())
}

pub async fn load(db: &Db, id: i64) -> Result<Option<Practice>, sqlx::Error> {
    Ok(select(db, Filter::Id(id)).await?.into_iter().next())
}

/// Practices in a state, or all; newest first.
pub async fn in_state(db: &Db, state: Option<&str>) -> Result<Vec<Practice>, sqlx::Error> {
    select(db, Filter::State(state)).await
}

pub async fn texts(db: &Db, id: i64) -> Result<Vec<Text>, sqlx::Error> {
    let sql = format!("SELECT {} FROM practice_texts WHERE practice_id = $1 ORDER BY language, field", Text::COLUMNS);
    on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_all(pool).await)
}

/// Every published practice's texts, for indexing: id → texts.
pub async fn all_texts(db: &Db) -> Result<BTreeMap<i64, Vec<Text>>, sqlx::Error> {
    let rows: Vec<PracticeText> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT t.practice_id, t.language, t.field, t.body, t.status FROM practice_texts t JOIN practices p ON p.id = t.practice_id WHERE p.state = 'published'"
    )
    .fetch_all(pool)
    .await
    })?;
    let mut out: BTreeMap<i64, Vec<Text>> = BTreeMap::new();
    for row in rows {
        let text = Text { language: row.language, field: row.field, body: row.body, status: row.status };
        out.entry(row.practice_id).or_default().push(text);
    }
    Ok(out)
}

/// Saves a practice's fields (a new one when `id` is 0); returns its id.
pub async fn save(tx: &mut Tx, p: &Practice) -> Result<i64, sqlx::Error> {
    let now = Utc::now();
    // A new practice first gets its row and identity (draft, author,
    // language); then one update writes every field, old or new.
    let id = if p.id == 0 {
        on_tx!(tx, |c| {
            sqlx::query_scalar(
            "INSERT INTO practices (country, place_name, organisation, organisation_type, audiences, themes, prevention_level, sector, \
             year_from, evaluation, evidence, resources, transferability, links, language, state, created_by, created_at, updated_at) \
             VALUES ('', '', '', '', '', '', '', '', 0, '', '', '', '', '', $1, 'draft', $2, $3, $3) RETURNING id"
        )
        .bind(&p.language)
        .bind(p.created_by)
        .bind(now)
        .fetch_one(&mut *c)
        .await
        })?
    } else {
        p.id
    };
    let (audiences, themes, links) = (p.audiences.join(","), p.themes.join(","), p.links.join("\n"));
    on_tx!(tx, |c| {
        sqlx::query(
        "UPDATE practices SET country = $1, place_id = $2, place_name = $3, organisation = $4, organisation_type = $5, audiences = $6, themes = $7, \
         prevention_level = $8, sector = $9, year_from = $10, year_to = $11, evaluation = $12, evidence = $13, resources = $14, transferability = $15, \
         contact_position_id = $16, links = $17, updated_at = $18 WHERE id = $19"
    )
    .bind(&p.country)
    .bind(p.place_id)
    .bind(&p.place_name)
    .bind(&p.organisation)
    .bind(&p.organisation_type)
    .bind(&audiences)
    .bind(&themes)
    .bind(&p.prevention_level)
    .bind(&p.sector)
    .bind(p.year_from)
    .bind(p.year_to)
    .bind(&p.evaluation)
    .bind(&p.evidence)
    .bind(&p.resources)
    .bind(&p.transferability)
    .bind(p.contact_position_id)
    .bind(&links)
    .bind(now)
    .bind(id)
    .execute(&mut *c)
    .await
    .map(|_| ())
    })?;
    changed(tx, id).await?;
    Ok(id)
}

/// Tells every server's search index that the practice changed.
async fn changed(tx: &mut Tx, id: i64) -> Result<(), sqlx::Error> {
    platform::search_feed::changed(tx, &format!("practice:{id}")).await
}

/// Sets one field's text in one language, replacing what was there.
pub async fn set_text(
    tx: &mut Tx,
    id: i64,
    language: &str,
    field: &str,
    body: &str,
    status: &str,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("DELETE FROM practice_texts WHERE practice_id = $1 AND language = $2 AND field = $3")
        .bind(id)
        .bind(language)
        .bind(field)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    on_tx!(tx, |c| sqlx::query(
        "INSERT INTO practice_texts (practice_id, language, field, body, status) VALUES ($1, $2, $3, $4, $5)"
    )
    .bind(id)
    .bind(language)
    .bind(field)
    .bind(body)
    .bind(status)
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    changed(tx, id).await
}

/// A reviewer confirms a language's translation.
pub async fn confirm(tx: &mut Tx, id: i64, language: &str, reviewer: i64) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query(
        "UPDATE practice_texts SET status = 'reviewed', reviewed_by = $1, reviewed_at = $2 WHERE practice_id = $3 AND language = $4 AND status <> 'original'"
    )
    .bind(reviewer)
    .bind(Utc::now())
    .bind(id)
    .bind(language)
    .execute(&mut *c)
    .await
    .map(|_| ())
    })?;
    changed(tx, id).await
}

platform::text_enum! {
    /// Where a practice stands: written, proposed for review, published.
    pub enum PracticeState, messages "knowledge-state" {
        Draft = "draft",
        Submitted = "submitted",
        Published = "published",
    }
}

/// A practice begins as its author's draft.
impl Default for PracticeState {
    fn default() -> Self {
        PracticeState::Draft
    }
}

impl PracticeState {
    pub fn may_move_to(self, to: PracticeState) -> bool {
        use PracticeState::*;
        matches!((self, to), (Draft, Submitted) | (Submitted, Published) | (Submitted, Draft) | (Published, Draft))
    }
}

pub async fn move_to(tx: &mut Tx, id: i64, to: PracticeState) -> Result<Result<(), PracticeState>, sqlx::Error> {
    let from: PracticeState = on_tx!(tx, |c| sqlx::query_scalar("SELECT state FROM practices WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *c)
        .await)?;
    if !from.may_move_to(to) {
        return Ok(Err(from));
    }
    let published = (to == PracticeState::Published).then(Utc::now);
    on_tx!(tx, |c| sqlx::query(
        "UPDATE practices SET state = $1, published_at = COALESCE($2, published_at), updated_at = $3 WHERE id = $4"
    )
    .bind(to)
    .bind(published)
    .bind(Utc::now())
    .bind(id)
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    changed(tx, id).await?;
    Ok(Ok(()))
}

platform::record! {
    /// A file attached to a practice, as listed on its page.
    pub struct Attachment {
        pub id: i64,
        pub file_name: String,
        pub size: i64,
    }
}

platform::record! {
    /// An attachment's content, stored as base64 text.
    pub struct AttachmentFile {
        pub practice_id: i64,
        pub file_name: String,
        pub content_type: String,
        pub data: String,
    }
}

pub async fn attachments(db: &Db, practice: i64) -> Result<Vec<Attachment>, sqlx::Error> {
    let sql = format!("SELECT {} FROM practice_attachments WHERE practice_id = $1 ORDER BY id", Attachment::COLUMNS);
    on_db!(db, |pool| sqlx::query_as(&sql).bind(practice).fetch_all(pool).await)
}

pub async fn attachment_file(db: &Db, id: i64) -> Result<Option<AttachmentFile>, sqlx::Error> {
    let sql = format!("SELECT {} FROM practice_attachments WHERE id = $1", AttachmentFile::COLUMNS);
    on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)
}

/// Stores a file with a practice; the content is already checked.
pub async fn attach(
    tx: &mut Tx,
    practice: i64,
    file_name: &str,
    content_type: &str,
    bytes: &[u8],
) -> Result<(), sqlx::Error> {
    use base64::Engine;
    on_tx!(tx, |c| {
        sqlx::query(
        "INSERT INTO practice_attachments (practice_id, file_name, content_type, size, data, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6)"
    )
    .bind(practice)
    .bind(file_name)
    .bind(content_type)
    .bind(bytes.len() as i64)
    .bind(base64::engine::general_purpose::STANDARD.encode(bytes))
    .bind(Utc::now())
    .execute(&mut *c)
    .await
    .map(|_| ())
    })
}

/// The languages a reader is shown a practice in, in order: their own,
/// then the languages of their family they read without a translation
/// (Bosnian, Croatian, Montenegrin and Serbian in either script), then
/// English, which the region's practitioners share.
pub fn reading_order(reader: &str) -> Vec<&'static str> {
    const FAMILY: [&str; 5] = ["bs", "hr", "cnr", "sr-Latn", "sr-Cyrl"];
    let mut order: Vec<&'static str> = Vec::new();
    let own = FAMILY.iter().chain(["en", "fr", "sq", "mk"].iter()).find(|l| **l == reader).copied();
    order.extend(own);
    if FAMILY.contains(&reader) {
        order.extend(FAMILY.iter().filter(|l| **l != reader));
    }
    if reader != "en" {
        order.push("en");
    }
    order
}

/// The text of a field in the first language of `order` that has it
/// (reviewed or human translations before machine ones), else the original.
pub fn text_in_order<'a>(texts: &'a [Text], field: &str, order: &[&str], original: &str) -> Option<&'a Text> {
    let rank = |t: &Text| if t.status == "machine" { 1 } else { 0 };
    for language in order {
        let mut found: Vec<&Text> = texts.iter().filter(|t| t.field == field && t.language == *language).collect();
        found.sort_by_key(|t| rank(t));
        if let Some(t) = found.first() {
            // A machine translation only stands in when nothing better exists.
            if t.status != "machine" || *language == order[0] {
                return Some(t);
            }
        }
    }
    texts
        .iter()
        .find(|t| t.field == field && t.language == original)
        .or_else(|| texts.iter().find(|t| t.field == field && order.contains(&t.language.as_str())))
}

/// The text of a field in the reader's language, else in the original.
pub fn text_in<'a>(texts: &'a [Text], field: &str, language: &str, original: &str) -> Option<&'a Text> {
    texts
        .iter()
        .find(|t| t.field == field && t.language == language)
        .or_else(|| texts.iter().find(|t| t.field == field && t.language == original))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(language: &str, status: &str) -> Text {
        Text {
            language: language.into(),
            field: "title".into(),
            body: format!("{language} {status}"),
            status: status.into(),
        }
    }

    #[test]
    fn the_stored_lists_and_the_vocabularies_agree() {
        let spelled = |all: Vec<&'static str>, list: &[&str]| assert_eq!(all, list);
        spelled(Level::ALL.iter().map(|v| v.as_str()).collect(), LEVELS);
        spelled(Audience::ALL.iter().map(|v| v.as_str()).collect(), AUDIENCES);
        spelled(Theme::ALL.iter().map(|v| v.as_str()).collect(), THEMES);
        spelled(OrganisationType::ALL.iter().map(|v| v.as_str()).collect(), ORGANISATION_TYPES);
        spelled(Evaluation::ALL.iter().map(|v| v.as_str()).collect(), EVALUATIONS);
        spelled(TextStatus::ALL.iter().map(|v| v.as_str()).collect(), TEXT_STATUSES);
        spelled(TextField::ALL.iter().map(|v| v.as_str()).collect(), TEXT_FIELDS);
        spelled(PracticeState::ALL.iter().map(|v| v.as_str()).collect(), STATES);
    }

    #[test]
    fn a_language_is_as_trusted_as_its_weakest_text() {
        assert_eq!(TextStatus::of_language(["reviewed", "machine", "human"]), TextStatus::Machine);
        assert_eq!(TextStatus::of_language(["reviewed", "original"]), TextStatus::Reviewed);
        assert_eq!(TextStatus::of_language([]), TextStatus::Original);
    }

    #[test]
    fn readers_get_the_closest_version_they_can_read() {
        assert_eq!(reading_order("sq"), ["sq", "en"]);
        assert_eq!(reading_order("hr")[..3], ["hr", "bs", "cnr"]);
        let texts = [text("mk", "original"), text("en", "reviewed"), text("bs", "machine")];
        // An Albanian reader gets the reviewed English text, not the Macedonian original.
        assert_eq!(text_in_order(&texts, "title", &reading_order("sq"), "mk").unwrap().language, "en");
        // A Croatian reader: the Bosnian text is only machine-translated, so English (reviewed) first.
        assert_eq!(text_in_order(&texts, "title", &reading_order("hr"), "mk").unwrap().language, "en");
        // A Bosnian reader asked for their own language: the machine translation, marked as such.
        assert_eq!(text_in_order(&texts, "title", &reading_order("bs"), "mk").unwrap().status, "machine");
        // A Macedonian reader: the original.
        assert_eq!(text_in_order(&texts, "title", &reading_order("mk"), "mk").unwrap().language, "mk");
    }
}
