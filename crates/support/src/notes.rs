//! Who hears of each support step: the hub's staff, the asking
//! municipality, the assignee, the expert, the reviewer, the applicant.

use platform::notify::{self, Kind, Note};
use platform::web::AppState;
use platform::Tx;

const HUB: &[&str] = &["hub_staff"];
const MUNICIPALITY: &[&str] = &["focal_point", "municipal_staff"];

/// Sends one kind of note with its arguments to some accounts.
pub async fn tell(
    tx: &mut Tx,
    state: &AppState,
    to: &[i64],
    kind: Kind,
    args: Vec<(&str, String)>,
    link: String,
) -> Result<(), sqlx::Error> {
    notify::send(tx, &state.site.public_url, to, &Note { kind, args, link }).await.map(|_| ())
}

/// The hub's staff.
pub async fn hub(tx: &mut Tx) -> Result<Vec<i64>, sqlx::Error> {
    notify::accounts_with(tx, HUB).await
}

/// The municipality's focal point and staff.
pub async fn municipality(tx: &mut Tx, place_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    notify::accounts_at(tx, MUNICIPALITY, place_id).await
}
