//! Interruptions as values: vectors, the interruption record an
//! instruction returns when it faults, its delivery through the IVT, and
//! `rfi`.

use super::state::{cr, dcr, psr, Cfm, Cpu};

/// The IVT entries (SDM vol. 2, "IVA-based interruption vectors").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Vector {
    VhptTranslation,
    InstructionTlb,
    DataTlb,
    AltInstructionTlb,
    AltDataTlb,
    DataNestedTlb,
    InstructionKeyMiss,
    DataKeyMiss,
    DirtyBit,
    InstructionAccessBit,
    DataAccessBit,
    Break,
    ExternalInterrupt,
    PageNotPresent,
    KeyPermission,
    InstructionAccessRights,
    DataAccessRights,
    GeneralException,
    DisabledFpRegister,
    NatConsumption,
    Speculation,
    Debug,
    UnalignedReference,
    UnsupportedDataReference,
    FpFault,
    FpTrap,
    LowerPrivilegeTransfer,
    TakenBranch,
    SingleStep,
    /// Not an IVT entry: an access nothing answers. The machine stops with
    /// [`crate::machine::Exit::MachineCheck`] (PAL's business, i.e. the
    /// supervisor's), carrying the physical address in `ifa`.
    MachineCheck,
}

impl Vector {
    /// Offset of the vector's entry from cr.iva.
    pub fn offset(self) -> u64 {
        use Vector::*;
        match self {
            VhptTranslation => 0x0000,
            InstructionTlb => 0x0400,
            DataTlb => 0x0800,
            AltInstructionTlb => 0x0c00,
            AltDataTlb => 0x1000,
            DataNestedTlb => 0x1400,
            InstructionKeyMiss => 0x1800,
            DataKeyMiss => 0x1c00,
            DirtyBit => 0x2000,
            InstructionAccessBit => 0x2400,
            DataAccessBit => 0x2800,
            Break => 0x2c00,
            ExternalInterrupt => 0x3000,
            PageNotPresent => 0x5000,
            KeyPermission => 0x5100,
            InstructionAccessRights => 0x5200,
            DataAccessRights => 0x5300,
            GeneralException => 0x5400,
            DisabledFpRegister => 0x5500,
            NatConsumption => 0x5600,
            Speculation => 0x5700,
            Debug => 0x5900,
            UnalignedReference => 0x5a00,
            UnsupportedDataReference => 0x5b00,
            FpFault => 0x5c00,
            FpTrap => 0x5d00,
            LowerPrivilegeTransfer => 0x5e00,
            TakenBranch => 0x5f00,
            SingleStep => 0x6000,
            MachineCheck => 0,
        }
    }

    /// Data TLB-class faults that, with psr.ic = 0, become Data Nested TLB.
    fn nests(self) -> bool {
        matches!(self, Vector::VhptTranslation | Vector::DataTlb | Vector::AltDataTlb)
    }
}

/// ISR bits and General Exception codes.
pub mod isr {
    pub const X: u64 = 1 << 32;
    pub const W: u64 = 1 << 33;
    pub const R: u64 = 1 << 34;
    pub const NA: u64 = 1 << 35;
    pub const SP: u64 = 1 << 36;
    pub const RS: u64 = 1 << 37;
    pub const IR: u64 = 1 << 38;
    pub const NI: u64 = 1 << 39;
    pub const EI_SHIFT: u32 = 41;
    pub const ED: u64 = 1 << 43;
    /// General Exception reasons, in ISR bits 4-7.
    pub const ILLEGAL_OP: u64 = 0 << 4;
    pub const PRIV_OP: u64 = 1 << 4;
    pub const PRIV_REG: u64 = 2 << 4;
    pub const RESERVED_REG: u64 = 3 << 4;
    pub const DISABLED_ISA: u64 = 4 << 4;
    /// NaT Consumption: a NaT register was consumed (code 1), a NaT page (2).
    pub const NAT_REG: u64 = 1 << 4;
    pub const NAT_PAGE: u64 = 2 << 4;
    /// Non-access codes (ISR.na set) in bits 0-3.
    pub const NA_TPA: u64 = 0;
    pub const NA_FC: u64 = 1;
    pub const NA_PROBE: u64 = 2;
    pub const NA_TAK: u64 = 3;
    pub const NA_LFETCH: u64 = 4;
    pub const NA_PROBE_FAULT: u64 = 5;
}

/// An interruption raised by an instruction (or injected by the
/// supervisor): everything delivery writes besides IPSR/IIP/IIPA/IFS.
///
/// Faults leave `ip`/slot at the faulting instruction; the record carries
/// the values for ISR, IFA, ITIR, IIM and IHA. Fields the vector does not
/// define are `None` and leave their control registers unchanged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interruption {
    pub vector: Vector,
    /// ISR without ei/ni (filled at delivery).
    pub isr: u64,
    pub ifa: Option<u64>,
    pub itir: Option<u64>,
    pub iim: Option<u64>,
    pub iha: Option<u64>,
}

impl Interruption {
    pub fn new(vector: Vector, isr: u64) -> Interruption {
        Interruption { vector, isr, ifa: None, itir: None, iim: None, iha: None }
    }

    pub fn illegal_op() -> Interruption {
        Self::new(Vector::GeneralException, isr::ILLEGAL_OP)
    }

    pub fn privileged_op() -> Interruption {
        Self::new(Vector::GeneralException, isr::PRIV_OP)
    }

    pub fn privileged_reg() -> Interruption {
        Self::new(Vector::GeneralException, isr::PRIV_REG)
    }

    pub fn reserved_reg() -> Interruption {
        Self::new(Vector::GeneralException, isr::RESERVED_REG)
    }

    /// A NaT register consumed by a non-speculative instruction.
    pub fn nat_reg(access: u64) -> Interruption {
        Self::new(Vector::NatConsumption, isr::NAT_REG | access)
    }

    /// `break` with its immediate (cr.iim).
    pub fn break_(imm: u64) -> Interruption {
        Interruption { iim: Some(imm), ..Self::new(Vector::Break, 0) }
    }

    /// The General Exception reason ((isr >> 4) & 0xf), for intercept
    /// matching.
    pub fn ge_code(&self) -> u64 {
        (self.isr >> 4) & 0xf
    }
}

impl Cpu {
    /// Deliver an interruption as the hardware does: save state (when
    /// psr.ic = 1), set ISR (ei = the slot, ni = !psr.ic) and the
    /// vector-specific registers, switch to bank 0, build the new PSR
    /// (keeping rt, up, mfl, mfh, pk, it, dt, mc; be and pp from DCR;
    /// everything else 0, so cpl = 0 and ic = i = 0) and jump to
    /// cr.iva + the vector's offset. With psr.ic = 0, data TLB faults
    /// become Data Nested TLB and write no interruption registers.
    pub fn deliver(&mut self, int: &Interruption) {
        let ic = self.psr & psr::IC != 0;
        let mut vector = int.vector;
        if !ic && vector.nests() {
            vector = Vector::DataNestedTlb;
        } else {
            if ic {
                self.cr[cr::IPSR] = self.psr_value();
                self.cr[cr::IIP] = self.ip;
                self.cr[cr::IIPA] = self.last_ip;
                self.cr[cr::IFS] = 0;
            }
            let ei = if vector == Vector::ExternalInterrupt { 0 } else { self.ri as u64 };
            self.cr[cr::ISR] = int.isr | ei << isr::EI_SHIFT | if ic { 0 } else { isr::NI };
            let regs = [(int.ifa, cr::IFA), (int.itir, cr::ITIR), (int.iim, cr::IIM), (int.iha, cr::IHA)];
            for (v, r) in regs {
                if let Some(v) = v {
                    self.cr[r] = v;
                }
            }
        }
        self.select_bank(0);
        let dcr = self.cr[cr::DCR];
        let keep = psr::RT | psr::UP | psr::MFL | psr::MFH | psr::PK | psr::IT | psr::DT | psr::MC;
        self.psr = (self.psr & keep)
            | if dcr & dcr::BE != 0 { psr::BE } else { 0 }
            | if dcr & dcr::PP != 0 { psr::PP } else { 0 };
        self.ip = (self.cr[cr::IVA] & !0x7fff) + vector.offset();
        self.ri = 0;
    }

    /// `rfi`: PSR from IPSR, IP and slot from IIP and IPSR.ri, and the
    /// frame from IFS when IFS.v is set. The caller has already checked
    /// privilege; the register-stack work (filling the restored frame) is
    /// done by the caller before this commits.
    pub fn rfi_commit(&mut self) {
        let ipsr = self.cr[cr::IPSR];
        let bank = ((ipsr & psr::BN) != 0) as u8;
        self.select_bank(bank);
        let ri = ((ipsr >> psr::RI_SHIFT) & 3) as u8;
        self.psr = ipsr & psr::DEFINED & !psr::RI;
        self.ip = self.cr[cr::IIP] & !0xf;
        // Slot 2 of an MLX bundle does not exist as a separate slot; a
        // resumption there starts the long instruction (slot 1).
        self.ri = ri.min(2);
    }

    /// The frame `rfi` restores: IFS.ifm when IFS.v is set.
    pub fn rfi_frame(&self) -> Option<Cfm> {
        let ifs = self.cr[cr::IFS];
        (ifs >> 63 == 1).then(|| Cfm::from_bits(ifs))
    }
}
