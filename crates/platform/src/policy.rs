//! Authorization, in one function: [`can`]. Every handler calls it with the
//! action it is about to take and the resource it would take it on. Lists
//! that hold restricted records select only the actor's own in SQL (notices
//! by the positions a person holds) or are checked record by record.

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

    /// The message naming the role.
    pub fn message_id(self) -> &'static str {
        match self {
            Role::HubAdmin => "role-hub_admin",
            Role::HubStaff => "role-hub_staff",
            Role::NationalCoordinator => "role-national_coordinator",
            Role::SecurityLiaison => "role-security_liaison",
            Role::FocalPoint => "role-focal_point",
            Role::MunicipalStaff => "role-municipal_staff",
            Role::Expert => "role-expert",
            Role::Partner => "role-partner",
            Role::CivilSociety => "role-civil_society",
        }
    }

    /// The name of a role stored as text; an unknown key is shown as it is.
    pub fn name_of(key: &str, tr: crate::i18n::Tr) -> String {
        Role::from_key(key).map_or_else(|| key.to_string(), |role| tr.t(role.message_id()))
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
    /// Produce or erase a person's data on their written request, and set
    /// retention periods: administrators only.
    ManagePersonalData,
    /// One's own settings, second factor and API tokens.
    ManageOwnAccount,
    /// Define information-sharing channels in a country.
    ManageChannels,
    /// See per-channel counts (never content).
    ViewSharingStats,
    /// See that notices exist (kind, label, state, times), not their content.
    ViewNoticeMeta,
    /// Send a notice on a channel: by holding its sending position.
    SendNotice,
    /// Read a notice's content and act on it: by holding one of its positions.
    ReadNotice,
    /// Open one's own notices page.
    UseSharing,
    /// Edit a country's roles matrix.
    EditRolesMatrix,
    /// Open and reopen assessment rounds.
    ManageRounds,
    /// Fill in a municipality's assessment.
    FillAssessment,
    /// See a municipality's own answers.
    ViewAnswers,
    /// See aggregates without small-number suppression.
    ViewUnsuppressed,
    /// Run a municipality's resilience study: create it, import responses,
    /// set weights, indicators and notes.
    ManageStudy,
    /// See a study's respondent-level data: its owners only.
    ViewRespondents,
    /// Ask the hub, apply to the fund, log volunteer hours: for a municipality.
    RequestSupport,
    /// See a municipality's requests and applications.
    ViewSupport,
    /// Run the helpdesk, the expert pool, the fund and the work plans.
    ManageSupport,
    /// Work on what one was assigned: an expert's assignment, a reviewer's
    /// review (the resource is the assigned account).
    DoAssignedWork,
    /// Propose a good practice or a translation: any signed-in person.
    ContributeKnowledge,
    /// Review and publish practices and confirm translations.
    ReviewKnowledge,
    /// Publish a programme or call for the countries one's grant reaches.
    PublishProgramme,
    /// Report the progress of a work-plan activity: the hub for any
    /// activity (the resource is the plan's country), and whoever holds
    /// the position that owns an activity (the resource is that position).
    ReportActivity,
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
    /// A channel, by its sending position and its country's place chain.
    Channel { sender: i64, path: &'a [i64] },
    /// A notice, by the positions taking part in it (sender, recipients, and
    /// whoever it has escalated to), and its country's place chain.
    Notice { participants: &'a [i64], path: &'a [i64] },
    /// A position in an institution, such as the owner of an activity.
    Position { id: i64 },
    /// A municipality's named answers to an assessment, with the audience
    /// the municipality chose for them.
    Answers { path: &'a [i64], audience: Audience },
}

crate::text_enum! {
    /// Who a municipality lets see its named answers; each audience
    /// includes the ones before it (the hub always sees them).
    pub enum Audience, messages "audience" {
        Hub = "hub",
        National = "national",
        Partners = "partners",
        Public = "public",
    }
}

impl Audience {
    /// The message saying what choosing this audience means.
    pub fn explained_id(self) -> &'static str {
        match self {
            Audience::Hub => "audience-hub-explained",
            Audience::National => "audience-national-explained",
            Audience::Partners => "audience-partners-explained",
            Audience::Public => "audience-public-explained",
        }
    }

    /// Whether this choice reaches `other`'s readers too.
    pub fn includes(self, other: Audience) -> bool {
        let rank = |a: Audience| Audience::ALL.iter().position(|x| *x == a).unwrap_or(0);
        rank(self) >= rank(other)
    }
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
        Resource::Instance | Resource::Account { .. } | Resource::Position { .. } => false,
        Resource::Answers { path, .. } => grant.place_id.is_some_and(|p| path.contains(&p)),
        Resource::Place { path } | Resource::Channel { path, .. } | Resource::Notice { path, .. } => {
            grant.place_id.is_some_and(|p| path.contains(&p))
        }
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
        Action::ManageChannels => &[Role::NationalCoordinator],
        Action::EditRolesMatrix => &[Role::HubStaff, Role::NationalCoordinator],
        Action::ManageRounds | Action::ViewUnsuppressed => &[Role::HubStaff],
        Action::FillAssessment => &[Role::FocalPoint, Role::MunicipalStaff],
        Action::ViewAnswers => &[Role::HubStaff, Role::FocalPoint, Role::MunicipalStaff],
        Action::ViewSharingStats => &[Role::HubStaff, Role::NationalCoordinator],
        Action::ViewNoticeMeta => &[Role::HubStaff],
        Action::ManageStudy | Action::ViewRespondents | Action::RequestSupport => {
            &[Role::FocalPoint, Role::MunicipalStaff]
        }
        Action::ViewSupport => &[Role::HubStaff, Role::FocalPoint, Role::MunicipalStaff],
        Action::ManageSupport | Action::ReviewKnowledge | Action::ReportActivity => &[Role::HubStaff],
        Action::PublishProgramme => &[Role::HubStaff, Role::NationalCoordinator],
        _ => &[],
    }
}

pub fn can(actor: &Actor, action: Action, resource: &Resource) -> Decision {
    if action == Action::ViewPublic {
        return Decision::Allow;
    }
    // Answers a municipality made public are anyone's to read.
    if action == Action::ViewAnswers && matches!(resource, Resource::Answers { audience: Audience::Public, .. }) {
        return Decision::Allow;
    }
    let Some(account) = actor.account() else {
        return Decision::SignIn;
    };
    // Notice content belongs to the positions taking part, whoever else may
    // administer the instance; and it needs the second factor.
    let second_factor = account.totp_enabled || account.demo;
    // Respondents' answers belong to the study's owners in the municipality.
    let beyond_admins =
        matches!(action, Action::ReadNotice | Action::SendNotice | Action::UseSharing | Action::ViewRespondents);
    if account.has_role(Role::HubAdmin) && action != Action::ManageOwnAccount && !beyond_admins {
        return Decision::Allow;
    }
    let allowed = match action {
        Action::ViewPublic => true,
        // Named answers: the municipality and the hub always; the national
        // coordinators of its country and partners when it chose so.
        Action::ViewAnswers if matches!(resource, Resource::Answers { .. }) => {
            let Resource::Answers { audience, .. } = resource else { return Decision::Deny };
            account.grants.iter().any(|g| {
                let here = reaches(g, resource);
                (here && scoped_roles(action).contains(&g.role))
                    || (here && g.role == Role::NationalCoordinator && audience.includes(Audience::National))
                    || (g.role == Role::Partner && audience.includes(Audience::Partners))
            })
        }
        Action::ManageOwnAccount => matches!(resource, Resource::Account { id } if *id == account.id),
        Action::ManageAccounts | Action::ViewAudit | Action::ViewOutbox | Action::ManagePersonalData => false,
        Action::UseSharing => !account.positions.is_empty(),
        Action::DoAssignedWork => matches!(resource, Resource::Account { id } if *id == account.id),
        Action::ReportActivity if matches!(resource, Resource::Position { .. }) => {
            matches!(resource, Resource::Position { id } if account.positions.contains(id))
        }
        Action::ContributeKnowledge => true,
        Action::SendNotice => {
            second_factor && matches!(resource, Resource::Channel { sender, .. } if account.positions.contains(sender))
        }
        Action::ReadNotice => {
            second_factor
                && matches!(resource, Resource::Notice { participants, .. } if participants.iter().any(|p| account.positions.contains(p)))
        }
        Action::ViewPeople
        | Action::EditDirectory
        | Action::InvitePeople
        | Action::ManageChannels
        | Action::ViewSharingStats
        | Action::ViewNoticeMeta
        | Action::EditRolesMatrix
        | Action::ManageRounds
        | Action::FillAssessment
        | Action::ViewAnswers
        | Action::ViewUnsuppressed
        | Action::ManageStudy
        | Action::ViewRespondents
        | Action::RequestSupport
        | Action::ViewSupport
        | Action::ManageSupport
        | Action::ReviewKnowledge
        | Action::PublishProgramme
        | Action::ReportActivity => {
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
