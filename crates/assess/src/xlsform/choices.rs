//! The `choices` sheet (and `external_choices`, which `select_one_external`
//! reads): lists of choices with their labels and the other columns a
//! `choice_filter` reads.

use std::collections::BTreeMap;

use super::report::Report;
use super::workbook::Sheet;
use super::ParsedChoice;
use crate::instrument::ChoiceDetails;

const USED: &[&str] = &["list_name", "name", "label"];

pub fn read(
    sheet: &Sheet,
    default_language: &str,
    external: bool,
    allow_duplicates: bool,
    lists: &mut BTreeMap<String, Vec<ParsedChoice>>,
    report: &mut Report,
) {
    let sheet_name = sheet.name.as_str();
    if !sheet.has("list_name") {
        report.refuse(
            sheet_name,
            1,
            "list_name",
            "the choices sheet needs a list_name column (also written 'list name')",
        );
        return;
    }
    for (row, cells) in &sheet.rows {
        let list = sheet.get(cells, "list_name");
        let name = sheet.get(cells, "name");
        if list.is_empty() {
            report.warn(sheet_name, *row, "list_name", "a choice without a list is left out");
            continue;
        }
        if name.is_empty() {
            report.refuse(sheet_name, *row, "name", "Choices must have a name.");
            continue;
        }
        let labels = sheet.translations(cells, "label", default_language);
        if labels.is_empty() {
            report.warn(sheet_name, *row, "label", "Choices should have a label; its name is shown instead.");
        }
        let choices = lists.entry(list.to_string()).or_default();
        // External choices are searched, not listed: pyxform lets names repeat.
        if !(external || allow_duplicates) && choices.iter().any(|c| c.name == name) {
            report.refuse(
                sheet_name,
                *row,
                "name",
                format!("'{name}' is in the list '{list}' twice. Choice names must be unique for each choice list; if this is intentional, use the setting 'allow_choice_duplicates'."),
            );
            continue;
        }
        let columns = sheet.others(cells, USED).into_iter().map(|(_, header, value)| (header, value)).collect();
        choices.push(ParsedChoice { name: name.to_string(), labels, details: ChoiceDetails { columns, external } });
    }
}
