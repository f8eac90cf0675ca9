//! Reader for abcvoting's `.abc.yaml` instance files (a profile, a committee size and the
//! expected results of rules), with the same accepted keys as abcvoting's reader.
//!
//! Errors name the file and say what to fix; no input makes the reader panic.

use super::profile::{Profile, ProfileError};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::Zero;
use serde_yaml::Value;

/// Top-level keys abcvoting accepts; any other key is an error, as in abcvoting.
const VALID_KEYS: [&str; 6] = [
    "description",
    "profile",
    "num_cand",
    "committeesize",
    "voter_weights",
    "compute",
];
/// Keys of a `compute` entry: the rule, its resoluteness, the expected result, and the
/// optional arguments of abcvoting's `compute` that such an entry may pass along.
const COMPUTE_KEYS: [&str; 5] = [
    "rule_id",
    "resolute",
    "result",
    "algorithm",
    "max_num_of_committees",
];

/// One expected result recorded in an instance file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComputeEntry {
    pub rule_id: String,
    /// `None` when the entry does not say (abcvoting then uses the rule's default).
    pub resolute: Option<bool>,
    /// Winning committees as sorted candidate lists; `None` when the file records no result.
    pub result: Option<Vec<Vec<usize>>>,
}

/// A parsed `.abc.yaml` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbcInstance {
    pub description: Option<String>,
    pub profile: Profile,
    pub committeesize: Option<usize>,
    pub compute: Vec<ComputeEntry>,
}

/// A malformed instance file: which file and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {message}")]
pub struct AbcFileError {
    pub file: String,
    pub message: String,
}

/// Parses the text of an `.abc.yaml` file; `file` is only used in error messages.
pub fn parse_abc_yaml(file: &str, text: &str) -> Result<AbcInstance, AbcFileError> {
    let err = |message: String| AbcFileError {
        file: file.to_string(),
        message,
    };
    // Files saved by some editors start with a byte-order mark, which serde_yaml then
    // takes for the start of a second document.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let doc: Value = serde_yaml::from_str(text).map_err(|e| {
        // serde_yaml leaves the position out of its message at the very start of the text.
        let shown = e.to_string();
        let at = match e.location() {
            Some(l) if !shown.contains("line ") && !shown.contains("position ") => {
                format!(" at line {} column {}", l.line(), l.column())
            }
            _ => String::new(),
        };
        err(format!("not valid YAML: {shown}{at}"))
    })?;
    let map = doc
        .as_mapping()
        .ok_or_else(|| err("the file must be a YAML mapping with a `profile` key".into()))?;
    for key in map.keys() {
        let name = key.as_str().unwrap_or("");
        if !VALID_KEYS.contains(&name) {
            return Err(err(format!(
                "key {} is not valid; the valid keys are {}",
                show_value(key),
                VALID_KEYS.join(", ")
            )));
        }
    }
    let description = match map.get("description") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => {
            return Err(err(format!(
                "`description` must be text, not {}",
                show_value(other)
            )));
        }
    };
    let approvals = read_profile(map.get("profile")).map_err(err)?;
    let num_cand = match map.get("num_cand") {
        // One past the largest candidate; a negative one is left for the profile to refuse.
        None | Some(Value::Null) => approvals.iter().flatten().max().map_or(0, |&m| {
            usize::try_from(m).map_or(0, |m| m.saturating_add(1))
        }),
        Some(v) => read_count(v, "num_cand").map_err(err)?,
    };
    let weights = match map.get("voter_weights") {
        None | Some(Value::Null) => None,
        Some(v) => Some(read_weights(v).map_err(err)?),
    };
    let profile = Profile::new(num_cand, &approvals, weights)
        .map_err(|e: ProfileError| err(format!("invalid profile: {e}")))?;
    let committeesize = match map.get("committeesize") {
        None | Some(Value::Null) => None,
        Some(v) => Some(read_count(v, "committeesize").map_err(err)?),
    };
    let compute = match map.get("compute") {
        None | Some(Value::Null) => Vec::new(),
        Some(v) => read_compute(v, num_cand).map_err(err)?,
    };
    Ok(AbcInstance {
        description,
        profile,
        committeesize,
        compute,
    })
}

/// Reads and parses a file from disk.
pub fn read_abc_yaml(path: &std::path::Path) -> Result<AbcInstance, AbcFileError> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| AbcFileError {
        file: file.clone(),
        message: format!("cannot read: {e}"),
    })?;
    parse_abc_yaml(&file, &text)
}

fn show_value(v: &Value) -> String {
    let s = serde_yaml::to_string(v).unwrap_or_else(|_| "?".into());
    let s = s.trim();
    if s.len() > 40 {
        let cut: String = s.chars().take(40).collect();
        format!("`{cut}…`")
    } else {
        format!("`{s}`")
    }
}

fn read_count(v: &Value, what: &str) -> Result<usize, String> {
    v.as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| {
            format!(
                "`{what}` must be a non-negative integer, not {}",
                show_value(v)
            )
        })
}

fn read_profile(v: Option<&Value>) -> Result<Vec<Vec<i64>>, String> {
    let list = v
        .ok_or("the file has no `profile` (a list of approval sets, one per voter)")?
        .as_sequence()
        .ok_or("`profile` must be a list of approval sets, e.g. [[0, 1], [2]]")?;
    list.iter()
        .enumerate()
        .map(|(i, ballot)| {
            let cands = ballot.as_sequence().ok_or_else(|| {
                format!(
                    "voter {i} in `profile`: expected a list of candidates, not {}",
                    show_value(ballot)
                )
            })?;
            cands
                .iter()
                .map(|c| {
                    c.as_i64().ok_or_else(|| {
                        format!(
                            "voter {i} in `profile`: candidate {} is not an integer",
                            show_value(c)
                        )
                    })
                })
                .collect()
        })
        .collect()
}

fn read_weights(v: &Value) -> Result<Vec<BigRational>, String> {
    let list = v
        .as_sequence()
        .ok_or("`voter_weights` must be a list of numbers")?;
    list.iter()
        .enumerate()
        .map(|(i, w)| {
            weight_value(w).ok_or_else(|| {
                format!(
                    "voter weight {i}: {} is not a number (use e.g. 2, 0.5 or \"1/3\")",
                    show_value(w)
                )
            })
        })
        .collect()
}

/// A weight as an exact rational: integers, decimals (read from their shortest decimal
/// form, so `0.1` is exactly 1/10) and `"p/q"` strings.
fn weight_value(w: &Value) -> Option<BigRational> {
    match w {
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Some(BigRational::from_integer(i.into()))
            } else if let Some(u) = n.as_u64() {
                Some(BigRational::from_integer(u.into()))
            } else {
                let f = n.as_f64()?;
                if f.is_finite() {
                    parse_decimal(&format!("{f}"))
                } else {
                    None
                }
            }
        }
        Value::String(s) => {
            let s = s.trim();
            if let Some((p, q)) = s.split_once('/') {
                let p: BigInt = p.trim().parse().ok()?;
                let q: BigInt = q.trim().parse().ok()?;
                if q.is_zero() {
                    None
                } else {
                    Some(BigRational::new(p, q))
                }
            } else {
                parse_decimal(s)
            }
        }
        _ => None,
    }
}

/// Parses `-12.345` or `3e-2` exactly.
fn parse_decimal(s: &str) -> Option<BigRational> {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().ok()?),
        None => (s, 0),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if frac.chars().any(|c| !c.is_ascii_digit()) || exp.unsigned_abs() > 400 {
        return None;
    }
    let digits: BigInt = format!("{int}{frac}").parse().ok()?;
    let scale = exp - frac.len() as i32;
    let ten = BigInt::from(10);
    let pow = num_traits::pow(ten, scale.unsigned_abs() as usize);
    Some(if scale >= 0 {
        BigRational::from_integer(digits * pow)
    } else {
        BigRational::new(digits, pow)
    })
}

fn read_compute(v: &Value, num_cand: usize) -> Result<Vec<ComputeEntry>, String> {
    let list = v
        .as_sequence()
        .ok_or("`compute` must be a list of mappings")?;
    list.iter()
        .enumerate()
        .map(|(i, entry)| {
            let m = entry
                .as_mapping()
                .ok_or_else(|| format!("compute entry {i}: expected a mapping with `rule_id`"))?;
            for key in m.keys() {
                if !COMPUTE_KEYS.contains(&key.as_str().unwrap_or("")) {
                    return Err(format!(
                        "compute entry {i}: key {} is not valid; the valid keys are {}",
                        show_value(key),
                        COMPUTE_KEYS.join(", ")
                    ));
                }
            }
            let rule_id = m
                .get("rule_id")
                .and_then(Value::as_str)
                .ok_or_else(|| format!("compute entry {i}: `rule_id` (text) is required"))?
                .to_string();
            let resolute = match m.get("resolute") {
                None | Some(Value::Null) => None,
                Some(Value::Bool(b)) => Some(*b),
                Some(o) => {
                    return Err(format!(
                        "compute entry {i} ({rule_id}): `resolute` must be true or false, not {}",
                        show_value(o)
                    ));
                }
            };
            let result = match m.get("result") {
                None | Some(Value::Null) => None,
                Some(r) => Some(
                    read_committees(r, num_cand)
                        .map_err(|e| format!("compute entry {i} ({rule_id}): {e}"))?,
                ),
            };
            Ok(ComputeEntry {
                rule_id,
                resolute,
                result,
            })
        })
        .collect()
}

fn read_committees(v: &Value, num_cand: usize) -> Result<Vec<Vec<usize>>, String> {
    let list = v
        .as_sequence()
        .ok_or("`result` must be a list of committees")?;
    list.iter()
        .map(|c| {
            let cands = c
                .as_sequence()
                .ok_or_else(|| format!("committee {} is not a list", show_value(c)))?;
            let mut out: Vec<usize> = cands
                .iter()
                .map(|x| {
                    x.as_u64()
                        .map(|n| n as usize)
                        .filter(|&n| n < num_cand)
                        .ok_or_else(|| {
                            format!("{} is not a candidate (0..{num_cand})", show_value(x))
                        })
                })
                .collect::<Result<_, _>>()?;
            out.sort_unstable();
            if out.windows(2).any(|w| w[0] == w[1]) {
                return Err(format!(
                    "committee {} names a candidate twice",
                    show_value(c)
                ));
            }
            Ok(out)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_weights_and_unsorted_sets() {
        let text = "profile: [[2, 0], []]\nvoter_weights: [0.5, \"1/3\"]\ncommitteesize: 1\n";
        let inst = parse_abc_yaml("t.abc.yaml", text).unwrap();
        assert_eq!(inst.profile.num_cand(), 3);
        assert_eq!(inst.profile.ballots(), &[0b101, 0]);
        assert_eq!(
            inst.profile.weights()[0],
            BigRational::new(1.into(), 2.into())
        );
        assert_eq!(
            inst.profile.weights()[1],
            BigRational::new(1.into(), 3.into())
        );
        assert_ne!(
            inst.profile.weights()[1],
            BigRational::from_integer(1.into())
        );
    }

    #[test]
    fn unknown_key_is_an_error_naming_file_and_key() {
        let e = parse_abc_yaml("x.abc.yaml", "profile: [[0]]\nfoo: 1\n").unwrap_err();
        assert!(e.to_string().starts_with("x.abc.yaml: key `foo`"), "{e}");
    }

    #[test]
    fn bad_candidate_is_named() {
        let e = parse_abc_yaml("x", "profile: [[0, 7]]\nnum_cand: 3\n").unwrap_err();
        assert!(e.to_string().contains("candidate 7"), "{e}");
    }
}

#[cfg(test)]
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    /// Fragments that real and broken instance files are made of.
    fn fragment() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("profile: ".to_string()),
            Just("num_cand: ".to_string()),
            Just("committeesize: ".to_string()),
            Just("voter_weights: ".to_string()),
            Just("compute:\n- rule_id: pav\n  result: ".to_string()),
            Just("  resolute: ".to_string()),
            Just("[".to_string()),
            Just("]".to_string()),
            Just(", ".to_string()),
            Just("\n".to_string()),
            Just("-1".to_string()),
            Just("99999999999999999999".to_string()),
            Just("0.5".to_string()),
            Just("\"1/0\"".to_string()),
            Just("1e400".to_string()),
            Just("true".to_string()),
            Just("{".to_string()),
            "[0-9]{1,3}".prop_map(|s| s),
            any::<String>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn junk_never_panics(parts in proptest::collection::vec(fragment(), 0..24)) {
            let text: String = parts.concat();
            if let Ok(inst) = parse_abc_yaml("junk.abc.yaml", &text) {
                // Whatever parses must also be computable without panicking.
                let k = inst.committeesize.unwrap_or(1);
                for rule in crate::committee::RULE_IDS {
                    if inst.profile.num_cand() <= 12 {
                        let _ = crate::committee::compute(rule, &inst.profile, k, false);
                        let _ = crate::committee::compute(rule, &inst.profile, k, true);
                    }
                }
            }
        }

        #[test]
        fn random_profiles_never_panic(
            ballots in proptest::collection::vec(proptest::collection::btree_set(0i64..7, 0..5), 1..9),
            k in 1usize..7,
            weights in proptest::collection::vec(1i64..5, 9),
        ) {
            let approvals: Vec<Vec<i64>> = ballots.iter().map(|b| b.iter().copied().collect()).collect();
            let w: Vec<BigRational> = weights[..approvals.len()]
                .iter()
                .map(|&x| BigRational::new(x.into(), 3.into()))
                .collect();
            let profile = Profile::new(7, &approvals, Some(w)).unwrap();
            for rule in crate::committee::RULE_IDS {
                let _ = crate::committee::compute(rule, &profile, k, false);
                if let Ok(out) = crate::committee::compute(rule, &profile, k, true) {
                    prop_assert!(out.committees.len() <= 1);
                    prop_assert!(out.committees.iter().all(|c| c.len() <= k));
                }
            }
        }
    }
}
