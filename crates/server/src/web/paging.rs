//! One way to page through every list. A request says `?cursor=…&limit=…` (both optional;
//! `limit` from 1 to [`MAX_LIMIT`], [`DEFAULT_LIMIT`] when absent); the answer is a
//! [`Page`]: `{"items": […], "next_cursor": …, "next": …}` with a `Link: <…>; rel="next"`
//! header, and on HTML pages a "More" link to `next`. No list is cut silently: when more
//! rows exist, `next` says where they are.
//!
//! A cursor is the sort key of the last item shown, as JSON, in base64url: opaque to
//! clients, typed for the store (`after::<i64>()`, `after::<(String, String)>()`), and
//! rejected as 400 `invalid_cursor` when it is not one this server gave out.

use crate::error::{ApiError, AppError, PageError, detail, shown};
use axum::extract::FromRequestParts;
use axum::http::{HeaderValue, Uri, header, request::Parts};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// Items per page when the request does not say.
pub const DEFAULT_LIMIT: i64 = 50;
/// The most items one page holds.
pub const MAX_LIMIT: i64 = 100;

/// The paging parameters every list takes (for the OpenAPI description).
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PagingParams {
    /// Opaque cursor: the `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Items per page, 1 to 100 (default 50).
    pub limit: Option<i64>,
}

/// The validated paging of one request, with its address to build the `next` link from.
#[derive(Debug, Clone)]
pub struct Paging {
    pub limit: i64,
    cursor: Option<serde_json::Value>,
    uri: Uri,
}

impl<S: Send + Sync> FromRequestParts<S> for Paging {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Response> {
        let super::extract::Query(q) =
            super::extract::Query::<PagingParams>::from_request_parts(parts, state).await?;
        let api = parts.uri.path().starts_with("/api/");
        Paging::new(q, parts.uri.clone()).map_err(|e| {
            if api {
                ApiError(e).into_response()
            } else {
                PageError(e).into_response()
            }
        })
    }
}

impl Paging {
    /// Validates the parameters of a request to `uri`.
    pub fn new(q: PagingParams, uri: Uri) -> Result<Paging, AppError> {
        let limit = q.limit.unwrap_or(DEFAULT_LIMIT);
        if !(1..=MAX_LIMIT).contains(&limit) {
            return Err(AppError::bad_request(
                "invalid_limit",
                detail!("problem-invalid-limit", most = MAX_LIMIT, limit = limit),
            ));
        }
        let cursor = match q.cursor.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            None => None,
            Some(c) => Some(decode(c).ok_or_else(|| invalid_cursor(c))?),
        };
        Ok(Paging { limit, cursor, uri })
    }

    /// The first page, `limit` long, of the list whose own address is `at` (a page that
    /// shows the start of a list that has a page of its own).
    pub fn first(limit: i64, at: &str) -> Paging {
        Paging {
            limit: limit.clamp(1, MAX_LIMIT),
            cursor: None,
            uri: at.parse().unwrap_or_else(|_| Uri::from_static("/")),
        }
    }

    /// Rows to read: one more than the page, which tells whether a next page exists
    /// without a second query.
    pub fn fetch(&self) -> i64 {
        self.limit + 1
    }

    /// The sort key of the last item of the previous page, as the store wrote it.
    pub fn after<K: DeserializeOwned>(&self) -> Result<Option<K>, AppError> {
        match &self.cursor {
            None => Ok(None),
            Some(v) => serde_json::from_value(v.clone())
                .map(Some)
                .map_err(|_| invalid_cursor(&encode(v))),
        }
    }

    /// The page from `rows` (read with `fetch()` rows): at most `limit` items, and when a
    /// further row was read, the cursor and link to the next page, keyed by `key` of the
    /// last item shown.
    pub fn page<T, K: Serialize>(&self, mut rows: Vec<T>, key: impl Fn(&T) -> K) -> Page<T> {
        let more = rows.len() as i64 > self.limit;
        rows.truncate(self.limit as usize);
        let next_cursor = if more {
            rows.last()
                .and_then(|last| serde_json::to_value(key(last)).ok())
                .map(|v| encode(&v))
        } else {
            None
        };
        let next = next_cursor.as_deref().map(|c| self.link(c));
        Page {
            items: rows,
            next_cursor,
            next,
        }
    }

    /// This request's address with `cursor` set and `limit` kept.
    fn link(&self, cursor: &str) -> String {
        let mut query: Vec<&str> = self
            .uri
            .query()
            .unwrap_or("")
            .split('&')
            .filter(|p| {
                let name = p.split('=').next().unwrap_or("");
                !p.is_empty() && name != "cursor" && name != "limit"
            })
            .collect();
        let cursor = format!("cursor={cursor}");
        let limit = format!("limit={}", self.limit);
        query.push(&cursor);
        if self.limit != DEFAULT_LIMIT {
            query.push(&limit);
        }
        format!("{}?{}", self.uri.path(), query.join("&"))
    }
}

fn encode(v: &serde_json::Value) -> String {
    URL_SAFE_NO_PAD.encode(v.to_string())
}

fn decode(c: &str) -> Option<serde_json::Value> {
    let bytes = URL_SAFE_NO_PAD.decode(c).ok()?;
    serde_json::from_slice(&bytes).ok()
}

fn invalid_cursor(c: &str) -> AppError {
    AppError::bad_request(
        "invalid_cursor",
        detail!("problem-invalid-cursor", cursor = shown(c, 60)),
    )
}

/// The `Link` header that points to the next page at `next`.
pub fn link_header(next: &str) -> Option<HeaderValue> {
    HeaderValue::from_str(&format!("<{next}>; rel=\"next\"")).ok()
}

/// One page of a list.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Pass as `cursor` for the next page; absent on the last page.
    pub next_cursor: Option<String>,
    /// The address of the next page (also in the `Link` header); absent on the last page.
    pub next: Option<String>,
}

impl<T> Page<T> {
    /// The same page with each item turned into what is shown.
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            next_cursor: self.next_cursor,
            next: self.next,
        }
    }

    /// As `map`, for a conversion that may fail (one that reads the store).
    pub fn try_map<U, E>(self, f: impl FnMut(T) -> Result<U, E>) -> Result<Page<U>, E> {
        Ok(Page {
            items: self.items.into_iter().map(f).collect::<Result<_, E>>()?,
            next_cursor: self.next_cursor,
            next: self.next,
        })
    }
}

impl<T: Serialize> IntoResponse for Page<T> {
    fn into_response(self) -> Response {
        let link = self.next.as_deref().and_then(link_header);
        let mut r = axum::Json(self).into_response();
        if let Some(link) = link {
            r.headers_mut().insert(header::LINK, link);
        }
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paging(query: &str) -> Result<Paging, AppError> {
        let uri: Uri = format!("/api/v1/x?{query}").parse().unwrap();
        let q: PagingParams = serde_json::from_value(serde_json::json!({
            "cursor": query.split('&').find_map(|p| p.strip_prefix("cursor=")),
            "limit": query.split('&').find_map(|p| p.strip_prefix("limit=")).map(|l| l.parse::<i64>().unwrap()),
        }))
        .unwrap();
        Paging::new(q, uri)
    }

    #[test]
    fn a_page_says_where_the_rest_is() {
        let p = paging("kind=tool&limit=2").unwrap();
        let page = p.page(vec![1, 2, 3], |n| *n);
        assert_eq!(page.items, [1, 2]);
        let next = page.next.unwrap();
        assert!(next.starts_with("/api/v1/x?kind=tool&cursor="), "{next}");
        assert!(next.ends_with("&limit=2"), "{next}");
        let cursor = page.next_cursor.unwrap();
        let again = paging(&format!("kind=tool&cursor={cursor}&limit=2")).unwrap();
        assert_eq!(again.after::<i64>().unwrap(), Some(2));
        let last = again.page(vec![3], |n| *n);
        assert!(last.next.is_none() && last.next_cursor.is_none());
    }

    #[test]
    fn bad_limits_and_cursors_are_refused() {
        for q in ["limit=0", "limit=101", "limit=-1"] {
            assert_eq!(paging(q).unwrap_err().code, "invalid_limit", "{q}");
        }
        assert_eq!(paging("cursor=%%%").unwrap_err().code, "invalid_cursor");
        let p = paging(&format!("cursor={}", encode(&serde_json::json!("ada")))).unwrap();
        assert_eq!(p.after::<String>().unwrap(), Some("ada".into()));
        assert_eq!(p.after::<i64>().unwrap_err().code, "invalid_cursor");
    }
}
