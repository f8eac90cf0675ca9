//! Writes an [`Instance`] as a Pabulib `.pb` file that [`parse_pb`](super::parse_pb)
//! reads back to the same instance.

use super::csv::quote;
use super::model::Instance;

fn row(fields: &[&str]) -> String {
    let mut line = fields
        .iter()
        .map(|f| quote(f))
        .collect::<Vec<_>>()
        .join(";");
    // A row such as `votes;` (a META key or voter id named like a section, nothing else)
    // would read back as a section title, and `;` as a blank line: one more field, past
    // the columns the reader looks at, keeps it a row.
    let first = fields[0].trim().to_ascii_lowercase();
    let title = ["", "meta", "projects", "votes"].contains(&first.as_str());
    if title && fields[1..].iter().all(|f| f.trim().is_empty()) {
        line.push_str(";none");
    }
    line.push('\n');
    line
}

/// The `.pb` text of `instance` (LF line endings, fields quoted only where needed).
pub fn write_pb(instance: &Instance) -> String {
    let mut out = String::from("META\nkey;value\n");
    for (k, v) in &instance.meta {
        out += &row(&[k, v]);
    }
    out += "PROJECTS\n";
    let mut header = vec!["project_id", "cost"];
    header.extend(instance.project_columns.iter().map(String::as_str));
    out += &row(&header);
    for p in &instance.projects {
        let mut fields = vec![p.id.as_str(), p.cost_text.as_str()];
        fields.extend(p.extra.iter().map(String::as_str));
        out += &row(&fields);
    }
    out += "VOTES\n";
    let with_points = instance.vote_type.has_points();
    let mut header = vec!["voter_id", "vote"];
    if with_points {
        header.push("points");
    }
    header.extend(instance.vote_columns.iter().map(String::as_str));
    out += &row(&header);
    for b in &instance.ballots {
        let vote: Vec<&str> = b
            .projects
            .iter()
            .map(|&p| instance.projects[p].id.as_str())
            .collect();
        let vote = vote.join(",");
        let points = b
            .points
            .as_ref()
            .map(|ps| {
                ps.iter()
                    .map(|q| q.to_string())
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .unwrap_or_default();
        let mut fields = vec![b.voter_id.as_str(), vote.as_str()];
        if with_points {
            fields.push(points.as_str());
        }
        fields.extend(b.extra.iter().map(String::as_str));
        out += &row(&fields);
    }
    out
}
