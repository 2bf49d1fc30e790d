//! Raking (iterative proportional fitting): respondents' weights adjusted,
//! one dimension at a time, until the weighted counts match the population
//! margins the study's owners entered for every dimension at once.

/// One weighting dimension: its categories with their population, and each
/// respondent's category (an index into `categories`).
pub struct Dimension {
    pub name: String,
    pub categories: Vec<String>,
    pub population: Vec<f64>,
    pub of_respondent: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error, serde::Serialize)]
pub enum RakeError {
    #[error("respondents with {dimension} = {category} have no population margin")]
    NoMargin { dimension: String, category: String },
    #[error("{dimension} = {category} has a population but no respondents, so no weights can reach it")]
    NoRespondents { dimension: String, category: String },
    #[error("the population of {dimension} ({total}) differs from that of {first} ({first_total}) by more than 1%")]
    TotalsDiffer { dimension: String, total: f64, first: String, first_total: f64 },
    #[error(
        "weighting did not converge after {iterations} rounds: {dimension} = {category} is still {gap:.1}% off its margin; the margins contradict each other for the respondents there are"
    )]
    NoConvergence { iterations: usize, dimension: String, category: String, gap: f64 },
}

pub const MAX_ROUNDS: usize = 200;
/// Every margin met to one part in a million.
const TOLERANCE: f64 = 1e-6;

fn sums(dimension: &Dimension, weights: &[f64]) -> Vec<f64> {
    let mut sums = vec![0.0; dimension.categories.len()];
    for (w, c) in weights.iter().zip(&dimension.of_respondent) {
        sums[*c] += w;
    }
    sums
}

/// The weights, summing to the population, or why there are none.
pub fn rake(dimensions: &[Dimension], respondents: usize) -> Result<Vec<f64>, RakeError> {
    let mut weights = vec![1.0; respondents];
    let Some(first) = dimensions.first() else { return Ok(weights) };
    let first_total: f64 = first.population.iter().sum();
    for d in dimensions {
        let total: f64 = d.population.iter().sum();
        if (total - first_total).abs() > first_total * 0.01 {
            return Err(RakeError::TotalsDiffer {
                dimension: d.name.clone(),
                total,
                first: first.name.clone(),
                first_total,
            });
        }
        for (c, count) in sums(d, &weights).iter().enumerate() {
            if *count == 0.0 && d.population[c] > 0.0 {
                return Err(RakeError::NoRespondents { dimension: d.name.clone(), category: d.categories[c].clone() });
            }
        }
    }
    let mut worst = (0.0, String::new(), String::new());
    for _ in 0..MAX_ROUNDS {
        for d in dimensions {
            let factors: Vec<f64> = sums(d, &weights)
                .iter()
                .zip(&d.population)
                .map(|(sum, target)| if *sum > 0.0 { target / sum } else { 0.0 })
                .collect();
            for (w, c) in weights.iter_mut().zip(&d.of_respondent) {
                *w *= factors[*c];
            }
        }
        worst = (0.0, String::new(), String::new());
        for d in dimensions {
            for (c, sum) in sums(d, &weights).iter().enumerate() {
                let target = d.population[c];
                let gap = if target > 0.0 { (sum - target).abs() / target } else { *sum };
                if gap > worst.0 {
                    worst = (gap, d.name.clone(), d.categories[c].clone());
                }
            }
        }
        if worst.0 < TOLERANCE {
            return Ok(weights);
        }
    }
    Err(RakeError::NoConvergence {
        iterations: MAX_ROUNDS,
        dimension: worst.1,
        category: worst.2,
        gap: worst.0 * 100.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dimension(name: &str, categories: &[&str], population: &[f64], of: &[usize]) -> Dimension {
        Dimension {
            name: name.into(),
            categories: categories.iter().map(|c| c.to_string()).collect(),
            population: population.to_vec(),
            of_respondent: of.to_vec(),
        }
    }

    /// Six respondents: two young men, one older man, one young woman, two
    /// older women; population 50 men, 50 women, 60 young, 40 older. The
    /// reference weights were computed independently (a plain IPF loop in
    /// Python run to a fixed point): 18.98021, 12.03958, 22.03958, 13.98021.
    #[test]
    fn two_by_two_matches_the_independent_computation() {
        let sex = dimension("sex", &["male", "female"], &[50.0, 50.0], &[0, 0, 0, 1, 1, 1]);
        let age = dimension("age_group", &["young", "older"], &[60.0, 40.0], &[0, 0, 1, 0, 1, 1]);
        let w = rake(&[sex, age], 6).unwrap();
        let expected = [18.980210, 18.980210, 12.039581, 22.039581, 13.980210, 13.980210];
        for (got, want) in w.iter().zip(expected) {
            assert!((got - want).abs() < 1e-4, "{w:?}");
        }
        assert!((w.iter().sum::<f64>() - 100.0).abs() < 1e-6);
    }

    /// Only young men and older women answered, so "men" and "young" are the
    /// same people and cannot be 50 and 70 at once.
    #[test]
    fn contradictory_margins_stop_with_a_message() {
        let sex = dimension("sex", &["male", "female"], &[50.0, 50.0], &[0, 0, 1, 1]);
        let age = dimension("age_group", &["young", "older"], &[70.0, 30.0], &[0, 0, 1, 1]);
        let error = rake(&[sex, age], 4).unwrap_err();
        assert!(matches!(error, RakeError::NoConvergence { iterations: MAX_ROUNDS, .. }), "{error}");
        assert!(error.to_string().contains("did not converge"));
    }

    #[test]
    fn a_margin_without_respondents_or_differing_totals_is_refused() {
        let sex = dimension("sex", &["male", "female"], &[50.0, 50.0], &[0, 0]);
        assert!(matches!(rake(&[sex], 2), Err(RakeError::NoRespondents { .. })));
        let sex = dimension("sex", &["male", "female"], &[50.0, 50.0], &[0, 1]);
        let age = dimension("age_group", &["young", "older"], &[70.0, 70.0], &[0, 1]);
        assert!(matches!(rake(&[sex, age], 2), Err(RakeError::TotalsDiffer { .. })));
    }
}
