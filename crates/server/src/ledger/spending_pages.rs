//! Spending against price on a funded project's page (issue 15's implementation tracking):
//! each budget line planned from the project, in whichever treasury holds it, with a bar of
//! what was paid and approved against the plan and the expenses behind the figures. A
//! panel the assembly registers on projects, so that the budgets do not know the ledger.

use super::expense_pages::{ShownLine, shown_line};
use super::lines::{self, LineExpense};
use super::pages::{money_minor, shown};
use crate::db::DbConn;
use crate::error::AppError;
use crate::web::Chrome;
use crate::web::panels::{Looker, Panel, Subject};
use askama::Template;

struct SpendingPanel(Vec<lines::Spending>);

/// An expense as the panel shows it: its amount written the page language's way.
struct ShownExpense {
    e: LineExpense,
    amount: String,
}

/// One line of the panel.
struct ShownSpending {
    treasury: String,
    line: ShownLine,
    expenses: Vec<ShownExpense>,
}

#[derive(Template)]
#[template(path = "ledger/spending_panel.html")]
struct SpendingHtml {
    chrome: Chrome,
    lines: Vec<ShownSpending>,
}

impl Panel for SpendingPanel {
    fn render(&self, looker: &Looker) -> String {
        let chrome = crate::web::Chrome::of_panel(looker);
        let lines = self
            .0
            .iter()
            .map(|s| ShownSpending {
                treasury: s.treasury.clone(),
                expenses: s
                    .expenses
                    .iter()
                    .map(|e| ShownExpense {
                        amount: shown(
                            chrome.lang,
                            money_minor(&e.amount, &s.line.unit),
                            &s.line.unit,
                        ),
                        e: e.clone(),
                    })
                    .collect(),
                line: shown_line(&chrome, s.line.clone()),
            })
            .collect();
        crate::web::panel_html(&SpendingHtml { chrome, lines })
    }
}

/// What was spent against a funded project's price: shown when some treasury planned a
/// budget line from the project's page.
pub fn project_spending_panel(
    c: &mut DbConn,
    s: &Subject,
) -> Result<Option<Box<dyn Panel>>, AppError> {
    let found = lines::spending_of(c, s.url)?;
    if found.is_empty() {
        return Ok(None);
    }
    Ok(Some(Box::new(SpendingPanel(found))))
}
