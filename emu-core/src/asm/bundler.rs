//! Packing instructions into bundles the way GNU as does.
//!
//! GNU as queues up to four instructions and, when the queue is full or
//! must be flushed, fills one bundle from its front: the template is the
//! best match for the next three instruction types (ties go to the lower
//! template number), stops written in the source switch to a template with
//! a mid-bundle stop where one exists, and empty slots get the unit's nop.
//! This module re-implements that procedure (gas/config/tc-ia64.c,
//! `emit_one_bundle`, read for its rules) so our bytes equal GNU's.

use std::collections::VecDeque;
use std::sync::LazyLock;

use super::Tune;
use crate::isa::{flags, SlotUnit, TEMPLATES};

/// Instruction types in GNU's order (the index into the best-template
/// table). `Dyn` is an instruction whose unit is picked by its slot:
/// `nop`, `break`, `chk.s`, `mov` to/from ar48-ar63.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GType {
    Nil = 0,
    A,
    I,
    M,
    B,
    F,
    X,
    Dyn,
}

/// GNU's view of a slot's unit: the long slot of MLX is `L` and is where a
/// long instruction goes; `X` is the slot after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GUnit {
    M,
    I,
    B,
    F,
    L,
    X,
}

impl GUnit {
    fn from_slot(u: SlotUnit) -> GUnit {
        match u {
            SlotUnit::M => GUnit::M,
            SlotUnit::I => GUnit::I,
            SlotUnit::B => GUnit::B,
            SlotUnit::F => GUnit::F,
            SlotUnit::L => GUnit::L,
            SlotUnit::X => GUnit::X,
        }
    }

    pub fn bit(self) -> u8 {
        1 << self as u8
    }

    /// The unit letter (for messages).
    pub fn letter(self) -> char {
        match self {
            GUnit::M => 'M',
            GUnit::I => 'I',
            GUnit::B => 'B',
            GUnit::F => 'F',
            GUnit::L => 'L',
            GUnit::X => 'X',
        }
    }
}

/// Templates by GNU's 4-bit number (the 5-bit code without its stop bit);
/// reserved numbers have no units.
pub static TEMPLATE_UNITS: LazyLock<[Option<[GUnit; 3]>; 16]> = LazyLock::new(|| {
    let mut t = [None; 16];
    for tm in TEMPLATES {
        t[(tm.code >> 1) as usize] = Some(tm.units.map(GUnit::from_slot));
    }
    t
});

/// GNU numbers of the templates the procedure switches to.
const T_MII: u8 = 0;
const T_MI_I: u8 = 1;
const T_MLX: u8 = 2;
const T_MMI: u8 = 4;
const T_M_MI: u8 = 5;

fn unit(t: u8, slot: usize) -> Option<GUnit> {
    TEMPLATE_UNITS.get(t as usize).copied().flatten().map(|u| u[slot])
}

/// Whether an instruction of type `ty` may go in `slot` of template `t`
/// (GNU's rule; `Dyn` matches anything, even reserved templates).
fn type_fits(t: u8, ty: GType, slot: usize) -> bool {
    let u = unit(t, slot);
    match ty {
        GType::Dyn => true,
        GType::A => matches!(u, Some(GUnit::I | GUnit::M)),
        GType::X => u == Some(GUnit::L),
        GType::I => u == Some(GUnit::I),
        GType::M => u == Some(GUnit::M),
        GType::B => u == Some(GUnit::B),
        GType::F => u == Some(GUnit::F),
        GType::Nil => false,
    }
}

/// How much a nop in `slot` of template `t` is worth: Itanium 2 (GNU's
/// default) wants nops on M or I units, Itanium 1 an F nop in slot 1 and a
/// B nop in slot 2.
fn extra_goodness(tune: Tune, t: u8, slot: usize) -> u32 {
    match (tune, unit(t, slot)) {
        (Tune::Itanium2, Some(GUnit::M | GUnit::I)) => 2,
        (Tune::Itanium1, Some(GUnit::F)) if slot == 1 => 2,
        (Tune::Itanium1, Some(GUnit::B)) if slot == 2 => 1,
        _ => 0,
    }
}

const NTYPES: usize = 8;
const ALL_TYPES: [GType; NTYPES] = [GType::Nil, GType::A, GType::I, GType::M, GType::B, GType::F, GType::X, GType::Dyn];

/// The best template for each triple of instruction types: each type that
/// fits counts 3, a nop slot counts by `extra_goodness`; the first
/// template with the highest score wins.
static BEST: LazyLock<[Vec<u8>; 2]> = LazyLock::new(|| [best_table(Tune::Itanium1), best_table(Tune::Itanium2)]);

fn best_table(tune: Tune) -> Vec<u8> {
    let extra_goodness = |t, slot| extra_goodness(tune, t, slot);
    let mut best = vec![0u8; NTYPES * NTYPES * NTYPES];
    for (a, &i) in ALL_TYPES.iter().enumerate() {
        for (b, &j) in ALL_TYPES.iter().enumerate() {
            for (c, &k) in ALL_TYPES.iter().enumerate() {
                let mut top = 0;
                for t in 0..16u8 {
                    let long_pair = |ty: GType| t == T_MLX && ty == GType::X;
                    let g = if type_fits(t, i, 0) {
                        if type_fits(t, j, 1) {
                            if long_pair(j) || type_fits(t, k, 2) {
                                9
                            } else {
                                6 + extra_goodness(t, 2)
                            }
                        } else if type_fits(t, j, 2) {
                            6 + extra_goodness(t, 1)
                        } else {
                            3 + extra_goodness(t, 1) + extra_goodness(t, 2)
                        }
                    } else if type_fits(t, i, 1) {
                        if long_pair(i) || type_fits(t, j, 2) {
                            6
                        } else {
                            3 + extra_goodness(t, 2)
                        }
                    } else if type_fits(t, i, 2) {
                        3 + extra_goodness(t, 1)
                    } else {
                        0
                    };
                    if g > top {
                        top = g;
                        best[(a * NTYPES + b) * NTYPES + c] = t;
                    }
                }
            }
        }
    }
    best
}

fn best_template(tune: Tune, types: [GType; 3]) -> u8 {
    BEST[tune as usize][(types[0] as usize * NTYPES + types[1] as usize) * NTYPES + types[2] as usize]
}

/// What the bundler needs to know about a queued instruction.
#[derive(Clone, Debug)]
pub struct QInsn {
    /// Index of the instruction in the assembler's list.
    pub id: usize,
    pub ty: GType,
    pub flags: u16,
    /// For `Dyn`: the units some candidate row can execute on.
    pub dyn_units: u8,
    /// For `Dyn`: the only B-unit candidate is `hint.b`, which GNU refuses.
    pub hint_b: bool,
}

/// A queued instruction with the marks the source put around it.
#[derive(Clone, Debug)]
struct QSlot {
    insn: QInsn,
    labels: Vec<usize>,
    user_template: Option<u8>,
    manual_on: bool,
    manual_off: bool,
    end_group: bool,
}

/// Marks waiting for the next instruction.
#[derive(Clone, Debug, Default)]
struct Next {
    labels: Vec<usize>,
    user_template: Option<u8>,
    manual_on: bool,
}

/// What fills a slot of an emitted bundle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill {
    Nop(GUnit),
    /// An instruction and the unit it was placed on (a long instruction
    /// fills the L slot and the X slot after it).
    Insn(usize, GUnit),
    /// The X half of the long instruction in the previous slot.
    LongTail,
}

#[derive(Clone, Debug)]
pub struct Emitted {
    /// The 5-bit template code, stop bit included.
    pub code: u8,
    pub slots: [Fill; 3],
    /// Labels that name this bundle.
    pub labels: Vec<usize>,
}

/// A problem the bundler found, reported at instruction `id`.
#[derive(Clone, Debug)]
pub struct BundleError {
    pub id: usize,
    pub message: String,
}

/// GNU's instruction queue.
#[derive(Default)]
pub struct Bundler {
    queue: VecDeque<QSlot>,
    next: Next,
    /// Inside `{ ... }`.
    pub manual: bool,
    pub tune: Tune,
}

const QUEUE: usize = 4;

impl Bundler {
    pub fn new(tune: Tune) -> Bundler {
        Bundler { tune, ..Bundler::default() }
    }

    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    /// A label in a code section names the next instruction's bundle.
    pub fn add_label(&mut self, sym: usize) {
        self.next.labels.push(sym);
    }

    /// Labels still waiting for an instruction (they name the current
    /// position when the queue is flushed).
    pub fn take_pending_labels(&mut self) -> Vec<usize> {
        std::mem::take(&mut self.next.labels)
    }

    /// `.mii` and friends: the next instruction starts a bundle of this
    /// template (GNU number).
    pub fn set_template(&mut self, t: u8) {
        self.next.user_template = Some(t);
    }

    /// `;;`: the last queued instruction ends its group. GNU ignores a stop
    /// when nothing is queued.
    pub fn stop(&mut self) {
        if let Some(last) = self.queue.back_mut() {
            last.end_group = true;
        }
    }

    /// `{`; returns a warning when a bundle is already open.
    pub fn open(&mut self) -> Option<&'static str> {
        if self.manual {
            return Some("found `{` inside an explicit bundle that is already open");
        }
        self.next.manual_on = true;
        self.manual = true;
        None
    }

    /// `}`; returns a warning when no bundle is open.
    pub fn close(&mut self) -> Option<&'static str> {
        if !self.manual {
            return Some("found `}` without an explicit bundle open");
        }
        if let Some(last) = self.queue.back_mut() {
            last.manual_off = true;
        }
        self.manual = false;
        None
    }

    /// Queue an instruction; emits a bundle when four are queued.
    pub fn push(&mut self, insn: QInsn, out: &mut Vec<Emitted>, errs: &mut Vec<BundleError>) {
        if insn.flags & flags::FIRST != 0 {
            self.stop();
        }
        let last = insn.flags & flags::LAST != 0;
        let next = std::mem::take(&mut self.next);
        self.queue.push_back(QSlot {
            insn,
            labels: next.labels,
            user_template: next.user_template,
            manual_on: next.manual_on,
            manual_off: false,
            end_group: false,
        });
        if self.queue.len() >= QUEUE {
            self.emit_one(out, errs);
        }
        if last {
            self.stop();
        }
    }

    /// Emit every queued instruction.
    pub fn flush(&mut self, out: &mut Vec<Emitted>, errs: &mut Vec<BundleError>) {
        while !self.queue.is_empty() {
            self.emit_one(out, errs);
        }
    }

    /// Fill one bundle from the front of the queue.
    fn emit_one(&mut self, out: &mut Vec<Emitted>, errs: &mut Vec<BundleError>) {
        let Some(first) = self.queue.front() else { return };
        let user = first.user_template;
        let mut tmpl = match user {
            Some(t) => t,
            None => {
                let mut types = [GType::Nil; 3];
                for (i, q) in self.queue.iter().take(3).enumerate() {
                    if i != 0 && !q.labels.is_empty() {
                        break;
                    }
                    types[i] = q.insn.ty;
                }
                best_template(self.tune, types)
            }
        };
        let nop = |t: u8, j: usize| Fill::Nop(unit(t, j).unwrap_or(GUnit::M));
        let mut slots = [nop(tmpl, 0), nop(tmpl, 1), nop(tmpl, 2)];
        let mut labels = Vec::new();
        let mut end_group = false;
        let mut last_slot: Option<usize> = None;
        // 1: inside braces; -1: an error was reported, keep quiet.
        let mut manual: i8 = 0;
        let mut placed = 0;
        let mut i = 0;
        let err = |errs: &mut Vec<BundleError>, q: &QSlot, m: String| errs.push(BundleError { id: q.insn.id, message: m });

        while i < 3 {
            let Some(q) = self.queue.front_mut() else { break };
            let manual_off = q.manual_off;
            if q.manual_on {
                if placed == 0 {
                    manual = 1;
                } else {
                    break;
                }
            }
            if placed > 0 && q.user_template.is_some() {
                break;
            }
            let fl = q.insn.flags;
            if fl & flags::SLOT2 != 0 {
                if manual == 1 && !manual_off {
                    err(errs, q, format!("{INSN} must be the last instruction of its bundle (slot 3)"));
                    if i < 2 {
                        manual = -1;
                    }
                }
                i = 2;
            }
            if fl & flags::LAST != 0 {
                let (req_slot, req_tmpl) = match q.insn.ty {
                    GType::M => (0, T_M_MI),
                    GType::B => (2, tmpl),
                    _ => (i, tmpl),
                };
                if manual != 0 && (i > req_slot || (req_slot == 2 && !manual_off) || (user.is_some() && (tmpl ^ req_tmpl) > 1)) {
                    err(errs, q, format!("{INSN} must be the last instruction of its instruction group: put `;;` right after it"));
                    if i < 2 && req_slot == 2 && !manual_off {
                        manual = -1;
                    }
                }
                if req_slot < i {
                    break;
                }
                i = req_slot;
                if req_tmpl != tmpl {
                    for (j, s) in slots.iter_mut().enumerate().skip(i) {
                        *s = nop(req_tmpl, j);
                    }
                    q.end_group = false;
                }
                tmpl = req_tmpl;
            }
            if placed > 0 && !q.labels.is_empty() {
                if manual != 0 {
                    err(errs, q, "a label must name the first instruction of a bundle".into());
                    manual = -1;
                }
                break;
            }
            if end_group {
                let orig = tmpl;
                let first_in_group = fl & flags::FIRST != 0;
                if i == 1 && (user == Some(T_MMI) || (user.is_none() && unit(tmpl, 0) == Some(GUnit::M))) {
                    tmpl = T_M_MI;
                    end_group = false;
                } else if i == 2 && (user == Some(T_MII) || (user.is_none() && unit(tmpl, 1) == Some(GUnit::I))) && !first_in_group {
                    tmpl = T_MI_I;
                    end_group = false;
                } else if i == 1 && user == Some(T_MII) && !first_in_group {
                    // Leave slot 1 a nop; the stop can go after it.
                    i += 1;
                    continue;
                } else if placed > 0 {
                    break;
                }
                if tmpl != orig {
                    for (j, s) in slots.iter_mut().enumerate().skip(i) {
                        *s = nop(tmpl, j);
                    }
                }
            }
            let Some(required) = unit(tmpl, i) else {
                i += 1;
                continue;
            };
            let fits = match q.insn.ty {
                GType::Dyn => {
                    if required == GUnit::B && q.insn.hint_b {
                        if manual != 0 || user.is_some() {
                            err(errs, q, "`hint` cannot go in a B slot (GNU as refuses `hint.b`)".into());
                            true
                        } else {
                            false
                        }
                    } else {
                        q.insn.dyn_units & required.bit() != 0
                    }
                }
                GType::A => matches!(required, GUnit::I | GUnit::M),
                GType::X => required == GUnit::L,
                GType::I => required == GUnit::I,
                GType::M => required == GUnit::M,
                GType::B => required == GUnit::B,
                GType::F => required == GUnit::F,
                GType::Nil => false,
            };
            if !fits {
                i += 1;
                continue;
            }
            let Some(q) = self.queue.pop_front() else { break };
            labels.extend(q.labels);
            slots[i] = Fill::Insn(q.insn.id, required);
            end_group = q.end_group;
            if required == GUnit::L {
                i += 1;
                if i < 3 {
                    slots[i] = Fill::LongTail;
                }
            }
            placed += 1;
            last_slot = Some(i);
            if manual_off {
                manual = 0;
                break;
            }
            i += 1;
        }

        if let (Some(q), None) = (self.queue.front(), last_slot) {
            let name = TEMPLATES.iter().find(|t| t.code >> 1 == tmpl).map(|t| t.name()).unwrap_or_default();
            err(errs, q, format!("{INSN} does not fit into {} {name} bundle: it needs {}", article(&name), needs(q.insn.ty)));
            self.queue.pop_front();
        } else if manual > 0 {
            match self.queue.front() {
                Some(q) => {
                    let name = TEMPLATES.iter().find(|t| t.code >> 1 == tmpl).map(|t| t.name()).unwrap_or_default();
                    let msg = if last_slot.unwrap_or(0) >= 2 {
                        format!("{INSN} does not fit into the bundle: a bundle holds three instructions")
                    } else {
                        let unit_of = |j: usize| unit(tmpl, j).map(|u| u.letter()).unwrap_or('?');
                        let wher = if tmpl == T_MLX {
                            "the X slot".to_string()
                        } else if last_slot == Some(0) {
                            format!("slot 2 ({}) or 3 ({})", unit_of(1), unit_of(2))
                        } else {
                            format!("slot 3 ({})", unit_of(2))
                        };
                        format!("{INSN} cannot go in {wher} of {} {name} bundle: it needs {}", article(&name), needs(q.insn.ty))
                    };
                    err(errs, q, msg);
                }
                None => {
                    // Reported by the caller, which knows where the file ends.
                }
            }
        }
        out.push(Emitted { code: (tmpl << 1) | end_group as u8, slots, labels });
    }
}

/// Stands for the instruction's mnemonic in a [`BundleError`] message.
pub const INSN: &str = "\u{0}";

fn article(name: &str) -> &'static str {
    if name.starts_with('M') {
        "an"
    } else {
        "a"
    }
}

/// The slots an instruction type can use, for messages.
fn needs(ty: GType) -> &'static str {
    match ty {
        GType::A => "an M or I slot",
        GType::I => "an I slot",
        GType::M => "an M slot",
        GType::B => "a B slot",
        GType::F => "an F slot",
        GType::X => "the L and X slots of an MLX bundle",
        GType::Dyn | GType::Nil => "another slot",
    }
}

/// GNU's template number for a template directive name (`mii`, `mlx`, ...).
pub fn template_by_name(name: &str) -> Option<u8> {
    if name == "mli" {
        // An old spelling of mlx GNU still accepts.
        return Some(T_MLX);
    }
    TEMPLATES
        .iter()
        .filter(|t| !t.end_stop && t.mid_stop_after.is_none())
        .find(|t| t.name().eq_ignore_ascii_case(name))
        .map(|t| t.code >> 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_templates_match_gnu_choices() {
        use GType::*;
        let name = |t: u8| TEMPLATES.iter().find(|x| x.code >> 1 == t).unwrap().name();
        assert_eq!(name(best_template(Tune::Itanium2, [M, I, I])), "MII");
        assert_eq!(name(best_template(Tune::Itanium2, [M, M, I])), "MMI");
        assert_eq!(name(best_template(Tune::Itanium2, [A, A, A])), "MII");
        assert_eq!(name(best_template(Tune::Itanium2, [M, X, Nil])), "MLX");
        assert_eq!(name(best_template(Tune::Itanium2, [B, Nil, Nil])), "MIB");
        assert_eq!(name(best_template(Tune::Itanium2, [M, F, I])), "MFI");
        assert_eq!(name(best_template(Tune::Itanium2, [Dyn, I, M])), "MII");
        assert_eq!(name(best_template(Tune::Itanium2, [B, B, B])), "BBB");
        // Itanium 1 prefers an F nop in slot 1 and a B nop in slot 2.
        assert_eq!(name(best_template(Tune::Itanium1, [M, Nil, Nil])), "MFB");
        assert_eq!(name(best_template(Tune::Itanium2, [M, Nil, Nil])), "MII");
    }

    #[test]
    fn template_names() {
        assert_eq!(template_by_name("mii"), Some(0));
        assert_eq!(template_by_name("mlx"), Some(2));
        assert_eq!(template_by_name("mfb"), Some(14));
        assert_eq!(template_by_name("mxx"), None);
    }
}
