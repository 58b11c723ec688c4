//! claimcheck in pipelines: many inputs at once, baselines, exit codes.

use super::{run, scratch, stderr, stdout, write};

/// 200 small dispatches, some with a contradiction.
fn many_files(dir: &std::path::Path) -> Vec<String> {
    (0..200)
        .map(|i| {
            let text = if i % 3 == 0 {
                format!("Storm in town {i}\n\nOfficials said {} people were killed. Later the same officials said {} people were killed.\n", 10 + i, 40 + i)
            } else {
                format!("Budget of town {i}\n\nThe council approved {} million euros for schools.\n", i + 1)
            };
            write(dir, &format!("d{i:03}.txt"), text.as_bytes())
        })
        .collect()
}

#[test]
fn a_directory_gives_the_findings_of_its_files_one_at_a_time_in_order() {
    let dir = scratch("many");
    let files = many_files(&dir);
    let dir_name = dir.display().to_string();
    let all = run(
        &["report", "--format", "short", "--threads", "2", &dir_name],
        None,
    );
    assert_eq!(all.status.code(), Some(1));
    let one_by_one: String = files
        .iter()
        .map(|f| stdout(&run(&["report", "--format", "short", f], None)))
        .collect();
    assert_eq!(stdout(&all), one_by_one);
    assert_eq!(stdout(&all).lines().count(), 67);
    assert!(stderr(&all).contains("200 files"), "{}", stderr(&all));
    // No progress display when stderr is no terminal.
    assert!(!stderr(&all).contains('\r'), "{:?}", stderr(&all));
    // One thread gives the same output as two.
    let single = run(
        &["report", "--format", "short", "--threads", "1", &dir_name],
        None,
    );
    assert_eq!(stdout(&single), stdout(&all));
    // --glob chooses files.
    let some = run(
        &[
            "report", "--format", "short", "--glob", "d00*.txt", &dir_name,
        ],
        None,
    );
    assert!(stderr(&some).contains("10 files"), "{}", stderr(&some));
    let none = run(&["report", "--glob", "*.pdf", &dir_name], None);
    assert_eq!(none.status.code(), Some(2));
    assert!(stderr(&none).contains("no file to read"));
}

#[test]
fn a_baseline_hides_known_findings_even_after_lines_move() {
    let dir = scratch("baseline");
    let text = "Storm\n\nOfficials said 12 people were killed. Later the same officials said 30 people were killed.\n";
    let dump = write(&dir, "dump.txt", text.as_bytes());
    let baseline = dir.join("baseline.json").display().to_string();
    let out = run(
        &[
            "report",
            "--write-baseline",
            &baseline,
            "--format",
            "short",
            &dump,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    // Known finding only: exit 0.
    let out = run(&["report", "--baseline", &baseline, &dump], None);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stderr(&out).contains("1 more in the baseline"));
    // Every line shifts and a new contradiction appears: only it is reported, exit 1.
    let edited = format!(
        "Note from the desk\n\n\n{text}\nPolice said 40 people were arrested. Officials said 90 people were arrested.\n"
    );
    let dump = write(&dir, "dump.txt", edited.as_bytes());
    let out = run(
        &[
            "report",
            "--baseline",
            &baseline,
            "--format",
            "short",
            &dump,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<String> = stdout(&out).lines().map(String::from).collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("arrests-consistency"), "{lines:?}");
    // A corrupt baseline is a clear error.
    let bad = write(&dir, "bad.json", b"{\"version\": 1, \"findings\": [");
    let out = run(&["report", "--baseline", &bad, &dump], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is not a claimcheck baseline"));
}
