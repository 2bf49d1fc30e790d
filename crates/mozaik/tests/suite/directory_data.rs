use chrono::NaiveDate;
use directory::csv_io::{export_institutions, export_places, import_institutions, import_places, ImportError};
use directory::places;
use directory::reference::{load_reference, HubSettings};
use platform::{on_db, Db};

use crate::support::{load_demo, on_both_backends};

fn day(text: &str) -> NaiveDate {
    text.parse().expect("date")
}

async fn count(db: &Db, sql: &str) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar::<_, i64>(sql).fetch_one(pool).await).expect(sql)
}

async fn local_governments_below(db: &Db, code: &str, on: NaiveDate) -> usize {
    let place = places::find(db, code).await.expect("find").expect("exists");
    places::descendants(db, place.id, on)
        .await
        .expect("descendants")
        .iter()
        .filter(|n| n.level == "municipality" || n.level == "city")
        .count()
}

on_both_backends!(reference_places_load_complete, |db| {
    let report =
        load_reference(db, &HubSettings::default(), day("2026-01-01"), &crate::support::audit()).await.expect("load");
    assert_eq!(report.added, 568, "567 reference rows plus the region");
    let today = day("2026-01-01");
    // Counts from data/SOURCES.md.
    assert_eq!(local_governments_below(db, "AL", today).await, 61);
    assert_eq!(local_governments_below(db, "XK", today).await, 38);
    assert_eq!(local_governments_below(db, "ME", today).await, 25);
    assert_eq!(local_governments_below(db, "MK", today).await, 81, "80 municipalities and the City of Skopje");
    assert_eq!(
        local_governments_below(db, "BA", today).await,
        144,
        "142 units and the 2 composite cities; Brčko District is a level of its own"
    );
    assert_eq!(local_governments_below(db, "RS", today).await, 162, "28 cities and 134 municipalities");
    let crumbs = places::ancestors(db, places::find(db, "MK-703").await.unwrap().unwrap().id, today).await.unwrap();
    let codes: Vec<&str> = crumbs.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["WB", "MK"]);
    // Loading again changes nothing.
    let again = load_reference(db, &HubSettings::default(), today, &crate::support::audit()).await.expect("reload");
    assert_eq!((again.added, again.updated, again.moved, again.unchanged), (0, 0, 0, 568));
});

async fn first_hit(db: &Db, query: &str) -> Vec<String> {
    places::search(db, query, places::HitKind::Place, 0, 20)
        .await
        .expect("search")
        .hits
        .into_iter()
        .map(|h| h.code)
        .collect()
}

on_both_backends!(search_finds_both_scripts_and_ignores_accents, |db| {
    load_reference(db, &HubSettings::default(), day("2026-01-01"), &crate::support::audit()).await.expect("load");
    assert!(first_hit(db, "Куманово").await.contains(&"MK-703".to_string()));
    assert!(first_hit(db, "Kumanovo").await.contains(&"MK-703".to_string()));
    assert!(first_hit(db, "kumanovo").await.contains(&"MK-703".to_string()));
    assert!(first_hit(db, "Shkoder").await.contains(&"AL-SHKODER".to_string()));
    assert!(first_hit(db, "Приштина").await.contains(&"XK-PRISHTINE".to_string()));
    assert!(first_hit(db, "cukarica").await.contains(&"RS-BEOGRAD-CUKARICA".to_string()));
    assert!(first_hit(db, "Даниловград").await.contains(&"ME-07".to_string()));
    // Macedonian romanisation of Cyrillic names is found too.
    assert!(first_hit(db, "Chashka").await.contains(&"MK-109".to_string()));
    // Several words must all match; wildcards in the query are literal.
    assert_eq!(first_hit(db, "novi beograd").await, ["RS-BEOGRAD-NOVI-BEOGRAD"]);
    assert!(first_hit(db, "%").await.is_empty());
    assert!(first_hit(db, "   ").await.is_empty());
});

on_both_backends!(a_moved_place_rolls_up_to_the_parent_it_had_then, |db| {
    load_reference(db, &HubSettings::default(), day("2026-01-01"), &crate::support::audit()).await.expect("load");
    // Zeta, a municipality since 2022, recorded as part of Podgorica until then.
    let csv = "code,parent_code,level,name,name_alt,valid_from\nME-25,ME-16,municipality,Zeta,Зета,\n";
    let r = import_places(db, csv.as_bytes(), day("2020-01-01"), &crate::support::audit()).await.expect("first move");
    assert_eq!(r.moved, 1);
    let csv = "code,parent_code,level,name,name_alt,valid_from\nME-25,ME,municipality,Zeta,Зета,2022-09-01\n";
    let r = import_places(db, csv.as_bytes(), day("2026-01-01"), &crate::support::audit()).await.expect("second move");
    assert_eq!((r.moved, r.added), (1, 0));
    let zeta = places::find(db, "ME-25").await.unwrap().unwrap();
    let before: Vec<String> =
        places::ancestors(db, zeta.id, day("2021-06-01")).await.unwrap().into_iter().map(|c| c.code).collect();
    let after: Vec<String> =
        places::ancestors(db, zeta.id, day("2023-06-01")).await.unwrap().into_iter().map(|c| c.code).collect();
    assert_eq!(before, ["WB", "ME", "ME-16"]);
    assert_eq!(after, ["WB", "ME"]);
    let podgorica = places::find(db, "ME-16").await.unwrap().unwrap();
    let below_then = places::descendants(db, podgorica.id, day("2021-06-01")).await.unwrap();
    let below_now = places::descendants(db, podgorica.id, day("2023-06-01")).await.unwrap();
    assert_eq!(below_then.len(), 1);
    assert!(below_now.is_empty());
});

on_both_backends!(a_bad_places_file_is_rejected_whole_with_every_problem, |db| {
    load_reference(db, &HubSettings::default(), day("2026-01-01"), &crate::support::audit()).await.expect("load");
    let before = count(db, "SELECT COUNT(*) FROM places").await;
    let links_before = count(db, "SELECT COUNT(*) FROM place_parents").await;
    let csv = "code,parent_code,level,name,colour\n\
               XK-NEW,XK,municipality,Good new place,\n\
               bad code,XK,municipality,Lower case code,\n\
               XK-TWO,XK-NOWHERE,municipality,Orphan,\n\
               XK-THREE,XK,village,Unknown level,\n\
               XK-NEW,XK,municipality,Duplicate,\n\
               XK-FOUR,XK,municipality,,\n\
               MK-703,MK-703,municipality,Kumanovo,\n";
    let Err(ImportError::Rejected(problems)) =
        import_places(db, csv.as_bytes(), day("2026-01-01"), &crate::support::audit()).await
    else {
        panic!("a bad file must be rejected");
    };
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let expect = [
        "line 1, column colour: unknown column",
        "line 3, column code: 'bad code' is not a valid code",
        "line 4, column parent_code: no place has the code 'XK-NOWHERE'",
        "line 5, column level: unknown level 'village'",
        "line 6, column code: 'XK-NEW' already appears on line 2",
        "line 7, column name: a name is required",
        "line 8, column parent_code: a place cannot be its own parent",
    ];
    for wanted in expect {
        assert!(text.iter().any(|t| t.starts_with(wanted)), "missing «{wanted}» in {text:#?}");
    }
    assert_eq!(count(db, "SELECT COUNT(*) FROM places").await, before, "a rejected file wrote places");
    assert_eq!(count(db, "SELECT COUNT(*) FROM place_parents").await, links_before);
});

on_both_backends!(a_loop_of_parents_is_refused, |db| {
    load_reference(db, &HubSettings::default(), day("2026-01-01"), &crate::support::audit()).await.expect("load");
    let csv = "code,parent_code,level,name\nMK,MK-703,country,North Macedonia\n";
    let Err(ImportError::Rejected(problems)) =
        import_places(db, csv.as_bytes(), day("2026-01-01"), &crate::support::audit()).await
    else {
        panic!("a loop must be rejected");
    };
    assert!(problems[0].to_string().contains("loop"), "{problems:?}");
});

on_both_backends!(unreadable_files_get_clear_messages, |db| {
    for (bytes, wanted) in [
        (&b""[..], "empty"),
        (&b"code,parent_code,level,name\n"[..], "no rows"),
        (&b"code,parent_code,level,name\nAL-X,AL,municipality,Caf\xe9\n"[..], "line 2: the file is not UTF-8"),
        (
            &b"code,parent_code,level,name\nAL-X,AL,municipality\n"[..],
            "line 2: this row has 3 fields, the header has 4",
        ),
        (&b"code,level\nAL-X,municipality\n"[..], "column parent_code: this required column is missing"),
    ] {
        let Err(ImportError::Rejected(problems)) =
            import_places(db, bytes, day("2026-01-01"), &crate::support::audit()).await
        else {
            panic!("must reject {wanted}");
        };
        assert!(problems.iter().any(|p| p.to_string().contains(wanted)), "{wanted}: {problems:?}");
    }
});

on_both_backends!(csv_exports_import_back_unchanged, |db| {
    load_demo(db).await;
    let mut places_csv = Vec::new();
    export_places(db, &mut places_csv).await.expect("export places");
    let mut institutions_csv = Vec::new();
    export_institutions(db, &mut institutions_csv).await.expect("export institutions");
    let r = import_places(db, places_csv.as_slice(), day("2026-01-01"), &crate::support::audit())
        .await
        .expect("reimport places");
    assert_eq!((r.added, r.updated, r.moved), (0, 0, 0));
    assert_eq!(r.unchanged, 574, "the reference places and the demo study's six neighbourhoods");
    let r = import_institutions(db, institutions_csv.as_slice(), &crate::support::audit())
        .await
        .expect("reimport institutions");
    assert_eq!((r.added, r.updated), (0, 0));
    assert!(r.unchanged > 100);
});

on_both_backends!(institutions_import_validates_and_upserts, |db| {
    load_reference(db, &HubSettings::default(), day("2026-01-01"), &crate::support::audit()).await.expect("load");
    let bad = "code,place_code,kind,name,website\nX-1,NOWHERE,police,Station,\nX-2,MK-703,bakery,Shop,ftp://x\n";
    let Err(ImportError::Rejected(problems)) = import_institutions(db, bad.as_bytes(), &crate::support::audit()).await
    else {
        panic!("must reject")
    };
    let text = problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
    assert!(text.contains("line 2, column place_code"), "{text}");
    assert!(text.contains("line 3, column kind: unknown kind 'bakery'"), "{text}");
    assert!(text.contains("line 3, column website"), "{text}");
    assert_eq!(count(db, "SELECT COUNT(*) FROM institutions").await, 0);
    let good = "code,place_code,kind,name,name_alt\nMK-703-CSW,MK-703,social_welfare_centre,Centre for Social Work Kumanovo,ЈУ Меѓуопштински центар за социјална работа Куманово\n";
    let r = import_institutions(db, good.as_bytes(), &crate::support::audit()).await.expect("import");
    assert_eq!(r.added, 1);
    let hits = places::search(db, "социјална куманово", places::HitKind::Institution, 0, 10).await.expect("search");
    assert!(hits.hits.iter().any(|h| h.code == "MK-703-CSW"), "an institution is found by its Cyrillic name");
    let renamed = "code,place_code,kind,name\nMK-703-CSW,MK-703,social_welfare_centre,Social Work Centre Kumanovo\n";
    assert_eq!(import_institutions(db, renamed.as_bytes(), &crate::support::audit()).await.expect("update").updated, 1);
});

on_both_backends!(demo_data_fills_the_directory, |db| {
    load_demo(db).await;
    let stats = places::stats(db).await.expect("stats");
    assert_eq!(stats.countries, 6);
    assert_eq!(stats.members, 17);
    assert_eq!(stats.structures, 17);
    assert!(stats.institutions >= 100);
    // Kumanovo's focal point changed hands: one holder then, one now, same position.
    let holders = count(
        db,
        "SELECT COUNT(*) FROM position_holders h JOIN positions p ON p.id = h.position_id \
         JOIN institutions i ON i.id = p.institution_id WHERE i.code = 'MK-703-ADMIN' \
         AND p.function = 'prevention_focal_point' AND h.role = 'holder'",
    )
    .await;
    assert_eq!(holders, 2);
});
