//! A table of figures, the one shape every dashboard block takes, so that
//! its chart, its table for screen readers and its CSV and XLSX downloads
//! all show exactly the same figures.

/// One cell.
#[derive(Debug, Clone)]
pub enum Figure {
    Text(String),
    /// A number and how the reader's locale writes it.
    Number {
        value: f64,
        shown: String,
    },
    /// Withheld, with the reason in words.
    Hidden(String),
}

impl Figure {
    pub fn number(value: f64, shown: String) -> Figure {
        Figure::Number { value, shown }
    }

    pub fn shown(&self) -> &str {
        match self {
            Figure::Text(t) | Figure::Hidden(t) => t,
            Figure::Number { shown, .. } => shown,
        }
    }

    pub fn value(&self) -> Option<f64> {
        match self {
            Figure::Number { value, .. } => Some(*value),
            _ => None,
        }
    }

    pub fn hidden(&self) -> bool {
        matches!(self, Figure::Hidden(_))
    }
}

/// Which column the chart draws, and which one (if any) it draws apart,
/// hatched, such as "don't know".
#[derive(Debug, Clone, Copy)]
pub struct Chart {
    pub value: usize,
    pub apart: Option<usize>,
    /// The largest value the axis shows (100 for shares).
    pub max: Option<f64>,
}

#[derive(Debug, Clone)]
pub struct Table {
    /// Stable part of the download's address.
    pub id: &'static str,
    pub title: String,
    pub note: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Figure>>,
    pub chart: Option<Chart>,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

impl Table {
    /// A horizontal bar chart of one column, with the first column as
    /// labels; hidden figures draw no bar and say so. The table is its text
    /// alternative, so the image only names itself.
    pub fn svg(&self) -> String {
        let Some(chart) = self.chart else { return String::new() };
        if self.rows.is_empty() {
            return String::new();
        }
        let values: Vec<Option<f64>> = self.rows.iter().map(|r| r.get(chart.value).and_then(Figure::value)).collect();
        let max = chart.max.unwrap_or_else(|| values.iter().flatten().copied().fold(0.0, f64::max)).max(1e-9);
        let (label_width, bar_width, row_height) = (180.0, 300.0, 22);
        let height = self.rows.len() * row_height + 4;
        let mut svg = format!(
            "<svg class=\"bars\" viewBox=\"0 0 560 {height}\" width=\"560\" height=\"{height}\" role=\"img\" aria-label=\"{}\">",
            escape(&self.title)
        );
        for (i, row) in self.rows.iter().enumerate() {
            let y = i * row_height + 2;
            let label: String = row.first().map(Figure::shown).unwrap_or("").chars().take(28).collect();
            svg.push_str(&format!("<text class=\"bar-label\" x=\"0\" y=\"{}\">{}</text>", y + 14, escape(&label)));
            let cell = row.get(chart.value);
            let width = values[i].map(|v| (v / max * bar_width).max(0.0)).unwrap_or(0.0);
            svg.push_str(&format!(
                "<rect class=\"answer\" x=\"{label_width}\" y=\"{y}\" width=\"{width:.1}\" height=\"16\"/>"
            ));
            let mut end = label_width + width;
            if let Some(apart) = chart.apart.and_then(|c| row.get(c)).and_then(Figure::value) {
                let w = (apart / max * bar_width).max(0.0);
                svg.push_str(&format!("<rect class=\"dk\" x=\"{end:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"16\"/>"));
                end += w;
            }
            let shown = cell.map(Figure::shown).unwrap_or("");
            let shown = if cell.is_some_and(Figure::hidden) { "—" } else { shown };
            svg.push_str(&format!(
                "<text class=\"bar-value\" x=\"{:.1}\" y=\"{}\">{}</text>",
                end + 4.0,
                y + 14,
                escape(shown)
            ));
        }
        svg.push_str("</svg>");
        svg
    }

    /// The figures as CSV, numbers as numbers and hidden ones empty.
    pub fn csv(&self) -> String {
        let quote = |s: &str| {
            if s.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s.to_string()
            }
        };
        let mut out = self.columns.iter().map(|c| quote(c)).collect::<Vec<_>>().join(",");
        out.push('\n');
        for row in &self.rows {
            let cells: Vec<String> = row
                .iter()
                .map(|f| match f {
                    Figure::Number { value, .. } => format_number(*value),
                    Figure::Text(t) => quote(t),
                    Figure::Hidden(_) => String::new(),
                })
                .collect();
            out.push_str(&cells.join(","));
            out.push('\n');
        }
        out
    }

    /// The figures as a workbook of one sheet, numbers as numbers.
    pub fn xlsx(&self) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name(self.id)?;
        let bold = rust_xlsxwriter::Format::new().set_bold();
        for (c, column) in self.columns.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, column, &bold)?;
        }
        for (r, row) in self.rows.iter().enumerate() {
            for (c, figure) in row.iter().enumerate() {
                let (r, c) = (r as u32 + 1, c as u16);
                match figure {
                    Figure::Number { value, .. } => sheet.write_number(r, c, *value)?,
                    Figure::Text(t) => sheet.write_string(r, c, t)?,
                    Figure::Hidden(_) => sheet.write_blank(r, c, &rust_xlsxwriter::Format::new())?,
                };
            }
        }
        book.save_to_buffer()
    }
}

/// Numbers in downloads are plain: no thousands separator, a point.
fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value:.2}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table {
            id: "t",
            title: "Test".into(),
            note: String::new(),
            columns: vec!["Name".into(), "Share".into()],
            rows: vec![
                vec![Figure::Text("A, B".into()), Figure::number(40.0, "40 %".into())],
                vec![Figure::Text("C".into()), Figure::Hidden("too few".into())],
            ],
            chart: Some(Chart { value: 1, apart: None, max: Some(100.0) }),
        }
    }

    #[test]
    fn downloads_hold_what_the_table_shows() {
        assert_eq!(table().csv(), "Name,Share\n\"A, B\",40\nC,\n");
        let svg = table().svg();
        assert!(svg.contains("width=\"120.0\"") && svg.contains(">—<"), "{svg}");
        assert!(table().xlsx().is_ok_and(|b| b.starts_with(b"PK")));
    }
}
