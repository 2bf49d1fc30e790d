//! The records of processing in words: the public notice, the
//! administrators' page and `docs/PRIVACY.md` are all built from here, in
//! the reader's language.

use platform::i18n::Tr;
use platform::privacy::{Category, Declaration, Erasure, Retention};

use super::declarations;
use super::retention::Period;

/// One declaration, said in words.
pub struct Line {
    pub table: &'static str,
    pub data: String,
    pub columns: String,
    pub purpose: String,
    pub basis: String,
    pub seen_by: String,
    pub retention: String,
    pub erasure: String,
}

pub struct Section {
    pub title: String,
    pub lines: Vec<Line>,
}

fn retention_text(tr: Tr, retention: Retention, periods: &[Period]) -> String {
    match retention {
        Retention::While(message) => tr.t(message),
        Retention::Days { key, default, .. } => {
            let days = periods.iter().find(|p| p.key == key).map(|p| p.days).unwrap_or(default);
            tr.t1(&format!("privacy-retention-{key}"), "days", tr.n("privacy-days", i64::from(days)))
        }
    }
}

fn erasure_text(tr: Tr, declaration: &Declaration) -> String {
    tr.t(match (declaration.subject, declaration.erasure) {
        (platform::privacy::Subject::Unlinked, _) => "privacy-erasure-unlinked",
        (_, Erasure::Delete) => "privacy-erasure-delete",
        (_, Erasure::Set(_)) => "privacy-erasure-pseudonym",
        (_, Erasure::Keep) => "privacy-erasure-keep",
    })
}

pub fn line(tr: Tr, declaration: &Declaration, periods: &[Period]) -> Line {
    Line {
        table: declaration.table.name,
        data: tr.t(&format!("privacy-data-{}", declaration.table.name)),
        columns: declaration.columns.join(", "),
        purpose: tr.t(declaration.purpose),
        basis: tr.t(declaration.basis.message_id()),
        seen_by: tr.t(declaration.seen_by),
        retention: retention_text(tr, declaration.retention, periods),
        erasure: erasure_text(tr, declaration),
    }
}

/// The declarations grouped by category, in the category order.
pub fn sections(tr: Tr, periods: &[Period]) -> Vec<Section> {
    Category::ALL
        .iter()
        .map(|category| Section {
            title: tr.t(category.message_id()),
            lines: declarations().filter(|d| d.category == *category).map(|d| line(tr, d, periods)).collect(),
        })
        .filter(|s| !s.lines.is_empty())
        .collect()
}

/// `docs/PRIVACY.md`: the records of processing with the default periods.
pub fn markdown(tr: Tr, periods: &[Period]) -> String {
    let mut out = String::new();
    out.push_str("# Personal data in Mozaik: records of processing\n\n");
    out.push_str(
        "Generated from the declarations beside each module's tables (`PRIVACY` in each `tables.rs`) by \
         `UPDATE_DOCS=1 cargo test --test suite privacy::privacy_doc_is_current`; edit the declarations, not this file. \
         Administrators see the same records, with the periods their instance uses, at `/admin/privacy`; \
         everyone reads the notice at `/privacy` in their language.\n\n",
    );
    out.push_str(
        "Retention periods marked in days are removed by the `privacy.retention` job, once a day and once per \
         cluster; an administrator may choose each period within the limits shown. A person downloads what is \
         held about them at `/account/data`; an administrator produces the same, or erases it, on a written \
         request at `/admin/privacy`. Erasure replaces names by a pseudonym (`[#person]`) everywhere the \
         declarations name, including free text; audit events name accounts by number only, so the chain \
         keeps verifying.\n",
    );
    for section in sections(tr, periods) {
        out.push_str(&format!("\n## {}\n\n", section.title));
        out.push_str("| Table | Data | Columns | Purpose | Legal basis | Seen by | Kept | On erasure |\n");
        out.push_str("|---|---|---|---|---|---|---|---|\n");
        for l in section.lines {
            out.push_str(&format!(
                "| `{}` | {} | {} | {} | {} | {} | {} | {} |\n",
                l.table, l.data, l.columns, l.purpose, l.basis, l.seen_by, l.retention, l.erasure
            ));
        }
    }
    out.push_str("\n## Limits of retention periods\n\n| Kind | Default | Least | Most |\n|---|---|---|---|\n");
    for p in periods {
        out.push_str(&format!("| `{}` | {} days | {} days | {} days |\n", p.key, p.default, p.min, p.max));
    }
    out
}
