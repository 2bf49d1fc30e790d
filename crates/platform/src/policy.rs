//! Authorization, in one function: [`can`]. Every handler calls it with the
//! action it is about to take and the resource it would take it on; lists
//! narrow their SQL with [`place_scope`] so counts and exports leak nothing
//! either.

use crate::auth::Actor;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    HubAdmin,
    HubStaff,
    NationalCoordinator,
    SecurityLiaison,
    FocalPoint,
    MunicipalStaff,
    Expert,
    Partner,
    CivilSociety,
}

impl Role {
    pub const ALL: [Role; 9] = [
        Role::HubAdmin,
        Role::HubStaff,
        Role::NationalCoordinator,
        Role::SecurityLiaison,
        Role::FocalPoint,
        Role::MunicipalStaff,
        Role::Expert,
        Role::Partner,
        Role::CivilSociety,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Role::HubAdmin => "hub_admin",
            Role::HubStaff => "hub_staff",
            Role::NationalCoordinator => "national_coordinator",
            Role::SecurityLiaison => "security_liaison",
            Role::FocalPoint => "focal_point",
            Role::MunicipalStaff => "municipal_staff",
            Role::Expert => "expert",
            Role::Partner => "partner",
            Role::CivilSociety => "civil_society",
        }
    }

    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }

    /// Hub administrators and every role that sends or receives
    /// information-sharing notices must use a second factor.
    pub fn requires_totp(self) -> bool {
        matches!(self, Role::HubAdmin | Role::NationalCoordinator | Role::SecurityLiaison | Role::FocalPoint)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Anything published: places, institutions, positions.
    ViewPublic,
    /// Who holds which position at a place: personal data.
    ViewPeople,
    /// Change the directory (import places or institutions, hand over positions).
    EditDirectory,
    /// Invite a person to a position and role.
    InvitePeople,
    /// Deactivate accounts, revoke sessions, grant roles.
    ManageAccounts,
    ViewAudit,
    ViewOutbox,
    /// One's own settings, second factor and API tokens.
    ManageOwnAccount,
}

/// What an action is taken on.
#[derive(Clone, Copy, Debug)]
pub enum Resource<'a> {
    /// The instance as a whole (administration pages).
    Instance,
    /// A place, given by its chain of place ids from the top down to itself.
    Place { path: &'a [i64] },
    /// An institution and the place chain of where it stands.
    Institution { id: i64, path: &'a [i64] },
    /// A user's own account.
    Account { id: i64 },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Not signed in: signing in may help.
    SignIn,
    /// Signed in, and still not allowed.
    Deny,
}

impl Decision {
    pub fn allowed(self) -> bool {
        self == Decision::Allow
    }
}

/// Whether a grant reaches a resource: a place grant covers the place and
/// everything below it; an institution grant covers that institution.
fn reaches(grant: &crate::auth::Grant, resource: &Resource) -> bool {
    match resource {
        Resource::Instance | Resource::Account { .. } => false,
        Resource::Place { path } => grant.place_id.is_some_and(|p| path.contains(&p)),
        Resource::Institution { id, path } => {
            grant.institution_id == Some(*id) || grant.place_id.is_some_and(|p| path.contains(&p))
        }
    }
}

/// The roles that may take `action` when their grant reaches the resource.
fn scoped_roles(action: Action) -> &'static [Role] {
    match action {
        Action::ViewPeople => &[Role::HubStaff, Role::NationalCoordinator, Role::FocalPoint, Role::MunicipalStaff],
        Action::EditDirectory | Action::InvitePeople => &[Role::HubStaff],
        _ => &[],
    }
}

pub fn can(actor: &Actor, action: Action, resource: &Resource) -> Decision {
    if action == Action::ViewPublic {
        return Decision::Allow;
    }
    let Some(account) = actor.account() else {
        return Decision::SignIn;
    };
    if account.has_role(Role::HubAdmin) && action != Action::ManageOwnAccount {
        return Decision::Allow;
    }
    let allowed = match action {
        Action::ViewPublic => true,
        Action::ManageOwnAccount => matches!(resource, Resource::Account { id } if *id == account.id),
        Action::ManageAccounts | Action::ViewAudit | Action::ViewOutbox => false,
        Action::ViewPeople | Action::EditDirectory | Action::InvitePeople => {
            let roles = scoped_roles(action);
            account.grants.iter().any(|g| roles.contains(&g.role) && reaches(g, resource))
        }
    };
    if allowed {
        Decision::Allow
    } else {
        Decision::Deny
    }
}

/// The places under which an actor may take `action`, for narrowing lists
/// in SQL: `None` means everywhere, an empty list nowhere.
pub fn place_scope(actor: &Actor, action: Action) -> Option<Vec<i64>> {
    match actor.account() {
        _ if action == Action::ViewPublic => None,
        None => Some(Vec::new()),
        Some(account) if account.has_role(Role::HubAdmin) => None,
        Some(account) => {
            let roles = scoped_roles(action);
            Some(account.grants.iter().filter(|g| roles.contains(&g.role)).filter_map(|g| g.place_id).collect())
        }
    }
}
