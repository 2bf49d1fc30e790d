use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

/// What a handler can fail with: a finished error page (already in the
/// reader's language), or an unexpected fault that becomes a 500.
#[derive(Debug)]
pub enum AppError {
    Page(Box<Response>),
    Internal(anyhow::Error),
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        AppError::Internal(e.into())
    }
}

impl From<anyhow::Error> for AppError {
    fn from(e: anyhow::Error) -> Self {
        AppError::Internal(e)
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            AppError::Page(response) => *response,
            AppError::Internal(error) => {
                // The detail goes to the operator's log, never to the reader.
                tracing::error!(error = %format!("{error:#}"), "request failed");
                let body = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Server error</title></head>\
                    <body><main><h1>Something went wrong</h1><p>The server could not complete this request. \
                    It has been logged; please try again in a moment.</p><p><a href=\"/\">Mozaik home</a></p></main></body></html>";
                (StatusCode::INTERNAL_SERVER_ERROR, Html(body)).into_response()
            }
        }
    }
}
