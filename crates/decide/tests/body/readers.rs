//! PrefLib and BLT readers: formats, ids, and errors that name file and line.

use super::common::*;
use commonfare_decide::body::formats::{blt, preflib, read_ranked};
use commonfare_decide::body::method::{self, Method, RankedOptions};
use commonfare_decide::body::{Candidate, Ranking};

// ---------------------------------------------------------------- readers

#[test]
fn preflib_current_and_old_formats() {
    let current = "# FILE NAME: x.toc\n# DATA TYPE: toc\n# NUMBER ALTERNATIVES: 3\n# ALTERNATIVE NAME 1: Ann\n# ALTERNATIVE NAME 2: Bob\n# ALTERNATIVE NAME 3: Cy\n# NUMBER VOTERS: 5\n# NUMBER UNIQUE ORDERS: 2\n3: 1,{2,3}\n2: {3, 2}, 1\n";
    let f = preflib::read("x.toc", current).unwrap();
    assert_eq!(f.kind, "toc");
    assert_eq!(f.profile.candidates()[1], Candidate::new("2", "Bob"));
    assert_eq!(
        f.profile.ballots()[1].choice,
        Ranking(vec![vec![2, 1], vec![0]])
    );
    assert_eq!(f.profile.total_weight(), 5);

    let old = "3\n1,Ann\n2,Bob\n3,Cy\n4,4,2\n3,1,2,3\n1,3,2,1\n";
    let f = read_ranked("old.soc", old).unwrap();
    assert_eq!(f.profile.ballots()[0].choice, Ranking::strict([0, 1, 2]));
    assert_eq!(f.profile.name(2), "Cy");

    let cat = "# DATA TYPE: cat\n# NUMBER ALTERNATIVES: 3\n# NUMBER CATEGORIES: 2\n4: {1,2},{3}\n1: {},{1,2,3}\n";
    let f = preflib::read("a.cat", cat).unwrap();
    let opts = RankedOptions {
        withdrawn: vec![],
        approval_groups: 1,
    };
    let out = method::run(Method::Approval, &f.profile, 1, &opts, &LEX).unwrap();
    assert_eq!(out.winners, ["1"]);
    assert_eq!(
        out.explanation.rounds[0].tallies[2].value, "0",
        "the empty first category approves nobody"
    );
}

#[test]
fn preflib_errors_name_the_line() {
    let cases = [
        (
            "# DATA TYPE: soc\n# NUMBER ALTERNATIVES: 3\n1: 1,2\n",
            3,
            "must rank all 3",
        ),
        (
            "# DATA TYPE: soi\n# NUMBER ALTERNATIVES: 3\n1: 1,{2,3}\n",
            3,
            "strict",
        ),
        (
            "# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 3\n\n1: 1,4\n",
            4,
            "outside 1..=3",
        ),
        (
            "# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 3\n1: 1,1\n",
            3,
            "appears twice",
        ),
        (
            "# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 3\nx: 1\n",
            3,
            "not a whole number",
        ),
        (
            "# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 3\n2: {1,2\n",
            3,
            "never closed",
        ),
        ("# DATA TYPE: toi\n1: 1\n", 1, "NUMBER ALTERNATIVES"),
        (
            "# DATA TYPE: wmd\n# NUMBER ALTERNATIVES: 3\n",
            2,
            "not ranked",
        ),
    ];
    for (text, line, needle) in cases {
        let err = preflib::read("f.toi", text).unwrap_err();
        assert_eq!((err.file.as_str(), err.line), ("f.toi", line), "{err}");
        assert!(
            err.message.contains(needle),
            "{err} should mention {needle}"
        );
    }
}

#[test]
fn blt_reads_ties_ids_weights_and_reports_errors() {
    let f = blt::read(
        "t.blt",
        "# comment\n3 2\n(a1) 2 1=2 3 0\n1 3 - 1 0\n0\n\"A\" \"B\"\n\"C\"\n\"Title\"\n",
    )
    .unwrap();
    assert_eq!(
        f.profile.ballots()[0].choice,
        Ranking(vec![vec![0, 1], vec![2]])
    );
    assert_eq!(f.profile.ballots()[0].weight, 2);
    assert_eq!(f.profile.name(1), "B");
    assert_eq!(f.title.as_deref(), Some("Title"));
    let cases = [
        ("3 2\n1 1 2\n0\n\"A\"\n\"B\"\n\"C\"\n", 2, "end with 0"),
        ("3 2\n1 1 4 0\n0\n\"A\"\n\"B\"\n\"C\"\n", 2, "outside 1..=3"),
        ("3 2\n1.5 1 0\n0\n\"A\"\n\"B\"\n\"C\"\n", 2, "whole number"),
        ("3 2\n1 1 0\n", 2, "never end"),
        ("3 2\n1 1 0\n0\n\"A\"\n", 4, "expected 3 candidate names"),
        ("3 4\n", 1, "seats 4"),
        ("3 2\n-7\n0\n", 2, "withdrawn candidate 7"),
        ("3 2\n1 2 2 0\n0\n\"A\"\n\"B\"\n\"C\"\n", 2, "ranked twice"),
        (
            "3 2\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n\"extra\"\n",
            7,
            "after the title",
        ),
    ];
    for (text, line, needle) in cases {
        let err = blt::read("e.blt", text).unwrap_err();
        assert_eq!(err.line, line, "{err}");
        assert!(
            err.message.contains(needle),
            "{err} should mention {needle}"
        );
        assert!(err.to_string().starts_with(&format!("e.blt:{line}: ")));
    }
}

#[test]
fn method_names_parse() {
    assert_eq!("Schulze".parse::<Method>().unwrap(), Method::Schulze);
    assert_eq!("meek".parse::<Method>().unwrap(), Method::StvMeek);
    assert_eq!(
        "stv_scottish".parse::<Method>().unwrap(),
        Method::StvScottish
    );
    assert!(
        "coin"
            .parse::<Method>()
            .unwrap_err()
            .to_string()
            .contains("schulze, irv")
    );
}

#[test]
fn byte_order_mark_and_crlf_are_accepted() {
    let f = blt::read(
        "bom.blt",
        "\u{feff}2 1\r\n3 1 2 0\r\n0\r\n\"A\"\r\n\"B\"\r\n\"T\"\r\n",
    )
    .unwrap();
    assert_eq!(f.profile.name(1), "B");
    let f = preflib::read(
        "bom.soi",
        "\u{feff}# DATA TYPE: soi\r\n# NUMBER ALTERNATIVES: 2\r\n4: 2\r\n",
    )
    .unwrap();
    assert_eq!(f.profile.ballots()[0].choice, Ranking::strict([1]));
}
