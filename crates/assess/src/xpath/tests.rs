use std::collections::BTreeMap;

use super::*;

fn answers(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

fn holds(expr: &str, pairs: &[(&str, &str)]) -> bool {
    parse(expr).unwrap_or_else(|e| panic!("{expr}: {e}")).holds(&answers(pairs))
}

fn value(expr: &str, pairs: &[(&str, &str)]) -> String {
    parse(expr).unwrap_or_else(|e| panic!("{expr}: {e}")).eval(&answers(pairs)).text()
}

#[test]
fn conditions_real_forms_use() {
    let a = [("age", "17"), ("consent", "yes"), ("sources", "radio tv"), ("budget", "no")];
    assert!(holds("${consent} = 'yes'", &a));
    assert!(!holds("${consent} != 'yes'", &a));
    assert!(holds("${age} < 18 and ${consent}='yes'", &a));
    assert!(holds("${age} >= 18 or (${consent} = 'yes' and not(${budget} = 'yes'))", &a));
    assert!(holds("selected(${sources}, 'tv')", &a));
    assert!(!holds("selected(${sources}, 'web')", &a));
    assert!(holds("count-selected(${sources}) >= 2", &a));
    assert!(holds("${consent}", &a), "a bare answer holds when given");
    assert!(!holds("${missing}", &a));
    assert!(holds("string-length(${missing}) = 0", &a));
    assert!(holds("../age > 10", &a));
    assert!(holds("/data/group/age = 17", &a));
    assert!(holds("regex(${age}, '^[0-9]+$')", &a));
}

#[test]
fn mozaik_keeps_multiple_choices_with_commas() {
    assert!(holds("selected(${s}, 'b')", &[("s", "a,b")]));
    assert_eq!(value("selected-at(${s}, 1)", &[("s", "a,b")]), "b");
    // `=` on a multiple choice compares the whole answer, as in ODK.
    assert!(!holds("${s} = 'b'", &[("s", "a,b")]));
}

#[test]
fn constraints_read_the_current_value() {
    let expr = parse(". >= 0 and . <= 100").unwrap();
    struct At(&'static str);
    impl Context for At {
        fn answer(&self, _: &str) -> Option<String> {
            None
        }
        fn current(&self) -> Option<String> {
            Some(self.0.to_string())
        }
    }
    assert!(expr.holds(&At("50")));
    assert!(!expr.holds(&At("101")));
    assert!(!expr.holds(&At("")), "an empty value is not a number");
}

#[test]
fn calculations() {
    let a = [("men", "4"), ("women", "5"), ("name", "Kičevo"), ("born", "2000-03-01")];
    assert_eq!(value("${men} + ${women}", &a), "9");
    assert_eq!(value("${men} div 8", &a), "0.5");
    assert_eq!(value("round(${women} div 3, 2)", &a), "1.67");
    assert_eq!(value("if(${men} > ${women}, 'men', 'women')", &a), "women");
    assert_eq!(value("concat(${name}, ' (', ${men}, ')')", &a), "Kičevo (4)");
    assert_eq!(value("coalesce(${none}, 'n/a')", &a), "n/a");
    assert_eq!(value("substr(${name}, 0, 3)", &a), "Kič");
    assert_eq!(value("format-date(${born}, '%d.%m.%Y')", &a), "01.03.2000");
    assert_eq!(value("date('2000-03-11') - ${born}", &a), "10");
    assert_eq!(value("int(-2.7)", &a), "-2");
    assert_eq!(value("5 mod 3 * 2", &a), "4");
    assert_eq!(value("-${men} + 1", &a), "-3");
}

#[test]
fn comparisons_follow_xpath_types() {
    assert!(holds("${n} = 5", &[("n", "5.0")]), "a number compares as a number");
    assert!(!holds("${t} = '5'", &[("t", "5.0")]), "two texts compare as texts");
    assert!(!holds("${n} > 3", &[("n", "")]), "a missing answer is no number");
    assert!(holds("${d} > '2020-01-01'", &[("d", "2021-06-01")]), "dates compare as dates");
}

#[test]
fn what_is_read_and_what_is_not_evaluated() {
    let e = parse("pulldata('hh', 'name', 'id', ${id}) != '' and ${a} = 1").unwrap();
    assert_eq!(e.answers_read(), ["id", "a"]);
    assert_eq!(e.not_evaluated(), ["pulldata()"]);
    let e = parse("instance('counties')/root/item[name = ${county}]/label").unwrap();
    assert_eq!(e.answers_read(), ["county"]);
    assert_eq!(e.not_evaluated().len(), 1);
    assert!(parse("jr:choice-name(${q}, '${q}')").unwrap().not_evaluated().is_empty());
}

#[test]
fn choice_filters_read_choice_columns() {
    struct Choice;
    impl Context for Choice {
        fn answer(&self, name: &str) -> Option<String> {
            (name == "country").then(|| "MK".to_string())
        }
        fn column(&self, name: &str) -> Option<String> {
            (name == "country").then(|| "MK".to_string())
        }
    }
    assert!(parse("country = ${country}").unwrap().holds(&Choice));
    assert!(!parse("country = 'AL'").unwrap().holds(&Choice));
}

#[test]
fn syntax_errors_say_what_is_wrong() {
    for (bad, says) in [
        ("${a} = 'yes", "never closed"),
        ("(${a} = 1", "never closed"),
        ("${a} = ", "ends too early"),
        ("${a} 'x'", "unexpected"),
        ("${a} = 1 )", "unexpected"),
        ("selected(${a}, 'x'", "not closed"),
        ("${a} # 1", "unexpected character"),
        ("", "empty"),
    ] {
        let err = parse(bad).expect_err(bad);
        assert!(err.contains(says), "{bad}: {err}");
    }
}

#[test]
fn typographic_quotes_become_straight() {
    assert_eq!(straight_quotes("${a} = \u{2018}yes\u{2019}"), "${a} = 'yes'");
    assert!(holds(&straight_quotes("${a} = \u{201c}yes\u{201d}"), &[("a", "yes")]));
}

#[test]
fn an_uploaded_form_cannot_exhaust_the_stack() {
    let deep = format!("{}1{}", "(".repeat(100), ")".repeat(100));
    assert!(parse(&deep).unwrap_err().contains("nests deeper"));
    assert!(parse(&format!("{}1", "(".repeat(100_000))).is_err());
    let negated = format!("{}1", "- ".repeat(100_000));
    assert!(parse(&negated).is_err());
    let long = vec!["${a}"; 50_000].join(" + ");
    assert!(parse(&long).unwrap_err().contains("longer than"));
    let nested_ifs = (0..12).fold("1".to_string(), |inner, _| format!("if(${{a}} = 1, {inner}, 0)"));
    assert_eq!(parse(&nested_ifs).unwrap().eval(&answers(&[("a", "1")])).text(), "1", "real depth still reads");
}

#[test]
fn numbers_and_dates_out_of_range_give_nothing() {
    assert_eq!(value("format-date(${n}, '%Y')", &[("n", "200000000000")]), "");
    assert_eq!(value("${n} * 2", &[("n", "2,5")]), "5", "a decimal comma");
}

/// A repeat with three entries, one of them unanswered.
struct Entries;

impl Context for Entries {
    fn answer(&self, name: &str) -> Option<String> {
        (name == "age").then(|| "34".to_string())
    }

    fn nodes(&self, name: &str) -> Option<Vec<String>> {
        (name == "age").then(|| vec!["34".into(), String::new(), "9".into()])
    }
}

#[test]
fn a_repeat_question_counts_every_entry_and_sums_the_answered_ones() {
    let eval = |text: &str| parse(text).unwrap().eval(&Entries).text();
    assert_eq!(eval("count(${age})"), "3", "a node in every entry, as in ODK");
    assert_eq!(eval("count-non-empty(${age})"), "2");
    assert_eq!(eval("sum(${age})"), "43");
    assert_eq!(eval("max(${age})"), "34");
}
