use rust_xlsxwriter::Workbook;

use super::*;

/// A workbook from sheets of rows, the first row of each its headers.
pub fn workbook(sheets: &[(&str, &[&[&str]])]) -> Vec<u8> {
    let mut book = Workbook::new();
    for (name, rows) in sheets {
        let sheet = book.add_worksheet().set_name(*name).expect("sheet name");
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if !cell.is_empty() {
                    sheet.write_string(r as u32, c as u16, *cell).expect("cell");
                }
            }
        }
    }
    book.save_to_buffer().expect("workbook")
}

#[test]
fn spellings_pyxform_accepts() {
    let bytes = workbook(&[
        (
            "Survey",
            &[
                &[
                    "Type",
                    "Name",
                    "Label:English",
                    "label:Français",
                    "Hint:English",
                    "Relevance",
                    "bind:constraint",
                    "calculate",
                    "required",
                    "media:image:English",
                ],
                &["begin group", "household", "Household", "Ménage", "", "", "", "", "", ""],
                &[
                    "select one yes_no",
                    "consent",
                    "Consent?",
                    "Accord ?",
                    "Ask first",
                    "",
                    "",
                    "",
                    "yes",
                    "consent.png",
                ],
                &[
                    "integer",
                    "members",
                    "Members",
                    "Membres",
                    "",
                    "${consent} = \u{2018}yes\u{2019}",
                    ". > 0 and . < 40",
                    "",
                    "1",
                    "",
                ],
                &["calculate", "doubled", "", "", "", "", "", "${members} * 2", "", ""],
                &["note", "thanks", "Thanks, ${members} members", "Merci", "", "", "", "", "", ""],
                &["start", "start", "", "", "", "", "", "", "", ""],
                &[
                    "select all that apply sources or_other",
                    "sources",
                    "Sources",
                    "Sources",
                    "",
                    "not(selected(${consent}, 'no'))",
                    "",
                    "",
                    "${members} > 2",
                    "",
                ],
                &["end group", "", "", "", "", "", "", "", "", ""],
            ],
        ),
        (
            "choices",
            &[
                &["list name", "name", "label:English", "label:Français", "region"],
                &["yes_no", "yes", "Yes", "Oui", ""],
                &["yes_no", "no", "No", "Non", ""],
                &["sources", "radio", "Radio", "Radio", "north"],
            ],
        ),
        ("settings", &[&["form_id", "form_title", "default_language"], &["house", "Households", "English"]]),
    ]);
    let form = parse(bytes, "x").unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(form.code, "house");
    assert_eq!(form.questions.len(), 6, "place questions: consent, members, doubled, thanks, start, sources");
    let q = |name: &str| form.questions.iter().find(|q| q.name == name).expect(name);
    assert_eq!(q("consent").labels.get("fr").map(String::as_str), Some("Accord ?"));
    assert_eq!(q("consent").details.hints.get("en").map(String::as_str), Some("Ask first"));
    assert_eq!(q("members").relevant, "${consent} = 'yes'", "typographic quotes straightened");
    assert_eq!(q("members").constraint, ". > 0 and . < 40");
    assert!(q("members").required, "required given as 1");
    assert_eq!(q("doubled").details.calculation, "${members} * 2");
    assert_eq!(q("thanks").qtype, "note");
    assert_eq!(q("start").qtype, "kept");
    let sources = q("sources");
    assert_eq!((sources.qtype.as_str(), sources.details.or_other), ("select_multiple", true));
    assert_eq!(sources.details.required_if, "${members} > 2");
    assert_eq!(sources.details.written_type, "select all that apply sources or_other");
    assert_eq!(form.lists["sources"][0].details.columns.get("region").map(String::as_str), Some("north"));
    assert_eq!(form.lists["yes_no"].len(), 2, "no choice is added");
    assert_eq!(q("consent").details.kept.get("media:image:English").map(String::as_str), Some("consent.png"));
    assert!(form.warnings.iter().any(|w| w.contains("'start' (start) is kept but not asked")), "{:?}", form.warnings);
    assert!(form.warnings.iter().any(|w| w.contains("media files")), "{:?}", form.warnings);
}

#[test]
fn refusals_name_what_pyxform_names() {
    let refused = |survey: &[&[&str]], choices: Option<&[&[&str]]>| {
        let mut sheets: Vec<(&str, &[&[&str]])> = vec![("survey", survey)];
        if let Some(c) = choices {
            sheets.push(("choices", c));
        }
        match parse(workbook(&sheets), "x") {
            Ok(_) => panic!("accepted"),
            Err(problems) => problems.iter().map(Problem::to_string).collect::<Vec<_>>().join("\n"),
        }
    };
    let header: &[&str] = &["type", "name", "label", "relevant"];
    let yes_no: &[&[&str]] = &[&["list_name", "name", "label"], &["yn", "yes", "Yes"]];
    assert!(refused(&[header, &["select_one missing", "a", "A", ""]], Some(yes_no))
        .contains("List name not in choices sheet: missing"));
    assert!(refused(&[header, &["select_one yn", "a", "A", ""]], None).contains("There should be a choices sheet"));
    assert!(refused(&[header, &["begin repeat", "r", "R", ""]], None).contains("Unmatched 'begin_repeat'"));
    assert!(refused(&[header, &["selectone yn", "a", "A", ""]], Some(yes_no))
        .contains("Unknown question type 'selectone yn'."));
    assert!(refused(&[header, &["text", "a", "A", "${nowhere} = 1"]], None)
        .contains("There is no survey element with this name"));
    assert!(refused(&[header, &["text", "a", "A", "${a} = 'x"]], None).contains("row 2, column relevant"));
    assert!(refused(&[header, &["text", "a", "", ""]], None).contains("has no label or hint"));
    assert!(refused(&[header, &["calculate", "c", "", ""]], None).contains("Missing calculation."));
    assert!(refused(&[header, &["text", "a", "A", ""], &["integer", "a", "B", ""]], None)
        .contains("must be unique within their nearest parent group"));
    let twice: &[&[&str]] = &[&["list_name", "name", "label"], &["yn", "yes", "Yes"], &["yn", "yes", "Yes again"]];
    assert!(refused(&[header, &["select_one yn", "a", "A", ""]], Some(twice)).contains("allow_choice_duplicates"));
    let not_xlsx = parse(b"not a workbook".to_vec(), "x").err().expect("refused");
    assert!(not_xlsx[0].reason.contains("neither an XLSX nor an XLS"));
}
