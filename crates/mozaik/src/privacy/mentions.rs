//! A person's name and e-mail addresses where people typed them: in either
//! script, in any case, with or without diacritics, and only as whole
//! words, so that erasing ana@example.org leaves diana@example.org alone.

use platform::fold;
use platform::{on_tx, Tx};
use regex::Regex;

/// The spellings of one person to look for in free text.
pub struct Mentions {
    pattern: Regex,
    /// Substrings for the database to pick candidate rows by (`LIKE`).
    likes: Vec<String>,
}

/// Characters that continue a word or an e-mail address: a match next to
/// one of them is part of something longer.
fn continues(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '%' | '+' | '@')
}

/// Whether the match `start..end` of `text` stands on its own.
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let mut after = text[end..].chars();
    let next = after.next();
    let clear_before = !before.is_some_and(|c| continues(c) || c == '.' || c == '-');
    // A full stop or a hyphen after the match ends it unless a word follows
    // (ana@example.org.mk is another address).
    let clear_after = match next {
        None => true,
        Some('.' | '-') => !after.next().is_some_and(char::is_alphanumeric),
        Some(c) => !continues(c),
    };
    clear_before && clear_after
}

/// Removes diacritics from Latin letters of the region's languages.
fn without_diacritics(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'č' | 'ć' | 'ç' => 'c',
            'Č' | 'Ć' | 'Ç' => 'C',
            'š' => 's',
            'Š' => 'S',
            'ž' => 'z',
            'Ž' => 'Z',
            'đ' => 'd',
            'Đ' => 'D',
            'ë' => 'e',
            'Ë' => 'E',
            other => other,
        })
        .collect()
}

impl Mentions {
    /// The spellings of a name (as typed, in Latin and Cyrillic, without
    /// diacritics) and of each address; `None` when there is nothing long
    /// enough to look for safely.
    pub fn of(full_name: &str, emails: &[String]) -> Option<Mentions> {
        let name = full_name.trim();
        let latin = fold::to_latin(name);
        let mut spellings = vec![name.to_string(), fold::to_cyrillic(&latin), without_diacritics(&latin), latin];
        spellings.extend(emails.iter().map(|e| e.trim().to_string()));
        spellings.retain(|s| s.chars().count() >= 4);
        spellings.sort_by_key(|s| std::cmp::Reverse(s.len()));
        spellings.dedup();
        if spellings.is_empty() {
            return None;
        }
        let alternatives: Vec<String> = spellings.iter().map(|s| regex::escape(s)).collect();
        let pattern = Regex::new(&format!("(?i)(?:{})", alternatives.join("|"))).ok()?;
        let mut likes: Vec<String> =
            spellings.iter().flat_map(|s| [s.clone(), s.to_lowercase(), s.to_uppercase()]).collect();
        likes.sort();
        likes.dedup();
        Some(Mentions { pattern, likes })
    }

    /// The text with every mention replaced by `alias`, if it had any.
    pub fn replace(&self, text: &str, alias: &str) -> Option<String> {
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for found in self.pattern.find_iter(text) {
            if stands_alone(text, found.start(), found.end()) {
                out.push_str(&text[last..found.start()]);
                out.push_str(alias);
                last = found.end();
            }
        }
        if last == 0 {
            return None;
        }
        out.push_str(&text[last..]);
        Some(out)
    }

    /// Replaces the mentions in one column of a table keyed by `id`;
    /// returns how many rows changed. The database picks the candidates
    /// (any case on PostgreSQL, ASCII case on SQLite, plus the spellings in
    /// lower and upper case); the whole-word check is made here.
    pub async fn replace_in(&self, tx: &mut Tx, table: &str, column: &str, alias: &str) -> Result<u64, sqlx::Error> {
        let tests: Vec<String> = (1..=self.likes.len())
            .flat_map(|n| [format!("{column} LIKE ${n} ESCAPE '\\'"), format!("LOWER({column}) LIKE ${n} ESCAPE '\\'")])
            .collect();
        let sql = format!("SELECT id, {column} FROM {table} WHERE {}", tests.join(" OR "));
        let patterns: Vec<String> = self.likes.iter().map(|s| format!("%{}%", fold::like_escape(s))).collect();
        let candidates: Vec<(i64, String)> = on_tx!(tx, |c| {
            let mut query = sqlx::query_as(&sql);
            for p in &patterns {
                query = query.bind(p);
            }
            query.fetch_all(&mut *c).await
        })?;
        let update = format!("UPDATE {table} SET {column} = $1 WHERE id = $2");
        let mut changed = 0;
        for (id, text) in candidates {
            let Some(clean) = self.replace(&text, alias) else { continue };
            on_tx!(tx, |c| sqlx::query(&update).bind(&clean).bind(id).execute(&mut *c).await.map(|_| ()))?;
            changed += 1;
        }
        Ok(changed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mentions() -> Mentions {
        Mentions::of("Marija Šehić", &["ana@example.org".to_string()]).unwrap()
    }

    #[test]
    fn every_spelling_of_the_name_is_found() {
        let m = mentions();
        for text in ["Marija Šehić called", "MARIJA ŠEHIĆ called", "Марија Шехић called", "marija sehic called"]
        {
            assert_eq!(m.replace(text, "[#1]").as_deref(), Some("[#1] called"), "{text}");
        }
    }

    #[test]
    fn an_address_inside_another_is_left_alone() {
        let m = mentions();
        assert_eq!(m.replace("write to diana@example.org", "[#1]"), None);
        assert_eq!(m.replace("write to ana@example.org.mk", "[#1]"), None);
        assert_eq!(m.replace("write to ana@example.organic", "[#1]"), None);
        assert_eq!(m.replace("Write to ANA@example.org.", "[#1]").as_deref(), Some("Write to [#1]."));
        assert_eq!(m.replace("(ana@example.org)", "[#1]").as_deref(), Some("([#1])"));
    }

    #[test]
    fn a_short_name_is_not_looked_for() {
        assert!(Mentions::of("Al", &[]).is_none());
    }
}
