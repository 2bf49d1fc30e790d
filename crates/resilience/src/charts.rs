//! The study's pictures, as SVG: a neighbourhood map per indicator, and the
//! baseline/endline chart of every indicator with its 95% intervals.

use std::collections::BTreeMap;

use directory::shapes::{self, Polygon};
use platform::i18n::Tr;

use crate::indices::{Computed, GroupKind, IndicatorResult};

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The fill class of a 0–10 value: five equal bands.
fn band(value: f64) -> &'static str {
    match value {
        v if v < 2.0 => "q0",
        v if v < 4.0 => "q1",
        v if v < 6.0 => "q2",
        v if v < 8.0 => "q3",
        _ => "q4",
    }
}

/// One indicator in the last wave, neighbourhood by neighbourhood: drawn
/// from their boundaries where imported, as a grid of tiles otherwise.
pub fn map(
    result: &IndicatorResult,
    name: &str,
    shapes: &BTreeMap<i64, Vec<Polygon>>,
    ids: &BTreeMap<String, i64>,
    k: usize,
    tr: Tr,
) -> String {
    let mut drawn = Vec::new();
    let mut tiles = Vec::new();
    for group in result.groups.iter().filter(|g| g.kind == GroupKind::Neighbourhood) {
        let Some(cell) = group.cells.last() else { continue };
        let (class, title) = match cell.estimate {
            Some(e) => {
                (band(e.mean), format!("{}: {:.1} ({:.1}–{:.1}), n = {}", group.label, e.mean, e.low, e.high, cell.n))
            }
            None if cell.n == 0 => ("nodata", format!("{}: {}", group.label, tr.t("assess-map-no-data"))),
            None if cell.withheld => ("none", format!("{}: {}", group.label, tr.t("resilience-withheld"))),
            None => ("none", format!("{}: {}", group.label, tr.t1("resilience-suppressed", "k", k as i64))),
        };
        match ids.get(&group.key).and_then(|id| shapes.get(id)) {
            Some(polygons) => drawn.push((polygons, class.to_string(), title)),
            None => tiles.push((group.label.clone(), class, title)),
        }
    }
    // Neighbourhoods with boundaries on a map; any others as tiles below it.
    let map = if drawn.is_empty() { String::new() } else { shapes::svg(&drawn, name) };
    if tiles.is_empty() {
        return map;
    }
    let columns = 6;
    let rows = tiles.len().div_ceil(columns).max(1);
    let mut svg = format!(
        "<svg class=\"map tiles\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\">",
        columns * 104,
        rows * 44,
        escape(name)
    );
    for (i, (label, class, title)) in tiles.iter().enumerate() {
        let (x, y) = ((i % columns) * 104, (i / columns) * 44);
        let short: String = label.chars().take(14).collect();
        svg.push_str(&format!(
            "<g><title>{}</title><rect class=\"{class}\" x=\"{x}\" y=\"{y}\" width=\"100\" height=\"40\"></rect><text x=\"{}\" y=\"{}\">{}</text></g>",
            escape(title),
            x + 50,
            y + 25,
            escape(&short)
        ));
    }
    svg.push_str("</svg>");
    map + &svg
}

/// Every indicator city-wide, one row each: a dot per wave with its 95%
/// interval as a line, on a 0–10 axis.
pub fn waves_chart(computed: &Computed, names: &[String], label: &str) -> String {
    let (left, width, row) = (230.0, 360.0, 30.0);
    let height = row * (computed.indicators.len() as f64 + 1.0);
    let x = |v: f64| left + v.clamp(0.0, 10.0) / 10.0 * width;
    let mut svg = format!(
        "<svg class=\"chart waves\" viewBox=\"0 0 {} {height}\" role=\"img\" aria-label=\"{}\">",
        left + width + 20.0,
        escape(label)
    );
    for tick in 0..=5 {
        let v = f64::from(tick * 2);
        svg.push_str(&format!(
            "<line class=\"grid\" x1=\"{0:.1}\" x2=\"{0:.1}\" y1=\"0\" y2=\"{1:.1}\"></line><text class=\"tick\" x=\"{0:.1}\" y=\"{2:.1}\">{3}</text>",
            x(v),
            height - row + 6.0,
            height - 6.0,
            tick * 2
        ));
    }
    for (i, (result, name)) in computed.indicators.iter().zip(names).enumerate() {
        let y = row * i as f64 + row / 2.0;
        svg.push_str(&format!(
            "<text class=\"label\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            left - 8.0,
            y + 4.0,
            escape(name)
        ));
        let city = &result.groups[0];
        let count = city.cells.len().max(1) as f64;
        for (w, cell) in city.cells.iter().enumerate() {
            let Some(e) = cell.estimate else { continue };
            let offset = y + (w as f64 - (count - 1.0) / 2.0) * 7.0;
            let wave = computed.waves.get(w).map(|w| w.name.as_str()).unwrap_or("");
            svg.push_str(&format!(
                "<g class=\"w{}\"><title>{}, {}: {:.1} ({:.1}–{:.1})</title><line x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{offset:.1}\" y2=\"{offset:.1}\"></line><circle cx=\"{:.1}\" cy=\"{offset:.1}\" r=\"4\"></circle></g>",
                w.min(3),
                escape(name),
                escape(wave),
                e.mean,
                e.low,
                e.high,
                x(e.low),
                x(e.high),
                x(e.mean)
            ));
        }
    }
    svg.push_str("</svg>");
    svg
}
