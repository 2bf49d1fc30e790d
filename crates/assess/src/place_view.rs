//! The directory as a results page reads it (each place's shown name and
//! level, its code, and the hierarchy on the day a round opened), kept in
//! memory while the directory's data version stands. A results page over
//! thousands of municipalities then reads only the round's own figures.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use platform::web::AppState;

use crate::store;

pub struct PlaceView {
    /// Shown name and level, by place id.
    pub places: BTreeMap<i64, (String, String)>,
    pub codes: BTreeMap<i64, String>,
    /// Each place's parent on the day.
    pub parents: BTreeMap<i64, i64>,
}

/// What the view was read for: the directory's version, the day, and
/// whether Kosovo is named with its footnote.
type Key = (i64, NaiveDate, bool);

/// The last view read, registered as a service of the site.
#[derive(Default)]
pub struct KeptPlaceView(Mutex<Option<(Key, Arc<PlaceView>)>>);

/// The view on `on`, from the kept one while the directory is unchanged.
pub async fn on(state: &AppState, on: NaiveDate) -> Result<Arc<PlaceView>, sqlx::Error> {
    let kept = state.site.services.get::<KeptPlaceView>();
    let key = (state.site.versions.of(&state.db, "directory").await?, on, state.site.kosovo_footnote);
    if let Some(found) = kept.as_ref().and_then(|k| k.0.lock().ok()?.as_ref().filter(|(k, _)| *k == key).cloned()) {
        return Ok(found.1);
    }
    let (places, codes, parents) = tokio::try_join!(
        store::place_names(&state.db, state.site.kosovo_footnote),
        directory::places::codes(&state.db),
        store::parents_on(&state.db, on),
    )?;
    let view = Arc::new(PlaceView { places, codes, parents });
    if let Some(mut slot) = kept.as_ref().and_then(|k| k.0.lock().ok()) {
        *slot = Some((key, view.clone()));
    }
    Ok(view)
}
