//! Progress for long command-line operations, shown only on a terminal so
//! that logs and pipes stay clean.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

pub struct Progress {
    label: String,
    total: u64,
    done: u64,
    visible: bool,
    last_draw: Instant,
}

impl Progress {
    pub fn new(label: impl Into<String>, total: u64) -> Self {
        Progress {
            label: label.into(),
            total,
            done: 0,
            visible: std::io::stderr().is_terminal(),
            last_draw: Instant::now() - Duration::from_secs(1),
        }
    }

    pub fn inc(&mut self, n: u64) {
        self.done += n;
        if self.visible && self.last_draw.elapsed() >= Duration::from_millis(100) {
            self.draw();
        }
    }

    fn draw(&mut self) {
        self.last_draw = Instant::now();
        let percent = (self.done * 100).checked_div(self.total).unwrap_or(100);
        let mut err = std::io::stderr();
        let _ = write!(err, "\r{} {}/{} ({percent}%)", self.label, self.done, self.total);
        let _ = err.flush();
    }

    pub fn finish(mut self) {
        if self.visible {
            self.draw();
            let _ = writeln!(std::io::stderr());
        }
    }
}
