//! Writing an [`Assembly`] as an ELF64 little-endian IA-64 executable,
//! shaped like GNU ld's output: one PT_LOAD per allocated section, section
//! headers named as GNU names them, and a symbol table.

use object::elf;
use object::write::elf::{FileHeader, ProgramHeader, SectionHeader, SectionIndex, Sym, Writer};
use object::Endianness;

use super::finish::PAGE;
use super::{Assembly, SymbolKind};

pub fn write(a: &Assembly) -> Vec<u8> {
    let mut buf = Vec::new();
    let mut w = Writer::new(Endianness::Little, true, &mut buf);

    let loads: Vec<usize> = (0..a.sections.len()).filter(|&i| a.sections[i].alloc && a.sections[i].size > 0).collect();
    w.reserve_file_header();
    w.reserve_program_headers(loads.len() as u32);

    w.reserve_null_section_index();
    let mut sec_names = Vec::new();
    let mut sec_index: Vec<SectionIndex> = Vec::new();
    for s in &a.sections {
        sec_names.push(w.add_section_name(s.name.as_bytes()));
        sec_index.push(w.reserve_section_index());
    }

    // Locals come before globals in an ELF symbol table.
    let mut order: Vec<usize> = (0..a.symbols.len()).collect();
    order.sort_by_key(|&i| a.symbols[i].global);
    let num_local = 1 + a.symbols.iter().filter(|s| !s.global).count() as u32;
    w.reserve_null_symbol_index();
    let mut sym_names = Vec::new();
    for &i in &order {
        let s = &a.symbols[i];
        sym_names.push(w.add_string(s.name.as_bytes()));
        w.reserve_symbol_index(s.section.map(|k| sec_index[k]));
    }
    w.reserve_symtab_section_index();
    w.reserve_strtab_section_index();
    w.reserve_shstrtab_section_index();

    // Contents, each at a file offset congruent to its address modulo the
    // page size, as loaders want.
    let mut offsets = Vec::new();
    for s in &a.sections {
        let now = w.reserved_len();
        if s.nobits || !s.alloc {
            offsets.push(now);
            if !s.nobits {
                w.reserve(s.bytes.len() as u64, 1);
            }
            continue;
        }
        let off = now + (s.addr.wrapping_sub(now) % PAGE);
        w.reserve_until(off);
        offsets.push(w.reserve(s.bytes.len() as u64, 1));
    }
    w.reserve_symtab();
    let _ = w.reserve_strtab();
    let _ = w.reserve_shstrtab();
    w.reserve_section_headers();

    let _ = w.write_file_header(&FileHeader {
        os_abi: elf::ELFOSABI_SYSV,
        abi_version: 0,
        e_type: elf::ET_EXEC,
        e_machine: elf::EM_IA_64,
        e_entry: a.entry,
        e_flags: elf::EF_IA_64_ABI64,
    });
    w.write_align_program_headers();
    for &i in &loads {
        let s = &a.sections[i];
        let mut fl = elf::PF_R;
        if s.write {
            fl |= elf::PF_W;
        }
        if s.exec {
            fl |= elf::PF_X;
        }
        w.write_program_header(&ProgramHeader {
            p_type: elf::PT_LOAD,
            p_flags: fl,
            p_offset: offsets[i],
            p_vaddr: s.addr,
            p_paddr: s.addr,
            p_filesz: if s.nobits { 0 } else { s.bytes.len() as u64 },
            p_memsz: s.size,
            p_align: PAGE,
        });
    }
    for (i, s) in a.sections.iter().enumerate() {
        if s.nobits {
            continue;
        }
        w.pad_until(offsets[i]);
        w.write(&s.bytes);
    }

    w.write_null_symbol();
    for (k, &i) in order.iter().enumerate() {
        let s = &a.symbols[i];
        let ty = match s.kind {
            SymbolKind::Func => elf::STT_FUNC,
            SymbolKind::Object => elf::STT_OBJECT,
            SymbolKind::NoType => elf::STT_NOTYPE,
        };
        let bind = if s.global { elf::STB_GLOBAL } else { elf::STB_LOCAL };
        w.write_symbol(&Sym {
            section: s.section.map(|k| sec_index[k].0),
            st_name: w.string_offset(Some(sym_names[k])),
            st_info: elf::SymbolInfo::new(bind, ty),
            st_other: elf::STV_DEFAULT.into(),
            st_shndx: if s.section.is_some() { elf::SHN_UNDEF } else { elf::SHN_ABS },
            st_value: s.value,
            st_size: s.size,
        });
    }
    w.write_strtab();
    w.write_shstrtab();

    w.write_null_section_header();
    for (i, s) in a.sections.iter().enumerate() {
        let mut fl = elf::SectionFlags(0);
        if s.alloc {
            fl |= elf::SHF_ALLOC;
        }
        if s.write {
            fl |= elf::SHF_WRITE;
        }
        if s.exec {
            fl |= elf::SHF_EXECINSTR;
        }
        w.write_section_header(&SectionHeader {
            sh_name: w.section_name_offset(Some(sec_names[i])),
            sh_type: if s.nobits { elf::SHT_NOBITS } else { elf::SHT_PROGBITS },
            sh_flags: fl,
            sh_addr: s.addr,
            sh_offset: offsets[i],
            sh_size: s.size,
            sh_link: 0,
            sh_info: 0,
            sh_addralign: s.align.max(1),
            sh_entsize: 0,
        });
    }
    w.write_symtab_section_header(num_local);
    w.write_strtab_section_header();
    w.write_shstrtab_section_header();
    buf
}
