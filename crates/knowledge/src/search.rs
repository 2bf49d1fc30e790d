//! One search over good practices and the directory, with tantivy. Texts
//! are analysed before they reach the index (see `analysis`), so the index
//! holds folded, ekavian, lightly stemmed words whatever the language or
//! script; a query is looked up in every language family's form. The index
//! holds public records only (published practices, places, institutions),
//! so every result may be shown to anyone. It lives in memory, is built
//! from the database when first needed, and follows the database's change
//! feed (`platform::search_feed`), so a change made through any server is
//! found through every server within a second.

use std::collections::BTreeMap;
use std::sync::Mutex;

use platform::search_feed::{self, Cursor};
use platform::{on_db, Db};
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, ConstScoreQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Facet, FacetOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::{doc, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};
use tokio::sync::OnceCell;

use crate::analysis::{analyse, family, query_forms, Family};
use crate::practices::{self, Practice, Text};

/// What each kind of record adds to a hit's score, so that the records the
/// knowledge hub is for come first whatever the text match.
const KIND_WEIGHTS: &[(&str, f32)] = &[("practice", 100.0), ("programme", 60.0), ("event", 30.0)];

/// The facet dimensions, as their path prefixes.
pub const DIMENSIONS: &[&str] = Dimension::TEXTS;

platform::text_enum! {
    /// A facet dimension, as the search page names it; the same values as `DIMENSIONS`.
    pub enum Dimension, messages "knowledge-dimension" {
        Type = "type",
        Country = "country",
        Theme = "theme",
        Audience = "audience",
        Level = "level",
        Year = "year",
    }
}

platform::text_enum! {
    /// What kind of record a hit is: the values of the `type` facet.
    pub enum RecordKind, messages "knowledge-type" {
        Practice = "practice",
        Programme = "programme",
        Event = "event",
        Place = "place",
        Institution = "institution",
    }
}

struct Fields {
    key: Field,
    facets: Field,
    text: Field,
    titles: Field,
    summary: Field,
    url: Field,
}

pub struct Search {
    index: Index,
    reader: IndexReader,
    /// Held while the index is written, one writer at a time.
    writing: Mutex<()>,
    fields: Fields,
    built: OnceCell<()>,
    /// Where the index stands in the change feed; held while applying.
    cursor: tokio::sync::Mutex<Cursor>,
    /// When the index last read the feed to its end.
    caught_up_at: Mutex<Option<std::time::Instant>>,
}

/// A record as the index takes it.
pub struct Entry {
    pub key: String,
    pub facets: Vec<String>,
    pub words: Vec<String>,
    /// Title per language, as JSON.
    pub titles: BTreeMap<String, String>,
    pub summary: String,
    pub url: String,
}

#[derive(Debug, Clone)]
pub struct Hit {
    pub key: String,
    pub title: String,
    pub summary: String,
    pub url: String,
}

#[derive(Debug, Default)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
    /// dimension → (value, count), most frequent first.
    pub facets: BTreeMap<String, Vec<(String, u64)>>,
}

impl Search {
    pub fn new() -> tantivy::Result<Search> {
        let mut schema = Schema::builder();
        let fields = Fields {
            key: schema.add_text_field("key", STRING | STORED),
            facets: schema.add_facet_field("facets", FacetOptions::default()),
            // Words are matched one by one, never as phrases: without
            // positions the index is smaller.
            text: schema.add_text_field(
                "text",
                TextOptions::default()
                    .set_indexing_options(TextFieldIndexing::default().set_index_option(IndexRecordOption::WithFreqs)),
            ),
            titles: schema.add_text_field("titles", STORED),
            summary: schema.add_text_field("summary", STORED),
            url: schema.add_text_field("url", STORED),
        };
        let index = Index::create_in_ram(schema.build());
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        Ok(Search {
            index,
            reader,
            writing: Mutex::new(()),
            fields,
            built: OnceCell::new(),
            cursor: tokio::sync::Mutex::new(Cursor::default()),
            caught_up_at: Mutex::new(None),
        })
    }

    fn document(&self, e: &Entry) -> TantivyDocument {
        let f = &self.fields;
        let mut d = doc!(
            f.key => e.key.clone(),
            f.text => e.words.join(" "),
            f.titles => serde_json::to_string(&e.titles).unwrap_or_default(),
            f.summary => e.summary.clone(),
            f.url => e.url.clone(),
        );
        for facet in &e.facets {
            d.add_facet(f.facets, Facet::from(facet.as_str()));
        }
        d
    }

    /// Runs `write` with a writer made for it, commits, and makes the
    /// result searchable. A writer holds an indexing arena and threads of
    /// its own; changes come seldom, so it lives only while they are written
    /// rather than as resident memory on every server.
    fn write(&self, write: impl FnOnce(&mut IndexWriter) -> tantivy::Result<()>) -> tantivy::Result<()> {
        let _one_at_a_time = self.writing.lock().map_err(|_| tantivy::TantivyError::Poisoned)?;
        // One indexing thread with tantivy's smallest arena: the index is small.
        let mut writer: IndexWriter = self.index.writer_with_num_threads(1, 15_000_000)?;
        write(&mut writer)?;
        writer.commit()?;
        writer.wait_merging_threads()?;
        self.reader.reload()
    }

    /// Reads every record from the database into a fresh index. The records
    /// read and the indexing buffers are freed at once, and handed back to
    /// the system, so that a server is not left as large as its build.
    async fn rebuild(&self, db: &Db) -> anyhow::Result<()> {
        let all = entries(db).await?;
        self.replace_all(&all)?;
        drop(all);
        platform::memory::release_freed();
        Ok(())
    }

    /// Replaces every record with these, then makes them searchable.
    pub fn replace_all(&self, entries: &[Entry]) -> tantivy::Result<()> {
        self.write(|writer| {
            writer.delete_all_documents()?;
            for e in entries {
                writer.add_document(self.document(e))?;
            }
            Ok(())
        })
    }

    /// Adds, replaces (Some) or removes (None) records by key, searchable
    /// on return.
    pub fn apply(&self, changes: &[(String, Option<Entry>)]) -> tantivy::Result<()> {
        self.write(|writer| {
            for (key, entry) in changes {
                writer.delete_term(Term::from_field_text(self.fields.key, key));
                if let Some(e) = entry {
                    writer.add_document(self.document(e))?;
                }
            }
            Ok(())
        })
    }

    /// Builds the index from the database the first time it is needed,
    /// starting to follow the feed just before the records were read.
    pub async fn ensure_built(&self, db: &Db) -> anyhow::Result<()> {
        self.built
            .get_or_try_init(|| async {
                let mut cursor = self.cursor.lock().await;
                *cursor = Cursor::at(search_feed::start_point(db).await?);
                self.rebuild(db).await?;
                Ok::<(), anyhow::Error>(())
            })
            .await
            .map(|_| ())
    }

    /// Applies every change in the feed not yet applied; returns how many.
    pub async fn follow(&self, db: &Db) -> anyhow::Result<usize> {
        self.ensure_built(db).await?;
        let mut cursor = self.cursor.lock().await;
        if self.fell_behind_the_feed() {
            // The changes it missed may have been pruned: read every record again.
            *cursor = Cursor::at(search_feed::start_point(db).await?);
            self.rebuild(db).await?;
        }
        // Gaps are looked into from `done` on each call; within one call the
        // reads go forward, or a gap below a full batch of applied ids would
        // return the same batch for ever.
        let mut read_from = cursor.read_from();
        let mut wanted: Vec<(i64, String)> = Vec::new();
        loop {
            const BATCH: i64 = 500;
            let read = search_feed::after(db, read_from, BATCH).await?;
            if let Some((last, _)) = read.last() {
                read_from = *last;
            }
            let full_batch = read.len() as i64 == BATCH;
            wanted.extend(read.into_iter().filter(|(id, _)| cursor.wants(*id)));
            if !full_batch {
                break;
            }
        }
        let mut keys: Vec<&str> = wanted.iter().map(|(_, key)| key.as_str()).collect();
        keys.sort_unstable();
        keys.dedup();
        // Past a few hundred records (a directory import, a generated
        // directory), one read of everything costs less than a read per record.
        const ONE_BY_ONE: usize = 200;
        if keys.len() > ONE_BY_ONE || keys.contains(&search_feed::EVERYTHING) {
            self.rebuild(db).await?;
        } else if !keys.is_empty() {
            let mut changes = Vec::with_capacity(keys.len());
            for key in keys {
                changes.push((key.to_string(), entry_for(db, key).await?));
            }
            self.apply(&changes)?;
        }
        for (id, _) in &wanted {
            cursor.applied(*id);
        }
        cursor.advance(std::time::Instant::now());
        let applied = wanted.len();
        if let Ok(mut at) = self.caught_up_at.lock() {
            *at = Some(std::time::Instant::now());
        }
        Ok(applied)
    }

    /// The index's size in memory, for the log.
    pub fn size_in_bytes(&self) -> u64 {
        self.reader.searcher().space_usage().map(|u| u.total().get_bytes()).unwrap_or(0)
    }

    /// Whether this server last read the feed to its end so long ago that
    /// the changes since may have been pruned from it.
    fn fell_behind_the_feed(&self) -> bool {
        let kept = search_feed::KEPT_FOR.to_std().unwrap_or_default();
        matches!(self.caught_up_at.lock().ok().and_then(|at| *at), Some(at) if at.elapsed() > kept / 2)
    }

    /// Whether the index has read the feed to its end within `within`: a
    /// server whose index lags is kept out of a load balancer's rotation.
    pub fn caught_up(&self, within: std::time::Duration) -> bool {
        self.caught_up_at.lock().ok().and_then(|at| *at).is_some_and(|at| at.elapsed() <= within)
    }

    /// Searches: every word of `query` must match (in any language's form);
    /// `filters` are (dimension, value) facets that must all hold. A query
    /// is never parsed, so no input can make it fail. Practices come
    /// before programmes, programmes before events, and those before
    /// places and institutions, which have pages of their own in the
    /// directory; within a kind, the better match first. Returns the exact
    /// total and `limit` hits from `offset`.
    pub fn search(
        &self,
        query: &str,
        filters: &[(String, String)],
        language: &str,
        offset: usize,
        limit: usize,
    ) -> tantivy::Result<Results> {
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for forms in query_forms(query) {
            let any: Vec<(Occur, Box<dyn Query>)> = forms
                .iter()
                .map(|w| {
                    let q: Box<dyn Query> =
                        Box::new(TermQuery::new(Term::from_field_text(f.text, w), IndexRecordOption::WithFreqs));
                    (Occur::Should, q)
                })
                .collect();
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        for (dimension, value) in filters {
            if !DIMENSIONS.contains(&dimension.as_str()) || value.is_empty() || value.contains('/') {
                continue;
            }
            let facet = Facet::from(format!("/{dimension}/{value}").as_str());
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(Term::from_facet(f.facets, &facet), IndexRecordOption::Basic)),
            ));
        }
        if clauses.is_empty() {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        }
        for (kind, weight) in KIND_WEIGHTS {
            let facet = Facet::from(format!("/type/{kind}").as_str());
            let term = Box::new(TermQuery::new(Term::from_facet(f.facets, &facet), IndexRecordOption::Basic));
            clauses.push((Occur::Should, Box::new(ConstScoreQuery::new(term, *weight))));
        }
        let query: Box<dyn Query> = Box::new(BooleanQuery::new(clauses));
        let searcher = self.reader.searcher();
        let mut facet_collector = FacetCollector::for_field("facets");
        for dimension in DIMENSIONS {
            facet_collector.add_facet(format!("/{dimension}").as_str());
        }
        let (top, total, counts) = searcher.search(
            &query,
            &(TopDocs::with_limit(limit.max(1)).and_offset(offset).order_by_score(), Count, facet_collector),
        )?;
        let mut hits = Vec::new();
        for (_, address) in top {
            let d: TantivyDocument = searcher.doc(address)?;
            let text = |field: Field| d.get_first(field).and_then(|v| v.as_str()).unwrap_or("").to_string();
            let titles: BTreeMap<String, String> = serde_json::from_str(&text(f.titles)).unwrap_or_default();
            let title = titles
                .get(language)
                .or_else(|| {
                    titles.iter().find(|(l, _)| l.split('-').next() == language.split('-').next()).map(|(_, t)| t)
                })
                .or_else(|| titles.values().next())
                .cloned()
                .unwrap_or_default();
            hits.push(Hit { key: text(f.key), title, summary: text(f.summary), url: text(f.url) });
        }
        let mut facets = BTreeMap::new();
        for dimension in DIMENSIONS {
            let mut values: Vec<(String, u64)> = counts
                .get(format!("/{dimension}").as_str())
                .map(|(facet, count)| (facet.to_path().last().map(|s| s.to_string()).unwrap_or_default(), count))
                .collect();
            values.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            facets.insert(dimension.to_string(), values);
        }
        Ok(Results { total, hits, facets })
    }
}

/// Follows the change feed four times a second, for as long as the server runs.
pub fn spawn_follower(search: std::sync::Arc<Search>, db: Db) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let started = std::time::Instant::now();
        match search.ensure_built(&db).await {
            Ok(()) => tracing::info!(
                seconds = started.elapsed().as_secs_f64(),
                bytes = search.size_in_bytes(),
                "search index built"
            ),
            Err(e) => tracing::warn!(error = %e, "the search index could not be built"),
        }
        loop {
            if let Err(e) = search.follow(&db).await {
                tracing::warn!(error = %e, "the search index could not follow the change feed");
            }
            tokio::time::sleep(std::time::Duration::from_millis(250)).await;
        }
    })
}

/// The index entry a key names as the database holds it now; None when the
/// record is gone or not public.
pub async fn entry_for(db: &Db, key: &str) -> Result<Option<Entry>, sqlx::Error> {
    let Some((kind, id)) = key.split_once(':') else { return Ok(None) };
    let number = id.parse::<i64>().ok();
    Ok(match (kind, number) {
        ("practice", Some(id)) => match practices::load(db, id).await? {
            Some(p) if p.state == practices::PracticeState::Published => {
                Some(practice_entry(&p, &practices::texts(db, id).await?))
            }
            _ => None,
        },
        ("programme", Some(id)) => crate::programmes::all(db).await?.iter().find(|p| p.id == id).map(programme_entry),
        ("event", Some(id)) => crate::events::all(db).await?.iter().find(|e| e.id == id).map(event_entry),
        ("place", _) => place_entries(db, Some(id)).await?.pop(),
        ("institution", _) => institution_entries(db, Some(id)).await?.pop(),
        _ => None,
    })
}

/// A published practice as an index entry.
pub fn practice_entry(p: &Practice, texts: &[Text]) -> Entry {
    let mut words = Vec::new();
    let mut titles = BTreeMap::new();
    for t in texts {
        words.extend(analyse(&t.body, family(&t.language)));
        if t.field == "title" {
            titles.insert(t.language.clone(), t.body.clone());
        }
    }
    words.extend(analyse(&format!("{} {} {}", p.organisation, p.place_name, p.sector), Family::SouthSlavic));
    let mut facets =
        vec!["/type/practice".to_string(), format!("/country/{}", p.country), format!("/level/{}", p.prevention_level)];
    facets.extend(p.themes.iter().map(|t| format!("/theme/{t}")));
    facets.extend(p.audiences.iter().map(|a| format!("/audience/{a}")));
    let last = p.year_to.unwrap_or(p.year_from).min(p.year_from + 30);
    facets.extend((p.year_from..=last).map(|y| format!("/year/{y}")));
    let summary =
        practices::text_in(texts, "summary", &p.language, &p.language).map(|t| t.body.clone()).unwrap_or_default();
    Entry {
        key: format!("practice:{}", p.id),
        facets,
        words,
        titles,
        summary,
        url: format!("/knowledge/practices/{}", p.id),
    }
}

/// A programme or call as an index entry.
pub fn programme_entry(p: &crate::programmes::Programme) -> Entry {
    let mut facets = vec!["/type/programme".to_string()];
    facets.extend(p.countries.iter().map(|c| format!("/country/{c}")));
    facets.extend(p.themes.iter().map(|t| format!("/theme/{t}")));
    facets.push(format!("/year/{}", p.starts_on.format("%Y")));
    let mut words = analyse(&format!("{} {} {}", p.title, p.owner, p.description), Family::SouthSlavic);
    words.extend(analyse(&format!("{} {}", p.title, p.description), Family::English));
    Entry {
        key: format!("programme:{}", p.id),
        facets,
        words,
        titles: BTreeMap::from([(String::new(), p.title.clone())]),
        summary: p.owner.clone(),
        url: format!("/knowledge/programmes#programme-{}", p.id),
    }
}

/// An event as an index entry.
pub fn event_entry(e: &crate::events::Event) -> Entry {
    let mut words = analyse(&format!("{} {} {} {}", e.title, e.place_name, e.agenda, e.outputs), Family::SouthSlavic);
    words.extend(analyse(&format!("{} {}", e.title, e.agenda), Family::English));
    Entry {
        key: format!("event:{}", e.id),
        facets: vec!["/type/event".to_string(), format!("/year/{}", e.starts_on.format("%Y"))],
        words,
        titles: BTreeMap::from([(String::new(), e.title.clone())]),
        summary: e.place_name.clone(),
        url: format!("/knowledge/events/{}", e.id),
    }
}

/// Every public record: published practices, programmes, events, places and institutions.
pub async fn entries(db: &Db) -> Result<Vec<Entry>, sqlx::Error> {
    let mut out = Vec::new();
    out.extend(crate::programmes::all(db).await?.iter().map(programme_entry));
    out.extend(crate::events::all(db).await?.iter().map(event_entry));
    let texts = practices::all_texts(db).await?;
    for p in practices::in_state(db, Some("published")).await? {
        out.push(practice_entry(&p, texts.get(&p.id).map(Vec::as_slice).unwrap_or(&[])));
    }
    out.extend(place_entries(db, None).await?);
    out.extend(institution_entries(db, None).await?);
    Ok(out)
}

platform::record! {
    /// A place as the index reads it.
    struct PlaceRow {
        code: String,
        level: String,
        name: String,
        name_alt: String,
    }
}

platform::record! {
    /// An institution as the index reads it, with its place's code.
    struct InstitutionRow {
        code: String,
        name: String,
        name_alt: String,
        place_code: String,
    }
}

/// Places as entries: one by code, or all.
async fn place_entries(db: &Db, code: Option<&str>) -> Result<Vec<Entry>, sqlx::Error> {
    let sql = format!("SELECT {} FROM places WHERE $1 IS NULL OR code = $1", PlaceRow::COLUMNS);
    let places: Vec<PlaceRow> = on_db!(db, |pool| sqlx::query_as(&sql).bind(code).fetch_all(pool).await)?;
    Ok(places
        .into_iter()
        .map(|p| Entry {
            key: format!("place:{}", p.code),
            facets: vec!["/type/place".into(), format!("/country/{}", p.code.get(..2).unwrap_or(""))],
            words: analyse(&format!("{} {}", p.name, p.name_alt), Family::SouthSlavic),
            titles: BTreeMap::from([(String::new(), p.name)]),
            summary: p.level,
            url: format!("/places/{}", p.code),
        })
        .collect())
}

/// Institutions as entries: one by code, or all.
async fn institution_entries(db: &Db, code: Option<&str>) -> Result<Vec<Entry>, sqlx::Error> {
    let institutions: Vec<InstitutionRow> = on_db!(db, |pool| sqlx::query_as(
        "SELECT i.code AS code, i.name AS name, i.name_alt AS name_alt, p.code AS place_code \
         FROM institutions i JOIN places p ON p.id = i.place_id WHERE $1 IS NULL OR i.code = $1"
    )
    .bind(code)
    .fetch_all(pool)
    .await)?;
    Ok(institutions
        .into_iter()
        .map(|i| Entry {
            key: format!("institution:{}", i.code),
            facets: vec!["/type/institution".into(), format!("/country/{}", i.place_code.get(..2).unwrap_or(""))],
            words: analyse(&format!("{} {}", i.name, i.name_alt), Family::SouthSlavic),
            titles: BTreeMap::from([(String::new(), i.name)]),
            summary: i.place_code.clone(),
            url: format!("/places/{}", i.place_code),
        })
        .collect())
}

/// Queries for measuring: words of several languages and both scripts,
/// alone, together, and with a facet.
pub const SAMPLE_QUERIES: &[&str] = &[
    "prevencija",
    "превенција",
    "youth workshops",
    "mjesna zajednica",
    "mesna zajednica",
    "radikalizimi",
    "ateliers jeunes",
    "школе родитељи",
    "povjerenje policija",
    "dialogue",
];

/// Runs every sample query `rounds` times, returning each run's duration.
pub fn measure(search: &Search, rounds: usize) -> tantivy::Result<Vec<std::time::Duration>> {
    let mut times = Vec::with_capacity(rounds * SAMPLE_QUERIES.len());
    for round in 0..rounds {
        for q in SAMPLE_QUERIES {
            let filters = if round % 2 == 0 { Vec::new() } else { vec![("country".to_string(), "MK".to_string())] };
            let started = std::time::Instant::now();
            search.search(q, &filters, "sr-Latn", 0, 20)?;
            times.push(started.elapsed());
        }
    }
    times.sort();
    Ok(times)
}
