//! Access: signing in with a second factor, invitations to positions,
//! one's own account and API tokens, and the administrators' pages for
//! accounts, the mail outbox and the audit log.

mod accounts;
mod admin;
mod invitations;
mod language;
mod signin;
pub mod store;

pub mod demo;
pub mod tables;

pub use tables::TABLES;

use axum::routing::{get, post};
use axum::Router;
use platform::policy::Action;
use platform::web::{route, AppState, NavEntry, RoutePolicy, Target};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/login", get(signin::login_form).post(signin::login))
        .route("/login/totp", get(signin::totp_form).post(signin::totp))
        .route("/logout", post(signin::logout))
        .route("/language", post(language::choose))
        .route("/account", get(accounts::account_page))
        .route("/account/totp", get(accounts::totp_setup_form).post(accounts::totp_setup))
        .route("/account/sessions/revoke", post(accounts::revoke_own_sessions))
        .route("/account/tokens", post(accounts::create_token))
        .route("/account/tokens/{id}/revoke", post(accounts::revoke_token))
        .route("/places/{code}/invite", get(invitations::invite_form).post(invitations::invite))
        .route("/invitations/{token}", get(invitations::accept_form).post(invitations::accept))
        .route("/admin/accounts", get(admin::accounts_page))
        .route("/admin/accounts/{id}/deactivate", post(admin::deactivate))
        .route("/admin/accounts/{id}/revoke-sessions", post(admin::revoke_sessions))
        .route("/admin/outbox", get(admin::outbox_page))
        .route("/admin/audit", get(admin::audit_page))
}

pub fn policies() -> Vec<RoutePolicy> {
    use Action::*;
    use Target::*;
    vec![
        route("GET", "/login", ViewPublic, SignIn),
        route("POST", "/login", ViewPublic, SignIn),
        route("GET", "/login/totp", ViewPublic, SignIn),
        route("POST", "/login/totp", ViewPublic, SignIn),
        route("POST", "/logout", ViewPublic, SignIn),
        route("POST", "/language", ViewPublic, Public),
        route("GET", "/account", ManageOwnAccount, OwnAccount),
        route("GET", "/account/totp", ManageOwnAccount, OwnAccount),
        route("POST", "/account/totp", ManageOwnAccount, OwnAccount),
        route("POST", "/account/sessions/revoke", ManageOwnAccount, OwnAccount),
        route("POST", "/account/tokens", ManageOwnAccount, OwnAccount),
        route("POST", "/account/tokens/{id}/revoke", ManageOwnAccount, OwnAccount),
        route("GET", "/places/{code}/invite", InvitePeople, Place),
        route("POST", "/places/{code}/invite", InvitePeople, Place),
        route("GET", "/invitations/{token}", ViewPublic, SignIn),
        route("POST", "/invitations/{token}", ViewPublic, SignIn),
        route("GET", "/admin/accounts", ManageAccounts, Instance),
        route("POST", "/admin/accounts/{id}/deactivate", ManageAccounts, Instance),
        route("POST", "/admin/accounts/{id}/revoke-sessions", ManageAccounts, Instance),
        route("GET", "/admin/outbox", ViewOutbox, Instance),
        route("GET", "/admin/audit", ViewAudit, Instance),
    ]
}

pub fn nav() -> Vec<NavEntry> {
    vec![
        NavEntry {
            href: "/admin/accounts",
            label: "nav-accounts",
            section: "/admin/accounts",
            action: Action::ManageAccounts,
        },
        NavEntry { href: "/admin/outbox", label: "nav-outbox", section: "/admin/outbox", action: Action::ViewOutbox },
        NavEntry { href: "/admin/audit", label: "nav-audit", section: "/admin/audit", action: Action::ViewAudit },
    ]
}
