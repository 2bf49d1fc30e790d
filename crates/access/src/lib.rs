//! Access: signing in with a second factor, invitations to positions,
//! one's own account and API tokens, and the administrators' pages for
//! accounts, the mail outbox and the audit log.

mod accounts;
mod admin;
mod invitations;
mod language;
mod notifications_pages;
mod password_pages;
mod password_store;
mod signin;
pub mod store;

pub mod demo;
pub mod tables;
pub mod work;

pub use tables::TABLES;

use platform::policy::Action;
use platform::web::{NavEntry, Routes, Target};

pub fn routes() -> Routes {
    use Action::*;
    use Target::*;
    Routes::new()
        .merge(notifications_pages::routes())
        .merge(password_pages::routes())
        .get("/login", ViewPublic, SignIn, signin::login_form)
        .post("/login", ViewPublic, SignIn, signin::login)
        .get("/login/totp", ViewPublic, SignIn, signin::totp_form)
        .post("/login/totp", ViewPublic, SignIn, signin::totp)
        .post("/logout", ViewPublic, SignIn, signin::logout)
        .post("/language", ViewPublic, Public, language::choose)
        .get("/account", ManageOwnAccount, OwnAccount, accounts::account_page)
        .get("/account/totp", ManageOwnAccount, OwnAccount, accounts::totp_setup_form)
        .post("/account/totp", ManageOwnAccount, OwnAccount, accounts::totp_setup)
        .post("/account/sessions/revoke", ManageOwnAccount, OwnAccount, accounts::revoke_own_sessions)
        .post("/account/tokens", ManageOwnAccount, OwnAccount, accounts::create_token)
        .post("/account/tokens/{id}/revoke", ManageOwnAccount, OwnAccount, accounts::revoke_token)
        .get("/places/{code}/invite", InvitePeople, Place, invitations::invite_form)
        .post("/places/{code}/invite", InvitePeople, Place, invitations::invite)
        .get("/invitations/{token}", ViewPublic, SignIn, invitations::accept_form)
        .post("/invitations/{token}", ViewPublic, SignIn, invitations::accept)
        .get("/admin/accounts", ManageAccounts, Instance, admin::accounts_page)
        .post("/admin/accounts/{id}/deactivate", ManageAccounts, Instance, admin::deactivate)
        .post("/admin/accounts/{id}/revoke-sessions", ManageAccounts, Instance, admin::revoke_sessions)
        .get("/admin/outbox", ViewOutbox, Instance, admin::outbox_page)
        .get("/admin/audit", ViewAudit, Instance, admin::audit_page)
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
