//! Dependency-violation warnings against GNU as's (`-x`, explicit mode):
//! random instruction groups over a few registers, so that conflicts are
//! frequent, must give the same violations (line, RAW/WAW, register, and
//! whether it is certain or only possible) for the registers we check.

use std::collections::BTreeSet;
use std::process::Command;

use emu_core::asm::{assemble, AsmOptions, MemProvider};
use emu_core::deps::{check_code, Kind, Resource};

mod common;

/// A small deterministic generator (no extra crates).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// One random instruction over r1-r4, p1-p4, b1-b2. `mov pr = r, mask`
/// is left out: what GNU as concludes about predicates after it is not
/// consistent (see crate::deps); `mov_to_pr_forgets_relations` covers it.
fn instruction(g: &mut Lcg) -> String {
    let r = |g: &mut Lcg| format!("r{}", 1 + g.next(4));
    let p = |g: &mut Lcg| 1 + g.next(4);
    let qp = match g.next(3) {
        0 => format!("(p{}) ", p(g)),
        _ => String::new(),
    };
    let pair = |g: &mut Lcg| {
        let a = 1 + g.next(4);
        (a, 1 + (a + g.next(3)) % 4)
    };
    let body = match g.next(17) {
        0 | 1 => format!("add {} = {}, {}", r(g), r(g), r(g)),
        2 => format!("mov {} = {}", r(g), r(g)),
        3 => {
            let base = 1 + g.next(4);
            let dst = 1 + (base + g.next(3)) % 4;
            format!("ld8 r{dst} = [r{base}], 8")
        }
        4 => format!("st8 [{}] = {}, 8", r(g), r(g)),
        5 => {
            let (a, b) = pair(g);
            format!("cmp.eq p{a}, p{b} = {}, {}", r(g), r(g))
        }
        6 => format!("cmp.ne.or p{}, p0 = {}, {}", p(g), r(g), r(g)),
        7 => {
            let (a, b) = pair(g);
            format!("tbit.z p{a}, p{b} = {}, 3", r(g))
        }
        8 => format!("mov b{} = {}", 1 + g.next(2), r(g)),
        9 => format!("mov {} = b{}", r(g), 1 + g.next(2)),
        10 => format!("mov {} = pr", r(g)),
        11 => {
            let (a, b) = pair(g);
            format!("cmp.lt.unc p{a}, p{b} = {}, {}", r(g), r(g))
        }
        12 => format!("cmp.eq.and p{}, p0 = {}, {}", p(g), r(g), r(g)),
        13 => format!("mov {} = r0", r(g)),
        14 => format!("br.call.sptk.many b{} = b{}", 1 + g.next(2), 1 + g.next(2)),
        15 => format!("adds {} = 1, {}", r(g), r(g)),
        _ => format!("br.cond.sptk.few b{}", 1 + g.next(2)),
    };
    format!("{qp}{body}")
}

fn program(seed: u64, groups: usize) -> String {
    let mut g = Lcg(seed);
    let mut s = String::from("\t.text\n");
    for _ in 0..groups {
        for _ in 0..1 + g.next(4) {
            s += &format!("\t{}\n", instruction(&mut g));
        }
        s += "\t;;\n";
    }
    s
}

type Found = BTreeSet<(u32, Kind, Resource, bool)>;

fn ours(src: &str) -> Found {
    let a = assemble("dv.s", &MemProvider::single("dv.s", src), &AsmOptions::default()).expect("assembles");
    let text = a.section(".text").expect("text");
    let line = |addr: u64, slot: u8| a.source_map.iter().find(|l| l.addr == addr && l.slot == slot).map(|l| l.line);
    check_code(&text.bytes, text.addr)
        .into_iter()
        .filter(|v| v.resource != Resource::Cfm)
        .filter_map(|v| Some((line(v.at.addr, v.at.slot)?, v.kind, v.resource, v.certain)))
        .collect()
}

/// GNU's warnings for the registers we check.
fn gnu(src: &str, dir: &std::path::Path) -> Found {
    let path = dir.join("dv.s");
    std::fs::write(&path, src).unwrap();
    let out = Command::new(common::GAS).arg("-x").arg("-o").arg(dir.join("dv.o")).arg(&path).output().expect("run GNU as");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut found = Found::new();
    for l in String::from_utf8_lossy(&out.stderr).lines() {
        let Some(rest) = l.strip_prefix(&format!("{}:", path.display())) else { continue };
        let Some((line, msg)) = rest.split_once(": Warning: Use of ") else { continue };
        let certain = !msg.contains("may violate");
        let kind = if msg.contains(" RAW ") { Kind::Raw } else if msg.contains(" WAW ") { Kind::Waw } else { continue };
        let Some(number) = msg.rsplit_once("specific resource number is ").and_then(|(_, n)| n.trim().parse::<u8>().ok()) else {
            // Classes with one member name it: PR63.
            if msg.contains("'PR63'") {
                found.insert((line.parse().unwrap(), kind, Resource::Pr(63), certain));
            }
            continue;
        };
        let res = if msg.contains("'GR%") {
            Resource::Gr(number)
        } else if msg.contains("'PR%") {
            Resource::Pr(number)
        } else if msg.contains("'BR%") {
            Resource::Br(number)
        } else {
            continue;
        };
        found.insert((line.parse().unwrap(), kind, res, certain));
    }
    found
}

const SEEDS: u64 = 200;

#[test]
fn random_groups_match_gnu_as() {
    let dir = common::scratch("deps");
    let mut mismatches = Vec::new();
    for seed in 1..=SEEDS {
        let src = program(seed, 40);
        let (a, b) = (ours(&src), gnu(&src, &dir));
        if a != b {
            let only_ours: Vec<_> = a.difference(&b).collect();
            let only_gnu: Vec<_> = b.difference(&a).collect();
            mismatches.push(format!("seed {seed}: only ours {only_ours:?}, only GNU {only_gnu:?}"));
        }
    }
    assert!(mismatches.is_empty(), "{} of {SEEDS} programs differ:\n{}", mismatches.len(), mismatches.join("\n"));
}

#[test]
fn the_assembler_warns_at_the_reading_line() {
    let src = "\t.text\n\tadd r8 = r9, r10\n\tadd r11 = r8, r1\n\t;;\n";
    let a = assemble("t.s", &MemProvider::single("t.s", src), &AsmOptions::default()).unwrap();
    assert_eq!(a.warnings.len(), 1, "{:?}", a.warnings);
    let w = &a.warnings[0];
    assert_eq!((w.line, w.column), (3, 2));
    assert!(w.message.starts_with("r8 is read here but written on line 2 in the same instruction group"), "{}", w.message);
}
#[test]
fn mov_to_pr_forgets_relations() {
    // p6 and p7 are complements until `mov pr` rewrites them: then the two
    // guarded writes of r4 may conflict.
    let src = "\t.text\n\tcmp.eq p6, p7 = r1, r2\n\t;;\n\tmov pr = r9, 0xc0\n\t;;\n(p6)\tmov r4 = 1\n(p7)\tmov r4 = 2\n\t;;\n";
    let found = ours(src);
    assert_eq!(found, [(7, Kind::Waw, Resource::Gr(4), false)].into_iter().collect());
    let without = src.replace("\tmov pr = r9, 0xc0\n\t;;\n", "");
    assert!(ours(&without).is_empty());
}
