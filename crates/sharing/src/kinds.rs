//! The kinds of notice, their fields, their retention, and the TLP 2.0 labels.

use std::collections::BTreeMap;

platform::text_enum! {
    /// What a notice is about; each kind has its own fields and retention.
    pub enum Kind, messages "notice-kind" {
        /// The return of a person or family to a municipality.
        Return = "return",
        /// A threat or risk situation affecting a community.
        Threat = "threat",
        /// A national programme or call relevant to the municipality.
        Programme = "programme",
        /// A municipality's request for information to the national level.
        Request = "request",
    }
}

impl Kind {
    /// Days after which the content is purged.
    pub fn retention_days(self) -> i64 {
        match self {
            Kind::Return => 180,
            Kind::Threat | Kind::Request => 90,
            Kind::Programme => 365,
        }
    }

    /// A request goes up, from a receiving position to the channel's sender.
    pub fn upward(self) -> bool {
        self == Kind::Request
    }
}

platform::text_enum! {
    /// Where a notice stands between its sender and its recipients.
    pub enum NoticeState, messages "notice-state" {
        Sent = "sent",
        /// Someone holding a receiving position was told.
        Delivered = "delivered",
        Acknowledged = "acknowledged",
        /// A preparation plan was filed in response.
        Responded = "responded",
        Closed = "closed",
        Withdrawn = "withdrawn",
    }
}

impl NoticeState {
    /// The recipients have yet to acknowledge it.
    pub fn awaits_acknowledgement(self) -> bool {
        matches!(self, NoticeState::Sent | NoticeState::Delivered)
    }

    /// Acknowledged: a plan can be filed, or filed again.
    pub fn takes_plan(self) -> bool {
        matches!(self, NoticeState::Acknowledged | NoticeState::Responded)
    }

    pub fn is_open(self) -> bool {
        !matches!(self, NoticeState::Closed | NoticeState::Withdrawn)
    }

    /// The sender can still withdraw it: no plan has been filed on it.
    pub fn withdrawable(self) -> bool {
        self.is_open() && self != NoticeState::Responded
    }

    pub fn may_move_to(self, to: NoticeState) -> bool {
        match to {
            NoticeState::Sent => false,
            NoticeState::Delivered => self == NoticeState::Sent,
            NoticeState::Acknowledged => self.awaits_acknowledgement(),
            NoticeState::Responded => self.takes_plan(),
            NoticeState::Closed => self.is_open(),
            NoticeState::Withdrawn => self.withdrawable(),
        }
    }

    /// Whether the move is made by a recipient (rather than the sender).
    pub fn moved_by_recipient(self) -> bool {
        matches!(self, NoticeState::Acknowledged | NoticeState::Responded)
    }

    /// The column that records when the notice reached this state.
    pub fn time_column(self) -> &'static str {
        match self {
            NoticeState::Acknowledged => "acknowledged_at",
            NoticeState::Responded => "responded_at",
            _ => "closed_at",
        }
    }

    /// What the other side is told when the notice reaches this state.
    pub fn told(self) -> platform::notify::Kind {
        match self {
            NoticeState::Acknowledged => platform::notify::Kind::NoticeAcknowledged,
            NoticeState::Responded => platform::notify::Kind::PlanFiled,
            _ => platform::notify::Kind::NoticeClosed,
        }
    }

    /// The audit action and the confirmation shown after the move.
    pub fn action_and_flash(self) -> (&'static str, &'static str) {
        match self {
            NoticeState::Acknowledged => ("notice.acknowledge", "flash-notice-acknowledged"),
            NoticeState::Responded => ("notice.respond", "flash-notice-plan-filed"),
            NoticeState::Closed => ("notice.close", "flash-notice-closed"),
            _ => ("notice.withdraw", "flash-notice-withdrawn"),
        }
    }
}

/// TLP 2.0 labels, most restrictive first. Labels stay in English.
pub const TLP: [&str; 5] = ["TLP:RED", "TLP:AMBER+STRICT", "TLP:AMBER", "TLP:GREEN", "TLP:CLEAR"];

/// The more restrictive of two labels: what a combined or forwarded notice carries.
pub fn most_restrictive<'a>(a: &'a str, b: &'a str) -> &'a str {
    let rank = |l: &str| TLP.iter().position(|t| *t == l).unwrap_or(0);
    if rank(a) <= rank(b) {
        a
    } else {
        b
    }
}

/// The Fluent id of a label's FIRST definition.
pub fn tlp_definition_key(label: &str) -> String {
    format!("tlp-def-{}", label.trim_start_matches("TLP:").to_lowercase().replace('+', "-"))
}

platform::text_enum! {
    /// The services a municipality is asked to prepare for a return.
    pub enum Preparation, messages "notice-prepare" {
        Schooling = "schooling",
        Health = "health",
        Psychosocial = "psychosocial",
        SocialWelfare = "social_welfare",
        Housing = "housing",
    }
}

/// A notice's content: field name to value. Sealed as JSON.
pub type Content = BTreeMap<String, String>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_moves_only_forward() {
        use NoticeState::*;
        assert!(Sent.may_move_to(Acknowledged) && Delivered.may_move_to(Acknowledged));
        assert!(!Acknowledged.may_move_to(Acknowledged), "acknowledged once");
        assert!(Acknowledged.may_move_to(Responded) && Responded.may_move_to(Responded));
        assert!(!Responded.may_move_to(Withdrawn), "a plan filed cannot be withdrawn from");
        assert!(!Closed.may_move_to(Closed) && !Withdrawn.may_move_to(Closed));
        assert!(ALL_STATES.iter().all(|s| !s.may_move_to(Sent)));
    }

    const ALL_STATES: &[NoticeState] = NoticeState::ALL;

    #[test]
    fn the_most_restrictive_label_wins() {
        assert_eq!(most_restrictive("TLP:GREEN", "TLP:AMBER"), "TLP:AMBER");
        assert_eq!(most_restrictive("TLP:RED", "TLP:CLEAR"), "TLP:RED");
        assert_eq!(most_restrictive("TLP:AMBER+STRICT", "TLP:AMBER"), "TLP:AMBER+STRICT");
        assert_eq!(tlp_definition_key("TLP:AMBER+STRICT"), "tlp-def-amber-strict");
    }
}
