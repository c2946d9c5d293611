//! Printing whole stories to read them:
//! `cargo test -p offline-story -- --ignored --nocapture show_samples`.

use super::repeat_tests::play_told;

fn print(premise: &str, seed: u64, target: u32, pick: usize, typed: Option<(usize, &str)>) {
    println!("########## {premise} (seed {seed}, {target} scenes)");
    for (i, s) in play_told(premise, seed, target, pick, typed).iter().enumerate() {
        println!("--- scene {} --- {}\n{}\n[picture] {}\n[choices] {:?}\n", i + 1, s.title, s.text, s.image_prompt, s.choices);
    }
}

#[test]
#[ignore]
fn show_samples() {
    let seed: u64 = std::env::var("SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(1);
    let pick: usize = std::env::var("PICK").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    print("two sisters build a cardboard rocket and fly to the moon", seed, 5, pick, None);
    print("a little crab wants to climb to the top of the lighthouse", seed, 3, pick, Some((2, "I want to ride a whale")));
    print("a little crab wants to climb to the top of the lighthouse", seed, 5, pick, Some((2, "I want to ride a whale")));
}

#[test]
#[ignore]
fn show_one() {
    let seed: u64 = std::env::var("SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    let pick: usize = std::env::var("PICK").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    let target: u32 = std::env::var("TARGET").ok().and_then(|s| s.parse().ok()).unwrap_or(5);
    let premise = std::env::var("PREMISE").unwrap_or_else(|_| "two sisters build a cardboard rocket and fly to the moon".into());
    print(&premise, seed, target, pick, None);
}
