//! A Linux/ia64 process personality for `ia64play run`: the address space
//! of a static executable, its initial stack, and the system calls a
//! simple program needs.
//!
//! The process runs at privilege level 3 with translation on, as under
//! Linux. Its virtual pages (16 KiB, Linux/ia64's default) are backed by
//! physical frames allocated on first touch: the runner answers the
//! process's TLB misses from [`AddressSpace::translate`], and a touch
//! outside every region ends the process with SIGSEGV.

use super::loader::{Executable, Segment};
use super::GuestMem;
use crate::mem::Bus;

/// Page size of the process's translations.
pub const PAGE_SHIFT: u32 = 14;
pub const PAGE: u64 = 1 << PAGE_SHIFT;

/// Top of the memory stack (grows down) and bottom of the register
/// backing store (grows up), both in region 3 as Linux/ia64 places them.
pub const STACK_TOP: u64 = 0x6000_1000_0000_0000;
pub const STACK_MAX: u64 = 8 << 20;
pub const RBS_BOTTOM: u64 = STACK_TOP - (1 << 32);
pub const RBS_MAX: u64 = 64 << 20;
/// Anonymous mappings start here (region 1) and grow up.
pub const MMAP_BASE: u64 = 0x2000_0000_0000_0000;
/// Anonymous mappings may take this much address space in all, in at
/// most this many regions (munmap does not give address space back).
pub const MMAP_MAX: u64 = 1 << 40;
pub const MAX_REGIONS: usize = 4096;
/// The heap (brk) may grow this far past its start.
pub const BRK_MAX: u64 = 1 << 30;

/// System call numbers (r15).
pub mod nr {
    pub const EXIT: u64 = 1025;
    pub const READ: u64 = 1026;
    pub const WRITE: u64 = 1027;
    pub const GETPID: u64 = 1041;
    pub const BRK: u64 = 1060;
    pub const MMAP: u64 = 1151;
    pub const MUNMAP: u64 = 1152;
    pub const EXIT_GROUP: u64 = 1236;
}

/// errno values returned in r8 (with r10 = -1).
pub mod errno {
    pub const EBADF: u64 = 9;
    pub const ENOMEM: u64 = 12;
    pub const EFAULT: u64 = 14;
    pub const EINVAL: u64 = 22;
    pub const ENOSYS: u64 = 38;
}

/// What a region of the address space is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegionKind {
    Segment,
    Stack,
    Backing,
    Heap,
    Mmap,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    pub start: u64,
    pub end: u64,
    pub kind: RegionKind,
    pub write: bool,
    pub exec: bool,
}

/// Access rights of a translation for the process (privilege level 3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mapping {
    /// Physical address of the 16 KiB frame.
    pub frame: u64,
    pub write: bool,
    pub exec: bool,
}

/// Virtual regions and the frames behind their touched pages.
#[derive(Clone, Debug)]
pub struct AddressSpace {
    pub regions: Vec<Region>,
    pages: std::collections::HashMap<u64, u64>,
    next_frame: u64,
    frame_limit: u64,
    free_frames: Vec<u64>,
}

impl AddressSpace {
    /// Frames come from physical `[first_frame, limit)`, which must be
    /// zeroed RAM.
    pub fn new(first_frame: u64, limit: u64) -> AddressSpace {
        AddressSpace {
            regions: Vec::new(),
            pages: Default::default(),
            next_frame: first_frame.next_multiple_of(PAGE),
            frame_limit: limit,
            free_frames: Vec::new(),
        }
    }

    fn region(&self, va: u64) -> Option<&Region> {
        self.regions.iter().find(|r| r.start <= va && va < r.end)
    }

    /// Whether `[start, end)` is free of regions.
    fn is_free(&self, start: u64, end: u64) -> bool {
        self.regions.iter().all(|r| end <= r.start || r.end <= start)
    }

    pub fn add(&mut self, r: Region) {
        self.regions.push(r);
    }

    /// The frame behind `va`, allocated (zeroed) on first touch; None if
    /// `va` is in no region or memory ran out.
    pub fn translate(&mut self, va: u64, bus: &mut Bus) -> Option<Mapping> {
        let r = self.region(va)?;
        let (write, exec) = (r.write, r.exec);
        let vpn = va >> PAGE_SHIFT;
        let frame = match self.pages.get(&vpn) {
            Some(&f) => f,
            None => {
                let f = match self.free_frames.pop() {
                    Some(f) => {
                        bus.load(f, &[0u8; PAGE as usize]).ok()?;
                        f
                    }
                    None if self.next_frame + PAGE <= self.frame_limit => {
                        self.next_frame += PAGE;
                        self.next_frame - PAGE
                    }
                    None => return None,
                };
                self.pages.insert(vpn, f);
                f
            }
        };
        Some(Mapping { frame, write, exec })
    }

    /// The physical address of `va`, allocating as `translate` does.
    pub fn phys(&mut self, va: u64, bus: &mut Bus) -> Option<u64> {
        self.translate(va, bus).map(|m| m.frame | (va & (PAGE - 1)))
    }

    /// Drop `[start, end)` (page aligned) from the regions; frames return
    /// to the free list. Pages the runner already put in the TLB must be
    /// purged by it ([`Process::take_unmapped`]).
    fn unmap(&mut self, start: u64, end: u64) -> Vec<u64> {
        let mut out = Vec::new();
        for r in std::mem::take(&mut self.regions) {
            if r.end <= start || end <= r.start {
                out.push(r);
                continue;
            }
            if r.start < start {
                out.push(Region { end: start, ..r.clone() });
            }
            if end < r.end {
                out.push(Region { start: end, ..r.clone() });
            }
        }
        self.regions = out;
        let mut dropped = Vec::new();
        for vpn in start >> PAGE_SHIFT..end >> PAGE_SHIFT {
            if let Some(f) = self.pages.remove(&vpn) {
                self.free_frames.push(f);
                dropped.push(vpn << PAGE_SHIFT);
            }
        }
        dropped
    }
}

/// The process's view of memory through its address space.
pub struct ProcessMem<'a> {
    pub space: &'a mut AddressSpace,
    pub bus: &'a mut Bus,
}

impl ProcessMem<'_> {
    /// Copy between guest pages and `f`, page by page.
    fn each_page(&mut self, addr: u64, len: usize, mut f: impl FnMut(&mut Bus, u64, std::ops::Range<usize>) -> bool) -> bool {
        let mut done = 0usize;
        while done < len {
            let Some(va) = addr.checked_add(done as u64) else { return false };
            let Some(pa) = self.space.phys(va, self.bus) else { return false };
            let n = ((PAGE - (va & (PAGE - 1))) as usize).min(len - done);
            if !f(self.bus, pa, done..done + n) {
                return false;
            }
            done += n;
        }
        true
    }
}

impl GuestMem for ProcessMem<'_> {
    fn read_bytes(&mut self, addr: u64, buf: &mut [u8]) -> bool {
        let len = buf.len();
        self.each_page(addr, len, |bus, pa, r| match bus.slice(pa, r.len() as u64) {
            Some(s) => {
                buf[r].copy_from_slice(s);
                true
            }
            None => false,
        })
    }

    fn write_bytes(&mut self, addr: u64, data: &[u8]) -> bool {
        self.each_page(addr, data.len(), |bus, pa, r| bus.load(pa, &data[r]).is_ok())
    }
}

/// The host side of the process's file descriptors 0-2.
pub trait ProcessIo {
    /// Read up to `buf.len()` bytes of standard input; 0 at end of file.
    fn read_stdin(&mut self, buf: &mut [u8]) -> usize;
    /// Write to standard output (fd 1) or standard error (fd 2).
    fn write(&mut self, fd: u64, data: &[u8]);
}

/// What the runner does after a system call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyscallOutcome {
    /// Resume the process with r8 = value, r10 = 0, or r8 = errno and
    /// r10 = -1 when `error`.
    Return { value: u64, error: bool },
    /// The process exited with this status.
    Exit(u64),
}

/// A process: its address space and heap state.
#[derive(Clone, Debug)]
pub struct Process {
    pub space: AddressSpace,
    pub entry: u64,
    pub gp: u64,
    /// Initial sp (r12) and backing store (ar.bspstore).
    pub sp: u64,
    pub bsp: u64,
    brk_start: u64,
    brk: u64,
    mmap_next: u64,
    /// Virtual pages dropped by munmap/brk that the TLB may still hold.
    unmapped: Vec<u64>,
}

fn ok(value: u64) -> SyscallOutcome {
    SyscallOutcome::Return { value, error: false }
}

fn err(e: u64) -> SyscallOutcome {
    SyscallOutcome::Return { value: e, error: true }
}

impl Process {
    /// Lay out `exe` with frames from physical `[first_frame, limit)` of
    /// `bus`, and build the initial stack with `args` (argv[0] first) and
    /// `env` (`NAME=value` strings).
    pub fn load(exe: &Executable, bus: &mut Bus, first_frame: u64, limit: u64, args: &[String], env: &[String]) -> Result<Process, String> {
        let mut space = AddressSpace::new(first_frame, limit);
        let mut end_of_data = 0;
        for (i, s) in exe.segments.iter().enumerate() {
            let start = s.vaddr & !(PAGE - 1);
            let end = (s.vaddr + s.memsz).checked_next_multiple_of(PAGE).ok_or(format!("segment {i} ends at the top of the address space"))?;
            if !space.is_free(start, end) {
                return Err(format!("segment {i} shares a 16 KiB page with another segment"));
            }
            space.add(Region { start, end, kind: RegionKind::Segment, write: s.write, exec: s.exec });
            end_of_data = end_of_data.max(end);
        }
        space.add(Region { start: STACK_TOP - STACK_MAX, end: STACK_TOP, kind: RegionKind::Stack, write: true, exec: false });
        space.add(Region { start: RBS_BOTTOM, end: RBS_BOTTOM + RBS_MAX, kind: RegionKind::Backing, write: true, exec: false });
        let mut p = Process {
            space,
            entry: exe.entry,
            gp: exe.gp.unwrap_or(0),
            sp: 0,
            bsp: RBS_BOTTOM,
            brk_start: end_of_data,
            brk: end_of_data,
            mmap_next: MMAP_BASE,
            unmapped: Vec::new(),
        };
        for s in &exe.segments {
            p.copy_segment(s, bus)?;
        }
        p.sp = p.build_stack(bus, exe.entry, args, env).ok_or("the arguments do not fit the stack")?;
        Ok(p)
    }

    fn copy_segment(&mut self, s: &Segment, bus: &mut Bus) -> Result<(), String> {
        let mut mem = ProcessMem { space: &mut self.space, bus };
        if mem.write_bytes(s.vaddr, &s.data) {
            Ok(())
        } else {
            Err("out of memory loading the program".into())
        }
    }

    /// Linux/ia64's initial stack: argc at sp + 16, then argv pointers, a
    /// null, envp pointers, a null, and auxiliary vector pairs ending with
    /// AT_NULL; the strings above them. Returns sp (16-byte aligned).
    fn build_stack(&mut self, bus: &mut Bus, entry: u64, args: &[String], env: &[String]) -> Option<u64> {
        const AT_NULL: u64 = 0;
        const AT_PAGESZ: u64 = 6;
        const AT_ENTRY: u64 = 9;
        let mut mem = ProcessMem { space: &mut self.space, bus };
        let mut top = STACK_TOP;
        let mut put_str = |mem: &mut ProcessMem, s: &str| -> Option<u64> {
            let bytes: Vec<u8> = s.bytes().chain([0]).collect();
            top = top.checked_sub(bytes.len() as u64)?;
            mem.write_bytes(top, &bytes).then_some(top)
        };
        let argv: Vec<u64> = args.iter().map(|a| put_str(&mut mem, a)).collect::<Option<_>>()?;
        let envp: Vec<u64> = env.iter().map(|e| put_str(&mut mem, e)).collect::<Option<_>>()?;
        let mut words = vec![argv.len() as u64];
        words.extend(&argv);
        words.push(0);
        words.extend(&envp);
        words.push(0);
        words.extend([AT_PAGESZ, PAGE, AT_ENTRY, entry, AT_NULL, 0]);
        let base = (top - 8 * words.len() as u64) & !15;
        if STACK_TOP - base > STACK_MAX / 2 {
            return None;
        }
        let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        mem.write_bytes(base, &bytes).then_some(base - 16)
    }

    /// Virtual pages freed since the last call: the runner purges them
    /// from the TLB.
    pub fn take_unmapped(&mut self) -> Vec<u64> {
        std::mem::take(&mut self.unmapped)
    }

    /// Run system call `nr` with arguments out0-out5.
    pub fn syscall(&mut self, nr: u64, a: [u64; 6], bus: &mut Bus, io: &mut dyn ProcessIo) -> SyscallOutcome {
        match nr {
            nr::EXIT | nr::EXIT_GROUP => SyscallOutcome::Exit(a[0] & 0xff),
            nr::WRITE => {
                let (fd, buf, len) = (a[0], a[1], a[2].min(1 << 24));
                if fd != 1 && fd != 2 {
                    return err(errno::EBADF);
                }
                let mut data = vec![0u8; len as usize];
                if !(ProcessMem { space: &mut self.space, bus }).read_bytes(buf, &mut data) {
                    return err(errno::EFAULT);
                }
                io.write(fd, &data);
                ok(len)
            }
            nr::READ => {
                let (fd, buf, len) = (a[0], a[1], a[2].min(1 << 24));
                if fd != 0 {
                    return err(errno::EBADF);
                }
                let mut data = vec![0u8; len as usize];
                let n = io.read_stdin(&mut data);
                if !(ProcessMem { space: &mut self.space, bus }).write_bytes(buf, &data[..n]) {
                    return err(errno::EFAULT);
                }
                ok(n as u64)
            }
            nr::GETPID => ok(1),
            nr::BRK => ok(self.set_brk(a[0])),
            nr::MMAP => self.mmap(a),
            nr::MUNMAP => {
                let (addr, len) = (a[0], a[1]);
                let in_mmap = self.space.regions.iter().any(|r| r.kind == RegionKind::Mmap && r.start <= addr && addr < r.end);
                if addr % PAGE != 0 || len == 0 || !in_mmap {
                    return err(errno::EINVAL);
                }
                let Some(end) = addr.checked_add(len).and_then(|e| e.checked_next_multiple_of(PAGE)) else {
                    return err(errno::EINVAL);
                };
                let dropped = self.space.unmap(addr, end);
                self.unmapped.extend(dropped);
                ok(0)
            }
            _ => err(errno::ENOSYS),
        }
    }

    /// brk(addr): grow or shrink the heap; returns the (new) break.
    fn set_brk(&mut self, addr: u64) -> u64 {
        if addr < self.brk_start || addr > self.brk_start.saturating_add(BRK_MAX) {
            return self.brk;
        }
        let (Some(old_end), Some(new_end)) = (self.brk.checked_next_multiple_of(PAGE), addr.checked_next_multiple_of(PAGE)) else {
            return self.brk;
        };
        if new_end > old_end {
            if !self.space.is_free(old_end, new_end) {
                return self.brk;
            }
            let heap = self.space.regions.iter_mut().find(|r| r.kind == RegionKind::Heap && r.end == old_end);
            match heap {
                Some(r) => r.end = new_end,
                None => self.space.add(Region { start: old_end, end: new_end, kind: RegionKind::Heap, write: true, exec: false }),
            }
        } else if new_end < old_end {
            let dropped = self.space.unmap(new_end, old_end);
            self.unmapped.extend(dropped);
        }
        self.brk = addr;
        addr
    }

    /// mmap: anonymous private mappings only (flags MAP_ANONYMOUS 0x20
    /// with MAP_PRIVATE 0x02); the address hint is ignored.
    fn mmap(&mut self, a: [u64; 6]) -> SyscallOutcome {
        const PROT_WRITE: u64 = 2;
        const PROT_EXEC: u64 = 4;
        const MAP_PRIVATE: u64 = 0x02;
        const MAP_ANONYMOUS: u64 = 0x20;
        let (len, prot, flags) = (a[1], a[2], a[3]);
        if flags & MAP_ANONYMOUS == 0 || flags & MAP_PRIVATE == 0 || len == 0 || len > 1 << 32 {
            return err(if flags & MAP_ANONYMOUS == 0 { errno::EBADF } else { errno::EINVAL });
        }
        let start = self.mmap_next;
        let end = match start.checked_add(len.next_multiple_of(PAGE)) {
            Some(end) if end <= MMAP_BASE + MMAP_MAX && self.space.regions.len() < MAX_REGIONS => end,
            _ => return err(errno::ENOMEM),
        };
        self.mmap_next = end;
        self.space.add(Region { start, end, kind: RegionKind::Mmap, write: prot & PROT_WRITE != 0, exec: prot & PROT_EXEC != 0 });
        ok(start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Io {
        input: Vec<u8>,
        out: Vec<(u64, Vec<u8>)>,
    }

    impl ProcessIo for Io {
        fn read_stdin(&mut self, buf: &mut [u8]) -> usize {
            let n = buf.len().min(self.input.len());
            buf[..n].copy_from_slice(&self.input[..n]);
            self.input.drain(..n);
            n
        }
        fn write(&mut self, fd: u64, data: &[u8]) {
            self.out.push((fd, data.to_vec()));
        }
    }

    fn exe() -> Executable {
        let image = crate::elf::ElfImage { entry: 0x4000_0000_0000_00b0, sections: vec![], symbols: vec![] };
        let text = Segment { vaddr: 0x4000_0000_0000_0000, paddr: 0, data: vec![1, 2, 3], memsz: 0x100, read: true, write: false, exec: true };
        let data = Segment { vaddr: 0x6000_0000_0000_00f0, paddr: 0, data: b"hello\n".to_vec(), memsz: 8, read: true, write: true, exec: false };
        Executable { entry: image.entry, segments: vec![text, data], gp: None, image }
    }

    fn setup() -> (Process, Bus) {
        let mut bus = Bus::new(4 << 20);
        let p = Process::load(&exe(), &mut bus, 0x10_0000, 4 << 20, &["prog".into(), "x".into()], &["A=b".into()]).unwrap();
        (p, bus)
    }

    #[test]
    fn segments_and_stack_are_in_place() {
        let (mut p, mut bus) = setup();
        let mut m = ProcessMem { space: &mut p.space, bus: &mut bus };
        let mut b = [0u8; 6];
        assert!(m.read_bytes(0x6000_0000_0000_00f0, &mut b));
        assert_eq!(&b, b"hello\n");
        let sp = p.sp;
        assert_eq!(sp % 16, 0);
        let mut m = ProcessMem { space: &mut p.space, bus: &mut bus };
        assert_eq!(m.read_u64(sp + 16), Some(2), "argc");
        let argv1 = m.read_u64(sp + 32).unwrap();
        let mut s = [0u8; 2];
        assert!(m.read_bytes(argv1, &mut s));
        assert_eq!(&s, b"x\0");
        assert_eq!(m.read_u64(sp + 40), Some(0), "argv ends");
        assert_ne!(m.read_u64(sp + 48), Some(0), "envp[0]");
        assert_eq!(m.read_u64(sp + 56), Some(0), "envp ends");
        assert_eq!(m.read_u64(sp + 64), Some(6), "AT_PAGESZ");
        assert!(p.space.translate(0x5000_0000_0000_0000, &mut bus).is_none(), "no region there");
        let text = p.space.translate(0x4000_0000_0000_0000, &mut bus).unwrap();
        assert!(text.exec && !text.write);
    }

    #[test]
    fn write_read_and_exit() {
        let (mut p, mut bus) = setup();
        let mut io = Io { input: b"abc".to_vec(), ..Io::default() };
        assert_eq!(p.syscall(nr::WRITE, [1, 0x6000_0000_0000_00f0, 6, 0, 0, 0], &mut bus, &mut io), ok(6));
        assert_eq!(io.out, [(1, b"hello\n".to_vec())]);
        assert_eq!(p.syscall(nr::WRITE, [7, 0, 1, 0, 0, 0], &mut bus, &mut io), err(errno::EBADF));
        assert_eq!(p.syscall(nr::WRITE, [1, 0x5000_0000_0000_0000, 1, 0, 0, 0], &mut bus, &mut io), err(errno::EFAULT));
        assert_eq!(p.syscall(nr::READ, [0, 0x6000_0000_0000_00f0, 8, 0, 0, 0], &mut bus, &mut io), ok(3));
        assert_eq!(p.syscall(nr::READ, [0, 0x6000_0000_0000_00f0, 8, 0, 0, 0], &mut bus, &mut io), ok(0));
        assert_eq!(p.syscall(nr::EXIT, [300, 0, 0, 0, 0, 0], &mut bus, &mut io), SyscallOutcome::Exit(44));
        assert_eq!(p.syscall(9999, [0; 6], &mut bus, &mut io), err(errno::ENOSYS));
    }

    #[test]
    fn brk_and_mmap_give_memory_back_and_forth() {
        let (mut p, mut bus) = setup();
        let mut io = Io::default();
        let SyscallOutcome::Return { value: b0, .. } = p.syscall(nr::BRK, [0; 6], &mut bus, &mut io) else { panic!() };
        assert_eq!(b0 % PAGE, 0);
        assert_eq!(p.syscall(nr::BRK, [b0 + 100_000, 0, 0, 0, 0, 0], &mut bus, &mut io), ok(b0 + 100_000));
        assert!(p.space.translate(b0 + 99_999, &mut bus).unwrap().write);
        assert_eq!(p.syscall(nr::BRK, [b0, 0, 0, 0, 0, 0], &mut bus, &mut io), ok(b0));
        assert!(p.space.translate(b0 + 99_999, &mut bus).is_none());
        assert!(!p.take_unmapped().is_empty());

        let SyscallOutcome::Return { value: m, error: false } = p.syscall(nr::MMAP, [0, 40_000, 3, 0x22, !0, 0], &mut bus, &mut io) else { panic!() };
        assert_eq!(m, MMAP_BASE);
        assert!(p.space.translate(m + 39_999, &mut bus).is_some());
        assert_eq!(p.syscall(nr::MMAP, [0, 4096, 3, 0x02, 3, 0], &mut bus, &mut io), err(errno::EBADF));
        assert_eq!(p.syscall(nr::MUNMAP, [m, 40_000, 0, 0, 0, 0], &mut bus, &mut io), ok(0));
        assert!(p.space.translate(m, &mut bus).is_none());
    }
}
