//! The native platform's firmware, called the way an OS calls it: tables
//! found from the EFI system table, services run through their entry
//! points' `break` immediates with arguments in registers and memory.

use emu_core::isa::{table, Bundle};
use emu_core::mem::Bus;
use emu_core::platform::efi::{self, bs, rt, EfiTime, Guid, IA64PLAY_GUID};
use emu_core::platform::memmap::{attr, ty, MemDesc, DESC_SIZE};
use emu_core::platform::pal;
use emu_core::platform::sal;
use emu_core::platform::{acpi, CallRegs, Effect, Firmware, PlatformConfig, Range, Service, Variable};

/// Where tests put argument buffers.
const SCRATCH: u64 = 0x20_0000;

struct Rig {
    bus: Bus,
    fw: Firmware,
}

impl Rig {
    fn new(cfg: PlatformConfig) -> Rig {
        let mut bus = Bus::new(cfg.ram_bytes as usize);
        let fw = Firmware::install(cfg, &mut bus).expect("install");
        Rig { bus, fw }
    }

    fn u64(&mut self, addr: u64) -> u64 {
        self.bus.read(addr, 8).unwrap()
    }

    fn put(&mut self, addr: u64, v: u64) {
        self.bus.write(addr, 8, v).unwrap()
    }

    /// Call the procedure whose function descriptor is at `desc`, checking
    /// that its entry point is a firmware stub, with stacked arguments.
    fn call_descriptor(&mut self, desc: u64, args: &[u64]) -> (u64, Effect) {
        self.call_at(desc, args, 0)
    }

    /// As `call_descriptor`, with the interval time counter at `itc`.
    fn call_at(&mut self, desc: u64, args: &[u64], itc: u64) -> (u64, Effect) {
        let entry = self.u64(desc);
        let s = self.stub_service(entry);
        let mut regs = CallRegs::default();
        regs.stacked[..args.len()].copy_from_slice(args);
        let r = self.fw.call(s, &regs, &mut self.bus, itc);
        (r.results[0], r.effect)
    }

    /// Decode the stub at `entry` and ask the firmware what it runs.
    fn stub_service(&mut self, entry: u64) -> Service {
        let bytes: [u8; 16] = self.bus.slice(entry, 16).unwrap().try_into().unwrap();
        let insn = table().decode_slot(&Bundle::from_bytes(&bytes).unwrap(), 0).unwrap();
        assert_eq!(insn.row().mnemonic, "break.m");
        self.fw.service_at(insn.ops[0] as u64, entry).expect("a firmware stub")
    }

    fn runtime(&mut self, n: u8, args: &[u64]) -> (u64, Effect) {
        self.runtime_at(n, args, 0)
    }

    fn runtime_at(&mut self, n: u8, args: &[u64], itc: u64) -> (u64, Effect) {
        let table = self.u64(self.fw.layout.efi_system_table + efi::st::RUNTIME_SERVICES);
        let desc = self.u64(table + 24 + 8 * n as u64);
        self.call_at(desc, args, itc)
    }

    fn boot(&mut self, n: u8, args: &[u64]) -> u64 {
        let table = self.u64(self.fw.layout.efi_system_table + efi::st::BOOT_SERVICES);
        let desc = self.u64(table + 24 + 8 * n as u64);
        self.call_descriptor(desc, args).0
    }

    fn sal(&mut self, args: &[u64]) -> [u64; 4] {
        let mut regs = CallRegs::default();
        regs.stacked[..args.len()].copy_from_slice(args);
        self.fw.call(Service::Sal, &regs, &mut self.bus, 0).results
    }

    /// GetMemoryMap into SCRATCH; returns (status, descriptors, key).
    fn memory_map(&mut self, buffer: u64) -> (u64, Vec<MemDesc>, u64) {
        let (size, map, key, dsize, ver) = (SCRATCH, SCRATCH + 0x100, SCRATCH + 8, SCRATCH + 16, SCRATCH + 24);
        self.put(size, buffer);
        let status = self.boot(bs::GET_MEMORY_MAP, &[size, map, key, dsize, ver]);
        let n = self.u64(size) / DESC_SIZE;
        let descs = (0..n).map(|i| MemDesc::from_bytes(self.bus.slice(map + i * DESC_SIZE, DESC_SIZE).unwrap()).unwrap()).collect();
        if status == efi::SUCCESS {
            assert_eq!(self.u64(dsize), DESC_SIZE);
            assert_eq!(self.bus.read(ver, 4).unwrap(), 1);
        }
        (status, descs, self.u64(key))
    }

    fn put_name(&mut self, addr: u64, name: &str) {
        let b: Vec<u8> = name.encode_utf16().chain([0]).flat_map(u16::to_le_bytes).collect();
        self.bus.load(addr, &b).unwrap();
    }
}

fn sums_to_zero(b: &[u8]) -> bool {
    b.iter().fold(0u8, |a, x| a.wrapping_add(*x)) == 0
}

#[test]
fn system_table_leads_to_acpi_and_sal() {
    let mut r = Rig::new(PlatformConfig::default());
    let st = r.fw.layout.efi_system_table;
    assert_eq!(r.bus.slice(st, 8).unwrap(), b"IBI SYST");
    let hdr = r.bus.slice(st, 120).unwrap().to_vec();
    let mut zeroed = hdr.clone();
    zeroed[16..20].fill(0);
    assert_eq!(efi::crc32(&zeroed).to_le_bytes(), hdr[16..20], "system table CRC");
    let vendor = r.u64(st + efi::st::FIRMWARE_VENDOR);
    assert_eq!(r.bus.slice(vendor, 18).unwrap(), "ia64play\0".encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<_>>());

    let n = r.u64(st + efi::st::NUMBER_OF_TABLE_ENTRIES);
    let cfg = r.u64(st + efi::st::CONFIGURATION_TABLE);
    let mut rsdp = None;
    let mut sst = None;
    for i in 0..n {
        let guid: [u8; 16] = r.bus.slice(cfg + 24 * i, 16).unwrap().try_into().unwrap();
        let ptr = r.u64(cfg + 24 * i + 16);
        match Guid(guid) {
            efi::ACPI_20_TABLE_GUID => rsdp = Some(ptr),
            efi::SAL_SYSTEM_TABLE_GUID => sst = Some(ptr),
            g => panic!("unexpected configuration table {g:?}"),
        }
    }
    let tables = acpi::walk(r.bus.ram(), 0, rsdp.unwrap()).unwrap();
    assert_eq!(tables.len(), 6);

    let sst = sst.unwrap();
    assert_eq!(r.bus.slice(sst, 4).unwrap(), b"SST_");
    let len = r.bus.read(sst + 4, 4).unwrap();
    assert!(sums_to_zero(r.bus.slice(sst, len).unwrap()));
    // First entry: the entry point descriptor (type 0).
    assert_eq!(r.bus.ram()[(sst + 96) as usize], 0);
    let pal_entry = r.u64(sst + 96 + 8);
    let sal_entry = r.u64(sst + 96 + 16);
    assert_eq!(r.stub_service(pal_entry), Service::Pal);
    assert_eq!(r.stub_service(sal_entry), Service::Sal);
}

#[test]
fn memory_map_has_holes_reserved_ranges_and_firmware() {
    let mut r = Rig::new(PlatformConfig::default());
    let (status, descs, _) = r.memory_map(0);
    assert_eq!(status, efi::BUFFER_TOO_SMALL);
    assert!(descs.len() > 5);
    let (status, descs, _) = r.memory_map(descs.len() as u64 * DESC_SIZE);
    assert_eq!(status, efi::SUCCESS);
    for w in descs.windows(2) {
        assert!(w[0].phys + w[0].pages * 4096 <= w[1].phys, "sorted and disjoint: {w:?}");
    }
    let find = |addr: u64| descs.iter().find(|d| d.phys <= addr && addr < d.phys + d.pages * 4096);
    assert_eq!(find(0).unwrap().ty, ty::RESERVED);
    assert!(find(0xa_0000).is_none() && find(0xf_ffff).is_none(), "legacy hole");
    assert_eq!(find(0x10_0000).unwrap().ty, ty::CONVENTIONAL);
    let l = r.fw.layout.clone();
    assert_eq!(find(l.pal_entry).unwrap().ty, ty::PAL_CODE);
    assert_eq!(find(l.sal_entry).unwrap().ty, ty::RUNTIME_SERVICES_CODE);
    assert_ne!(find(l.sal_entry).unwrap().attr & attr::RUNTIME, 0);
    assert_eq!(find(l.efi_system_table).unwrap().ty, ty::RUNTIME_SERVICES_DATA);
    assert_eq!(find(l.rsdp).unwrap().ty, ty::ACPI_RECLAIM);
    assert_eq!(find(l.stack_top).unwrap().ty, ty::BOOT_SERVICES_DATA);
    assert_eq!(find(0xf000_0000).unwrap().ty, ty::MMIO);
    // What an OS may use: RAM minus page 0, the hole, and the runtime,
    // PAL and ACPI parts of the firmware region.
    let usable: u64 = descs
        .iter()
        .filter(|d| matches!(d.ty, ty::CONVENTIONAL | ty::BOOT_SERVICES_CODE | ty::BOOT_SERVICES_DATA | ty::LOADER_CODE | ty::LOADER_DATA))
        .map(|d| d.pages * 4096)
        .sum();
    assert_eq!(usable, (64 << 20) - 0x1000 - 0x6_0000 - 4 * 0x1_0000);
    assert_eq!(usable, r.fw.efi.memory_map().usable_bytes());
}

#[test]
fn loader_claims_change_the_map_key() {
    let mut r = Rig::new(PlatformConfig::default());
    let (_, _, key) = r.memory_map(4096);
    r.fw.efi.claim(Range::new(0x10_0000, 0x2345), ty::LOADER_CODE).unwrap();
    let (_, descs, key2) = r.memory_map(4096);
    assert_ne!(key, key2);
    let d = descs.iter().find(|d| d.phys == 0x10_0000).unwrap();
    assert_eq!((d.ty, d.pages), (ty::LOADER_CODE, 3));
    assert!(r.fw.efi.claim(Range::new(0x10_0000, 0x1000), ty::LOADER_DATA).is_err(), "already taken");
    assert!(r.fw.efi.claim(Range::new(0xa_0000, 0x1000), ty::LOADER_DATA).is_err(), "a hole");
}

#[test]
fn exit_boot_services_needs_the_current_key() {
    let mut r = Rig::new(PlatformConfig::default());
    let (_, _, key) = r.memory_map(4096);
    let image = r.fw.efi.image_handle();
    assert_eq!(r.boot(bs::EXIT_BOOT_SERVICES, &[image, key + 1]), efi::INVALID_PARAMETER);
    assert_eq!(r.boot(bs::EXIT_BOOT_SERVICES, &[image, key]), efi::SUCCESS);
    assert!(r.fw.efi.boot_services_done());
    let st = r.fw.layout.efi_system_table;
    assert_eq!(r.u64(st + efi::st::BOOT_SERVICES), 0, "boot services gone from the system table");
    let mut zeroed = r.bus.slice(st, 120).unwrap().to_vec();
    let crc = u32::from_le_bytes(zeroed[16..20].try_into().unwrap());
    zeroed[16..20].fill(0);
    assert_eq!(efi::crc32(&zeroed), crc);
    let desc = r.fw.layout.fw_base + emu_core::platform::OFF_BS_DATA + efi::OFF_BS_DESCRIPTORS;
    assert_eq!(r.call_descriptor(desc + 16 * bs::GET_MEMORY_MAP as u64, &[SCRATCH]).0, efi::UNSUPPORTED);
}

#[test]
fn variables_set_get_enumerate_delete() {
    let mut cfg = PlatformConfig::default();
    cfg.variables.push(Variable {
        name: "pv_stage".into(),
        guid: IA64PLAY_GUID,
        attributes: efi::VAR_BOOTSERVICE_ACCESS | efi::VAR_RUNTIME_ACCESS,
        data: vec![3],
    });
    let mut r = Rig::new(cfg);
    let (name, guid, attrs, size, data) = (SCRATCH, SCRATCH + 0x400, SCRATCH + 0x410, SCRATCH + 0x418, SCRATCH + 0x500);
    r.put_name(name, "pv_stage");
    r.bus.load(guid, &IA64PLAY_GUID.0).unwrap();
    r.put(size, 0);
    assert_eq!(r.runtime(rt::GET_VARIABLE, &[name, guid, attrs, size, data]).0, efi::BUFFER_TOO_SMALL);
    assert_eq!(r.u64(size), 1);
    assert_eq!(r.runtime(rt::GET_VARIABLE, &[name, guid, attrs, size, data]).0, efi::SUCCESS);
    assert_eq!(r.bus.ram()[data as usize], 3);
    assert_eq!(r.bus.read(attrs, 4).unwrap(), 6);

    // A second variable, then enumerate both.
    r.put_name(name, "pv_sites");
    r.bus.load(data, &[0xff, 0x01]).unwrap();
    assert_eq!(r.runtime(rt::SET_VARIABLE, &[name, guid, 7, 2, data]).0, efi::SUCCESS);
    let mut names = Vec::new();
    r.put_name(name, "");
    loop {
        r.put(size, 0x100);
        match r.runtime(rt::GET_NEXT_VARIABLE_NAME, &[size, name, guid]).0 {
            efi::SUCCESS => {}
            efi::NOT_FOUND => break,
            s => panic!("status {s:#x}"),
        }
        let n = r.u64(size) as usize;
        let units: Vec<u16> = r.bus.slice(name, n as u64).unwrap().chunks(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        names.push(String::from_utf16_lossy(&units[..units.len() - 1]));
    }
    assert_eq!(names, ["pv_stage", "pv_sites"]);
    assert_eq!(r.fw.efi.variable("pv_sites", &IA64PLAY_GUID), Some(&[0xff, 0x01][..]));

    // Attributes must match on update; RT without BS is invalid; size 0 deletes.
    assert_eq!(r.runtime(rt::SET_VARIABLE, &[name, guid, 3, 2, data]).0, efi::INVALID_PARAMETER);
    r.put_name(name, "pv_sites");
    assert_eq!(r.runtime(rt::SET_VARIABLE, &[name, guid, 3, 2, data]).0, efi::INVALID_PARAMETER);
    assert_eq!(r.runtime(rt::SET_VARIABLE, &[name, guid, 4, 2, data]).0, efi::INVALID_PARAMETER);
    assert_eq!(r.runtime(rt::SET_VARIABLE, &[name, guid, 7, 0, 0]).0, efi::SUCCESS);
    assert_eq!(r.fw.efi.variable("pv_sites", &IA64PLAY_GUID), None);
    assert_eq!(r.runtime(rt::SET_VARIABLE, &[name, guid, 7, 0, 0]).0, efi::NOT_FOUND);
}

#[test]
fn boot_only_variables_vanish_at_runtime() {
    let mut cfg = PlatformConfig::default();
    cfg.variables.push(Variable { name: "boot_only".into(), guid: IA64PLAY_GUID, attributes: efi::VAR_BOOTSERVICE_ACCESS, data: vec![1] });
    let mut r = Rig::new(cfg);
    let (_, _, key) = r.memory_map(4096);
    let image = r.fw.efi.image_handle();
    assert_eq!(r.boot(bs::EXIT_BOOT_SERVICES, &[image, key]), efi::SUCCESS);
    let (name, guid, size, data) = (SCRATCH, SCRATCH + 0x400, SCRATCH + 0x418, SCRATCH + 0x500);
    r.put_name(name, "boot_only");
    r.bus.load(guid, &IA64PLAY_GUID.0).unwrap();
    r.put(size, 16);
    assert_eq!(r.runtime(rt::GET_VARIABLE, &[name, guid, 0, size, data]).0, efi::NOT_FOUND);
    assert_eq!(r.runtime(rt::SET_VARIABLE, &[name, guid, 2, 1, data]).0, efi::INVALID_PARAMETER);
}

#[test]
fn clock_advances_with_the_interval_timer_and_can_be_set() {
    let mut r = Rig::new(PlatformConfig::default());
    let (time, caps) = (SCRATCH, SCRATCH + 0x20);
    let hz = r.fw.config.pal.itc_hz();
    let get = |r: &mut Rig, itc: u64| {
        assert_eq!(r.runtime_at(rt::GET_TIME, &[time, caps], itc).0, efi::SUCCESS);
        EfiTime::from_bytes(r.bus.slice(time, 16).unwrap().try_into().unwrap())
    };
    let t0 = get(&mut r, 0);
    assert_eq!((t0.year, t0.month, t0.day, t0.hour, t0.minute, t0.second), (2001, 9, 9, 1, 46, 40));
    assert_eq!(r.bus.read(caps, 4).unwrap(), 1);
    let t1 = get(&mut r, 90 * hz);
    assert_eq!((t1.minute, t1.second), (48, 10));

    let want = EfiTime { year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 30, nanosecond: 0, timezone: 60, daylight: 1 };
    r.bus.load(time, &want.to_bytes()).unwrap();
    assert_eq!(r.runtime_at(rt::SET_TIME, &[time], 10 * hz).0, efi::SUCCESS);
    let t2 = get(&mut r, 50 * hz);
    assert_eq!((t2.year, t2.month, t2.day, t2.hour, t2.minute, t2.second, t2.timezone), (2024, 3, 1, 0, 0, 10, 60));

    r.bus.load(time, &EfiTime { month: 13, ..want }.to_bytes()).unwrap();
    assert_eq!(r.runtime(rt::SET_TIME, &[time]).0, efi::INVALID_PARAMETER);
}

#[test]
fn reset_and_loader_exit_stop_the_machine() {
    let mut r = Rig::new(PlatformConfig::default());
    assert_eq!(r.runtime(rt::RESET_SYSTEM, &[2, 7, 0, 0]).1, Effect::Reset { kind: 2, status: 7 });
    let image = r.fw.efi.image_handle();
    let desc = r.fw.layout.fw_base + emu_core::platform::OFF_BS_DATA + efi::OFF_BS_DESCRIPTORS + 16 * bs::EXIT as u64;
    assert_eq!(r.call_descriptor(desc, &[image, 5, 0, 0]).1, Effect::LoaderReturned { status: 5 });
}

#[test]
fn set_virtual_address_map_converts_runtime_pointers() {
    let mut r = Rig::new(PlatformConfig::default());
    let (_, descs, key) = r.memory_map(4096);
    let image = r.fw.efi.image_handle();
    assert_eq!(r.boot(bs::EXIT_BOOT_SERVICES, &[image, key]), efi::SUCCESS);
    const KERNEL: u64 = 0xe000_0000_0000_0000;
    let vmap: Vec<u8> = descs
        .iter()
        .filter(|d| d.attr & attr::RUNTIME != 0)
        .flat_map(|d| MemDesc { virt: KERNEL | d.phys, ..*d }.to_bytes())
        .collect();
    r.bus.load(SCRATCH, &vmap).unwrap();
    let args = [vmap.len() as u64, DESC_SIZE, 1, SCRATCH];
    // Without mapping everything it needs, it refuses.
    assert_eq!(r.runtime(rt::SET_VIRTUAL_ADDRESS_MAP, &[DESC_SIZE, DESC_SIZE, 1, SCRATCH]).0, efi::NO_MAPPING);
    assert_eq!(r.runtime(rt::SET_VIRTUAL_ADDRESS_MAP, &args).0, efi::SUCCESS);
    let st = r.fw.layout.efi_system_table;
    let rt_table = r.u64(st + efi::st::RUNTIME_SERVICES);
    assert_eq!(rt_table, KERNEL | r.fw.layout.runtime_services);
    let desc = r.u64(r.fw.layout.runtime_services + 24);
    let entry = r.u64(desc & !KERNEL);
    assert_eq!(entry, KERNEL | r.fw.layout.stub(Service::Runtime(0)));
    let mut regs = CallRegs::default();
    regs.stacked[..4].copy_from_slice(&args);
    let again = r.fw.call(Service::Runtime(rt::SET_VIRTUAL_ADDRESS_MAP), &regs, &mut r.bus, 0);
    assert_eq!(again.results[0], efi::UNSUPPORTED, "only once");
}

#[test]
fn pci_enumeration_through_sal() {
    let mut r = Rig::new(PlatformConfig::default());
    let mut found = Vec::new();
    for dev in 0..32u64 {
        let [status, id, ..] = r.sal(&[sal::SAL_PCI_CONFIG_READ, dev << 11, 4, 0]);
        assert_eq!(status, sal::SUCCESS);
        if id as u16 != 0xffff {
            let [_, class, ..] = r.sal(&[sal::SAL_PCI_CONFIG_READ, dev << 11 | 8, 4, 0]);
            found.push((dev, id, class >> 8));
        }
    }
    assert_eq!(found, [(0, 0x0008_1b36, 0x06_00_00), (1, 0x0005_1b36, 0x00_ff_00)]);
    // The test device's BAR0 is live memory in the PCI window.
    let [_, bar0, ..] = r.sal(&[sal::SAL_PCI_CONFIG_READ, 1 << 11 | 0x10, 4, 0]);
    r.bus.write(bar0, 4, 0x1234_5678).unwrap();
    assert_eq!(r.bus.read(bar0, 4).unwrap(), 0x1234_5678);
    assert_eq!(r.sal(&[sal::SAL_FREQ_BASE, sal::FREQ_PLATFORM])[1], 200_000_000);
}

#[test]
fn pal_static_calls() {
    let mut r = Rig::new(PlatformConfig::default());
    let mut regs = CallRegs::default();
    regs.statics[0] = pal::PAL_FREQ_BASE;
    let res = r.fw.call(Service::Pal, &regs, &mut r.bus, 0);
    assert_eq!((res.results[0], res.results[1], res.count), (0, 100_000_000, 4));
    regs.statics[0] = pal::PAL_HALT_LIGHT;
    assert_eq!(r.fw.call(Service::Pal, &regs, &mut r.bus, 0).effect, Effect::HaltLight);
}

#[test]
fn firmware_breaks_elsewhere_are_not_firmware_calls() {
    let r = Rig::new(PlatformConfig::default());
    let pal = r.fw.layout.pal_entry;
    assert_eq!(r.fw.service_at(emu_core::platform::BREAK_PAL, pal), Some(Service::Pal));
    assert_eq!(r.fw.service_at(emu_core::platform::BREAK_PAL, 0x10_0000), None);
    assert_eq!(r.fw.service_at(emu_core::platform::BREAK_SAL, pal), None);
    assert_eq!(r.fw.service_at(0x100000, pal), None);
}

#[test]
fn firmware_ivt_catches_interruptions_before_the_os_has_one() {
    let mut r = Rig::new(PlatformConfig::default());
    let ivt = r.fw.layout.ivt;
    assert_eq!(ivt % 0x8000, 0, "IVT alignment");
    // General Exception (entry 24 at 0x5400) and Break (entry 11 at 0x2c00).
    for (n, off) in [(24u8, 0x5400u64), (11, 0x2c00), (0, 0), (67, 0x7f00)] {
        assert_eq!(r.stub_service(ivt + off), Service::Unexpected(n));
        let res = r.fw.call(Service::Unexpected(n), &CallRegs::default(), &mut r.bus, 0);
        assert_eq!(res.effect, Effect::Unexpected { vector: off });
    }
}

#[test]
fn uart_is_on_the_bus_and_interrupts_route_through_the_iosapic() {
    let mut r = Rig::new(PlatformConfig::default());
    for b in b"ok\n" {
        r.bus.write(0xf000_0000, 1, *b as u64).unwrap();
    }
    assert_eq!(r.fw.uart().unwrap().take_output(), b"ok\n");
    // Route GSI 4 to vector 0x30, level triggered, then enable RDA.
    r.bus.write(0xfec0_0000, 4, 0x10 + 2 * 4).unwrap();
    r.bus.write(0xfec0_0010, 4, 0x8030).unwrap();
    r.bus.write(0xf000_0001, 1, 1).unwrap();
    assert!(r.fw.poll_interrupts().is_empty());
    r.fw.uart().unwrap().push_input(b"k");
    assert_eq!(r.fw.poll_interrupts(), [(0x30, 0)]);
    assert!(r.fw.poll_interrupts().is_empty(), "level: waits for EOI");
    assert_eq!(r.bus.read(0xf000_0000, 1).unwrap(), b'k' as u64);
    r.bus.write(0xfec0_0040, 4, 0x30).unwrap();
    assert!(r.fw.poll_interrupts().is_empty(), "line went low");
}

#[test]
fn bad_configurations_are_errors_not_panics() {
    let install = |cfg: PlatformConfig| {
        let mut bus = Bus::new(cfg.ram_bytes as usize);
        Firmware::install(cfg, &mut bus).err()
    };
    assert!(install(PlatformConfig { ram_bytes: 1 << 20, ..Default::default() }).is_some());
    assert!(install(PlatformConfig { cpus: 0, ..Default::default() }).is_some());
    assert!(install(PlatformConfig { holes: vec![Range::new(0x1234, 0x1000)], ..Default::default() }).is_some());
    assert!(install(PlatformConfig { reserved: vec![Range::new(0x3ff_0000, 0x1000)], ..Default::default() }).is_some());
    // A device inside RAM: the bus refuses the mapping.
    let uart = Some(emu_core::platform::UartConfig { base: 0x10_0000, gsi: 4 });
    assert!(install(PlatformConfig { uart, ..Default::default() }).is_some());
}

#[test]
fn a_vm_sized_platform_describes_only_itself() {
    let cfg = PlatformConfig {
        ram_bytes: 16 << 20,
        holes: vec![],
        reserved: vec![],
        uart: None,
        pci: emu_core::platform::PciConfig { window: Range::new(0xc000_0000, 0x10_0000), functions: vec![] },
        acpi_oem_table_id: "VIRTUAL".into(),
        ..Default::default()
    };
    let mut r = Rig::new(cfg);
    let (status, descs, _) = r.memory_map(4096);
    assert_eq!(status, efi::SUCCESS);
    assert!(descs.iter().all(|d| d.phys + d.pages * 4096 <= 16 << 20 || d.ty == ty::MMIO));
    assert_eq!(r.fw.efi.memory_map().usable_bytes(), (16 << 20) - 4 * 0x1_0000);
    let tables = acpi::walk(r.bus.ram(), 0, r.fw.layout.rsdp).unwrap();
    assert!(tables.iter().all(|(s, _)| s != b"SPCR"));
    assert_eq!(r.sal(&[sal::SAL_PCI_CONFIG_READ, 0, 2, 0])[1], 0xffff);
}
