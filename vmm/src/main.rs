//! `ia64play`: the command-line face of the emulator and VMM.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use emu_core::asm::{assemble, AsmOptions, FsProvider, Severity};
use emu_core::disasm::{disassemble, NoSymbols, Symbolizer};
use emu_core::elf::ElfImage;

#[derive(Parser)]
#[command(name = "ia64play", version, about = "IA-64 virtualization playground: assembler, disassembler, emulator and VMM")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Assemble GNU-syntax IA-64 assembly into an ELF executable.
    Asm {
        source: PathBuf,
        /// Output ELF file.
        #[arg(short, long)]
        output: PathBuf,
        /// Link address of `.text`.
        #[arg(long, value_parser = parse_u64, default_value = "0x100000")]
        base: u64,
        /// Define a symbol before reading the source: NAME=VALUE.
        #[arg(long, value_parser = parse_defsym)]
        defsym: Vec<(String, i64)>,
    },
    /// Disassemble the code sections of an IA-64 ELF file (objdump syntax).
    Disasm {
        file: PathBuf,
        /// Treat the file as raw little-endian bundles, not ELF.
        #[arg(long)]
        raw: bool,
        /// Address of the first bundle of a raw file.
        #[arg(long, value_parser = parse_u64, default_value = "0")]
        base: u64,
    },
}

/// Accepts decimal or 0x-prefixed hexadecimal.
fn parse_u64(s: &str) -> Result<u64, String> {
    let r = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(h) => u64::from_str_radix(h, 16),
        None => s.parse(),
    };
    r.map_err(|e| format!("`{s}` is not an address: {e}"))
}

/// `NAME=VALUE`, the value decimal or 0x-hexadecimal, possibly negative.
fn parse_defsym(s: &str) -> Result<(String, i64), String> {
    let (name, value) = s.split_once('=').ok_or_else(|| format!("`{s}` is not NAME=VALUE"))?;
    let (neg, digits) = match value.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, value),
    };
    let v = parse_u64(digits)? as i64;
    Ok((name.to_string(), if neg { v.wrapping_neg() } else { v }))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("{msg}");
            ExitCode::FAILURE
        }
    }
}

fn run(cmd: Command) -> Result<(), String> {
    match cmd {
        Command::Asm { source, output, base, defsym } => assemble_file(&source, &output, base, defsym),
        Command::Disasm { file, raw, base } => {
            let bytes = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            print!("{}", disasm_text(&bytes, raw, base).map_err(|e| format!("{}: {e}", file.display()))?);
            Ok(())
        }
    }
}

fn assemble_file(source: &Path, output: &Path, base: u64, defsym: Vec<(String, i64)>) -> Result<(), String> {
    let dir = source.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = source.file_name().ok_or_else(|| format!("{}: not a file name", source.display()))?;
    let provider = FsProvider::new(dir);
    let opts = AsmOptions { base, defsym, ..AsmOptions::default() };
    match assemble(&name.to_string_lossy(), &provider, &opts) {
        Ok(asm) => {
            for w in &asm.warnings {
                eprintln!("{w}");
            }
            std::fs::write(output, asm.to_elf()).map_err(|e| format!("{}: {e}", output.display()))
        }
        Err(diags) => {
            let n = diags.iter().filter(|d| d.severity == Severity::Error).count();
            let list: Vec<String> = diags.iter().map(ToString::to_string).collect();
            Err(format!("{}\n{n} error(s); nothing written", list.join("\n")))
        }
    }
}

fn disasm_text(bytes: &[u8], raw: bool, base: u64) -> Result<String, String> {
    if raw {
        if bytes.len() % 16 != 0 {
            return Err(format!("{} bytes is not a whole number of 16-byte bundles", bytes.len()));
        }
        return Ok(disassemble(bytes, base, &NoSymbols));
    }
    let image = ElfImage::parse(bytes).map_err(|e| e.to_string())?;
    let mut out = String::new();
    for sec in image.sections.iter().filter(|s| s.executable) {
        out.push_str(&format!("\nDisassembly of section {}:\n", sec.name));
        let end = sec.addr + sec.data.len() as u64;
        let mut at = sec.addr;
        for chunk in sec.data.chunks(16) {
            if chunk.len() < 16 {
                out.push_str(&format!("{at:>8x}:\t({} trailing bytes are not a bundle)\n", chunk.len()));
                break;
            }
            for s in image.symbols.iter().filter(|s| s.addr == at && at < end) {
                out.push_str(&format!("\n{:016x} <{}>:\n", s.addr, s.name));
            }
            out.push_str(&disassemble(chunk, at, &image as &dyn Symbolizer));
            at += 16;
        }
    }
    Ok(out)
}
