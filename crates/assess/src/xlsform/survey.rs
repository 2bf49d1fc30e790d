//! The `survey` sheet: groups, repeats and questions, each row checked as
//! pyxform checks it, with what Mozaik keeps but does not use reported.

use std::collections::{BTreeMap, BTreeSet};

use super::report::Report;
use super::types::{kind_of, Kind, QuestionKind};
use super::workbook::Sheet;
use super::{ParsedChoice, ParsedGroup, ParsedQuestion};
use crate::instrument::{GroupDetails, QuestionDetails};

/// Columns Mozaik reads; any other is kept with the row.
const USED: &[&str] = &[
    "type",
    "name",
    "label",
    "hint",
    "required",
    "required_message",
    "relevant",
    "constraint",
    "constraint_message",
    "calculation",
    "default",
    "read_only",
    "appearance",
    "choice_filter",
    "parameters",
    "repeat_count",
];

/// Columns kept without being used that a form author should hear about.
const MEDIA: &[&str] = &["image", "big-image", "audio", "video"];

/// The name a note written without one is kept under; the export writes
/// such a note without a name again.
pub const UNNAMED_NOTE: &str = "_note_";

const YES: &[&str] = &["yes", "true", "true()"];
const NO: &[&str] = &["no", "false", "false()", ""];

pub struct Survey {
    pub groups: Vec<ParsedGroup>,
    pub questions: Vec<ParsedQuestion>,
}

struct Reader<'a> {
    sheet: &'a Sheet,
    default_language: &'a str,
    lists: &'a BTreeMap<String, Vec<ParsedChoice>>,
    report: &'a mut Report,
    /// Open groups: (name, repeat, row).
    open: Vec<(String, bool, usize)>,
    /// Question names, and group names apart: a group may share its name
    /// with a question, as pyxform allows, but answers are kept by
    /// question name.
    names: BTreeSet<String>,
    group_names: BTreeSet<String>,
    /// (parent group, name) of every question and group.
    siblings: BTreeSet<(String, String)>,
    /// Notes written without a name, numbered as pyxform lets them be.
    unnamed_notes: usize,
    survey: Survey,
}

pub fn read(
    sheet: &Sheet,
    default_language: &str,
    lists: &BTreeMap<String, Vec<ParsedChoice>>,
    report: &mut Report,
) -> Survey {
    let mut reader = Reader {
        sheet,
        default_language,
        lists,
        report,
        open: Vec::new(),
        names: BTreeSet::new(),
        group_names: BTreeSet::new(),
        siblings: BTreeSet::new(),
        unnamed_notes: 0,
        survey: Survey { groups: Vec::new(), questions: Vec::new() },
    };
    for (row, cells) in &sheet.rows {
        reader.row(*row, cells);
    }
    for (name, repeat, row) in reader.open.clone() {
        let what = if repeat { "repeat" } else { "group" };
        reader.report.refuse(
            "survey",
            row,
            "type",
            format!("Unmatched 'begin_{what}'. No matching 'end_{what}' was found for the name '{name}'."),
        );
    }
    reader.warn_media();
    reader.survey
}

fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

impl Reader<'_> {
    fn get(&self, cells: &[String], key: &str) -> String {
        self.sheet.get(cells, key).to_string()
    }

    fn row(&mut self, row: usize, cells: &[String]) {
        let written = self.get(cells, "type");
        let name = self.get(cells, "name");
        if written.is_empty() {
            if name.is_empty() && self.sheet.translations(cells, "label", self.default_language).is_empty() {
                self.report.warn("survey", row, "type", "Row without name, text, or label is being skipped.");
            } else {
                self.report.refuse("survey", row, "type", "Question with no type.");
            }
            return;
        }
        match kind_of(&written) {
            Err(reason) => self.report.refuse("survey", row, "type", reason),
            Ok(Kind::Begin { repeat }) => self.begin(row, cells, name, repeat),
            Ok(Kind::End { repeat }) => self.end(row, repeat),
            Ok(Kind::Question(kind)) => self.question(row, cells, &written, name, kind),
        }
    }

    /// Checks a name as pyxform does (unique among its siblings) and
    /// returns the key Mozaik keeps it under: the name, or `group/name` when
    /// a question (or group) elsewhere in the form already has that name.
    fn check_name(&mut self, row: usize, name: &str, group: bool) -> Option<String> {
        if name.is_empty() {
            self.report.refuse("survey", row, "name", "Question or group with no name.");
            return None;
        }
        if !valid_name(name) {
            self.report.refuse("survey", row, "name", format!("The name '{name}' is invalid: names must begin with a letter or underscore and contain only letters, digits, hyphens, underscores and periods."));
            return None;
        }
        if name == "meta" {
            self.report.refuse("survey", row, "name", "The name 'meta' is reserved for form metadata.");
            return None;
        }
        let parent = self.open.last().map(|(n, _, _)| n.clone()).unwrap_or_default();
        if !self.siblings.insert((parent.clone(), name.to_string())) {
            self.report.refuse("survey", row, "name", format!("The name '{name}' is invalid. Questions, groups, and repeats must be unique within their nearest parent group or repeat, or the survey if not inside a group or repeat."));
            return None;
        }
        let names = if group { &mut self.group_names } else { &mut self.names };
        if names.insert(name.to_string()) {
            return Some(name.to_string());
        }
        let key = format!("{parent}/{name}");
        names.insert(key.clone());
        Some(key)
    }

    fn begin(&mut self, row: usize, cells: &[String], name: String, repeat: bool) {
        let Some(name) = self.check_name(row, &name, true) else { return };
        let details = GroupDetails {
            parent: self.open.last().map(|(n, _, _)| n.clone()).unwrap_or_default(),
            relevant: self.get(cells, "relevant"),
            repeat,
            repeat_count: self.get(cells, "repeat_count"),
            appearance: self.get(cells, "appearance"),
            kept: self.kept(cells),
        };
        if repeat && self.open.iter().any(|(_, outer, _)| *outer) {
            self.report.warn(
                "survey",
                row,
                "type",
                format!("the repeat '{name}' inside another repeat is answered as a list of its own, not once per entry of the repeat around it"),
            );
        }
        let labels = self.sheet.translations(cells, "label", self.default_language);
        self.open.push((name.clone(), repeat, row));
        self.survey.groups.push(ParsedGroup { row, key: name, labels, details });
    }

    fn end(&mut self, row: usize, repeat: bool) {
        let what = if repeat { "repeat" } else { "group" };
        match self.open.last() {
            Some((_, open_repeat, _)) if *open_repeat == repeat => {
                self.open.pop();
            }
            _ => self.report.refuse(
                "survey",
                row,
                "type",
                format!("Unmatched 'end_{what}'. No matching 'begin_{what}' was found."),
            ),
        }
    }

    fn question(&mut self, row: usize, cells: &[String], written: &str, name: String, kind: QuestionKind) {
        if name == super::PLACE_CODE && kind.qtype == "text" {
            // The municipality question of Mozaik's own export (see
            // `export`): an entry knows its municipality.
            return;
        }
        let name = match (name.is_empty(), kind.qtype) {
            // A note needs no name: it records nothing.
            (true, "note") => {
                self.unnamed_notes += 1;
                format!("{UNNAMED_NOTE}{}", self.unnamed_notes)
            }
            _ => name,
        };
        let Some(name) = self.check_name(row, &name, false) else { return };
        let labels = self.sheet.translations(cells, "label", self.default_language);
        self.check_label_and_list(row, cells, written, &name, &kind, labels.is_empty());
        let (required, _) = self.required(cells);
        let (qtype, details) = self.details(row, cells, written, &kind);
        if crate::instrument::UPLOADS.contains(&qtype) && self.open.iter().any(|(_, repeat, _)| *repeat) {
            self.report.warn(
                "survey",
                row,
                "type",
                format!("the file question '{name}' inside a repeat is kept; files are uploaded for a question, not for each entry"),
            );
        }
        self.survey.questions.push(ParsedQuestion {
            row,
            group: self.open.last().map(|(n, _, _)| n.clone()).unwrap_or_default(),
            name,
            qtype: qtype.to_string(),
            list: kind.list,
            required,
            relevant: self.get(cells, "relevant"),
            constraint: self.get(cells, "constraint"),
            labels,
            details,
        });
    }

    /// A question needs a label, hint or media (unless it shows nothing),
    /// and a select needs a list of the choices sheet.
    fn check_label_and_list(
        &mut self,
        row: usize,
        cells: &[String],
        written: &str,
        name: &str,
        kind: &QuestionKind,
        unlabelled: bool,
    ) {
        let hinted = !self.sheet.translations(cells, "hint", self.default_language).is_empty();
        let has_media =
            self.sheet.columns.iter().zip(cells).any(|(c, v)| MEDIA.contains(&c.key.as_str()) && !v.trim().is_empty());
        let shows = !matches!(kind.qtype, "calculate" | "kept");
        if shows && unlabelled && !hinted && !has_media {
            self.report.refuse(
                "survey",
                row,
                "label",
                format!("The survey element named '{name}' has no label or hint."),
            );
        }
        if let Some(why) = kind.kept_because {
            self.report.warn("survey", row, "type", format!("'{name}' ({written}) is kept but not asked: {why}"));
        } else if matches!(kind.qtype, "select_one" | "select_multiple" | "rank")
            && !self.lists.contains_key(&kind.list)
        {
            let reason = if kind.list.is_empty() {
                format!("'{written}' needs the name of a choice list")
            } else {
                format!("List name not in choices sheet: {}", kind.list)
            };
            self.report.refuse("survey", row, "type", reason);
        }
    }

    /// Mozaik's type for the question and what the form says beyond it.
    fn details(
        &mut self,
        row: usize,
        cells: &[String],
        written: &str,
        kind: &QuestionKind,
    ) -> (&'static str, QuestionDetails) {
        let mut appearance = self.get(cells, "appearance");
        let qtype = match kind.qtype {
            "select_one" if appearance.contains("likert") => {
                // The type says it; written back as this appearance.
                if appearance == "likert" {
                    appearance.clear();
                }
                "likert"
            }
            other => other,
        };
        let canonical = match (kind.list.is_empty(), kind.or_other) {
            (true, _) => kind.qtype.to_string(),
            (false, false) => format!("{} {}", kind.qtype, kind.list),
            (false, true) => format!("{} {} or_other", kind.qtype, kind.list),
        };
        if qtype == "calculate" && self.get(cells, "calculation").is_empty() {
            self.report.refuse("survey", row, "calculation", "Missing calculation.");
        }
        let translated = |column: &str| self.sheet.translations(cells, column, self.default_language);
        let details = QuestionDetails {
            written_type: if written == canonical { String::new() } else { written.to_string() },
            calculation: self.get(cells, "calculation"),
            required_if: self.required(cells).1,
            read_only: self.get(cells, "read_only"),
            default: self.get(cells, "default"),
            choice_filter: self.get(cells, "choice_filter"),
            appearance,
            parameters: self.get(cells, "parameters"),
            or_other: kind.or_other,
            hints: translated("hint"),
            constraint_messages: translated("constraint_message"),
            required_messages: translated("required_message"),
            kept: self.kept(cells),
        };
        (qtype, details)
    }

    /// `required` as yes or no, or an expression that decides.
    fn required(&self, cells: &[String]) -> (bool, String) {
        let written = self.get(cells, "required");
        let lower = written.to_lowercase();
        if YES.contains(&lower.as_str()) || lower == "1" {
            (true, String::new())
        } else if NO.contains(&lower.as_str()) || lower == "0" {
            (false, String::new())
        } else {
            (false, written)
        }
    }

    /// Columns outside those Mozaik reads, by header as written.
    fn kept(&self, cells: &[String]) -> BTreeMap<String, String> {
        self.sheet.others(cells, USED).into_iter().map(|(_, header, value)| (header, value)).collect()
    }

    /// Media named in labels is kept, but the files were not given: said
    /// once per column.
    fn warn_media(&mut self) {
        let columns: Vec<(usize, String)> = self
            .sheet
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| !USED.contains(&c.key.as_str()) && !c.written.trim().is_empty())
            .map(|(i, c)| (i, c.written.trim().to_string()))
            .collect();
        for (index, header) in columns {
            let Some((row, _)) =
                self.sheet.rows.iter().find(|(_, cells)| cells.get(index).is_some_and(|v| !v.trim().is_empty()))
            else {
                continue;
            };
            let media = MEDIA.contains(&self.sheet.columns[index].key.as_str());
            let reason = if media {
                "media files named here are kept with the form but not shown: the files were not given"
            } else {
                "this column is kept with the form but not used by Mozaik"
            };
            self.report.warn("survey", *row, &header, reason);
        }
    }
}

/// Every expression of the form parses and reads only questions that
/// exist; functions Mozaik does not evaluate are reported.
pub fn check_expressions(survey: &Survey, report: &mut Report) {
    let names: BTreeSet<&str> =
        survey.questions.iter().map(|q| q.name.as_str()).chain(survey.groups.iter().map(|g| g.key.as_str())).collect();
    for q in &survey.questions {
        let d = &q.details;
        for (column, expr) in [
            ("relevant", &q.relevant),
            ("constraint", &q.constraint),
            ("calculation", &d.calculation),
            ("required", &d.required_if),
            ("choice_filter", &d.choice_filter),
        ] {
            check_one(q.row, column, expr, &names, report);
        }
    }
    for g in &survey.groups {
        check_one(g.row, "relevant", &g.details.relevant, &names, report);
        check_one(g.row, "repeat_count", &g.details.repeat_count, &names, report);
    }
}

fn check_one(row: usize, column: &str, expr: &str, names: &BTreeSet<&str>, report: &mut Report) {
    if expr.trim().is_empty() {
        return;
    }
    match crate::xpath::parse(expr) {
        Err(reason) => report.refuse("survey", row, column, format!("'{expr}': {reason}")),
        Ok(parsed) => {
            for name in parsed.answers_read().iter().filter(|n| !names.contains(n.as_str())) {
                report.refuse("survey", row, column, format!("There has been a problem trying to replace ${{{name}}} with the XPath to the survey element named '{name}'. There is no survey element with this name."));
            }
            for function in parsed.not_evaluated() {
                report.warn(
                    "survey",
                    row,
                    column,
                    format!("{function} is kept but not evaluated by Mozaik; where it is needed the value is empty"),
                );
            }
        }
    }
}
