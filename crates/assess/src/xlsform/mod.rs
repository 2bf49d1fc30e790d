//! XLSForm import and export, reading what pyxform reads.
//!
//! `.xlsx` and `.xls`; the `survey`, `choices`, `external_choices` and
//! `settings` sheets; headers in any spelling pyxform accepts; labels, hints
//! and messages in every language; groups and repeats; every question type,
//! each either asked by Mozaik's fill form, worked out (`calculate`), shown
//! (`note`) or kept without being asked (metadata, media, choices from
//! files), which is reported. Expressions are parsed (`xpath`) and must name
//! questions that exist. Everything is checked before anything is written;
//! each problem names its sheet, row and column, in pyxform's words where
//! pyxform has them. docs/XLSFORM.md lists what is honoured and why.

use std::collections::BTreeMap;

use crate::instrument::{ChoiceDetails, GroupDetails, Labels, QuestionDetails};

mod choices;
mod export;
mod languages;
mod report;
mod store;
mod survey;
mod types;
mod workbook;

pub use export::export;
pub use report::Problem;
pub use store::import;
pub use workbook::cell_text;

use report::Report;
use workbook::SheetKind;

#[derive(Debug, thiserror::Error)]
pub enum XlsFormError {
    #[error("the form was rejected and nothing was written:\n{}", .0.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
    Rejected(Vec<Problem>),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("{0}")]
    Other(#[from] anyhow::Error),
}

pub struct ParsedQuestion {
    /// The survey row it was read from, for messages.
    pub row: usize,
    pub group: String,
    pub name: String,
    pub qtype: String,
    pub list: String,
    pub required: bool,
    pub relevant: String,
    pub constraint: String,
    pub labels: Labels,
    pub details: QuestionDetails,
}

pub struct ParsedGroup {
    pub row: usize,
    pub key: String,
    pub labels: Labels,
    pub details: GroupDetails,
}

pub struct ParsedChoice {
    pub name: String,
    pub labels: Labels,
    pub details: ChoiceDetails,
}

pub struct ParsedForm {
    pub code: String,
    pub version: Option<i64>,
    /// The title in every language the settings give (`form_title`, and
    /// `form_title_<language>` as Mozaik's export writes them).
    pub title: Labels,
    pub groups: Vec<ParsedGroup>,
    pub questions: Vec<ParsedQuestion>,
    pub lists: BTreeMap<String, Vec<ParsedChoice>>,
    pub warnings: Vec<String>,
}

/// The question a deployed form asks for the answering municipality's code.
pub const PLACE_CODE: &str = "place_code";

/// Settings Mozaik reads; others are reported as not used.
const SETTINGS: &[&str] = &["form_title", "form_id", "version", "default_language", "allow_choice_duplicates"];

struct Settings {
    sheet: Option<workbook::Sheet>,
}

impl Settings {
    fn get(&self, key: &str) -> String {
        self.sheet.as_ref().and_then(|s| s.rows.first().map(|(_, r)| s.get(r, key).to_string())).unwrap_or_default()
    }

    /// `form_title_<language>` columns, by language key.
    fn titles(&self) -> Labels {
        let Some(sheet) = &self.sheet else { return Labels::new() };
        let Some((_, row)) = sheet.rows.first() else { return Labels::new() };
        sheet
            .others(row, SETTINGS)
            .into_iter()
            .filter_map(|(_, header, value)| {
                header.strip_prefix("form_title_").map(|lang| (languages::language_key(lang), value))
            })
            .collect()
    }

    fn report_unused(&self, report: &mut Report) {
        let Some(sheet) = &self.sheet else { return };
        let Some((row, cells)) = sheet.rows.first() else { return };
        for (_, header, _) in
            sheet.others(cells, SETTINGS).into_iter().filter(|(_, h, _)| !h.starts_with("form_title_"))
        {
            report.warn("settings", *row, &header, "this setting is not used by Mozaik");
        }
    }
}

fn refusal(sheet: &str, reason: String) -> Vec<Problem> {
    vec![Problem { sheet: sheet.into(), row: 0, column: String::new(), reason }]
}

pub fn parse(bytes: Vec<u8>, fallback_code: &str) -> Result<ParsedForm, Vec<Problem>> {
    // Measured before anything unpacks it: a small file can expand to gigabytes.
    match platform::upload::check_archive(&bytes) {
        Ok(()) | Err(platform::upload::ArchiveError::NotAnArchive) => {}
        Err(e) => return Err(refusal("(file)", e.to_string())),
    }
    let mut book = workbook::open(bytes).map_err(|e| refusal("(file)", e))?;
    let settings = Settings { sheet: workbook::read(&mut book, SheetKind::Settings, &["settings"]) };
    let default_language = match settings.get("default_language") {
        d if d.is_empty() => "en".to_string(),
        d => languages::language_key(&d),
    };
    let Some(survey_sheet) = workbook::read(&mut book, SheetKind::Survey, &["survey"]) else {
        return Err(refusal("survey", "You must have a sheet named 'survey'.".into()));
    };
    let mut report = Report::default();
    for column in ["type", "name"] {
        if !survey_sheet.has(column) {
            report.refuse("survey", 1, column, format!("The survey sheet must have a '{column}' column."));
        }
    }
    let allow_duplicates =
        matches!(settings.get("allow_choice_duplicates").to_lowercase().as_str(), "yes" | "true" | "true()");
    let mut lists = BTreeMap::new();
    let choices_sheet = workbook::read(&mut book, SheetKind::Choices, &["choices"]);
    let external = workbook::read(&mut book, SheetKind::Choices, &["external_choices"]);
    if let Some(sheet) = &choices_sheet {
        choices::read(sheet, &default_language, false, allow_duplicates, &mut lists, &mut report);
    }
    if let Some(sheet) = &external {
        choices::read(sheet, &default_language, true, allow_duplicates, &mut lists, &mut report);
    }
    let sheets = [Some(&survey_sheet), choices_sheet.as_ref(), external.as_ref(), settings.sheet.as_ref()];
    for sheet in sheets.into_iter().flatten() {
        for problem in &sheet.header_problems {
            report.refuse(&sheet.name, 1, "", problem.clone());
        }
    }
    let survey = survey::read(&survey_sheet, &default_language, &lists, &mut report);
    let selects = survey
        .questions
        .iter()
        .any(|q| matches!(q.qtype.as_str(), "select_one" | "select_multiple" | "rank" | "likert"));
    let external_selects = survey.questions.iter().any(|q| q.details.written_type.starts_with("select_one_external"));
    if external.is_none() && external_selects {
        report.refuse("external_choices", 0, "", "There should be an external_choices sheet in this xlsform. Please ensure that the external_choices sheet has the mandatory columns 'list_name', 'name', and 'label'.");
    }
    if choices_sheet.is_none() && selects {
        report.refuse("choices", 0, "", "There should be a choices sheet in this xlsform. Please ensure that the choices sheet has the mandatory columns 'list_name', 'name', and 'label'.");
    }
    survey::check_expressions(&survey, &mut report);
    settings.report_unused(&mut report);
    if survey.questions.is_empty() && report.problems.is_empty() {
        report.refuse("survey", 0, "", "the form has no questions");
    }
    if !report.problems.is_empty() {
        return Err(report.problems);
    }
    let code = match settings.get("form_id") {
        id if id.is_empty() => fallback_code.to_string(),
        id => id,
    };
    let mut title = settings.titles();
    let main_title = match settings.get("form_title") {
        t if t.is_empty() => code.clone(),
        t => t,
    };
    title.insert(default_language, main_title);
    Ok(ParsedForm {
        version: settings.get("version").parse().ok(),
        code,
        title,
        groups: survey.groups,
        questions: survey.questions,
        lists,
        warnings: report.warnings.iter().map(Problem::to_string).collect(),
    })
}

#[cfg(test)]
mod tests;
