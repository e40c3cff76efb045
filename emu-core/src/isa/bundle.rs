//! 128-bit bundles: a 5-bit template and three 41-bit slots.

use thiserror::Error;

/// The execution unit a template gives a slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SlotUnit {
    M,
    I,
    B,
    F,
    /// The L slot of MLX: holds half of a long instruction's immediate.
    L,
    /// The X slot of MLX: the long instruction itself.
    X,
}

impl SlotUnit {
    pub fn letter(self) -> char {
        match self {
            SlotUnit::M => 'M',
            SlotUnit::I => 'I',
            SlotUnit::B => 'B',
            SlotUnit::F => 'F',
            SlotUnit::L => 'L',
            SlotUnit::X => 'X',
        }
    }
}

/// One architected template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template {
    /// The 5-bit template field (bit 0 is the stop at the end of the bundle).
    pub code: u8,
    pub units: [SlotUnit; 3],
    /// A stop after slot 0 (M;MI) or slot 1 (MI;I).
    pub mid_stop_after: Option<usize>,
    /// A stop after slot 2.
    pub end_stop: bool,
}

impl Template {
    /// The name objdump prints: `MII`, `MLX`, ...
    pub fn name(&self) -> String {
        self.units
            .iter()
            .map(|u| match u {
                SlotUnit::L => 'L',
                SlotUnit::X => 'X',
                u => u.letter(),
            })
            .collect()
    }

    /// Whether there is a stop right after slot `slot`.
    pub fn stop_after(&self, slot: usize) -> bool {
        self.mid_stop_after == Some(slot) || (slot == 2 && self.end_stop)
    }

    /// Look up a template by its 5-bit code.
    pub fn from_code(code: u8) -> Result<&'static Template, BundleError> {
        match BY_CODE.get(code as usize) {
            Some(&i) if i != RESERVED => Ok(&TEMPLATES[i as usize]),
            _ => Err(BundleError::ReservedTemplate(code)),
        }
    }
}

use SlotUnit::{B, F, I, L, M, X};

const fn t(code: u8, units: [SlotUnit; 3], mid: Option<usize>) -> Template {
    Template { code, units, mid_stop_after: mid, end_stop: code & 1 == 1 }
}

/// All architected templates. Codes 0x06, 0x07, 0x14, 0x15, 0x1a, 0x1b,
/// 0x1e and 0x1f are reserved.
pub const TEMPLATES: &[Template] = &[
    t(0x00, [M, I, I], None),
    t(0x01, [M, I, I], None),
    t(0x02, [M, I, I], Some(1)),
    t(0x03, [M, I, I], Some(1)),
    t(0x04, [M, L, X], None),
    t(0x05, [M, L, X], None),
    t(0x08, [M, M, I], None),
    t(0x09, [M, M, I], None),
    t(0x0a, [M, M, I], Some(0)),
    t(0x0b, [M, M, I], Some(0)),
    t(0x0c, [M, F, I], None),
    t(0x0d, [M, F, I], None),
    t(0x0e, [M, M, F], None),
    t(0x0f, [M, M, F], None),
    t(0x10, [M, I, B], None),
    t(0x11, [M, I, B], None),
    t(0x12, [M, B, B], None),
    t(0x13, [M, B, B], None),
    t(0x16, [B, B, B], None),
    t(0x17, [B, B, B], None),
    t(0x18, [M, M, B], None),
    t(0x19, [M, M, B], None),
    t(0x1c, [M, F, B], None),
    t(0x1d, [M, F, B], None),
];

const RESERVED: u8 = u8::MAX;

/// Index into [`TEMPLATES`] for each 5-bit code: decoding is a table lookup.
const BY_CODE: [u8; 32] = {
    let mut by = [RESERVED; 32];
    let mut i = 0;
    while i < TEMPLATES.len() {
        by[TEMPLATES[i].code as usize] = i as u8;
        i += 1;
    }
    by
};

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum BundleError {
    #[error("template {0:#04x} is reserved: no IA-64 bundle uses it")]
    ReservedTemplate(u8),
}

pub const SLOT_MASK: u64 = (1 << 41) - 1;

/// A bundle split into its parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bundle {
    pub template: &'static Template,
    pub slots: [u64; 3],
}

impl Bundle {
    /// Split 16 little-endian bytes.
    pub fn from_bytes(bytes: &[u8; 16]) -> Result<Bundle, BundleError> {
        Self::from_u128(u128::from_le_bytes(*bytes))
    }

    pub fn from_u128(v: u128) -> Result<Bundle, BundleError> {
        let template = Template::from_code((v & 0x1f) as u8)?;
        let slots = [
            ((v >> 5) as u64) & SLOT_MASK,
            ((v >> 46) as u64) & SLOT_MASK,
            ((v >> 87) as u64) & SLOT_MASK,
        ];
        Ok(Bundle { template, slots })
    }

    pub fn to_u128(&self) -> u128 {
        (self.template.code as u128)
            | ((self.slots[0] as u128) << 5)
            | ((self.slots[1] as u128) << 46)
            | ((self.slots[2] as u128) << 87)
    }

    pub fn to_bytes(&self) -> [u8; 16] {
        self.to_u128().to_le_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_templates_are_rejected() {
        for code in [0x06u8, 0x07, 0x14, 0x15, 0x1a, 0x1b, 0x1e, 0x1f] {
            assert_eq!(Template::from_code(code), Err(BundleError::ReservedTemplate(code)));
        }
        assert_eq!(TEMPLATES.len(), 24);
    }

    #[test]
    fn slots_round_trip() {
        let v: u128 = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210 & !0x1f | 0x10;
        let b = Bundle::from_u128(v).unwrap();
        assert_eq!(b.to_u128(), v);
        assert_eq!(b.template.name(), "MIB");
    }

    #[test]
    fn mid_bundle_stops() {
        assert!(Template::from_code(0x03).unwrap().stop_after(1));
        assert!(Template::from_code(0x0a).unwrap().stop_after(0));
        assert!(!Template::from_code(0x0a).unwrap().stop_after(2));
        assert!(Template::from_code(0x0b).unwrap().stop_after(2));
    }
}
