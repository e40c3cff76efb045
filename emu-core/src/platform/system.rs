//! A kernel running on the native platform: the machine, the firmware and
//! devices it was booted with, and the supervisor loop that services
//! firmware entry points and device interrupts while the kernel runs.
//!
//! [`service_firmware`] is the one place a firmware `break` becomes a
//! procedure call; the VMM uses it for its virtual firmware too.

use super::native::{boot, BootError, EntryState};
use super::{CallRegs, Effect, Firmware, GuestMem, PlatformConfig, FW_BREAK_BASE, FW_BREAK_LAST};
use crate::cpu::access::phys_addr;
use crate::cpu::interrupt::{Interruption, Vector};
use crate::cpu::state::{ar, cr, psr, Cfm, Cpu};
use crate::cpu::tlb::Access;
use crate::machine::{Exit, Machine};
use crate::platform::loader::Executable;

/// Memory as a firmware procedure sees the caller's pointers: virtual
/// addresses are translated through the caller's TLB when psr.dt is on
/// (without faulting: an untranslatable pointer is simply unreachable).
pub struct CallerMem<'a>(pub &'a mut Machine);

impl CallerMem<'_> {
    fn pa(&mut self, va: u64) -> Option<u64> {
        let cpu = &mut self.0.cpu;
        if cpu.psr & psr::DT == 0 {
            return Some(phys_addr(va));
        }
        let cpl = cpu.cpl();
        cpu.tlb_translate(va, Access::read(cpl)).ok()
    }

    /// Copy page by page: a virtual range may be physically scattered.
    fn each_page(&mut self, addr: u64, len: usize, mut f: impl FnMut(&mut Machine, u64, usize, usize) -> bool) -> bool {
        let mut done = 0usize;
        while done < len {
            let va = addr.wrapping_add(done as u64);
            let chunk = ((0x1000 - (va & 0xfff)) as usize).min(len - done);
            let Some(pa) = self.pa(va) else { return false };
            if !f(self.0, pa, done, chunk) {
                return false;
            }
            done += chunk;
        }
        true
    }
}

impl GuestMem for CallerMem<'_> {
    fn read_bytes(&mut self, addr: u64, buf: &mut [u8]) -> bool {
        let len = buf.len();
        self.each_page(addr, len, |m, pa, at, n| m.mem.bus.read_bytes(pa, &mut buf[at..at + n]))
    }

    fn write_bytes(&mut self, addr: u64, data: &[u8]) -> bool {
        self.each_page(addr, data.len(), |m, pa, at, n| m.mem.host_write(pa, &data[at..at + n]).is_ok())
    }

    fn phys_read(&mut self, addr: u64, buf: &mut [u8]) -> bool {
        self.0.mem.bus.read_bytes(addr, buf)
    }

    fn phys_write(&mut self, addr: u64, data: &[u8]) -> bool {
        self.0.mem.host_write(addr, data).is_ok()
    }
}

/// The physical address of the current instruction, if it translates.
fn ip_phys(cpu: &mut Cpu) -> Option<u64> {
    if cpu.psr & psr::IT == 0 {
        return Some(phys_addr(cpu.ip));
    }
    let cpl = cpu.cpl();
    cpu.tlb_translate(cpu.ip, Access::exec(cpl)).ok()
}

/// What became of a `break` the machine stopped on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Serviced {
    /// Not a firmware entry point: the guest's IVT should get it.
    NotFirmware,
    /// A procedure ran; the machine resumes after the stub's `break`
    /// (for PAL_HALT_LIGHT, once the idle time has passed).
    Done(Effect),
}

/// Run the firmware procedure whose stub raised `int` against the
/// caller's registers and memory, write its results (r8, r9, ...) and step
/// past the `break`. Effects that stop the machine are returned for the
/// caller to act on; PAL_HALT_LIGHT is idled here (see [`idle`]).
pub fn service_firmware(m: &mut Machine, fw: &mut Firmware, int: &Interruption) -> Serviced {
    let (Vector::Break, Some(imm)) = (int.vector, int.iim) else {
        return Serviced::NotFirmware;
    };
    let Some(service) = ip_phys(&mut m.cpu).and_then(|pa| fw.service_at(imm, pa)) else {
        return Serviced::NotFirmware;
    };
    let reg = |m: &Machine, r: u8| m.cpu.gr(r).map_or(0, |(v, _)| v);
    let regs = CallRegs {
        r8: reg(m, 8),
        statics: [28, 29, 30, 31].map(|r| reg(m, r)),
        stacked: [32, 33, 34, 35, 36, 37, 38, 39].map(|r| reg(m, r)),
    };
    let itc = m.cpu.ar[ar::ITC];
    let result = fw.call(service, &regs, &mut CallerMem(m), itc);
    for (i, v) in result.results.iter().take(result.count).enumerate() {
        m.cpu.set_gr(8 + i as u8, *v, false);
    }
    // Firmware wrote memory behind the decoded-bundle cache's back.
    m.invalidate_code();
    if result.effect == Effect::HaltLight {
        idle(m);
    }
    m.skip_instruction();
    Serviced::Done(result.effect)
}

/// PAL_HALT_LIGHT: the processor idles until an unmasked interrupt is
/// pending. Time is retired instructions, so idling means moving the
/// interval timer forward to its match (deterministically). With nothing
/// pending and no timer armed the processor would sleep forever; it
/// returns at once, as the architecture allows a spurious wake-up.
pub fn idle(m: &mut Machine) {
    let cpu = &mut m.cpu;
    if cpu.unmasked_pending().is_some() || !cpu.timer_armed {
        return;
    }
    let wait = cpu.cr[cr::ITM].wrapping_sub(cpu.ar[ar::ITC]);
    if (wait as i64) > 0 {
        cpu.tick(wait);
    } else {
        cpu.tick(0);
    }
}

/// Put the register state of an OS loader hand-off into `cpu`.
pub fn apply_entry(cpu: &mut Cpu, e: &EntryState) {
    cpu.select_bank(((e.psr & psr::BN) != 0) as u8);
    cpu.psr = e.psr;
    cpu.ip = e.ip & !0xf;
    cpu.ri = 0;
    cpu.cfm = Cfm { sof: e.sof, sol: e.sol, ..Cfm::default() };
    cpu.bof = 0;
    cpu.ndirty = 0;
    for &(r, v) in &e.gr {
        cpu.set_gr(r, v, false);
    }
    cpu.br[0] = e.b0;
    cpu.ar[ar::BSPSTORE] = e.bspstore;
    cpu.ar[ar::BSP] = e.bspstore;
    cpu.ar[ar::RSC] = e.rsc;
    cpu.cr[cr::IVA] = e.iva;
}

/// Why a native system stopped for good.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// EFI ResetSystem (kind 0 cold, 1 warm, 2 shutdown).
    Reset { kind: u64, status: u64 },
    /// The kernel's entry function returned to the firmware.
    LoaderReturned { status: u64 },
    /// An interruption reached the firmware's IVT: the kernel had not
    /// installed its own. `vector` is the IVT offset.
    Unexpected { vector: u64, ip: u64 },
    /// An access no memory or device answers.
    MachineCheck { paddr: u64, ip: u64 },
}

/// Why [`NativeSystem::run`] returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SystemExit {
    /// The budget is used up; run again to continue.
    Budget,
    Stopped(Stop),
}

/// A kernel booted on the native platform, running on bare hardware: no
/// VMM, every interruption goes to the kernel's IVT, firmware is reached
/// through its architected entry points.
pub struct NativeSystem {
    pub machine: Machine,
    pub firmware: Firmware,
    pub kernel: Executable,
    console: Vec<u8>,
    stopped: Option<Stop>,
}

impl NativeSystem {
    /// Install the platform, load `kernel` (an ELF image) and set up the
    /// OS loader hand-off.
    pub fn boot(config: PlatformConfig, kernel: &[u8]) -> Result<NativeSystem, BootError> {
        let b = boot(config, kernel)?;
        let mut machine = Machine::with_bus(b.bus);
        apply_entry(&mut machine.cpu, &b.entry);
        machine.intercepts.breaks.push(FW_BREAK_BASE..=FW_BREAK_LAST);
        Ok(NativeSystem { machine, firmware: b.firmware, kernel: b.kernel, console: Vec::new(), stopped: None })
    }

    /// Run until `budget` instructions have retired or the system stops.
    pub fn run(&mut self, budget: u64) -> SystemExit {
        if let Some(s) = self.stopped {
            return SystemExit::Stopped(s);
        }
        let start = self.machine.retired;
        loop {
            let used = self.machine.retired - start;
            if used >= budget {
                return SystemExit::Budget;
            }
            for (vector, _dest) in self.firmware.poll_interrupts() {
                self.machine.assert_interrupt(vector);
            }
            // Short slices keep device interrupts timely.
            let slice = (budget - used).min(1 << 16);
            let exit = self.machine.run(slice);
            self.drain_uart();
            let stop = match exit {
                Exit::Budget => continue,
                Exit::Halted => Stop::Reset { kind: 2, status: 0 },
                Exit::MachineCheck { paddr, ip, .. } => Stop::MachineCheck { paddr, ip },
                Exit::Intercept(int) => match service_firmware(&mut self.machine, &mut self.firmware, &int) {
                    Serviced::NotFirmware => {
                        self.machine.deliver(&int);
                        continue;
                    }
                    Serviced::Done(Effect::Return | Effect::HaltLight) => continue,
                    Serviced::Done(Effect::Reset { kind, status }) => Stop::Reset { kind, status },
                    Serviced::Done(Effect::LoaderReturned { status }) => Stop::LoaderReturned { status },
                    Serviced::Done(Effect::Unexpected { vector }) => Stop::Unexpected { vector, ip: self.machine.cpu.cr[cr::IIP] },
                },
            };
            self.drain_uart();
            self.stopped = Some(stop);
            return SystemExit::Stopped(stop);
        }
    }

    fn drain_uart(&mut self) {
        if let Some(u) = self.firmware.uart() {
            self.console.extend(u.take_output());
        }
    }

    /// Console (UART) output since the last call.
    pub fn take_console(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.console)
    }

    /// Why the system stopped, once it has.
    pub fn stopped(&self) -> Option<Stop> {
        self.stopped
    }
}
