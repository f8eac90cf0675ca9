//! People and organizations: their types and the rules their fields follow (no I/O).

use crate::error::{AppError, detail, shown};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A person as stored. Not serializable on purpose: it holds the password hash and the
/// email address, which never leave the server except the email to its owner (`Me`).
#[derive(Debug, Clone, diesel::Queryable, diesel::Selectable)]
#[diesel(table_name = crate::db::schema::people)]
pub struct Person {
    pub id: String,
    pub handle: String,
    pub display_name: String,
    pub email: Option<String>,
    pub bio: String,
    pub password_hash: String,
    pub is_admin: bool,
    pub created_at: i64,
    /// The language the person reads pages in (`fr`); `None`: their browser's.
    pub language: Option<String>,
    /// The tz database zone the person reads times in; `None`: the instance's.
    pub time_zone: Option<String>,
}

/// What a list of people may be narrowed to.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PeopleFilter {
    /// Only people whose handle or name contains this text (in any case).
    pub q: Option<String>,
}

/// What a list of organizations may be narrowed to.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OrgFilter {
    /// Only organizations of this kind (`public_body`, `for_benefit`, `cooperative`,
    /// `phyle`, `for_profit`, `informal_group`).
    pub kind: Option<String>,
    /// Only organizations whose name or handle contains this text (in any case).
    pub q: Option<String>,
}

/// What anyone may see of a person.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PublicPerson {
    pub handle: String,
    pub display_name: String,
    pub bio: String,
    /// Instance administrator.
    pub is_admin: bool,
    /// Unix milliseconds UTC.
    pub created_at: i64,
}

impl From<&Person> for PublicPerson {
    fn from(p: &Person) -> Self {
        PublicPerson {
            handle: p.handle.clone(),
            display_name: p.display_name.clone(),
            bio: p.bio.clone(),
            is_admin: p.is_admin,
            created_at: p.created_at,
        }
    }
}

/// What a signed-in person sees of themselves.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Me {
    #[serde(flatten)]
    pub person: PublicPerson,
    /// Private: shown only to its owner.
    pub email: Option<String>,
    /// The language pages are shown in (`en`, `fr`, `it`, `es`); absent: the browser's.
    pub language: Option<String>,
    /// The tz database zone times are shown in; absent: the instance's.
    pub time_zone: Option<String>,
}

impl From<&Person> for Me {
    fn from(p: &Person) -> Me {
        Me {
            person: PublicPerson::from(p),
            email: p.email.clone(),
            language: p.language.clone(),
            time_zone: p.time_zone.clone(),
        }
    }
}

/// The six kinds of organization of the partner model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    ForProfit,
    Cooperative,
    Phyle,
    ForBenefit,
    PublicBody,
    InformalGroup,
}

impl OrgKind {
    pub const ALL: [OrgKind; 6] = [
        OrgKind::ForProfit,
        OrgKind::Cooperative,
        OrgKind::Phyle,
        OrgKind::ForBenefit,
        OrgKind::PublicBody,
        OrgKind::InformalGroup,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::ForProfit => "for_profit",
            OrgKind::Cooperative => "cooperative",
            OrgKind::Phyle => "phyle",
            OrgKind::ForBenefit => "for_benefit",
            OrgKind::PublicBody => "public_body",
            OrgKind::InformalGroup => "informal_group",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            OrgKind::ForProfit => "For-profit company",
            OrgKind::Cooperative => "Cooperative",
            OrgKind::Phyle => "Phyle (ethical company of commoners)",
            OrgKind::ForBenefit => "For-benefit association",
            OrgKind::PublicBody => "Public body",
            OrgKind::InformalGroup => "Informal group",
        }
    }

    pub fn parse(s: &str) -> Result<OrgKind, AppError> {
        OrgKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                let known: Vec<&str> = OrgKind::ALL.iter().map(|k| k.as_str()).collect();
                AppError::invalid(
                    "invalid_kind",
                    detail!(
                        "problem-invalid-org-kind",
                        kind = shown(s, 40),
                        known = known.join(", ")
                    ),
                )
            })
    }
}

/// An organization as stored and as served.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, diesel::Queryable, diesel::Selectable)]
#[diesel(table_name = crate::db::schema::organizations)]
pub struct Organization {
    pub id: String,
    pub handle: String,
    pub name: String,
    /// One of the six kinds (see `OrgKind`).
    pub kind: String,
    pub description: String,
    pub website: String,
    pub created_at: i64,
    pub updated_at: i64,
    /// The language its name and description are written in (`en`, `fr`, `it`, `es`);
    /// absent for organizations made before languages were recorded (read as the
    /// instance's default).
    pub language: Option<String>,
}

impl Organization {
    pub fn kind_label(&self) -> &'static str {
        OrgKind::parse(&self.kind)
            .map(OrgKind::label)
            .unwrap_or("Organization")
    }
}

/// Roles in an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Member,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Result<Role, AppError> {
        match s {
            "member" => Ok(Role::Member),
            "admin" => Ok(Role::Admin),
            _ => Err(AppError::invalid(
                "invalid_role",
                detail!("problem-invalid-role", role = shown(s, 40)),
            )),
        }
    }
}

/// A membership row: `invited` until the person accepts, then `active`.
#[derive(Debug, Clone, diesel::Queryable, diesel::Selectable)]
#[diesel(table_name = crate::db::schema::memberships)]
pub struct Membership {
    pub role: String,
    pub state: String,
}

pub const ACTIVE: &str = "active";
pub const INVITED: &str = "invited";

/// A member as listed on an organization.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Member {
    pub handle: String,
    pub display_name: String,
    /// `member` or `admin`.
    pub role: String,
    /// `invited` or `active`.
    pub state: String,
    pub since: i64,
}

/// Checks a person's or organization's handle against the one rule for handles
/// (`ids::handle_problem`): a 422 `invalid_handle` that says what to fix.
pub fn validate_handle(h: &str) -> Result<(), AppError> {
    match crate::ids::handle_problem(h) {
        None => Ok(()),
        Some(rule) => Err(AppError::invalid(
            "invalid_handle",
            detail!("problem-invalid-handle", handle = shown(h, 40), rule = rule),
        )),
    }
}

/// A required one-line text of at most `max` characters, trimmed.
/// Direction controls are removed (see `text::neutralised`): a name cannot reorder the text
/// shown after it.
pub fn one_line(field: &'static str, value: &str, max: usize) -> Result<String, AppError> {
    let v = crate::text::neutralised(value);
    let v = v.trim();
    if v.is_empty() {
        return Err(AppError::invalid(
            "missing_field",
            detail!("problem-field-empty", field = field),
        ));
    }
    text(field, v, max)?;
    if v.contains(['\n', '\r']) {
        return Err(AppError::invalid(
            "invalid_field",
            detail!("problem-field-one-line", field = field),
        ));
    }
    Ok(v.to_string())
}

/// A free text of at most `max` characters without control characters other than newlines.
pub fn text(field: &'static str, value: &str, max: usize) -> Result<String, AppError> {
    if value.chars().count() > max {
        return Err(AppError::invalid(
            "too_long",
            detail!("problem-field-too-long", field = field, most = max),
        ));
    }
    if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(AppError::invalid(
            "invalid_field",
            detail!("problem-field-control-characters", field = field),
        ));
    }
    Ok(value.trim().to_string())
}

pub fn validate_password(p: &str) -> Result<(), AppError> {
    let n = p.chars().count();
    if n < 10 {
        return Err(AppError::invalid(
            "weak_password",
            detail!("problem-password-too-short", least = 10),
        ));
    }
    if n > 1024 {
        return Err(AppError::invalid(
            "invalid_password",
            detail!("problem-password-too-long", most = 1024),
        ));
    }
    Ok(())
}

/// Optional language for pages: empty means the browser's.
pub fn language(value: &str) -> Result<Option<String>, AppError> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    match crate::i18n::Lang::of_field(value) {
        Some(lang) => Ok(Some(lang.code().to_string())),
        _ => Err(AppError::invalid(
            "invalid_language",
            detail!("problem-invalid-language"),
        )),
    }
}

/// Optional time zone for pages: empty means the instance's.
pub fn time_zone(value: &str) -> Result<Option<String>, AppError> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    match crate::i18n::formats::Zone::parse(value) {
        Some(zone) => Ok(Some(zone.name().to_string())),
        None => Err(AppError::invalid(
            "invalid_time_zone",
            detail!("problem-invalid-time-zone"),
        )),
    }
}

/// Optional email: empty means none. Only the shape is checked; nothing is sent to it.
pub fn validate_email(e: Option<&str>) -> Result<Option<String>, AppError> {
    let Some(e) = e.map(str::trim).filter(|e| !e.is_empty()) else {
        return Ok(None);
    };
    let ok = e.len() <= 254
        && !e.chars().any(|c| c.is_whitespace() || c.is_control())
        && matches!(e.split_once('@'), Some((a, b)) if !a.is_empty() && b.contains('.') && !b.contains('@') && !b.starts_with('.') && !b.ends_with('.'));
    if ok {
        Ok(Some(e.to_string()))
    } else {
        Err(AppError::invalid(
            "invalid_email",
            detail!("problem-invalid-email"),
        ))
    }
}

/// Optional website: empty, or an http(s) URL without spaces.
pub fn validate_website(w: &str) -> Result<String, AppError> {
    let w = w.trim();
    if w.is_empty() {
        return Ok(String::new());
    }
    let ok = (w.starts_with("https://") || w.starts_with("http://"))
        && w.len() <= 300
        && w.len() > "https://".len()
        && !w
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    if ok {
        Ok(w.to_string())
    } else {
        Err(AppError::invalid(
            "invalid_website",
            detail!("problem-invalid-website", most = 300),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles() {
        assert!(validate_handle("ada").is_ok());
        assert!(validate_handle("a-b_c9").is_ok());
        for bad in ["a", "Ada", "ada lovelace", "9ada", "new", "", "ädä"] {
            assert_eq!(
                validate_handle(bad).unwrap_err().code,
                "invalid_handle",
                "{bad}"
            );
        }
        assert!(validate_handle(&"a".repeat(500)).is_err());
    }

    #[test]
    fn fields() {
        assert!(validate_password("short").is_err());
        assert!(validate_password("long enough!").is_ok());
        assert_eq!(validate_email(Some(" ")).unwrap(), None);
        assert!(validate_email(Some("a@b")).is_err());
        assert!(validate_email(Some("a@b.org")).unwrap().is_some());
        assert!(validate_website("javascript:alert(1)").is_err());
        assert!(validate_website("https://x.org").is_ok());
        assert!(one_line("name", "a\nb", 10).is_err());
        assert!(OrgKind::parse("phyle").is_ok());
        assert!(OrgKind::parse("bank").is_err());
    }
}
