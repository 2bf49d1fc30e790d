//! The OpenAPI 3.1 description of the API: every path, its parameters, its
//! scope and the schema of each answer. A test validates the document and
//! checks real answers against these schemas.

use axum::Json;
use serde_json::{json, Map, Value};

use platform::auth::token::{scope_message, SCOPES};
use platform::i18n::i18n;

fn string() -> Value {
    json!({"type": "string"})
}

fn date() -> Value {
    json!({"type": "string", "format": "date"})
}

fn time() -> Value {
    json!({"type": "string", "format": "date-time"})
}

fn integer() -> Value {
    json!({"type": "integer"})
}

fn number() -> Value {
    json!({"type": "number"})
}

fn boolean() -> Value {
    json!({"type": "boolean"})
}

fn nullable(schema: Value) -> Value {
    let mut schema = schema;
    if let Some(t) = schema.get("type").cloned() {
        schema["type"] = json!([t, "null"]);
        schema
    } else {
        json!({"oneOf": [schema, {"type": "null"}]})
    }
}

fn array(items: Value) -> Value {
    json!({"type": "array", "items": items})
}

fn reference(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

/// An object whose every listed property is required.
fn object(properties: &[(&str, Value)]) -> Value {
    let mut props = Map::new();
    for (name, schema) in properties {
        props.insert((*name).to_string(), schema.clone());
    }
    let required: Vec<&str> = properties.iter().map(|(n, _)| *n).collect();
    json!({"type": "object", "properties": props, "required": required})
}

/// A page of a list: its items and the cursor of the next page.
fn list_of(item: &str) -> Value {
    object(&[("items", array(reference(item))), ("next_cursor", nullable(string()))])
}

fn schemas() -> Value {
    let cell = nullable(object(&[("count", integer()), ("share", integer())]));
    let difference = nullable(object(&[
        ("difference", number()),
        ("ci95_low", number()),
        ("ci95_high", number()),
        ("significant", boolean()),
    ]));
    let respondents = json!({"oneOf": [{"type": "integer"}, {"type": "string", "description": "\"<k\" when suppressed, \"withheld\" when held back so that a small neighbour cannot be worked out"}]});
    let named = object(&[("code", string()), ("level", string()), ("name", string())]);
    json!({
        "Error": object(&[("error", object(&[("code", json!({"type": "string", "enum": ["not_found", "bad_request", "unauthorized", "forbidden", "scope", "internal"]})), ("message", string())]))]),
        "PlaceRef": named,
        "PlaceSummary": object(&[("code", string()), ("level", string()), ("name", string()), ("names", array(string()))]),
        "Place": object(&[
            ("code", string()), ("level", string()), ("name", string()), ("names", array(string())),
            ("parents", array(reference("PlaceRef"))), ("children", array(reference("PlaceRef"))),
            ("institutions", array(object(&[("code", string()), ("kind", string()), ("name", string()),
                ("positions", array(object(&[("title", string()), ("function", string()), ("held_since", nullable(date())), ("deputies", integer())])))]))),
            ("memberships", array(object(&[("hub", string()), ("member_since", date())]))),
        ]),
        "People": object(&[("place", string()), ("holders", array(object(&[("institution", string()), ("position", string()), ("person", string()), ("role", string()), ("since", date()), ("until", nullable(date()))])))]),
        "Institution": object(&[("code", string()), ("kind", string()), ("name", string()), ("place", string())]),
        "SearchResults": object(&[("totals", json!({"type": "object", "additionalProperties": {"type": "integer"}})), ("offset", integer()), ("limit", integer()),
            ("results", array(object(&[("type", json!({"type": "string", "enum": ["place", "institution"]})), ("code", string()), ("name", string()), ("category", string()), ("within", nullable(string()))])))]),
        "Round": object(&[("id", integer()), ("name", string()), ("opened_on", date()), ("deadline", date()), ("invited", integer()), ("submitted", integer()), ("results", string())]),
        "RoundResults": object(&[
            ("round", object(&[("id", integer()), ("name", string()), ("opened_on", date()), ("deadline", date())])),
            ("areas", array(string())), ("invited", integer()), ("submitted", integer()), ("suppressed_below", nullable(integer())),
            ("headline", object(&[("definition", string()), ("cells", array(cell.clone()))])),
            ("questions", array(object(&[("name", string()), ("label", string()), ("answered", array(integer())),
                ("answers", array(object(&[("code", string()), ("label", string()), ("dont_know", boolean()), ("cells", array(cell)), ("previous_round_share", nullable(integer()))])))]))),
        ]),
        "Study": object(&[("id", integer()), ("title", string()), ("municipality", string()), ("municipality_name", string()), ("created_at", time()), ("waves", array(string())), ("indices", string())]),
        "StudyIndices": object(&[
            ("study", object(&[("id", integer()), ("title", string()), ("municipality", string()), ("suppression_k", integer()), ("weighting", string())])),
            ("neighbourhoods", array(object(&[("code", string()), ("name", string())]))),
            ("scale", string()), ("waves", array(string())), ("respondents", array(integer())),
            ("indicators", array(object(&[("key", string()), ("name", string()),
                ("groups", array(object(&[("type", json!({"type": "string", "enum": ["city", "neighbourhood", "community"]})), ("key", string()), ("label", string()),
                    ("cells", array(object(&[("wave", string()), ("respondents", respondents), ("mean", nullable(number())), ("ci95_low", nullable(number())), ("ci95_high", nullable(number()))]))),
                    ("change_from_first_wave", difference.clone()), ("versus_rest_of_city", difference)])))]))),
            ("where_residents_turn", array(object(&[("item", string()), ("waves", array(object(&[("wave", string()), ("respondents", json!({"oneOf": [{"type": "integer"}, {"type": "string"}]})), ("options", nullable(array(object(&[("option", string()), ("share", number())]))))])))]))),
        ]),
        "Practice": object(&[("id", integer()), ("country", string()), ("place", string()), ("organisation", string()), ("themes", array(string())), ("audiences", array(string())),
            ("prevention_level", string()), ("year_from", integer()), ("year_to", nullable(integer())), ("language", string()), ("updated_at", time()),
            ("versions", array(object(&[("language", string()), ("status", json!({"type": "string", "enum": ["original", "machine", "human", "reviewed"]})), ("title", string()), ("summary", nullable(string()))]))),
            ("url", string())]),
        "Programme": object(&[("id", integer()), ("title", string()), ("owner", string()), ("is_call", boolean()), ("countries", array(string())), ("eligible_places", array(string())),
            ("themes", array(string())), ("starts_on", date()), ("ends_on", date()), ("funding", string()), ("description", string())]),
        "Event": object(&[("id", integer()), ("title", string()), ("kind", string()), ("starts_on", date()), ("ends_on", date()), ("place", string()), ("languages", array(string())), ("agenda", string()), ("outputs", string())]),
        "FundCall": object(&[("id", integer()), ("title", string()), ("budget_eur", string()), ("max_amount_eur", string()), ("countries", array(string())), ("deadline", date()),
            ("criteria", array(object(&[("name", string()), ("weight", number())]))), ("grants", integer()), ("committed_eur", string()), ("paid_eur", string())]),
        "WorkPlan": object(&[("id", integer()), ("country", string()), ("year", integer()),
            ("objectives", array(object(&[("need", string()), ("municipalities", integer()),
                ("activities", array(object(&[("title", string()), ("owner", string()), ("places", string()), ("starts_on", date()), ("ends_on", date()), ("budget_eur", string()), ("status", string()), ("progress", integer()), ("indicators", string())])))])))]),
        "PlaceList": list_of("PlaceSummary"),
        "InstitutionList": list_of("Institution"),
        "RoundList": list_of("Round"),
        "StudyList": list_of("Study"),
        "PracticeList": list_of("Practice"),
        "ProgrammeList": list_of("Programme"),
        "EventList": list_of("Event"),
        "FundCallList": list_of("FundCall"),
        "WorkPlanList": list_of("WorkPlan"),
    })
}

fn query(name: &str, schema: Value, description: &str) -> Value {
    json!({"name": name, "in": "query", "schema": schema, "description": description})
}

fn path_id(description: &str) -> Value {
    json!({"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}, "description": description})
}

fn code_param() -> Value {
    json!({"name": "code", "in": "path", "required": true, "schema": {"type": "string"}, "description": "The place's code, e.g. MK-703"})
}

/// One GET operation answering `schema`, read with `scope` when a token is used.
fn get(summary: &str, scope: &str, parameters: Vec<Value>, schema: &str, extra: &[(&str, &str)]) -> Value {
    let error = reference("Error");
    let mut responses = json!({
        "200": {"description": "OK", "headers": {"ETag": {"schema": {"type": "string"}}},
                "content": {"application/json": {"schema": reference(schema)}}},
        "304": {"description": "Not modified since the ETag given in If-None-Match"},
        "400": {"description": "A parameter could not be read", "content": {"application/json": {"schema": error.clone()}}},
        "403": {"description": format!("The token lacks the scope {scope}"), "content": {"application/json": {"schema": error.clone()}}},
    });
    for (status, description) in extra {
        responses[*status] =
            json!({"description": description, "content": {"application/json": {"schema": error.clone()}}});
    }
    let mut parameters = parameters;
    parameters.push(json!({"name": "If-None-Match", "in": "header", "schema": {"type": "string"}, "description": "An ETag from an earlier answer"}));
    json!({"get": {"summary": summary, "description": format!("With a token, it needs the scope {scope}."),
        "parameters": parameters, "security": [{}, {"bearer": []}], "responses": responses}})
}

fn list_parameters(extra: Vec<Value>) -> Vec<Value> {
    let mut out = vec![
        query("cursor", string(), "The next_cursor of the previous page"),
        query("limit", json!({"type": "integer", "minimum": 1, "maximum": 200}), "Items per page (50 unless given)"),
    ];
    out.extend(extra);
    out
}

fn country() -> Value {
    query("country", json!({"type": "string", "pattern": "^[A-Za-z]{2}$"}), "An ISO 3166-1 code, e.g. MK")
}

fn since() -> Value {
    query("updated_since", string(), "Only records changed since this date or RFC 3339 time")
}

fn lang() -> Value {
    query("lang", string(), "The language of names and labels (else Accept-Language, else English)")
}

pub fn document() -> Value {
    let tr = i18n().default_tr();
    let scopes: Map<String, Value> = SCOPES.iter().map(|s| (s.to_string(), json!(tr.t(&scope_message(s))))).collect();
    json!({
        "openapi": "3.1.0",
        "info": {"title": "Mozaik API", "version": env!("CARGO_PKG_VERSION"),
                 "description": "Read access to the hub's directory and open figures: places and institutions, assessment rounds and results, resilience studies, practices, programmes, events, fund calls and work plans. Public figures need no token and are suppressed as the public pages are; a token reads as its account and needs the area's scope. Lists page with next_cursor; answers carry an ETag."},
        "servers": [{"url": "/"}],
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                "description": "An API token made on the account page, with one or more scopes.", "x-scopes": scopes}},
            "schemas": schemas(),
        },
        "paths": {
            "/api/v1/places": get("Places, in pages; by country and level", "directory:read",
                list_parameters(vec![country(), query("level", string(), "e.g. municipality")]), "PlaceList", &[]),
            "/api/v1/places/{code}": get("A place: its names, parents, children, institutions with positions, and network membership", "directory:read",
                vec![code_param()], "Place", &[("404", "No such place")]),
            "/api/v1/places/{code}/people": {"get": {"summary": "Who holds each position at a place, now and before (personal data; access is audited)",
                "parameters": [code_param()], "security": [{"bearer": []}],
                "responses": {
                    "200": {"description": "Position holders", "content": {"application/json": {"schema": reference("People")}}},
                    "401": {"description": "No valid token", "content": {"application/json": {"schema": reference("Error")}}},
                    "403": {"description": "Out of the account's scope, or the token lacks directory:people", "content": {"application/json": {"schema": reference("Error")}}},
                    "404": {"description": "No such place", "content": {"application/json": {"schema": reference("Error")}}}}}},
            "/api/v1/institutions": get("Institutions, in pages; by country and kind", "directory:read",
                list_parameters(vec![country(), query("kind", string(), "e.g. police")]), "InstitutionList", &[]),
            "/api/v1/search": {"get": {"summary": "Places and institutions whose names match, across scripts, accents and romanisations",
                "parameters": [
                    {"name": "q", "in": "query", "required": true, "schema": {"type": "string"}},
                    {"name": "type", "in": "query", "schema": {"type": "string", "enum": ["place", "institution"]}},
                    {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}],
                "responses": {
                    "200": {"description": "The exact total of each type and one page of results", "content": {"application/json": {"schema": reference("SearchResults")}}},
                    "400": {"description": "No query", "content": {"application/json": {"schema": reference("Error")}}}}}},
            "/api/v1/rounds": get("Assessment rounds, with how many municipalities were invited and submitted", "assess:read",
                list_parameters(vec![]), "RoundList", &[]),
            "/api/v1/rounds/{id}/results": get("A round's results by question, region and country, suppressed as the reader may see them", "assess:read",
                vec![path_id("The round"), lang()], "RoundResults", &[("404", "No such round")]),
            "/api/v1/studies": get("Resilience studies", "resilience:read",
                list_parameters(vec![country(), since()]), "StudyList", &[]),
            "/api/v1/studies/{id}/indices": get("A study's indices (0–10) by wave and group, with small cells suppressed and their neighbours withheld", "resilience:read",
                vec![path_id("The study"), lang()], "StudyIndices", &[("404", "No such study")]),
            "/api/v1/practices": get("Published good practices, with every language version", "knowledge:read",
                list_parameters(vec![country(), since()]), "PracticeList", &[]),
            "/api/v1/programmes": get("Programmes and calls", "knowledge:read",
                list_parameters(vec![country()]), "ProgrammeList", &[]),
            "/api/v1/events": get("Events", "knowledge:read", list_parameters(vec![]), "EventList", &[]),
            "/api/v1/fund/calls": get("Technical Support Fund calls, with grants, amounts committed and paid", "support:read",
                list_parameters(vec![]), "FundCallList", &[]),
            "/api/v1/workplans": get("Country work plans: objectives from assessed needs, and activities", "support:read",
                list_parameters(vec![country()]), "WorkPlanList", &[]),
        }
    })
}

pub async fn serve() -> Json<Value> {
    Json(document())
}
