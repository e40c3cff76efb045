//! The machine: one CPU, physical memory and devices, the decoded-bundle
//! cache, and the supervisor interface a platform or VMM drives.
//!
//! [`Machine::run`] executes up to a budget of instructions and returns an
//! [`Exit`]; it never loops forever. Interruptions are values: with no
//! intercepts every one is delivered to the guest's IVT (bare hardware);
//! an intercepted one stops the run with the guest state exactly at the
//! interrupted instruction, undelivered, for the supervisor to handle.
//!
//! ```
//! use emu_core::asm::{assemble, AsmOptions, MemProvider};
//! use emu_core::cpu::Vector;
//! use emu_core::machine::{Exit, Machine};
//!
//! let src = "_start:\n mov r8 = 42\n ;;\n break 0x80001\n ;;\n";
//! let opts = AsmOptions { base: 0x1000, ..Default::default() };
//! let asm = assemble("t.s", &MemProvider::single("t.s", src), &opts).unwrap();
//! let text = asm.section(".text").unwrap();
//!
//! let mut m = Machine::new(1 << 20);
//! m.load(text.addr, &text.bytes).unwrap();
//! m.set_ip(text.addr, 0);
//! m.intercepts.breaks.push(0x80000..=0x80001); // Ski's simulator calls
//! match m.run(1000) {
//!     Exit::Intercept(i) => {
//!         assert_eq!(i.vector, Vector::Break);
//!         assert_eq!(i.iim, Some(0x80001));
//!         assert_eq!(m.cpu.gr(8), Some((42, false)));
//!         m.skip_instruction(); // emulate the call, resume after the break
//!     }
//!     other => panic!("{other:?}"),
//! }
//! ```

use std::ops::RangeInclusive;

use crate::cpu::access::{machine_check, phys_addr, Mem};
use crate::cpu::exec::{take_fault, ALWAYS, COUNTS, NOP, PRIV_OP, PRIV_REG};
use crate::cpu::interrupt::{isr, Interruption, Vector};
use crate::cpu::predecode::Predecode;
use crate::cpu::state::{psr, Cpu, N_STACKED};
use crate::cpu::tlb::Access;
use crate::mem::{Bus, BusError};

/// Why [`Machine::run`] returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// The instruction budget is used up; `run` again to continue.
    Budget,
    /// The supervisor called [`Machine::halt`] (e.g. on PAL_HALT).
    Halted,
    /// An interruption the supervisor asked to see. The guest is stopped at
    /// the interrupted instruction (cpu.ip, cpu.ri), nothing delivered:
    /// emulate and [`Machine::skip_instruction`], or [`Machine::deliver`].
    Intercept(Interruption),
    /// An access (data or instruction fetch) that no memory or device
    /// answers: a machine check, which firmware (the supervisor) handles.
    MachineCheck { paddr: u64, ip: u64, slot: u8 },
}

/// Which interruptions stop [`Machine::run`] instead of going to the IVT.
#[derive(Clone, Debug, Default)]
pub struct Intercepts {
    /// Whole vectors (e.g. [`Vector::ExternalInterrupt`]).
    pub vectors: Vec<Vector>,
    /// General Exception reasons by ISR code ((isr >> 4) & 0xf): 1 for
    /// privileged operation (the VMM's hook), 2 privileged register, ...
    pub general: Vec<u64>,
    /// `break` immediates (firmware stubs, 0x100000 Linux syscalls, Ski's
    /// 0x80000/0x80001 simulator calls).
    pub breaks: Vec<RangeInclusive<u64>>,
}

impl Intercepts {
    pub fn matches(&self, i: &Interruption) -> bool {
        self.vectors.contains(&i.vector)
            || (i.vector == Vector::GeneralException && self.general.contains(&i.ge_code()))
            || (i.vector == Vector::Break
                && i.iim
                    .is_some_and(|imm| self.breaks.iter().any(|r| r.contains(&imm))))
    }

    pub fn is_empty(&self) -> bool {
        self.vectors.is_empty() && self.general.is_empty() && self.breaks.is_empty()
    }
}

/// One-instruction PSR bits cleared after the instruction they apply to.
const ONE_SHOT: u64 = psr::DA | psr::DD | psr::IA | psr::ID | psr::ED;

/// The fetch micro-TLB: the last instruction page translation.
#[derive(Clone, Copy, Default)]
struct FetchCache {
    valid: bool,
    vpage: u64,
    ppage: u64,
    key: u64,
    generation: u64,
}

/// A complete machine. All state is public: the supervisor reads and
/// writes [`Machine::cpu`] directly (registers through [`Cpu::gr`] /
/// [`Cpu::set_gr`], which apply the register-stack mapping).
pub struct Machine {
    pub cpu: Cpu,
    pub mem: Mem,
    pub intercepts: Intercepts,
    /// Instructions retired since creation (every slot executed, nops and
    /// predicated-off instructions included; an MLX bundle has two).
    pub retired: u64,
    /// Interruptions raised (delivered or intercepted) since creation.
    pub deliveries: u64,
    cache: Predecode,
    fetch: FetchCache,
    halted: bool,
}

impl Machine {
    /// A machine with `ram_bytes` of RAM at physical 0 and a reset CPU.
    pub fn new(ram_bytes: usize) -> Machine {
        Machine::with_bus(Bus::new(ram_bytes))
    }

    /// A machine on a bus the platform has already populated with devices.
    pub fn with_bus(bus: Bus) -> Machine {
        Machine {
            cpu: Cpu::new(),
            mem: Mem::new(bus),
            intercepts: Intercepts::default(),
            retired: 0,
            deliveries: 0,
            cache: Predecode::new(),
            fetch: FetchCache::default(),
            halted: false,
        }
    }

    /// Copy bytes into RAM (an image, a table) and forget any bundles
    /// decoded from there.
    pub fn load(&mut self, paddr: u64, bytes: &[u8]) -> Result<(), BusError> {
        self.mem.host_write(paddr, bytes)?;
        self.cache.sync(&mut self.mem);
        Ok(())
    }

    /// Physical little-endian read of 1, 2, 4 or 8 bytes.
    pub fn read_phys(&mut self, paddr: u64, size: u8) -> Result<u64, BusError> {
        self.mem.bus.read(paddr, size)
    }

    /// Physical little-endian write (keeps the decoded-bundle cache right).
    pub fn write_phys(&mut self, paddr: u64, size: u8, v: u64) -> Result<(), BusError> {
        self.mem.bus.write(paddr, size, v)?;
        self.mem.note_write(paddr, size as u64);
        self.cache.sync(&mut self.mem);
        Ok(())
    }

    /// Continue at bundle `ip` (16-byte aligned), slot `slot` (0-2).
    pub fn set_ip(&mut self, ip: u64, slot: u8) {
        self.cpu.ip = ip & !0xf;
        self.cpu.ri = slot.min(2);
    }

    /// Step past the current instruction (after emulating an intercepted
    /// one). The L slot of MLX is skipped by execution itself.
    pub fn skip_instruction(&mut self) {
        if self.cpu.ri >= 2 {
            self.cpu.ip = self.cpu.ip.wrapping_add(16);
            self.cpu.ri = 0;
        } else {
            self.cpu.ri += 1;
        }
    }

    /// Stop: `run` returns [`Exit::Halted`] until [`Machine::resume`].
    pub fn halt(&mut self) {
        self.halted = true;
    }

    pub fn resume(&mut self) {
        self.halted = false;
    }

    pub fn is_halted(&self) -> bool {
        self.halted
    }

    /// Deliver `int` to the guest IVT now, as if the current instruction
    /// raised it (e.g. to reflect an intercepted fault to the guest).
    pub fn deliver(&mut self, int: &Interruption) {
        self.cpu.deliver(int);
    }

    /// Deliver `int` through the IVT before the next instruction runs
    /// (intercepts are not consulted for injected interruptions).
    pub fn inject(&mut self, int: Interruption) {
        self.cpu.injected = Some(int);
    }

    /// Assert external interrupt `vector` (a device or the VMM).
    pub fn assert_interrupt(&mut self, vector: u8) {
        self.cpu.pend_interrupt(vector);
    }

    /// Forget every decoded bundle (after changing memory behind the
    /// machine's back through `mem.bus`).
    pub fn invalidate_code(&mut self) {
        self.mem.invalidate_code();
        self.cache.sync(&mut self.mem);
    }

    /// Bundles decoded so far (cache misses).
    pub fn decodes(&self) -> u64 {
        self.cache.decodes
    }

    /// Keep state a supervisor may have set arbitrarily within what the
    /// register mapping can index.
    fn sanitize(&mut self) {
        let c = &mut self.cpu;
        c.bof %= N_STACKED as u32;
        c.cfm = crate::cpu::state::Cfm::from_bits(c.cfm.to_bits());
        c.ndirty = c.ndirty.min(N_STACKED as u32 - c.cfm.sof);
        c.ri = c.ri.min(2);
        c.ip &= !0xf;
    }

    /// Handle an interruption raised at the current instruction: stop for
    /// the supervisor, or deliver to the guest. A delivery counts against
    /// the run's budget, so a guest that faults forever still returns.
    fn raise(&mut self, int: Interruption) -> Option<Exit> {
        self.deliveries += 1;
        if int.vector == Vector::MachineCheck {
            return Some(Exit::MachineCheck {
                paddr: int.ifa.unwrap_or(0),
                ip: self.cpu.ip,
                slot: self.cpu.ri,
            });
        }
        if self.intercepts.matches(&int) {
            return Some(Exit::Intercept(int));
        }
        self.cpu.deliver(&int);
        None
    }

    /// Translate the current bundle address for fetching.
    #[inline]
    fn fetch_pa(&mut self) -> Result<u64, Interruption> {
        let ip = self.cpu.ip;
        if self.cpu.psr & psr::IT == 0 {
            return Ok(phys_addr(ip));
        }
        let key = self.cpu.psr & (psr::CPL | psr::PK | psr::IT);
        let f = self.fetch;
        if f.valid && f.vpage == ip >> 12 && f.key == key && f.generation == self.cpu.tlb.generation
        {
            return Ok(f.ppage << 12 | (ip & 0xfff));
        }
        let pa = self.cpu.tlb_translate(ip, Access::exec(self.cpu.cpl()))?;
        self.fetch = FetchCache {
            valid: true,
            vpage: ip >> 12,
            ppage: pa >> 12,
            key,
            generation: self.cpu.tlb.generation,
        };
        Ok(pa)
    }

    /// Execute until `budget` instructions have retired (or an exit).
    pub fn run(&mut self, budget: u64) -> Exit {
        self.sanitize();
        let start = self.retired + self.deliveries;
        loop {
            if self.halted {
                return Exit::Halted;
            }
            let used = self.retired + self.deliveries - start;
            if used >= budget {
                return Exit::Budget;
            }
            if let Some(int) = self.cpu.injected.take() {
                self.cpu.deliver(&int);
            }
            if self.cpu.interrupt_ready() {
                if let Some(e) = self.raise(Interruption::new(Vector::ExternalInterrupt, 0)) {
                    return e;
                }
            }
            let pa = match self.fetch_pa() {
                Ok(pa) => pa,
                Err(int) => match self.raise(Interruption {
                    ifa: Some(self.cpu.ip),
                    ..int
                }) {
                    Some(e) => return e,
                    None => continue,
                },
            };
            let budget_left = budget - used;
            if let Err(int) = self.run_bundle(pa, budget_left) {
                if let Some(e) = self.raise(int) {
                    return e;
                }
            }
        }
    }

    /// Run the slots of the bundle at physical `pa` from cpu.ri on.
    #[inline]
    /// Bundles chain here without going back to [`Machine::run`] while
    /// nothing needs its attention (budget, interrupts, injections,
    /// translation misses).
    fn run_bundle(&mut self, mut pa: u64, mut budget_left: u64) -> Result<(), Interruption> {
        let Machine {
            cpu,
            mem,
            cache,
            retired,
            fetch,
            ..
        } = self;
        loop {
            let d = match cache.get(mem, pa) {
                Ok(d) => d,
                Err(_) => return Err(machine_check(pa, isr::X)),
            };
            let bundle_ip = cpu.ip;
            let mut n = 0u64;
            let mut s = cpu.ri as usize;
            let mut result = Ok(());
            // One-instruction PSR bits are rare: only then track them per slot.
            let watch_one_shot = cpu.psr & ONE_SHOT != 0;
            // Only a nearly spent budget needs checking slot by slot.
            let watch_budget = budget_left < 3;
            while s < 3 {
                let op = &d.ops[s];
                if watch_budget && n >= budget_left && op.flags & COUNTS != 0 {
                    cpu.ri = s as u8;
                    break;
                }
                if op.flags & NOP != 0 && !watch_one_shot {
                    n += (op.flags & COUNTS != 0) as u64;
                    s += 1;
                    continue;
                }
                if op.flags & ALWAYS != 0 || cpu.pr(op.qp) {
                    if op.flags & (PRIV_OP | PRIV_REG) != 0 && cpu.cpl() != 0 {
                        cpu.ri = s as u8;
                        result = Err(if op.flags & PRIV_OP != 0 {
                            Interruption::privileged_op()
                        } else {
                            Interruption::privileged_reg()
                        });
                        break;
                    }
                    // No semantic function reads the slot (mov r = psr
                    // masks psr.ri out); a fault records it below, and
                    // taken branches set their own.
                    let one_shot = if watch_one_shot {
                        cpu.psr & ONE_SHOT
                    } else {
                        0
                    };
                    if (op.f)(cpu, mem, op).is_err() {
                        cpu.ri = s as u8;
                        result = Err(take_fault());
                        break;
                    }
                    if one_shot != 0 {
                        cpu.psr &= !one_shot;
                    }
                }
                n += (op.flags & COUNTS != 0) as u64;
                if cpu.taken {
                    break;
                }
                s += 1;
            }
            if result.is_ok() {
                if cpu.taken {
                    cpu.taken = false;
                } else if s >= 3 {
                    cpu.ip = bundle_ip.wrapping_add(16);
                    cpu.ri = 0;
                }
            } else {
                cpu.taken = false;
                cpu.ip = bundle_ip;
            }
            if n > 0 {
                cpu.last_ip = bundle_ip;
            }
            cpu.tick(n);
            *retired += n;
            cache.sync(mem);
            result?;
            budget_left = budget_left.saturating_sub(n);
            let irq = cpu.psr & psr::I != 0 && cpu.irr.iter().any(|&w| w != 0);
            if budget_left == 0 || n == 0 || irq || cpu.injected.is_some() {
                return Ok(());
            }
            pa = if cpu.psr & psr::IT == 0 {
                phys_addr(cpu.ip)
            } else {
                let key = cpu.psr & (psr::CPL | psr::PK | psr::IT);
                let f = *fetch;
                if f.valid
                    && f.vpage == cpu.ip >> 12
                    && f.key == key
                    && f.generation == cpu.tlb.generation
                {
                    f.ppage << 12 | (cpu.ip & 0xfff)
                } else {
                    return Ok(());
                }
            };
        }
    }
}
