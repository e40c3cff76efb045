//! Dependency violations inside instruction groups.
//!
//! Within an instruction group (the instructions between two stops) the
//! architecture lets instructions execute in parallel, so a register may
//! not be read after it is written in the same group (RAW) nor written
//! twice (WAW); the result is undefined. Students who forget a `;;` get
//! code that happens to work in a sequential emulator and not on an
//! Itanium: these checks say so, the way GNU as does in explicit mode.
//!
//! What is checked, from the instruction table's operands: general
//! registers, predicates and branch registers (explicit operands, the base
//! register a post-increment writes, `mov r = pr` reading every predicate,
//! `mov pr = r, mask` and `mov pr.rot` writing theirs), and the current
//! frame after `alloc` (a stacked register used in the group that changes
//! the frame). The architecture's exceptions hold: a branch may read a
//! predicate or branch register written earlier in its group; parallel
//! compares of one type may write the same predicate; nothing after an
//! unconditional branch is on the same path. Predicates written as a
//! complementary pair by one compare (unconditional or `.unc`) are known
//! never both true, so instructions guarded by them never conflict; other
//! different predicates *may* conflict. Which conflicts are reported, and
//! which are certain, follows GNU as (tests/asm_deps.rs compares the two
//! on random instruction groups); ARs, CRs, floating-point registers and
//! the other implicit resources GNU as also tracks are not checked yet.

use crate::isa::{flags, table, Bundle, Insn, InsnType, Opnd, OpndClass, RegFile, Row, SlotUnit};

/// A resource instructions read and write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Resource {
    Gr(u8),
    Pr(u8),
    Br(u8),
    /// The current frame marker (written by `alloc`).
    Cfm,
}

impl std::fmt::Display for Resource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Resource::Gr(n) => write!(f, "r{n}"),
            Resource::Pr(n) => write!(f, "p{n}"),
            Resource::Br(n) => write!(f, "b{n}"),
            Resource::Cfm => write!(f, "the register frame (CFM)"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Read after write.
    Raw,
    /// Write after write.
    Waw,
}

/// Where an instruction is: bundle address and slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct At {
    pub addr: u64,
    pub slot: u8,
}

/// One conflict: the instruction at `at` uses `resource` that the earlier
/// instruction at `earlier` wrote in the same group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Violation {
    pub at: At,
    pub earlier: At,
    pub kind: Kind,
    pub resource: Resource,
    /// False when the two instructions have different predicates that are
    /// not known to exclude each other: the conflict happens only if both
    /// are true.
    pub certain: bool,
}

impl Violation {
    /// A sentence a student understands.
    pub fn message(&self, earlier_line: Option<u32>) -> String {
        let where_ = earlier_line.map_or(String::from("earlier"), |l| format!("on line {l}"));
        let may = if self.certain { "" } else { " (if both of their predicates are true)" };
        match self.kind {
            Kind::Raw => format!(
                "{} is read here but written {where_} in the same instruction group{may}: the read may see the old value; put `;;` between them",
                self.resource
            ),
            Kind::Waw => format!(
                "{} is written here and {where_} in the same instruction group{may}: which value wins is undefined; put `;;` between them",
                self.resource
            ),
        }
    }
}

/// What one instruction reads and writes.
#[derive(Default, Debug)]
struct Uses {
    reads: Vec<Resource>,
    writes: Vec<Resource>,
}

/// A compare's type for parallel writes: `and`, `or`, `andcm`, ...
fn parallel_type(m: &str) -> Option<&'static str> {
    let kinds = ["or.andcm", "and.orcm", "andcm", "orcm", "and", "or"];
    let completers: Vec<&str> = m.split('.').collect();
    let tail = completers[1..].join(".");
    kinds.into_iter().find(|k| tail.ends_with(k) && (m.starts_with("cmp") || m.starts_with("tbit") || m.starts_with("tnat") || m.starts_with("fcmp") || m.starts_with("fclass")))
}

fn is_branch(row: &Row) -> bool {
    row.ty == InsnType::B && !row.mnemonic.starts_with("nop") && !row.mnemonic.starts_with("hint") && !row.mnemonic.starts_with("brp") && !row.mnemonic.starts_with("break")
}

/// A branch that always leaves the group when its predicate is p0.
fn always_taken(row: &Row) -> bool {
    let m = row.mnemonic.as_str();
    is_branch(row) && (m.starts_with("br.cond") || m.starts_with("br.call") || m.starts_with("br.ret") || m.starts_with("br.ia") || m.starts_with("br.few") || m.starts_with("br.many") || m == "br" || m.starts_with("br.sp") || m.starts_with("br.dp") || m.starts_with("brl.cond") || m.starts_with("brl.call") || m == "brl" || m.starts_with("brl.sp") || m.starts_with("brl.dp") || m.starts_with("rfi"))
}

fn uses(insn: &Insn) -> Uses {
    let row = insn.row();
    let mut u = Uses::default();
    if insn.qp != 0 {
        u.reads.push(Resource::Pr(insn.qp));
    }
    let outs = row.outputs as usize;
    let mut stacked = false;
    for (k, (&o, &v)) in row.operands.iter().zip(&insn.ops).enumerate() {
        let write = k < outs;
        let n = v as u8;
        let r = match o.spec().class {
            OpndClass::Reg(RegFile::Gr) => Some(Resource::Gr(n)),
            OpndClass::Reg(RegFile::Pr) => Some(Resource::Pr(n)),
            OpndClass::Reg(RegFile::Br) => Some(Resource::Br(n)),
            OpndClass::Mem | OpndClass::Ind(_) => {
                // The address register is read; post-increment writes it.
                u.reads.push(Resource::Gr(n));
                if row.is(flags::POSTINC) && o == Opnd::Mr3 {
                    u.writes.push(Resource::Gr(n));
                }
                stacked |= n >= 32;
                None
            }
            OpndClass::Const("pr") if write => {
                let mask = insn.ops.get(k + 2).copied().unwrap_or(-1) as u64;
                u.writes.extend((1..64).filter(|p| mask >> p & 1 == 1).map(Resource::Pr));
                None
            }
            OpndClass::Const("pr") => {
                u.reads.extend((1..64).map(Resource::Pr));
                None
            }
            OpndClass::Const("pr.rot") if write => {
                u.writes.extend((16..64).map(Resource::Pr));
                None
            }
            _ => None,
        };
        if let Some(r) = r {
            stacked |= matches!(r, Resource::Gr(32..));
            let zero = matches!(r, Resource::Gr(0) | Resource::Pr(0));
            if !zero {
                if write { u.writes.push(r) } else { u.reads.push(r) }
            }
        }
    }
    if row.mnemonic == "alloc" {
        u.writes.push(Resource::Cfm);
    } else if stacked {
        u.reads.push(Resource::Cfm);
    }
    u
}

/// A write seen earlier in the current group.
#[derive(Clone, Copy)]
struct Write {
    at: At,
    resource: Resource,
    qp: u8,
    parallel: Option<&'static str>,
}

/// The checker's state across bundles: the group so far and which
/// predicate pairs are known to be complements.
#[derive(Default)]
pub struct Checker {
    writes: Vec<Write>,
    /// Pairs (a, b), a < b, known to be complements: written so by one
    /// compare and not written otherwise since.
    exclusive: Vec<(u8, u8)>,
    /// (a, b): whenever a is true, b is.
    implies: Vec<(u8, u8)>,
    pub found: Vec<Violation>,
}

impl Checker {
    fn excludes(&self, a: u8, b: u8) -> bool {
        self.exclusive.contains(&(a.min(b), a.max(b)))
    }

    /// Whether the later of two instructions guarded by `earlier` and
    /// `later` conflicts with the earlier: None when they never both run
    /// (complementary predicates), Some(certain) otherwise. As GNU as
    /// judges it, only an unpredicated later instruction conflicts for
    /// certain; a guarded one may.
    fn both_may_run(&self, earlier: u8, later: u8) -> Option<bool> {
        if earlier != later && self.excludes(earlier, later) {
            return None;
        }
        Some(later == 0)
    }

    /// Check one instruction, then record what it writes.
    pub fn insn(&mut self, at: At, insn: &Insn) {
        let row = insn.row();
        let u = uses(insn);
        let branch = is_branch(row);
        let parallel = parallel_type(&row.mnemonic);
        let unc = row.mnemonic.contains(".unc");
        let report = |found: &mut Vec<Violation>, w: &Write, kind, certain| {
            if !found.iter().any(|v| v.at == at && v.resource == w.resource && v.kind == kind) {
                found.push(Violation { at, earlier: w.at, kind, resource: w.resource, certain });
            }
        };
        let mut found = std::mem::take(&mut self.found);
        for r in &u.reads {
            // Branches may consume predicates and branch registers written
            // earlier in their group.
            if branch && matches!(r, Resource::Pr(_) | Resource::Br(_)) {
                continue;
            }
            for w in self.writes.iter().filter(|w| w.resource == *r) {
                if let Some(certain) = self.both_may_run(w.qp, insn.qp) {
                    report(&mut found, w, Kind::Raw, certain);
                    break;
                }
            }
        }
        for r in &u.writes {
            for w in self.writes.iter().filter(|w| w.resource == *r) {
                if parallel.is_some() && w.parallel == parallel {
                    continue;
                }
                // A `.unc` compare writes whether or not its guard holds.
                let guard = if unc { 0 } else { insn.qp };
                if let Some(certain) = self.both_may_run(w.qp, guard).map(|c| c && insn.qp == 0) {
                    report(&mut found, w, Kind::Waw, certain);
                    break;
                }
            }
        }
        self.found = found;
        self.update_relations(row, insn.qp, insn);
        for r in &u.writes {
            self.writes.push(Write { at, resource: *r, qp: insn.qp, parallel });
        }
        if row.mnemonic.starts_with("br.call") || row.mnemonic.starts_with("brl.call") {
            // The callee may change any predicate.
            self.exclusive.clear();
            self.implies.clear();
        }
        if always_taken(row) {
            if insn.qp == 0 {
                // The rest of the group is reached only from elsewhere,
                // with nothing known about predicates.
                self.writes.clear();
                self.exclusive.clear();
                self.implies.clear();
            } else {
                // Falling through means the branch's predicate was false:
                // what it guarded did not happen on this path.
                self.writes.retain(|w| w.qp != insn.qp);
            }
        }
    }

    /// What compares teach about predicates (the rules GNU as applies):
    /// a normal or `.unc` compare that always writes makes its targets
    /// complements, and with a guard q each target implies q, so a target
    /// excludes whatever q excludes; a guarded normal compare keeps its
    /// targets' complementarity if they had it. Parallel compares forget
    /// only what their type can break. `mov pr = r, mask` and `mov pr.rot`
    /// forget everything about the predicates they write (GNU as is not
    /// consistent there; forgetting errs on the side of a warning).
    fn update_relations(&mut self, row: &Row, qp: u8, insn: &Insn) {
        if matches!(row.operands.first(), Some(Opnd::PrAll | Opnd::PrRot)) && row.outputs > 0 {
            let written: Vec<u8> = uses(insn).writes.iter().filter_map(|r| if let Resource::Pr(p) = r { Some(*p) } else { None }).collect();
            self.exclusive.retain(|(a, b)| !written.contains(a) && !written.contains(b));
            self.implies.retain(|(a, b)| !written.contains(a) && !written.contains(b));
            return;
        }
        if row.operands.len() < 2 || row.outputs < 2 || !matches!((row.operands[0], row.operands[1]), (Opnd::P1 | Opnd::P2, Opnd::P1 | Opnd::P2)) {
            return;
        }
        let (p1, p2) = (insn.ops[0] as u8, insn.ops[1] as u8);
        if p1 == 0 && p2 == 0 {
            return;
        }
        let ps = [p1, p2];
        let in_ps = |p: &u8| *p != 0 && ps.contains(p);
        let m = row.mnemonic.as_str();
        match parallel_type(m) {
            Some("or.andcm" | "and.orcm") => self.implies.retain(|(a, b)| !(*a == p2 && p2 != 0 || *b == p1 && p1 != 0)),
            Some("andcm" | "and") => self.implies.retain(|(_, b)| !in_ps(b)),
            Some(_) => {
                self.exclusive.retain(|(a, b)| !in_ps(a) && !in_ps(b));
                self.implies.retain(|(a, _)| !in_ps(a));
            }
            None => {
                self.implies.retain(|(a, b)| !in_ps(a) && !in_ps(b));
                let pair = (p1.min(p2), p1.max(p2));
                let kept = p1 != 0 && p2 != 0 && self.exclusive.contains(&pair);
                self.exclusive.retain(|&(a, b)| (a, b) == pair && kept || !in_ps(&a) && !in_ps(&b));
                if p1 != 0 && p2 != 0 && (qp == 0 || m.contains(".unc")) {
                    if !kept {
                        self.exclusive.push(pair);
                    }
                    if qp != 0 {
                        for p in ps {
                            self.imply(p, qp);
                        }
                    }
                }
            }
        }
    }

    /// Record `a` implies `b`, with what follows: `a` excludes what `b`
    /// excludes, and implications chain.
    fn imply(&mut self, a: u8, b: u8) {
        if a == b || self.implies.contains(&(a, b)) {
            return;
        }
        self.implies.push((a, b));
        let chained: Vec<(u8, u8)> = self.implies.iter().filter_map(|&(x, y)| if x == b { Some((a, y)) } else if y == a { Some((x, b)) } else { None }).collect();
        let excluded: Vec<u8> = self.exclusive.iter().filter_map(|&(x, y)| if x == b { Some(y) } else if y == b { Some(x) } else { None }).collect();
        for x in excluded {
            let pair = (a.min(x), a.max(x));
            if a != x && !self.exclusive.contains(&pair) {
                self.exclusive.push(pair);
            }
        }
        for (x, y) in chained {
            self.imply(x, y);
        }
    }

    /// A stop: the group ends.
    pub fn stop(&mut self) {
        self.writes.clear();
    }

    /// Check a bundle (its decodable slots) and its stops.
    pub fn bundle(&mut self, addr: u64, b: &Bundle) {
        let t = table();
        for s in 0..3 {
            if b.template.units[s] != SlotUnit::L {
                if let Ok(insn) = t.decode_slot(b, s) {
                    self.insn(At { addr, slot: s as u8 }, &insn);
                }
            }
            if b.template.stop_after(s) {
                self.stop();
            }
        }
    }
}

/// Every violation in a code image of whole bundles starting at `base`.
pub fn check_code(code: &[u8], base: u64) -> Vec<Violation> {
    let mut c = Checker::default();
    for (i, chunk) in code.chunks_exact(16).enumerate() {
        let Ok(b) = Bundle::from_bytes(chunk.try_into().expect("16 bytes")) else {
            c.stop();
            continue;
        };
        c.bundle(base + 16 * i as u64, &b);
    }
    c.found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::asm::{assemble, AsmOptions, MemProvider};

    fn violations(src: &str) -> Vec<(u64, Kind, Resource, bool)> {
        let opts = AsmOptions { base: 0, ..Default::default() };
        let a = assemble("t.s", &MemProvider::single("t.s", src), &opts).expect("assembles");
        let text = a.section(".text").expect("text");
        check_code(&text.bytes, text.addr).into_iter().map(|v| (v.at.addr * 4 + v.at.slot as u64, v.kind, v.resource, v.certain)).collect()
    }

    #[test]
    fn raw_and_waw_on_general_registers() {
        let v = violations(".text\n{ .mii\n add r8 = r9, r10\n add r11 = r8, r1\n mov r11 = 2 ;;\n}\n");
        assert_eq!(v, vec![(1, Kind::Raw, Resource::Gr(8), true), (2, Kind::Waw, Resource::Gr(11), true)]);
    }

    #[test]
    fn stops_end_groups_and_war_is_allowed() {
        assert!(violations(".text\n{ .mmi\n add r8 = r9, r10 ;;\n add r11 = r8, r1\n add r9 = r0, r0 ;;\n}\n").is_empty());
    }

    #[test]
    fn branches_may_consume_fresh_predicates_and_branch_registers() {
        let src = ".text\n{ .mib\n cmp.eq p6, p7 = r1, r2\n mov b6 = r3\n(p6) br.cond.sptk b6 ;;\n}\n";
        assert!(violations(src).is_empty());
    }

    #[test]
    fn complementary_predicates_never_conflict() {
        let src = ".text\n{ .mmi\n cmp.eq p6, p7 = r1, r2 ;;\n(p6) mov r4 = 1\n(p7) mov r4 = 2 ;;\n}\n";
        assert!(violations(src).is_empty());
        let unknown = ".text\n{ .mmi\n nop.m 0 ;;\n(p6) mov r4 = 1\n(p7) mov r4 = 2 ;;\n}\n";
        assert_eq!(violations(unknown), vec![(2, Kind::Waw, Resource::Gr(4), false)]);
    }

    #[test]
    fn parallel_compares_share_targets() {
        let src = ".text\n{ .mii\n cmp.ne.or p6, p0 = r1, r2\n cmp.ne.or p6, p0 = r3, r2\n nop.i 0 ;;\n}\n";
        assert!(violations(src).is_empty());
    }

    #[test]
    fn post_increment_writes_its_base() {
        let src = ".text\n{ .mii\n ld8 r5 = [r6], 8\n add r7 = r6, r0\n nop.i 0 ;;\n}\n";
        assert_eq!(violations(src), vec![(1, Kind::Raw, Resource::Gr(6), true)]);
    }

    #[test]
    fn stacked_registers_after_alloc() {
        let src = ".text\n{ .mii\n alloc r34 = ar.pfs, 1, 2, 0, 0\n add r33 = r32, r1\n nop.i 0 ;;\n}\n";
        assert!(violations(src).contains(&(1, Kind::Raw, Resource::Cfm, true)));
    }

    #[test]
    fn an_unconditional_branch_ends_the_path() {
        let src = ".text\n{ .mib\n add r8 = r9, r10\n nop.i 0\n br.cond.sptk 1f\n}\n{ .mii\n1: add r8 = r9, r10\n nop.i 0\n nop.i 0 ;;\n}\n";
        assert!(violations(src).is_empty());
    }
}
