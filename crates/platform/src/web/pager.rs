//! Pages of a result list: "21–40 of 695", with links to the previous and
//! next page that keep every other parameter of the address (the query,
//! the reader's filters), so a reader can page through exact results.

/// Where a reader is in a list of `total` items.
#[derive(Debug, Clone)]
pub struct Pager {
    pub page: i64,
    pub per_page: i64,
    pub total: i64,
    /// The address's other parameters, already encoded, to keep on every link.
    keep: String,
    path: String,
}

impl Pager {
    /// `page` counts from 1; anything out of range is brought into it.
    pub fn new(path: &str, keep: &[(&str, &str)], page: i64, per_page: i64, total: i64) -> Pager {
        let per_page = per_page.max(1);
        let last = ((total + per_page - 1) / per_page).max(1);
        let keep = keep
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{}={}", urlencoding::encode(k), urlencoding::encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        Pager { page: page.clamp(1, last), per_page, total, keep, path: path.to_string() }
    }

    /// The first item's offset, for the query.
    pub fn offset(&self) -> i64 {
        (self.page - 1) * self.per_page
    }

    /// The first item shown, counting from 1 (0 when there are none).
    pub fn first(&self) -> i64 {
        if self.total == 0 {
            0
        } else {
            self.offset() + 1
        }
    }

    pub fn last(&self) -> i64 {
        (self.offset() + self.per_page).min(self.total)
    }

    pub fn pages(&self) -> i64 {
        ((self.total + self.per_page - 1) / self.per_page).max(1)
    }

    pub fn href(&self, page: i64) -> String {
        let mut href = format!("{}?", self.path);
        if !self.keep.is_empty() {
            href.push_str(&self.keep);
            href.push('&');
        }
        href.push_str(&format!("page={page}"));
        href
    }

    /// "21–40 of 695", in the reader's language and number format.
    pub fn position(&self, tr: crate::i18n::Tr) -> String {
        let (first, last, total) = (tr.num(self.first()), tr.num(self.last()), tr.num(self.total));
        tr.ta("pager-position", &[("first", &first), ("last", &last), ("total", &total)])
    }

    pub fn previous(&self) -> Option<String> {
        (self.page > 1).then(|| self.href(self.page - 1))
    }

    pub fn next(&self) -> Option<String> {
        (self.page < self.pages()).then(|| self.href(self.page + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_keep_the_query_and_stay_in_range() {
        let pager = Pager::new("/knowledge", &[("q", "mjesna zajednica"), ("country", "MK")], 2, 20, 45);
        assert_eq!((pager.first(), pager.last(), pager.pages()), (21, 40, 3));
        assert_eq!(pager.next().as_deref(), Some("/knowledge?q=mjesna%20zajednica&country=MK&page=3"));
        assert_eq!(pager.previous().as_deref(), Some("/knowledge?q=mjesna%20zajednica&country=MK&page=1"));
        let beyond = Pager::new("/x", &[], 99, 20, 45);
        assert_eq!((beyond.page, beyond.first(), beyond.last()), (3, 41, 45));
        let none = Pager::new("/x", &[], 1, 20, 0);
        assert_eq!((none.first(), none.last(), none.next()), (0, 0, None));
    }
}
