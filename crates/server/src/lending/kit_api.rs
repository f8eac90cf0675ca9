//! JSON API for kits: a steward declares which resources of theirs a kit is made of.
//! The kit's view lists its parts; booking it answers 409 `component_taken`, naming the
//! part, when a part has no room.

use super::kits;
use super::service;
use super::views::{self, ResourceView};
use crate::db::now_ms;
use crate::error::{ApiError, Problem};
use crate::state::AppState;
use crate::web::actor::ApiViewer;
use crate::web::extract::{ApiJson, Path};
use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use utoipa::ToSchema;

fn one() -> i64 {
    1
}

/// A part of a kit: a resource of the same steward, and how many of its items each kit
/// holds.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct KitPartInput {
    /// The part's id.
    pub resource: String,
    /// Items of it per kit, 1 to its pool (default 1).
    #[serde(default = "one")]
    pub quantity: i64,
}

/// A kit's parts, all of them: they replace those it had (none: it is no kit any more).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct KitInput {
    pub parts: Vec<KitPartInput>,
}

/// Sets what a kit is made of (a steward of the kit and of every part): booking it then
/// books its parts over the same slot.
#[utoipa::path(put, path = "/api/v1/resources/{id}/kit", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = KitInput,
    responses((status = 200, description = "the kit, with its parts", body = ResourceView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the kit", body = Problem),
        (status = 404, description = "no such resource (the kit or a part)", body = Problem),
        (status = 409, description = "the kit is retired", body = Problem),
        (status = 422, description = "`invalid_kit`: a part of another steward, the kit itself, a kit or a part of one, retired, named twice, a quantity outside 1 to its pool, more than 20 parts, or bookings to come that its parts could not hold", body = Problem)))]
pub async fn set_kit(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<KitInput>,
) -> Result<Json<ResourceView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let parts: Vec<(String, i64)> = i
                .parts
                .into_iter()
                .map(|p| (p.resource, p.quantity))
                .collect();
            kits::set(c, &p, &id, &parts, now_ms())?;
            let r = service::require_resource(c, &id)?;
            views::resource_view(c, r)
        })
        .await?;
    Ok(Json(v))
}
