//! Uploaded CSV files as spreadsheets and survey tools write them.

use std::borrow::Cow;

/// The text ready for the CSV reader: without a byte-order mark, and with
/// Windows line ends (what Excel, KoboToolbox and ODK Central write) as
/// plain ones. The reader counts lines by their final `\n` and would place
/// every row of a CRLF file one line too early in its error messages.
pub fn normalised(text: &str) -> Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The delimiter the header line uses most: `,`, `;` (a spreadsheet in a
/// language whose decimal mark is a comma) or a tab.
pub fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| (header.bytes().filter(|b| b == d).count(), *d == b','))
        .unwrap_or(b',')
}

/// Columns KoboToolbox and ODK Central add to a form's export of their own
/// (times, device and submitter, review state), lower-cased.
const SURVEY_TOOL_COLUMNS: &[&str] = &[
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "phonenumber",
    "username",
    "email",
    "audit",
    "instanceid",
    "instancename",
    "submissiondate",
    "submitterid",
    "submittername",
    "attachmentspresent",
    "attachmentsexpected",
    "status",
    "reviewstate",
    "edits",
    "formversion",
];

/// Whether a header (its last segment after a Kobo `/` or ODK `-` group
/// path, lower-cased) is a survey tool's own column rather than a question:
/// the tools' fixed names, `_`-prefixed Kobo columns (`_uuid`,
/// `_submission_time`, `__version__`), and anything under `meta`.
pub fn survey_tool_column(header: &str) -> bool {
    let lower = header.trim().to_lowercase();
    let last = lower.rsplit(['/', '-']).next().unwrap_or(&lower);
    lower.starts_with('_')
        || last.starts_with('_')
        || lower.starts_with("meta/")
        || lower.starts_with("meta-")
        || lower == "key"
        || SURVEY_TOOL_COLUMNS.contains(&last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of_records(text: &str) -> Vec<u64> {
        let text = normalised(text);
        let mut reader = csv::ReaderBuilder::new().delimiter(delimiter(&text)).from_reader(text.as_bytes());
        reader.records().map(|r| r.unwrap().position().unwrap().line()).collect()
    }

    #[test]
    fn rows_of_a_crlf_file_are_on_the_lines_an_editor_shows() {
        let lf = "a,b\n1,2\n3,\"x\ny\"\n5,6\n";
        assert_eq!(lines_of_records(lf), vec![2, 3, 5]);
        assert_eq!(lines_of_records(&lf.replace('\n', "\r\n")), vec![2, 3, 5]);
        assert_eq!(lines_of_records(&format!("\u{feff}{}", lf.replace('\n', "\r\n"))), vec![2, 3, 5]);
    }

    #[test]
    fn the_delimiter_is_the_one_the_header_uses() {
        assert_eq!(delimiter("a;b;c\n1,5;2;3"), b';');
        assert_eq!(delimiter("a,b\n"), b',');
        assert_eq!(delimiter("a\tb\n"), b'\t');
        assert_eq!(delimiter("single\n"), b',');
    }

    #[test]
    fn survey_tools_own_columns_are_told_from_questions() {
        for tool in ["start", "_uuid", "__version__", "meta/instanceID", "meta-instanceID", "KEY", "SubmissionDate"] {
            assert!(survey_tool_column(tool), "{tool}");
        }
        for question in ["budget", "means/budget", "means-budget", "monkey", "started_work"] {
            assert!(!survey_tool_column(question), "{question}");
        }
    }

    #[test]
    fn without_normalising_the_reader_counts_crlf_rows_too_early() {
        // Why `normalised` exists: should the reader start counting CRLF
        // lines right, this test says it is no longer needed.
        let crlf = "a,b\r\n1,2\r\n3,4\r\n";
        let mut reader = csv::Reader::from_reader(crlf.as_bytes());
        let lines: Vec<u64> = reader.records().map(|r| r.unwrap().position().unwrap().line()).collect();
        assert_ne!(lines, vec![2, 3]);
    }
}
