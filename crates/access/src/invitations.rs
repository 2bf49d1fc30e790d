//! Inviting a person to a position and a role. The link in the e-mail is
//! single-use and expires; following it, the person sets a password (and a
//! second factor when the role demands one). Accepting an invitation to a
//! held position hands the position over.

use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Duration, Utc};
use directory::at_place::{self, PositionChoice};
use directory::places::{self, Place};
use platform::audit::{self, AuditCtx, Event};
use platform::auth::password;
use platform::auth::session::{self, STAGE_FULL, STAGE_TOTP_SETUP};
use platform::auth::token::{hash_token, new_token};
use platform::i18n::i18n;
use platform::mail;
use platform::policy::{Action, Resource, Role};
use platform::web::form::{looks_like_email, FieldErrors};
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use serde::Deserialize;

use crate::store::{self, NewGrant};

pub const LIFETIME: Duration = Duration::days(7);

/// The roles an invitation can carry (administrators are made from the command line).
const INVITABLE: [Role; 8] = [
    Role::HubStaff,
    Role::NationalCoordinator,
    Role::SecurityLiaison,
    Role::FocalPoint,
    Role::MunicipalStaff,
    Role::Expert,
    Role::Partner,
    Role::CivilSociety,
];

#[derive(Template)]
#[template(path = "invite.html")]
struct InvitePage {
    shell: Shell,
    code: String,
    roles: Vec<(&'static str, String)>,
    positions: Vec<PositionChoice>,
    languages: Vec<(&'static str, &'static str)>,
    form: InviteForm,
    errors: FieldErrors,
    sent_to: String,
}

/// An invitation as a valid form makes it.
struct CheckedInvite<'a> {
    email: String,
    full_name: &'a str,
    role: Role,
    position: Option<&'a PositionChoice>,
    locale: &'static str,
}

impl InviteForm {
    /// Checks the form against the positions at the place.
    fn validate<'a>(
        &'a self,
        tr: platform::i18n::Tr,
        positions: &'a [PositionChoice],
    ) -> Result<CheckedInvite<'a>, FieldErrors> {
        let mut errors = FieldErrors::default();
        let email = self.email.trim().to_lowercase();
        if !looks_like_email(&email) {
            errors.add("email", tr.t("invite-email-invalid"));
        }
        let full_name = self.full_name.trim();
        if full_name.is_empty() || full_name.chars().count() > 200 {
            errors.add("full_name", tr.t("invite-name-required"));
        }
        let role = INVITABLE.iter().find(|r| r.key() == self.role).copied();
        if role.is_none() {
            errors.add("role", tr.t("invite-role-required"));
        }
        let position = match self.position.trim() {
            "" => None,
            text => {
                let found = text.parse::<i64>().ok().and_then(|id| positions.iter().find(|p| p.id == id));
                if found.is_none() {
                    errors.add("position", tr.t("invite-position-unknown"));
                }
                found
            }
        };
        let locale = i18n().get(&self.language).map(|t| t.code()).unwrap_or(tr.code());
        match role {
            Some(role) if errors.is_empty() => Ok(CheckedInvite { email, full_name, role, position, locale }),
            _ => Err(errors),
        }
    }
}

#[derive(Deserialize, Default)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    full_name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    position: String,
    #[serde(default)]
    language: String,
}

async fn place_in_scope(ctx: &PageCtx, state: &AppState, code: &str) -> Result<Place, AppError> {
    let Some(place) = places::find(&state.db, code).await? else {
        return Err(ctx.not_found());
    };
    let path = places::path_ids(&state.db, place.id, Utc::now().date_naive()).await?;
    ctx.require(Action::InvitePeople, &Resource::Place { path: &path })?;
    Ok(place)
}

async fn invite_page(
    ctx: &PageCtx,
    state: &AppState,
    place: &Place,
    form: InviteForm,
    errors: FieldErrors,
    sent_to: String,
) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let page = InvitePage {
        shell: ctx.shell(tr.t1("invite-title", "place", place.name.clone())),
        code: place.code.clone(),
        roles: INVITABLE.iter().map(|r| (r.key(), tr.t(r.message_id()))).collect(),
        positions: at_place::position_choices(&state.db, place.id).await?,
        languages: i18n().locales().iter().map(|l| (l.info.code, l.info.autonym)).collect(),
        form,
        errors,
        sent_to,
    };
    render(&page)
}

pub async fn invite_form(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    let place = place_in_scope(&ctx, &state, &code).await?;
    let form = InviteForm { language: ctx.tr.code().to_string(), ..InviteForm::default() };
    invite_page(&ctx, &state, &place, form, FieldErrors::default(), String::new()).await
}

pub async fn invite(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Form(form): Form<InviteForm>,
) -> Result<Response, AppError> {
    let place = place_in_scope(&ctx, &state, &code).await?;
    let tr = ctx.tr;
    let positions = at_place::position_choices(&state.db, place.id).await?;
    let invite = match form.validate(tr, &positions) {
        Ok(invite) => invite,
        Err(errors) => {
            let response = invite_page(&ctx, &state, &place, form, errors, String::new()).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, response).into_response());
        }
    };
    // The link is sealed in the outbox; without the instance key there is
    // nothing to seal it with, and an invitation is not sent.
    let Some(sealer) = state.site.secret_box.as_deref() else {
        return Err(ctx.error(StatusCode::SERVICE_UNAVAILABLE, "invite-no-key-title", "invite-no-key-message"));
    };
    let token = new_token();
    let now = Utc::now();
    let CheckedInvite { email, full_name, role, position, locale } = invite;
    let invitee_tr = i18n().get(locale).unwrap_or(tr);
    let link = format!("{}/invitations/{token}", state.site.public_url.trim_end_matches('/'));
    let mut tx = state.db.begin().await?;
    let new = store::NewInvitation {
        token_hash: hash_token(&token),
        email: &email,
        full_name,
        role: role.key(),
        place_id: place.id,
        position: position.map(|p| (p.id, p.institution_id)),
        locale,
        invited_by: ctx.account().map(|a| a.id),
        expires_at: now + LIFETIME,
    };
    let id = store::create_invitation(&mut tx, &new, now).await?;
    let role_name = invitee_tr.t(role.message_id());
    let subject = invitee_tr.t1("invite-mail-subject", "hub", state.site.hub_name.clone());
    let body = invitee_tr.ta(
        "invite-mail-body",
        &[
            ("name", full_name),
            ("hub", &state.site.hub_name),
            ("role", &role_name),
            ("place", &place.name),
            ("link", mail::LINK_MARKER),
            ("date", &(now + LIFETIME).format("%Y-%m-%d").to_string()),
        ],
    );
    mail::queue_with_link(&mut tx, &email, &subject, &body, &link, sealer).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "invitation.create",
            object_type: "invitation",
            object_id: id.to_string(),
            place_id: Some(place.id),
            summary: format!(
                "invited to {} at {}{}",
                role.key(),
                place.code,
                position.map(|p| format!(", position {}", p.id)).unwrap_or_default()
            ),
        },
    )
    .await?;
    tx.commit().await?;
    let form = InviteForm { language: tr.code().to_string(), ..InviteForm::default() };
    invite_page(&ctx, &state, &place, form, FieldErrors::default(), email).await
}

/// An invitation that can still be accepted.
pub type Invitation = store::OpenInvitation;

async fn open_invitation(state: &AppState, token: &str) -> Result<Option<Invitation>, sqlx::Error> {
    store::open_invitation(&state.db, &hash_token(token), Utc::now()).await
}

/// What accepting an invitation means for the address it was sent to.
enum Invitee {
    /// Nobody has an account with this address: one is created.
    New,
    /// The address has an account, and the reader is signed in as it: the
    /// role is added, nothing else about the account changes.
    SignedIn(i64),
    /// The address has an account, and the reader is not signed in as it:
    /// they must sign in first. Accepting never sets a password or a second
    /// factor on an existing account.
    MustSignIn,
    /// The account was deactivated; an invitation does not bring it back.
    Deactivated,
}

async fn invitee(ctx: &PageCtx, state: &AppState, invitation: &Invitation) -> Result<Invitee, AppError> {
    Ok(match store::account_state_by_email(&state.db, &invitation.email).await? {
        None => Invitee::New,
        Some((_, false)) => Invitee::Deactivated,
        Some((id, true)) if ctx.account().is_some_and(|a| a.id == id) => Invitee::SignedIn(id),
        Some(_) => Invitee::MustSignIn,
    })
}

#[derive(Template)]
#[template(path = "accept.html")]
struct AcceptPage {
    shell: Shell,
    token: String,
    name: String,
    email: String,
    role: String,
    /// new, signed_in, must_sign_in or deactivated.
    case: &'static str,
    errors: FieldErrors,
}

fn invitation_gone(ctx: &PageCtx) -> AppError {
    ctx.error(StatusCode::NOT_FOUND, "accept-gone-title", "accept-gone-message")
}

fn accept_page(
    ctx: &PageCtx,
    token: String,
    invitation: Invitation,
    case: &Invitee,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let case = match case {
        Invitee::New => "new",
        Invitee::SignedIn(_) => "signed_in",
        Invitee::MustSignIn => "must_sign_in",
        Invitee::Deactivated => "deactivated",
    };
    let status = match (case, errors.is_empty()) {
        ("deactivated", _) => StatusCode::FORBIDDEN,
        (_, false) => StatusCode::UNPROCESSABLE_ENTITY,
        _ => StatusCode::OK,
    };
    let page = AcceptPage {
        shell: ctx.shell(ctx.tr.t("accept-title")),
        token,
        role: Role::name_of(&invitation.role, ctx.tr),
        name: invitation.full_name,
        email: invitation.email,
        case,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn accept_form(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let Some(invitation) = open_invitation(&state, &token).await? else {
        return Err(invitation_gone(&ctx));
    };
    let ctx = in_invitation_language(ctx, &invitation);
    let case = invitee(&ctx, &state, &invitation).await?;
    accept_page(&ctx, token, invitation, &case, FieldErrors::default())
}

/// The invitation's language, unless the visitor has chosen one.
fn in_invitation_language(ctx: PageCtx, invitation: &Invitation) -> PageCtx {
    match i18n().get(&invitation.locale) {
        Some(tr) if !ctx.lang_chosen => PageCtx { tr, ..ctx },
        _ => ctx,
    }
}

#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

/// Marks the invitation used, once: of several acceptances at the same
/// moment only one finds it open, the others change nothing.
async fn claim(tx: &mut platform::Tx, invitation: &Invitation, now: DateTime<Utc>) -> Result<bool, sqlx::Error> {
    store::claim_invitation(tx, invitation.id, now).await
}

pub async fn accept(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(token): Path<String>,
    Form(form): Form<AcceptForm>,
) -> Result<Response, AppError> {
    let Some(invitation) = open_invitation(&state, &token).await? else {
        return Err(invitation_gone(&ctx));
    };
    let ctx = in_invitation_language(ctx, &invitation);
    let now = Utc::now();
    match invitee(&ctx, &state, &invitation).await? {
        Invitee::SignedIn(account_id) => {
            let mut tx = state.db.begin().await?;
            if !claim(&mut tx, &invitation, now).await? {
                return Err(invitation_gone(&ctx));
            }
            let person_id = store::person_of(&mut tx, account_id).await?;
            let audit_ctx = ctx.audit();
            take_up(&mut tx, &state.site.public_url, &audit_ctx, &invitation, account_id, person_id, now).await?;
            tx.commit().await?;
            Ok(platform::web::flash::redirect("/", "flash-invitation-accepted"))
        }
        case @ (Invitee::MustSignIn | Invitee::Deactivated) => {
            accept_page(&ctx, token, invitation, &case, FieldErrors::default())
        }
        Invitee::New => create_account(ctx, state, token, invitation, form, now).await,
    }
}

/// A new account for the invited address, with its password; the session
/// starts at the second-factor setup when the role demands one.
async fn create_account(
    ctx: PageCtx,
    state: AppState,
    token: String,
    invitation: Invitation,
    form: AcceptForm,
    now: DateTime<Utc>,
) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let mut errors = FieldErrors::default();
    if let Err(weakness) = password::check_rules(&form.password, &invitation.email) {
        errors.add("password", tr.t1(weakness.message_id(), "min", password::MIN_LENGTH as i64));
    } else if form.password != form.confirm {
        errors.add("confirm", tr.t("accept-confirm-mismatch"));
    }
    if !errors.is_empty() {
        return accept_page(&ctx, token, invitation, &Invitee::New, errors);
    }
    let hash = password::hash(form.password.clone()).await?;
    let role = Role::from_key(&invitation.role).unwrap_or(Role::MunicipalStaff);
    let mut tx = state.db.begin().await?;
    if !claim(&mut tx, &invitation, now).await? {
        return Err(invitation_gone(&ctx));
    }
    let person = directory::records::add_person(&mut tx, &invitation.full_name, Some(&invitation.email)).await?;
    let account_id =
        store::create_account(&mut tx, person, &invitation.email, Some(&hash), Some(&invitation.locale), false, now)
            .await?;
    let audit_ctx = AuditCtx { actor: format!("account:{account_id}"), request_id: ctx.request_id.clone() };
    take_up(&mut tx, &state.site.public_url, &audit_ctx, &invitation, account_id, person, now).await?;
    let stage = if role.requires_totp() { STAGE_TOTP_SETUP } else { STAGE_FULL };
    let session_token = session::create(&mut tx, account_id, stage, now).await?;
    tx.commit().await?;
    let to = if stage == STAGE_FULL { "/" } else { "/account/totp?next=/" };
    Ok(([(header::SET_COOKIE, session::cookie(state.site.https, &session_token))], Redirect::to(to)).into_response())
}

/// The invited role (and position, handed over) for an account, audited.
async fn take_up(
    tx: &mut platform::Tx,
    public_url: &str,
    audit_ctx: &AuditCtx,
    invitation: &Invitation,
    account_id: i64,
    person_id: i64,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let today = now.date_naive();
    let role = Role::from_key(&invitation.role).unwrap_or(Role::MunicipalStaff);
    if let Some(position_id) = invitation.position_id {
        let ended = store::hand_over(tx, position_id, person_id, today, now).await?;
        let event = Event {
            action: "position.handover",
            object_type: "position",
            object_id: position_id.to_string(),
            place_id: invitation.place_id,
            summary: format!("new holder from {today}; {ended} previous holder(s) ended"),
        };
        audit::append(tx, audit_ctx, event).await?;
    }
    let grant = NewGrant {
        role: role.key(),
        place_id: invitation.place_id,
        institution_id: invitation.institution_id,
        position_id: invitation.position_id,
    };
    store::add_grant(tx, account_id, &grant, invitation.invited_by, now).await?;
    store::link_invitation(tx, invitation.id, account_id).await?;
    if let Some(inviter) = invitation.invited_by {
        let note = platform::notify::Note {
            kind: platform::notify::Kind::InvitationAccepted,
            args: vec![("subject", invitation.full_name.clone())],
            link: "/admin/accounts".into(),
        };
        platform::notify::send(tx, public_url, &[inviter], &note).await?;
    }
    let event = Event {
        action: "invitation.accept",
        object_type: "invitation",
        object_id: invitation.id.to_string(),
        place_id: invitation.place_id,
        summary: format!("account {account_id} takes up role {}", role.key()),
    };
    audit::append(tx, audit_ctx, event).await?;
    Ok(())
}
