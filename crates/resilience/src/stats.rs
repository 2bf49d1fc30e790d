//! Weighted means with 95% confidence intervals, and differences between
//! two independent groups. The variance of a weighted mean is the usual
//! linearisation (Taylor) estimate for a ratio: with n respondents, weights
//! w and values y, var = n/(n−1) · Σ w²(y − ȳ)² / (Σw)²; unweighted it is
//! s²/n. Intervals use Student's t with n − 1 degrees of freedom;
//! differences use Welch's approximation of the degrees of freedom.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Estimate {
    pub n: usize,
    pub mean: f64,
    pub se: f64,
    pub low: f64,
    pub high: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Difference {
    /// The second group's mean minus the first's.
    pub diff: f64,
    pub low: f64,
    pub high: f64,
    /// Whether the 95% interval of the difference excludes zero.
    pub significant: bool,
}

/// Two-sided 97.5% quantiles of Student's t for 1–30 degrees of freedom
/// (standard tables).
const T975: [f64; 30] = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120,
    2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/// The t quantile for a 95% interval, from the nearest tabulated degrees of
/// freedom at or below (30, 40, 60, 120, then the normal 1.96 from 1,000),
/// which errs on the wide side.
pub fn t975(df: f64) -> f64 {
    if df < 1.0 {
        return T975[0];
    }
    if df <= 30.0 {
        return T975[(df.floor() as usize).clamp(1, 30) - 1];
    }
    match df {
        d if d < 40.0 => 2.042,
        d if d < 60.0 => 2.021,
        d if d < 120.0 => 2.000,
        d if d < 1000.0 => 1.980,
        _ => 1.960,
    }
}

/// Running sums from which a weighted mean and its variance follow, so a
/// group's estimate is one pass over its respondents, and "the rest of the
/// city" is the city's sums minus the group's.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Sums {
    pub n: usize,
    w: f64,
    wy: f64,
    w2: f64,
    w2y: f64,
    w2y2: f64,
}

impl Sums {
    pub fn add(&mut self, y: f64, w: f64) {
        self.n += 1;
        self.w += w;
        self.wy += w * y;
        self.w2 += w * w;
        self.w2y += w * w * y;
        self.w2y2 += w * w * y * y;
    }

    pub fn minus(&self, other: &Sums) -> Sums {
        Sums {
            n: self.n - other.n,
            w: self.w - other.w,
            wy: self.wy - other.wy,
            w2: self.w2 - other.w2,
            w2y: self.w2y - other.w2y,
            w2y2: self.w2y2 - other.w2y2,
        }
    }

    /// The weighted mean with its interval, or None with fewer than two.
    pub fn estimate(&self) -> Option<Estimate> {
        let n = self.n;
        if n < 2 || self.w <= 0.0 {
            return None;
        }
        let mean = self.wy / self.w;
        // Σ w²(y − ȳ)², expanded so that it needs only the running sums.
        let spread = (self.w2y2 - 2.0 * mean * self.w2y + mean * mean * self.w2).max(0.0);
        let var = n as f64 / (n as f64 - 1.0) * spread / (self.w * self.w);
        let se = var.sqrt();
        let half = t975(n as f64 - 1.0) * se;
        Some(Estimate { n, mean, se, low: mean - half, high: mean + half })
    }
}

/// The weighted mean of (value, weight) pairs, or None with fewer than two.
pub fn weighted_mean(values: &[(f64, f64)]) -> Option<Estimate> {
    let mut sums = Sums::default();
    for (y, w) in values {
        sums.add(*y, *w);
    }
    sums.estimate()
}

/// `b − a` with its 95% interval (Welch).
pub fn difference(a: &Estimate, b: &Estimate) -> Difference {
    let diff = b.mean - a.mean;
    let (va, vb) = (a.se * a.se, b.se * b.se);
    let se = (va + vb).sqrt();
    let denominator = va * va / (a.n as f64 - 1.0) + vb * vb / (b.n as f64 - 1.0);
    let df = if denominator > 0.0 { (va + vb).powi(2) / denominator } else { (a.n + b.n) as f64 - 2.0 };
    let half = t975(df) * se;
    Difference { diff, low: diff - half, high: diff + half, significant: diff - half > 0.0 || diff + half < 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-3
    }

    /// Worked by hand: 2, 4, 4, 6 has mean 4, s² = 8/3, se = √(8/3 / 4) =
    /// 0.8165; t(3) = 3.182, so the interval is 4 ± 2.598.
    #[test]
    fn unweighted_mean_and_interval_by_hand() {
        let e = weighted_mean(&[(2.0, 1.0), (4.0, 1.0), (4.0, 1.0), (6.0, 1.0)]).unwrap();
        assert!(close(e.mean, 4.0));
        assert!(close(e.se, 0.8165), "{}", e.se);
        assert!(close(e.low, 1.402) && close(e.high, 6.598), "{e:?}");
    }

    /// Worked by hand: values 1 and 3 weighted 1 and 3 give (1 + 9) / 4 =
    /// 2.5; var = 2 · (1·2.25 + 9·0.25) / 16 = 0.5625, se 0.75; t(1) =
    /// 12.706, half-width 9.5295.
    #[test]
    fn weighted_mean_by_hand() {
        let e = weighted_mean(&[(1.0, 1.0), (3.0, 3.0)]).unwrap();
        assert!(close(e.mean, 2.5));
        assert!(close(e.se, 0.75));
        assert!(close(e.high, 2.5 + 9.5295), "{e:?}");
        assert!(weighted_mean(&[(1.0, 1.0)]).is_none());
    }

    /// The rest of a city is the city's sums minus a group's: the same as
    /// summing the rest directly.
    #[test]
    fn sums_subtract_to_the_rest() {
        let all = [(1.0, 2.0), (3.0, 1.0), (4.0, 0.5), (9.0, 1.5), (2.0, 1.0)];
        let (mut city, mut group, mut rest) = (Sums::default(), Sums::default(), Sums::default());
        for (i, (y, w)) in all.iter().enumerate() {
            city.add(*y, *w);
            if i < 2 {
                group.add(*y, *w)
            } else {
                rest.add(*y, *w)
            }
        }
        let (a, b) = (city.minus(&group).estimate().unwrap(), rest.estimate().unwrap());
        assert!(close(a.mean, b.mean) && close(a.se, b.se) && a.n == 3, "{a:?} {b:?}");
    }

    /// Worked by hand: two groups of 31 with se 0.5 each: se of the
    /// difference √0.5 = 0.7071, Welch df = 0.25 / (2 · 0.0625/30) = 60, t = 2.000.
    #[test]
    fn difference_by_hand() {
        let a = Estimate { n: 31, mean: 5.0, se: 0.5, low: 0.0, high: 0.0 };
        let b = Estimate { n: 31, mean: 6.5, se: 0.5, low: 0.0, high: 0.0 };
        let d = difference(&a, &b);
        assert!(close(d.diff, 1.5));
        assert!(close(d.low, 1.5 - 2.0 * 0.5_f64.sqrt()), "{d:?}");
        assert!(d.significant);
        let c = Estimate { mean: 5.5, ..b };
        assert!(!difference(&a, &c).significant);
    }
}
