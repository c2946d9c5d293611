//! Printing whole stories to read them:
//! `cargo test -p offline-story -- --ignored --nocapture show_samples`;
//! bedtime stories (kids and Bible tiers) with `show_bedtime`, and any one
//! story with `show_one` (PREMISE, SEED, TARGET, PICK, TIER=bible, BEDTIME=1, TYPED="2:a dragon attacks").

use super::repeat_tests::play_tier;

fn print(premise: &str, seed: u64, target: u32, pick: usize, typed: Option<(usize, &str)>) {
    print_tier(premise, "kids", seed, target, pick, typed);
}

fn print_tier(premise: &str, tier: &str, seed: u64, target: u32, pick: usize, typed: Option<(usize, &str)>) {
    println!("########## {premise} ({tier}, seed {seed}, {target} scenes)");
    for (i, s) in play_tier(premise, tier, seed, target, pick, typed).iter().enumerate() {
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
    let premise = if std::env::var("BEDTIME").is_ok_and(|b| b == "1") { format!("{premise} (bedtime)") } else { premise };
    let tier = std::env::var("TIER").unwrap_or_else(|_| "kids".into());
    let typed = std::env::var("TYPED").ok();
    let typed = typed.as_deref().and_then(|t| t.split_once(':')).and_then(|(at, text)| Some((at.parse().ok()?, text)));
    print_tier(&premise, &tier, seed, target, pick, typed);
}

/// The bedtime stories to read: `SEED=1 cargo test -p offline-story show_bedtime -- --ignored --nocapture`.
#[test]
#[ignore]
fn show_bedtime() {
    let seed: u64 = std::env::var("SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(1);
    let pick: usize = std::env::var("PICK").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    print_tier("two sisters build a cardboard rocket and fly to the moon (bedtime; starring Daisy and Hazel)", "kids", seed, 3, pick, None);
    print_tier("a little crab wants to climb to the top of the lighthouse (bedtime)", "kids", seed, 3, pick, None);
    print_tier("Noah builds a big boat (bedtime)", "bible", seed, 3, pick, None);
    print_tier("a brave bunny named Pip explores a moonlit garden (bedtime)", "kids", seed, 4, pick, Some((2, "a dragon attacks")));
}
