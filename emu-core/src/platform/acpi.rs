//! ACPI tables: RSDP, XSDT, FADT (hardware-reduced) with an empty DSDT,
//! MADT (local SAPICs and the I/O SAPIC), SPCR (the console UART) and
//! OEMD, ia64play's own device table (the PCI root and MMIO devices).
//!
//! Every table has the standard 36-byte header and a checksum that makes
//! its bytes sum to zero. Fields are packed as ACPI defines them, so some
//! are not naturally aligned.

use super::config::PlatformConfig;

/// The byte that makes `bytes` (with this byte zero) sum to zero.
pub fn checksum(bytes: &[u8]) -> u8 {
    0u8.wrapping_sub(bytes.iter().fold(0u8, |a, b| a.wrapping_add(*b)))
}

/// Header of every system description table.
pub const HEADER_LEN: usize = 36;
/// OEMD entry types.
pub const OEMD_PCI_ROOT: u8 = 0;
pub const OEMD_MMIO_DEVICE: u8 = 1;
/// OEMD MMIO device kinds.
pub const OEMD_UART_16550: u16 = 1;
pub const OEMD_IOSAPIC: u16 = 2;
/// The processor interrupt block's default base, given in the MADT's
/// local SAPIC address override.
pub const PIB_BASE: u64 = 0xfee0_0000;

fn padded<const N: usize>(s: &str) -> [u8; N] {
    let mut b = [b' '; N];
    let n = s.len().min(N);
    b[..n].copy_from_slice(&s.as_bytes()[..n]);
    b
}

/// A table: header with `signature` and `revision`, then `body`.
fn sdt(cfg: &PlatformConfig, signature: &[u8; 4], revision: u8, body: &[u8]) -> Vec<u8> {
    let mut t = Vec::with_capacity(HEADER_LEN + body.len());
    t.extend(signature);
    t.extend(((HEADER_LEN + body.len()) as u32).to_le_bytes());
    t.push(revision);
    t.push(0);
    t.extend(padded::<6>(&cfg.acpi_oem_id));
    t.extend(padded::<8>(&cfg.acpi_oem_table_id));
    t.extend(1u32.to_le_bytes());
    t.extend(b"IAPL");
    t.extend(1u32.to_le_bytes());
    t.extend(body);
    t[9] = checksum(&t);
    t
}

/// A generic address structure for a memory-mapped register.
fn gas(bit_width: u8, access_size: u8, address: u64) -> [u8; 12] {
    let mut g = [0u8; 12];
    g[1] = bit_width;
    g[3] = access_size;
    g[4..].copy_from_slice(&address.to_le_bytes());
    g
}

fn madt(cfg: &PlatformConfig) -> Vec<u8> {
    let mut b = Vec::new();
    b.extend((PIB_BASE as u32).to_le_bytes());
    b.extend(0u32.to_le_bytes()); // no PC-AT 8259 pair
    // Local SAPIC address override (type 5).
    b.extend([5, 12, 0, 0]);
    b.extend(PIB_BASE.to_le_bytes());
    // I/O SAPIC (type 6).
    let io = &cfg.iosapic;
    b.extend([6, 16, io.id, 0]);
    b.extend(io.gsi_base.to_le_bytes());
    b.extend(io.base.to_le_bytes());
    // Local SAPICs (type 7): id n, eid 0, enabled, UID n, empty UID string
    // padded to 20 bytes to keep the next entry's fields aligned.
    for n in 0..cfg.cpus {
        b.extend([7, 20, n, n, 0, 0, 0, 0]);
        b.extend(1u32.to_le_bytes());
        b.extend((n as u32).to_le_bytes());
        b.extend([0u8; 4]);
    }
    sdt(cfg, b"APIC", 3, &b)
}

fn spcr(cfg: &PlatformConfig, base: u64, gsi: u32) -> Vec<u8> {
    let mut b = vec![0u8; 80 - HEADER_LEN];
    let at = |off: usize| off - HEADER_LEN;
    b[at(36)] = 0; // full 16550 interface
    b[at(40)..at(52)].copy_from_slice(&gas(8, 1, base));
    b[at(52)] = 0x04; // interrupt through an I/O SAPIC
    b[at(54)..at(58)].copy_from_slice(&gsi.to_le_bytes());
    b[at(58)] = 7; // 115200 baud
    b[at(60)] = 1; // one stop bit
    b[at(62)] = 0; // VT100
    b[at(64)..at(68)].copy_from_slice(&[0xff; 4]); // not a PCI device
    sdt(cfg, b"SPCR", 1, &b)
}

fn oemd(cfg: &PlatformConfig) -> Vec<u8> {
    let mut entries: Vec<[u8; 24]> = Vec::new();
    let mmio = |kind: u16, gsi: u32, base: u64, len: u64| {
        let mut e = [0u8; 24];
        e[0] = OEMD_MMIO_DEVICE;
        e[1] = 24;
        e[2..4].copy_from_slice(&kind.to_le_bytes());
        e[4..8].copy_from_slice(&gsi.to_le_bytes());
        e[8..16].copy_from_slice(&base.to_le_bytes());
        e[16..24].copy_from_slice(&len.to_le_bytes());
        e
    };
    let mut root = [0u8; 24];
    root[0] = OEMD_PCI_ROOT;
    root[1] = 24;
    let last_bus = cfg.pci.functions.iter().map(|f| f.bus).max().unwrap_or(0);
    root[6] = 0;
    root[7] = last_bus;
    root[8..16].copy_from_slice(&cfg.pci.window.base.to_le_bytes());
    root[16..24].copy_from_slice(&cfg.pci.window.len.to_le_bytes());
    entries.push(root);
    if let Some(u) = &cfg.uart {
        entries.push(mmio(OEMD_UART_16550, u.gsi, u.base, 8));
    }
    let io = &cfg.iosapic;
    entries.push(mmio(OEMD_IOSAPIC, io.gsi_base, io.base, 0x1000));
    let mut b = Vec::new();
    b.extend((entries.len() as u32).to_le_bytes());
    for e in entries {
        b.extend(e);
    }
    sdt(cfg, b"OEMD", 1, &b)
}

/// FADT revision 5 for a hardware-reduced platform: no fixed-feature
/// hardware, so every PM register block is absent; it points at the DSDT.
fn fadt(cfg: &PlatformConfig, dsdt: u64) -> Vec<u8> {
    let mut b = vec![0u8; 268 - HEADER_LEN];
    let at = |off: usize| off - HEADER_LEN;
    if let Ok(d) = u32::try_from(dsdt) {
        b[at(40)..at(44)].copy_from_slice(&d.to_le_bytes());
    }
    b[at(45)] = 4; // preferred PM profile: enterprise server
    b[at(112)..at(116)].copy_from_slice(&(1u32 << 20).to_le_bytes()); // HW_REDUCED_ACPI
    b[at(140)..at(148)].copy_from_slice(&dsdt.to_le_bytes());
    sdt(cfg, b"FACP", 5, &b)
}

/// Build every table for a blob loaded at physical `base`, the RSDP at
/// its start. Tables are 16-byte aligned.
pub fn build(cfg: &PlatformConfig, base: u64) -> Result<Vec<u8>, String> {
    let mut blob = vec![0u8; 48];
    let place = |blob: &mut Vec<u8>, t: Vec<u8>| -> u64 {
        blob.resize(blob.len().next_multiple_of(16), 0);
        let at = base + blob.len() as u64;
        blob.extend(t);
        at
    };
    let dsdt = place(&mut blob, sdt(cfg, b"DSDT", 2, &[]));
    let mut xsdt_entries = vec![place(&mut blob, fadt(cfg, dsdt)), place(&mut blob, madt(cfg))];
    if let Some(u) = &cfg.uart {
        xsdt_entries.push(place(&mut blob, spcr(cfg, u.base, u.gsi)));
    }
    xsdt_entries.push(place(&mut blob, oemd(cfg)));
    let body: Vec<u8> = xsdt_entries.iter().flat_map(|a| a.to_le_bytes()).collect();
    let xsdt = place(&mut blob, sdt(cfg, b"XSDT", 1, &body));
    if blob.len() > 0x1_0000 {
        return Err(format!("ACPI tables take {} bytes, more than their 64 KiB region", blob.len()));
    }

    let mut r = [0u8; 36];
    r[0..8].copy_from_slice(b"RSD PTR ");
    r[9..15].copy_from_slice(&padded::<6>(&cfg.acpi_oem_id));
    r[15] = 2;
    r[20..24].copy_from_slice(&36u32.to_le_bytes());
    r[24..32].copy_from_slice(&xsdt.to_le_bytes());
    r[8] = checksum(&r[..20]);
    r[32] = checksum(&r);
    blob[..36].copy_from_slice(&r);
    Ok(blob)
}

/// A table's signature and bytes.
pub type Table = ([u8; 4], Vec<u8>);

/// A parsed view of tables in memory, for tests and tools: follows the
/// RSDP to the XSDT and returns each table's signature and bytes,
/// checking lengths and checksums on the way.
pub fn walk(mem: &[u8], mem_base: u64, rsdp: u64) -> Result<Vec<Table>, String> {
    let get = |addr: u64, len: usize| -> Result<&[u8], String> {
        let off = addr.checked_sub(mem_base).ok_or("address below memory")? as usize;
        mem.get(off..off + len).ok_or(format!("{addr:#x}+{len} outside memory"))
    };
    let r = get(rsdp, 36)?;
    if &r[0..8] != b"RSD PTR " || r.iter().fold(0u8, |a, b| a.wrapping_add(*b)) != 0 {
        return Err("bad RSDP".into());
    }
    let table = |addr: u64| -> Result<Table, String> {
        let h = get(addr, HEADER_LEN)?;
        let len = u32::from_le_bytes(h[4..8].try_into().expect("4 bytes")) as usize;
        let t = get(addr, len)?;
        if t.iter().fold(0u8, |a, b| a.wrapping_add(*b)) != 0 {
            return Err(format!("checksum of {} is wrong", String::from_utf8_lossy(&t[..4])));
        }
        Ok((t[..4].try_into().expect("4 bytes"), t.to_vec()))
    };
    let (sig, x) = table(u64::from_le_bytes(r[24..32].try_into().expect("8 bytes")))?;
    if &sig != b"XSDT" {
        return Err("RSDP does not point at an XSDT".into());
    }
    let mut out = vec![(sig, x.clone())];
    for e in x[HEADER_LEN..].chunks_exact(8) {
        let t = table(u64::from_le_bytes(e.try_into().expect("8 bytes")))?;
        if &t.0 == b"FACP" {
            let dsdt = u64::from_le_bytes(t.1[140..148].try_into().expect("8 bytes"));
            out.push(t);
            out.push(table(dsdt)?);
        } else {
            out.push(t);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_well_formed() {
        let cfg = PlatformConfig { cpus: 4, ..Default::default() };
        let base = 0x3f_b000;
        let blob = build(&cfg, base).unwrap();
        let tables = walk(&blob, base, base).unwrap();
        let sigs: Vec<&[u8]> = tables.iter().map(|(s, _)| &s[..]).collect();
        assert_eq!(sigs, [&b"XSDT"[..], b"FACP", b"DSDT", b"APIC", b"SPCR", b"OEMD"]);
        let madt = &tables[3].1;
        // Header, override, I/O SAPIC, then four local SAPICs.
        assert_eq!(madt.len(), 44 + 12 + 16 + 4 * 20);
        assert_eq!(&madt[56..58], &[6, 16]);
        assert_eq!(&madt[64..72], &0xfec0_0000u64.to_le_bytes());
        assert_eq!(&madt[72 + 3 * 20..72 + 3 * 20 + 4], &[7, 20, 3, 3]);
        let spcr = &tables[4].1;
        assert_eq!(spcr.len(), 80);
        assert_eq!(&spcr[44..52], &0xf000_0000u64.to_le_bytes());
        let oemd = &tables[5].1;
        assert_eq!(u32::from_le_bytes(oemd[36..40].try_into().unwrap()), 3);
        assert_eq!(oemd[40], OEMD_PCI_ROOT);
        assert_eq!(&oemd[48..56], &0xc000_0000u64.to_le_bytes());
    }

    #[test]
    fn no_uart_means_no_spcr() {
        let cfg = PlatformConfig { uart: None, ..Default::default() };
        let blob = build(&cfg, 0).unwrap();
        let tables = walk(&blob, 0, 0).unwrap();
        assert!(tables.iter().all(|(s, _)| s != b"SPCR"));
    }
}
