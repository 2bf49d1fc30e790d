//! Mozaik's integration suite: one test binary, so the workspace links once.
//! Storage tests run on SQLite always and on PostgreSQL when
//! MOZAIK_TEST_POSTGRES_URL is set; the browser tests need Chromium.

mod support;

mod access;
mod api;
mod assess;
mod boundaries;
mod browser;
mod cli;
mod cluster;
mod directory_data;
mod fuzz;
mod hub_support;
mod insight;
mod instance_roundtrip;
mod knowledge;
mod mail;
mod my_work;
mod page_weight;
mod pages;
mod privacy;
mod resilience;
mod roles_browser;
mod route_policy;
mod search;
mod security;
mod sharing;
mod storage;
mod vocabulary;
mod webdriver;
mod xlsform;
mod xlsform_corpus;
