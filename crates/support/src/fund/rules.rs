//! The fund's rules, apart from storage and pages: where an application
//! stands and where it may go, who is eligible, and how a review scores.

use chrono::NaiveDate;
use platform::money::Eur;
use serde::{Deserialize, Serialize};

/// At least this many reviews without a conflict of interest before a decision.
pub const MIN_REVIEWS: usize = 2;

/// The highest score a reviewer gives a criterion.
pub const MAX_SCORE: u8 = 10;

platform::text_enum! {
    /// Where an application stands. States only move forward:
    /// submitted → eligible | ineligible; eligible → in review → a decision;
    /// waitlisted → approved | approved with conditions | rejected;
    /// approved (with conditions) → agreement → completed.
    pub enum Stage, messages "support-app-state" {
        Submitted = "submitted",
        Eligible = "eligible",
        Ineligible = "ineligible",
        InReview = "in_review",
        Approved = "approved",
        ApprovedWithConditions = "approved_with_conditions",
        Rejected = "rejected",
        Waitlisted = "waitlisted",
        Agreement = "agreement",
        Completed = "completed",
    }
}

platform::text_enum! {
    /// What the hub decides after the reviews.
    pub enum Decision, messages "support-app-state" {
        Approved = "approved",
        ApprovedWithConditions = "approved_with_conditions",
        Rejected = "rejected",
        Waitlisted = "waitlisted",
    }
}

platform::text_enum! {
    /// The reports a funded project owes.
    pub enum ReportKind, messages "support-report" {
        Interim = "interim",
        Final = "final",
    }
}

impl Decision {
    pub fn stage(self) -> Stage {
        match self {
            Decision::Approved => Stage::Approved,
            Decision::ApprovedWithConditions => Stage::ApprovedWithConditions,
            Decision::Rejected => Stage::Rejected,
            Decision::Waitlisted => Stage::Waitlisted,
        }
    }
}

impl Stage {
    pub fn may_move_to(self, to: Stage) -> bool {
        use Stage::*;
        matches!(
            (self, to),
            (Submitted, Eligible | Ineligible)
                | (Eligible, InReview)
                | (InReview, Approved | ApprovedWithConditions | Rejected | Waitlisted)
                | (Waitlisted, Approved | ApprovedWithConditions | Rejected)
                | (Approved | ApprovedWithConditions, Agreement)
                | (Agreement, Completed)
        )
    }

    /// Whether the application's amount counts against the call's budget
    /// (the same states as `store::COMMITTED_SQL`).
    pub fn commits(self) -> bool {
        matches!(self, Stage::Approved | Stage::ApprovedWithConditions | Stage::Agreement | Stage::Completed)
    }

    /// Whether reviewers may score now.
    pub fn in_review(self) -> bool {
        self == Stage::InReview
    }

    /// Whether the hub may decide now (given enough reviews).
    pub fn awaits_decision(self) -> bool {
        matches!(self, Stage::InReview | Stage::Waitlisted)
    }

    /// Approved and not yet under agreement: the agreement can be signed.
    pub fn awaits_agreement(self) -> bool {
        matches!(self, Stage::Approved | Stage::ApprovedWithConditions)
    }

    /// Under agreement: tranches and reports are planned and paid.
    pub fn under_agreement(self) -> bool {
        self == Stage::Agreement
    }

    /// Approved at some point: the project is carried out.
    pub fn funded(self) -> bool {
        self.commits()
    }
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Criterion {
    pub name: String,
    pub weight: f64,
}

/// Why an application is not eligible: a message id and its argument.
pub type Reason = (&'static str, String);

/// What eligibility is judged on.
pub struct Eligibility<'a> {
    pub deadline: NaiveDate,
    pub countries: &'a [String],
    pub max_amount: Eur,
    pub country: &'a str,
    pub amount: Eur,
    pub assessed_needs: &'a [String],
    pub need: &'a str,
    pub today: NaiveDate,
}

/// Every reason an application is not eligible; empty when it is. The
/// amounts are given as the reader writes them.
pub fn ineligible(e: &Eligibility, show: impl Fn(Eur) -> String) -> Vec<Reason> {
    let mut reasons = Vec::new();
    if e.today > e.deadline {
        reasons.push(("support-ineligible-deadline", e.deadline.to_string()));
    }
    if !e.countries.is_empty() && !e.countries.iter().any(|c| c == e.country) {
        reasons.push(("support-ineligible-country", e.countries.join(", ")));
    }
    if e.amount > e.max_amount {
        reasons.push(("support-ineligible-amount", show(e.max_amount)));
    }
    if !e.assessed_needs.iter().any(|n| n == e.need) {
        reasons.push(("support-ineligible-need", e.need.to_string()));
    }
    reasons
}

/// The weighted score of a review on 0–10.
pub fn weighted(criteria: &[Criterion], scores: &[f64]) -> Option<f64> {
    let total: f64 = criteria.iter().map(|c| c.weight).sum();
    (total > 0.0 && scores.len() == criteria.len())
        .then(|| criteria.iter().zip(scores).map(|(c, s)| c.weight * s).sum::<f64>() / total)
}

/// Criteria typed one per line as `name, weight`.
pub fn parse_criteria(text: &str) -> Option<Vec<Criterion>> {
    let criteria: Option<Vec<Criterion>> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let (name, weight) = line.rsplit_once(',')?;
            let weight = weight.trim().replace(',', ".").parse::<f64>().ok().filter(|w| *w > 0.0 && *w <= 100.0)?;
            (!name.trim().is_empty()).then(|| Criterion { name: name.trim().to_string(), weight })
        })
        .collect();
    criteria.filter(|c| !c.is_empty() && c.len() <= 20)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_only_move_forward() {
        use Stage::*;
        assert!(Submitted.may_move_to(Eligible));
        assert!(InReview.may_move_to(Waitlisted) && Waitlisted.may_move_to(Approved));
        assert!(!Approved.may_move_to(InReview));
        assert!(!Rejected.may_move_to(Approved));
        assert!(!Ineligible.may_move_to(InReview));
        assert!(!Eligible.may_move_to(Approved), "a decision needs a review first");
        for stage in Stage::ALL {
            assert!(!stage.may_move_to(*stage), "{stage} does not move to itself");
        }
    }

    #[test]
    fn the_weighted_score_follows_the_weights() {
        let criteria = [Criterion { name: "need".into(), weight: 3.0 }, Criterion { name: "cost".into(), weight: 1.0 }];
        assert_eq!(weighted(&criteria, &[8.0, 4.0]), Some(7.0));
        assert_eq!(weighted(&criteria, &[8.0]), None);
    }

    #[test]
    fn eligibility_names_every_reason() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let countries = vec!["MK".to_string()];
        let needs = vec!["need_youth".to_string()];
        let mut e = Eligibility {
            deadline: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
            countries: &countries,
            max_amount: Eur::euros(20_000),
            country: "MK",
            amount: Eur::euros(15_000),
            assessed_needs: &needs,
            need: "need_youth",
            today,
        };
        assert!(ineligible(&e, |a| a.plain()).is_empty());
        e.country = "RS";
        e.amount = Eur::euros(25_000);
        e.assessed_needs = &[];
        let reasons = ineligible(&e, |a| a.plain());
        let ids: Vec<&str> = reasons.iter().map(|r| r.0).collect();
        assert_eq!(ids, ["support-ineligible-country", "support-ineligible-amount", "support-ineligible-need"]);
        assert_eq!(reasons[1].1, "20000.00");
    }

    #[test]
    fn criteria_are_read_one_per_line() {
        let c = parse_criteria("Relevance, 3\nCost, 1").unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].weight, 3.0);
        assert!(parse_criteria("Relevance").is_none());
        assert!(parse_criteria("").is_none());
    }
}
