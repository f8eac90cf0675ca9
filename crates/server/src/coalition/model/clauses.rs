//! The clauses a determination names: each licence's terms on use, cut into the pieces
//! that decide a case, with a stable id (served as is, and kept by external checks) and
//! the messages of the catalogue that word it in each language (`clause-…-title` and
//! `clause-…-text` of `locales/<code>/main.ftl`).
//!
//! The Peer Production License's clauses follow its text (Dmytri Kleiner and John Magyar,
//! built on CC BY-NC-SA 3.0): its grant is for use that is not commercial; its section 4
//! restricts copies and adaptations to the same licence, allows commercial use only to a
//! worker-owned business or collective that distributes all its gain among its
//! worker-owners (4c), refuses any use by a privately owned business that profits from
//! waged labour (4d), and asks for attribution (4e); its section 7 ends the rights of
//! whoever breaks it. The ids number them `ppl-1…` with the letters of section 4. CopyFair's
//! follow the P2P Foundation's description: free sharing; free commercial use for
//! contributors, cooperatives and non-profits; reciprocity, a fee or a contribution,
//! asked of the other commercial users.

use serde::{Deserialize, Serialize};

/// One clause, by its stable id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ClauseId {
    // The Peer Production License.
    #[serde(rename = "ppl-1-grant")]
    PplGrant,
    #[serde(rename = "ppl-1a-same-licence")]
    PplSameLicence,
    #[serde(rename = "ppl-1b-share-alike")]
    PplShareAlike,
    #[serde(rename = "ppl-1c-commercial-worker-owned")]
    PplWorkerOwned,
    #[serde(rename = "ppl-1d-commercial-waged-labour")]
    PplWagedLabour,
    #[serde(rename = "ppl-1e-attribution")]
    PplAttribution,
    #[serde(rename = "ppl-2-separate-licence")]
    PplSeparateLicence,
    #[serde(rename = "ppl-3-termination")]
    PplTermination,
    // CopyFair.
    #[serde(rename = "copyfair-1-grant")]
    CopyFairGrant,
    #[serde(rename = "copyfair-2-commons-based")]
    CopyFairCommonsBased,
    #[serde(rename = "copyfair-3-reciprocity")]
    CopyFairReciprocity,
    #[serde(rename = "copyfair-4-credit")]
    CopyFairCredit,
    #[serde(rename = "copyfair-5-contributors")]
    CopyFairContributors,
    #[serde(rename = "copyfair-6-attribution-share-alike")]
    CopyFairAttribution,
    #[serde(rename = "copyfair-7-termination")]
    CopyFairTermination,
    #[serde(rename = "copyfair-8-agreement")]
    CopyFairAgreement,
    // An open licence of the SPDX list.
    #[serde(rename = "spdx-open-licence")]
    SpdxOpen,
    #[serde(rename = "spdx-non-commercial-only")]
    SpdxNonCommercial,
    #[serde(rename = "spdx-terms")]
    SpdxTerms,
    #[serde(rename = "spdx-separate-licence")]
    SpdxSeparateLicence,
    #[serde(rename = "spdx-termination")]
    SpdxTermination,
    // A custom policy, with the maintainers' own text.
    #[serde(rename = "custom-text")]
    CustomText,
    #[serde(rename = "custom-commercial-permitted")]
    CustomPermitted,
    #[serde(rename = "custom-commercial-commons-based")]
    CustomCommonsBased,
    #[serde(rename = "custom-commercial-separate-agreement")]
    CustomSeparateAgreement,
    #[serde(rename = "custom-termination")]
    CustomTermination,
}

/// What a clause is, for the pages and the API: its id, the part of the licence it comes
/// from, and the catalogue's messages for its title and its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause {
    pub id: ClauseId,
    /// Where it stands in the licence (`§4(c)`), or empty when it words the licence's
    /// intent rather than a numbered section.
    pub section: &'static str,
    pub title_key: &'static str,
    pub text_key: &'static str,
}

impl ClauseId {
    #[cfg(test)]
    pub const ALL: [ClauseId; 26] = [
        ClauseId::PplGrant,
        ClauseId::PplSameLicence,
        ClauseId::PplShareAlike,
        ClauseId::PplWorkerOwned,
        ClauseId::PplWagedLabour,
        ClauseId::PplAttribution,
        ClauseId::PplSeparateLicence,
        ClauseId::PplTermination,
        ClauseId::CopyFairGrant,
        ClauseId::CopyFairCommonsBased,
        ClauseId::CopyFairReciprocity,
        ClauseId::CopyFairCredit,
        ClauseId::CopyFairContributors,
        ClauseId::CopyFairAttribution,
        ClauseId::CopyFairTermination,
        ClauseId::CopyFairAgreement,
        ClauseId::SpdxOpen,
        ClauseId::SpdxNonCommercial,
        ClauseId::SpdxTerms,
        ClauseId::SpdxSeparateLicence,
        ClauseId::SpdxTermination,
        ClauseId::CustomText,
        ClauseId::CustomPermitted,
        ClauseId::CustomCommonsBased,
        ClauseId::CustomSeparateAgreement,
        ClauseId::CustomTermination,
    ];

    /// The stable id, as served.
    pub fn as_str(self) -> &'static str {
        self.clause().id_str()
    }

    /// The clause with its section and messages.
    pub fn clause(self) -> Clause {
        use ClauseId::*;
        let (section, title_key, text_key) = match self {
            PplGrant => ("§3", "clause-ppl-1-grant-title", "clause-ppl-1-grant-text"),
            PplSameLicence => (
                "§4(a)",
                "clause-ppl-1a-same-licence-title",
                "clause-ppl-1a-same-licence-text",
            ),
            PplShareAlike => (
                "§4(b)",
                "clause-ppl-1b-share-alike-title",
                "clause-ppl-1b-share-alike-text",
            ),
            PplWorkerOwned => (
                "§4(c)",
                "clause-ppl-1c-commercial-worker-owned-title",
                "clause-ppl-1c-commercial-worker-owned-text",
            ),
            PplWagedLabour => (
                "§4(d)",
                "clause-ppl-1d-commercial-waged-labour-title",
                "clause-ppl-1d-commercial-waged-labour-text",
            ),
            PplAttribution => (
                "§4(e)",
                "clause-ppl-1e-attribution-title",
                "clause-ppl-1e-attribution-text",
            ),
            PplSeparateLicence => (
                "",
                "clause-ppl-2-separate-licence-title",
                "clause-ppl-2-separate-licence-text",
            ),
            PplTermination => (
                "§7",
                "clause-ppl-3-termination-title",
                "clause-ppl-3-termination-text",
            ),
            CopyFairGrant => (
                "1",
                "clause-copyfair-1-grant-title",
                "clause-copyfair-1-grant-text",
            ),
            CopyFairCommonsBased => (
                "2",
                "clause-copyfair-2-commons-based-title",
                "clause-copyfair-2-commons-based-text",
            ),
            CopyFairReciprocity => (
                "3",
                "clause-copyfair-3-reciprocity-title",
                "clause-copyfair-3-reciprocity-text",
            ),
            CopyFairCredit => (
                "4",
                "clause-copyfair-4-credit-title",
                "clause-copyfair-4-credit-text",
            ),
            CopyFairContributors => (
                "5",
                "clause-copyfair-5-contributors-title",
                "clause-copyfair-5-contributors-text",
            ),
            CopyFairAttribution => (
                "6",
                "clause-copyfair-6-attribution-share-alike-title",
                "clause-copyfair-6-attribution-share-alike-text",
            ),
            CopyFairTermination => (
                "7",
                "clause-copyfair-7-termination-title",
                "clause-copyfair-7-termination-text",
            ),
            CopyFairAgreement => (
                "8",
                "clause-copyfair-8-agreement-title",
                "clause-copyfair-8-agreement-text",
            ),
            SpdxOpen => (
                "",
                "clause-spdx-open-licence-title",
                "clause-spdx-open-licence-text",
            ),
            SpdxNonCommercial => (
                "",
                "clause-spdx-non-commercial-only-title",
                "clause-spdx-non-commercial-only-text",
            ),
            SpdxTerms => ("", "clause-spdx-terms-title", "clause-spdx-terms-text"),
            SpdxSeparateLicence => (
                "",
                "clause-spdx-separate-licence-title",
                "clause-spdx-separate-licence-text",
            ),
            SpdxTermination => (
                "",
                "clause-spdx-termination-title",
                "clause-spdx-termination-text",
            ),
            CustomText => ("", "clause-custom-text-title", "clause-custom-text-text"),
            CustomPermitted => (
                "",
                "clause-custom-commercial-permitted-title",
                "clause-custom-commercial-permitted-text",
            ),
            CustomCommonsBased => (
                "",
                "clause-custom-commercial-commons-based-title",
                "clause-custom-commercial-commons-based-text",
            ),
            CustomSeparateAgreement => (
                "",
                "clause-custom-commercial-separate-agreement-title",
                "clause-custom-commercial-separate-agreement-text",
            ),
            CustomTermination => (
                "",
                "clause-custom-termination-title",
                "clause-custom-termination-text",
            ),
        };
        Clause {
            id: self,
            section,
            title_key,
            text_key,
        }
    }
}

impl Clause {
    /// The id as served: its message keys without `clause-` and `-title`.
    pub fn id_str(&self) -> &'static str {
        self.title_key
            .strip_prefix("clause-")
            .and_then(|k| k.strip_suffix("-title"))
            .unwrap_or(self.title_key)
    }
}

impl std::fmt::Display for ClauseId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The id served, its serde name and its messages agree, and no two clauses share one.
    #[test]
    fn ids_are_stable_and_match_their_messages() {
        let mut seen = std::collections::BTreeSet::new();
        for c in ClauseId::ALL {
            let served = serde_json::to_value(c).unwrap();
            assert_eq!(served, c.as_str(), "{c:?}");
            assert_eq!(c.clause().text_key, format!("clause-{}-text", c.as_str()));
            assert!(seen.insert(c.as_str()), "{c:?} twice");
            let back: ClauseId = serde_json::from_value(served).unwrap();
            assert_eq!(back, c);
        }
        assert_eq!(
            ClauseId::PplWorkerOwned.as_str(),
            "ppl-1c-commercial-worker-owned"
        );
    }

    /// Every clause is worded in every language.
    #[test]
    fn every_clause_has_its_words_in_every_language() {
        for lang in crate::i18n::Lang::ALL {
            let keys: std::collections::BTreeSet<String> = crate::i18n::messages(lang)
                .into_iter()
                .map(|(k, _)| k)
                .collect();
            for c in ClauseId::ALL {
                let clause = c.clause();
                for key in [clause.title_key, clause.text_key] {
                    assert!(keys.contains(key), "{}: no {key}", lang.code());
                }
            }
        }
    }
}
