//! Architected CPU state: register files, PSR, CFM, application, control,
//! region and protection-key registers, CPUID.
//!
//! General registers are kept physically: r0-r31 of the current bank, then
//! the 96 stacked registers. Logical r32+ map into the stacked file through
//! the register stack engine's bottom-of-frame and the rotation base
//! ([`Cpu::phys`]); the other bank of r16-r31 is kept aside.

use super::interrupt::Interruption;
use super::tlb::Tlb;

/// Number of physical stacked registers.
pub const N_STACKED: usize = 96;
/// Physical general registers: r0-r31 then the stacked file.
pub const N_PHYS: usize = 32 + N_STACKED;

/// PSR bit positions (SDM vol. 2, "Processor Status Register").
pub mod psr {
    pub const BE: u64 = 1 << 1;
    pub const UP: u64 = 1 << 2;
    pub const AC: u64 = 1 << 3;
    pub const MFL: u64 = 1 << 4;
    pub const MFH: u64 = 1 << 5;
    pub const IC: u64 = 1 << 13;
    pub const I: u64 = 1 << 14;
    pub const PK: u64 = 1 << 15;
    pub const DT: u64 = 1 << 17;
    pub const DFL: u64 = 1 << 18;
    pub const DFH: u64 = 1 << 19;
    pub const SP: u64 = 1 << 20;
    pub const PP: u64 = 1 << 21;
    pub const DI: u64 = 1 << 22;
    pub const SI: u64 = 1 << 23;
    pub const DB: u64 = 1 << 24;
    pub const LP: u64 = 1 << 25;
    pub const TB: u64 = 1 << 26;
    pub const RT: u64 = 1 << 27;
    pub const CPL_SHIFT: u32 = 32;
    pub const CPL: u64 = 3 << 32;
    pub const IS: u64 = 1 << 34;
    pub const MC: u64 = 1 << 35;
    pub const IT: u64 = 1 << 36;
    pub const ID: u64 = 1 << 37;
    pub const DA: u64 = 1 << 38;
    pub const DD: u64 = 1 << 39;
    pub const SS: u64 = 1 << 40;
    pub const RI_SHIFT: u32 = 41;
    pub const RI: u64 = 3 << 41;
    pub const ED: u64 = 1 << 43;
    pub const BN: u64 = 1 << 44;
    pub const IA: u64 = 1 << 45;
    /// The user mask: what `sum`/`rum`/`mov psr.um=` may change.
    pub const UM: u64 = BE | UP | AC | MFL | MFH;
    /// Every defined bit; the rest are reserved (writing them faults).
    pub const DEFINED: u64 = UM
        | IC | I | PK | DT | DFL | DFH | SP | PP | DI | SI | DB | LP | TB | RT
        | CPL | IS | MC | IT | ID | DA | DD | SS | RI | ED | BN | IA;
}

/// Application register numbers.
pub mod ar {
    pub const RSC: usize = 16;
    pub const BSP: usize = 17;
    pub const BSPSTORE: usize = 18;
    pub const RNAT: usize = 19;
    pub const CSD: usize = 25;
    pub const CCV: usize = 32;
    pub const UNAT: usize = 36;
    pub const FPSR: usize = 40;
    pub const ITC: usize = 44;
    pub const PFS: usize = 64;
    pub const LC: usize = 65;
    pub const EC: usize = 66;
}

/// Control register numbers.
pub mod cr {
    pub const DCR: usize = 0;
    pub const ITM: usize = 1;
    pub const IVA: usize = 2;
    pub const PTA: usize = 8;
    pub const IPSR: usize = 16;
    pub const ISR: usize = 17;
    pub const IIP: usize = 19;
    pub const IFA: usize = 20;
    pub const ITIR: usize = 21;
    pub const IIPA: usize = 22;
    pub const IFS: usize = 23;
    pub const IIM: usize = 24;
    pub const IHA: usize = 25;
    pub const LID: usize = 64;
    pub const IVR: usize = 65;
    pub const TPR: usize = 66;
    pub const EOI: usize = 67;
    pub const IRR0: usize = 68;
    pub const ITV: usize = 72;
    pub const PMV: usize = 73;
    pub const CMCV: usize = 74;
    pub const LRR0: usize = 80;
    pub const LRR1: usize = 81;

    /// Whether `n` names an architected control register.
    pub fn exists(n: usize) -> bool {
        matches!(n, 0..=2 | 8 | 16..=17 | 19..=25 | 64..=74 | 80..=81)
    }
}

/// DCR bits the interruption logic reads.
pub mod dcr {
    pub const PP: u64 = 1 << 0;
    pub const BE: u64 = 1 << 1;
}

/// The current frame marker.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cfm {
    /// Size of frame (0-96).
    pub sof: u32,
    /// Size of locals (0-sof).
    pub sol: u32,
    /// Size of the rotating region in registers (a multiple of 8).
    pub sor: u32,
    pub rrb_gr: u32,
    pub rrb_fr: u32,
    pub rrb_pr: u32,
}

impl Cfm {
    /// The 38-bit architected encoding (as in ar.pfs.pfm and cr.ifs.ifm).
    pub fn to_bits(self) -> u64 {
        (self.sof as u64 & 0x7f)
            | (self.sol as u64 & 0x7f) << 7
            | ((self.sor / 8) as u64 & 0xf) << 14
            | (self.rrb_gr as u64 & 0x7f) << 18
            | (self.rrb_fr as u64 & 0x7f) << 25
            | (self.rrb_pr as u64 & 0x3f) << 32
    }

    /// Decode a frame marker. Out-of-range fields (sof > 96, sol > sof,
    /// sor > sof, rrb beyond its region) are clamped so that register
    /// mapping can never index outside the physical file; the architecture
    /// leaves such frames undefined.
    pub fn from_bits(v: u64) -> Cfm {
        let sof = ((v & 0x7f) as u32).min(N_STACKED as u32);
        let sol = (((v >> 7) & 0x7f) as u32).min(sof);
        let sor = ((((v >> 14) & 0xf) as u32) * 8).min(sof / 8 * 8);
        let rrb_gr = ((v >> 18) & 0x7f) as u32;
        let rrb_fr = ((v >> 25) & 0x7f) as u32 % 96;
        let rrb_pr = ((v >> 32) & 0x3f) as u32 % 48;
        Cfm { sof, sol, sor, rrb_gr: if sor == 0 { 0 } else { rrb_gr % sor }, rrb_fr, rrb_pr }
    }
}

/// One ALAT entry: an advanced load's target register and address range.
#[derive(Clone, Copy, Debug, Default)]
pub struct AlatEntry {
    pub valid: bool,
    /// Physical register index ([`Cpu::phys`]).
    pub reg: u16,
    pub addr: u64,
    pub size: u8,
}

pub const ALAT_ENTRIES: usize = 32;

/// The architected state of one IA-64 processor (integer and system
/// parts; floating point is outside the model).
///
/// Every field is public so a supervisor can inspect and change it; the
/// accessors ([`Cpu::gr`], [`Cpu::set_gr`], [`Cpu::pr`], ...) apply the
/// register-stack and rotation mapping the guest sees.
#[derive(Clone)]
pub struct Cpu {
    /// Physical general registers (r0-r31 of the current bank, then stacked).
    pub phys: [u64; N_PHYS],
    pub nat: [bool; N_PHYS],
    /// The bank of r16-r31 not currently selected by psr.bn.
    pub other_bank: [u64; 16],
    pub other_bank_nat: [bool; 16],
    /// Physical predicates (bit n = pn; rotation applies to p16-p63).
    pub pr: u64,
    pub br: [u64; 8],
    /// Application registers; ar.bsp/bspstore/rnat live here too.
    pub ar: [u64; 128],
    /// Control registers.
    pub cr: [u64; 128],
    pub psr: u64,
    pub cfm: Cfm,
    /// The bundle address of the next instruction.
    pub ip: u64,
    /// The slot of the next instruction (psr.ri is kept here while running).
    pub ri: u8,
    pub rr: [u64; 8],
    pub pkr: [u64; 16],
    pub dbr: [u64; 16],
    pub ibr: [u64; 16],
    pub pmc: [u64; 16],
    pub pmd: [u64; 16],
    pub cpuid: [u64; 5],
    /// Register stack engine: physical index (0-95) of r32 in the stacked file.
    pub bof: u32,
    /// Dirty stacked registers (spilled to nothing yet) below the frame.
    pub ndirty: u32,
    pub alat: [AlatEntry; ALAT_ENTRIES],
    pub tlb: Tlb,
    /// Interrupt request bits (cr.irr0-3 as a 256-bit set).
    pub irr: [u64; 4],
    /// Vectors being serviced (acquired through cr.ivr, ended by cr.eoi).
    pub in_service: [u64; 4],
    /// Bundle address of the last instruction that completed (cr.iipa).
    pub last_ip: u64,
    /// A pending interruption the supervisor injected, delivered before
    /// the next instruction.
    pub injected: Option<Interruption>,
    /// Set by an instruction that redirected ip/ri (a taken branch, rfi).
    pub taken: bool,
    /// cr.itm was written and has not matched ar.itc since.
    pub timer_armed: bool,
    /// Scratch for reads of the (unmodelled) data access hint registers.
    pub dahr: u64,
}

impl Default for Cpu {
    fn default() -> Self {
        Cpu::new()
    }
}

impl Cpu {
    /// A processor in its reset-like state: physical mode, cpl 0, PSR 0,
    /// empty frame, zeroed registers.
    pub fn new() -> Cpu {
        let mut c = Cpu {
            phys: [0; N_PHYS],
            nat: [false; N_PHYS],
            other_bank: [0; 16],
            other_bank_nat: [false; 16],
            pr: 1,
            br: [0; 8],
            ar: [0; 128],
            cr: [0; 128],
            psr: 0,
            cfm: Cfm::default(),
            ip: 0,
            ri: 0,
            rr: [0; 8],
            pkr: [0; 16],
            dbr: [0; 16],
            ibr: [0; 16],
            pmc: [0; 16],
            pmd: [0; 16],
            cpuid: [0; 5],
            bof: 0,
            ndirty: 0,
            alat: [AlatEntry::default(); ALAT_ENTRIES],
            tlb: Tlb::default(),
            irr: [0; 4],
            in_service: [0; 4],
            last_ip: 0,
            injected: None,
            taken: false,
            timer_armed: false,
            dahr: 0,
        };
        // "GenuineIntel"-style vendor words, then version info: family 0x1f
        // (Itanium 2), 4 cpuid registers implemented beyond the vendor.
        c.cpuid[0] = u64::from_le_bytes(*b"ia64play");
        c.cpuid[1] = u64::from_le_bytes(*b" machine");
        c.cpuid[3] = (0x1f << 24) | 4;
        c.cr[cr::IVR] = SPURIOUS;
        c.cr[cr::ITV] = 1 << 16;
        c.cr[cr::PMV] = 1 << 16;
        c.cr[cr::CMCV] = 1 << 16;
        c.cr[cr::LRR0] = 1 << 16;
        c.cr[cr::LRR1] = 1 << 16;
        c.cr[cr::TPR] = 1 << 16;
        for (i, r) in c.rr.iter_mut().enumerate() {
            *r = (i as u64) << 8 | 12 << 2;
        }
        c
    }

    /// Current privilege level.
    #[inline]
    pub fn cpl(&self) -> u8 {
        ((self.psr >> psr::CPL_SHIFT) & 3) as u8
    }

    /// Physical index of logical general register `r`, or None when `r`
    /// is a stacked register outside the current frame.
    #[inline]
    pub fn phys_index(&self, r: u8) -> Option<usize> {
        let r = r as u32;
        if r < 32 {
            return Some(r as usize);
        }
        let mut i = r - 32;
        if i >= self.cfm.sof {
            return None;
        }
        if i < self.cfm.sor {
            i += self.cfm.rrb_gr;
            if i >= self.cfm.sor {
                i -= self.cfm.sor;
            }
        }
        let mut p = self.bof + i;
        if p >= N_STACKED as u32 {
            p -= N_STACKED as u32;
        }
        Some(32 + p as usize)
    }

    /// Value and NaT bit of general register `r` (None outside the frame).
    #[inline]
    pub fn gr(&self, r: u8) -> Option<(u64, bool)> {
        self.phys_index(r).map(|p| (self.phys[p], self.nat[p]))
    }

    /// Write general register `r`; false when `r` is r0 or outside the frame.
    #[inline]
    pub fn set_gr(&mut self, r: u8, v: u64, nat: bool) -> bool {
        match self.phys_index(r) {
            Some(p) if p != 0 => {
                self.phys[p] = v;
                self.nat[p] = nat;
                true
            }
            _ => false,
        }
    }

    /// Physical predicate number of logical predicate `p`.
    #[inline]
    pub fn pr_index(&self, p: u8) -> u32 {
        let p = p as u32;
        if p < 16 {
            p
        } else {
            let mut i = p - 16 + self.cfm.rrb_pr;
            if i >= 48 {
                i -= 48;
            }
            16 + i
        }
    }

    /// Logical predicate `p`.
    #[inline]
    pub fn pr(&self, p: u8) -> bool {
        p == 0 || (self.pr >> self.pr_index(p)) & 1 == 1
    }

    /// Write logical predicate `p`; writes to p0 are ignored.
    #[inline]
    pub fn set_pr(&mut self, p: u8, v: bool) {
        if p != 0 {
            let i = self.pr_index(p);
            self.pr = (self.pr & !(1 << i)) | (v as u64) << i;
        }
    }

    /// All 64 predicates in logical order (as `mov r=pr` reads them).
    pub fn pr_logical(&self) -> u64 {
        (0..64).fold(0, |v, p| v | (self.pr(p) as u64) << p)
    }

    /// Write predicates in logical order under `mask` (p0 stays 1).
    pub fn set_pr_logical(&mut self, value: u64, mask: u64) {
        for p in 1..64u8 {
            if mask >> p & 1 == 1 {
                self.set_pr(p, value >> p & 1 == 1);
            }
        }
    }

    /// PSR as the architecture defines it, with psr.ri from the slot.
    pub fn psr_value(&self) -> u64 {
        (self.psr & !psr::RI) | (self.ri as u64) << psr::RI_SHIFT
    }

    /// Switch register banks (r16-r31) to `bank` (0 or 1), updating psr.bn.
    pub fn select_bank(&mut self, bank: u8) {
        let cur = (self.psr & psr::BN != 0) as u8;
        if cur != bank {
            for i in 0..16 {
                std::mem::swap(&mut self.phys[16 + i], &mut self.other_bank[i]);
                std::mem::swap(&mut self.nat[16 + i], &mut self.other_bank_nat[i]);
            }
            self.psr = (self.psr & !psr::BN) | if bank == 1 { psr::BN } else { 0 };
        }
    }

    /// Region register for a virtual address.
    #[inline]
    pub fn rr_for(&self, va: u64) -> u64 {
        self.rr[(va >> 61) as usize]
    }

    /// Invalidate ALAT entries overlapping `[addr, addr+size)`.
    pub fn alat_invalidate_range(&mut self, addr: u64, size: u64) {
        for e in self.alat.iter_mut().filter(|e| e.valid) {
            if addr < e.addr.wrapping_add(e.size as u64) && e.addr < addr.wrapping_add(size) {
                e.valid = false;
            }
        }
    }
}

/// The spurious interrupt vector cr.ivr reads when nothing is pending.
pub const SPURIOUS: u64 = 15;
