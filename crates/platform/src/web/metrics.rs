//! Counters for `/metrics` in the Prometheus text format. Hand-kept atomics:
//! a handful of series does not justify a metrics framework.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;

use super::AppState;

pub static IN_FLIGHT: AtomicI64 = AtomicI64::new(0);

/// Upper bounds of the latency histogram, in seconds.
const BUCKETS: [f64; 10] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0];

struct Histogram {
    counts: [AtomicU64; BUCKETS.len() + 1],
    sum_micros: AtomicU64,
}

static LATENCY: Histogram =
    Histogram { counts: [const { AtomicU64::new(0) }; BUCKETS.len() + 1], sum_micros: AtomicU64::new(0) };

/// Requests by (route pattern, status). Route patterns are few and fixed, so
/// the map stays small whatever the traffic.
static REQUESTS: Mutex<BTreeMap<(String, u16), u64>> = Mutex::new(BTreeMap::new());

pub fn record(route: &str, status: u16, elapsed: Duration) {
    let seconds = elapsed.as_secs_f64();
    let slot = BUCKETS.iter().position(|b| seconds <= *b).unwrap_or(BUCKETS.len());
    LATENCY.counts[slot].fetch_add(1, Ordering::Relaxed);
    LATENCY.sum_micros.fetch_add(elapsed.as_micros() as u64, Ordering::Relaxed);
    if let Ok(mut map) = REQUESTS.lock() {
        *map.entry((route.to_string(), status)).or_default() += 1;
    }
}

fn escape_label(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

pub fn render(state: &AppState) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# HELP mozaik_http_requests_total HTTP requests answered, by route and status.");
    let _ = writeln!(out, "# TYPE mozaik_http_requests_total counter");
    if let Ok(map) = REQUESTS.lock() {
        for ((route, status), count) in map.iter() {
            let _ = writeln!(
                out,
                "mozaik_http_requests_total{{route=\"{}\",status=\"{status}\"}} {count}",
                escape_label(route)
            );
        }
    }
    let _ = writeln!(out, "# HELP mozaik_http_request_duration_seconds Time to answer a request.");
    let _ = writeln!(out, "# TYPE mozaik_http_request_duration_seconds histogram");
    let mut cumulative = 0;
    for (i, bound) in BUCKETS.iter().enumerate() {
        cumulative += LATENCY.counts[i].load(Ordering::Relaxed);
        let _ = writeln!(out, "mozaik_http_request_duration_seconds_bucket{{le=\"{bound}\"}} {cumulative}");
    }
    cumulative += LATENCY.counts[BUCKETS.len()].load(Ordering::Relaxed);
    let _ = writeln!(out, "mozaik_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {cumulative}");
    let sum = LATENCY.sum_micros.load(Ordering::Relaxed) as f64 / 1e6;
    let _ = writeln!(out, "mozaik_http_request_duration_seconds_sum {sum}");
    let _ = writeln!(out, "mozaik_http_request_duration_seconds_count {cumulative}");
    let _ = writeln!(out, "# HELP mozaik_http_requests_in_flight Requests being answered now.");
    let _ = writeln!(out, "# TYPE mozaik_http_requests_in_flight gauge");
    let _ = writeln!(out, "mozaik_http_requests_in_flight {}", IN_FLIGHT.load(Ordering::Relaxed));
    let _ = writeln!(out, "# HELP mozaik_db_connections Open database connections.");
    let _ = writeln!(out, "# TYPE mozaik_db_connections gauge");
    let _ =
        writeln!(out, "mozaik_db_connections{{backend=\"{}\"}} {}", state.db.backend().name(), state.db.pool_size());
    let _ = writeln!(out, "# HELP mozaik_uptime_seconds Seconds since this server started.");
    let _ = writeln!(out, "# TYPE mozaik_uptime_seconds gauge");
    let _ = writeln!(out, "mozaik_uptime_seconds {}", state.site.started.elapsed().as_secs());
    out
}

pub async fn metrics_handler(State(state): State<AppState>) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], render(&state))
}
