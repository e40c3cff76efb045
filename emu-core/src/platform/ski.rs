//! Ski's simulator calls, for bare-metal programs written for Ski's
//! system mode: `break 0x80001` (or `0x80000`) with the call number in r15
//! and arguments in r32-r35; results in r8.

use super::linux::ProcessIo;

/// The `break` immediates Ski treats as simulator calls.
pub const BREAK_SSC: u64 = 0x80001;
pub const BREAK_SSC_ALT: u64 = 0x80000;

pub const SSC_STOP: u64 = 0;
pub const SSC_CONSOLE_INIT: u64 = 20;
pub const SSC_GETCHAR: u64 = 21;
pub const SSC_PUTCHAR: u64 = 31;
pub const SSC_EXIT: u64 = 66;

/// What the runner does after a simulator call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SscOutcome {
    /// Resume after the `break`, with r8 set when `Some`.
    Resume(Option<u64>),
    /// The program ended with this status.
    Exit(u64),
    /// A call this runner does not provide: stop with an error.
    Unsupported(u64),
}

/// Run simulator call `nr` with arguments r32-r35.
pub fn call(nr: u64, args: [u64; 4], io: &mut dyn ProcessIo) -> SscOutcome {
    match nr {
        SSC_CONSOLE_INIT => SscOutcome::Resume(None),
        // Ski answers 0 when no character is waiting; at the end of our
        // standard input that is every time.
        SSC_GETCHAR => {
            let mut b = [0u8; 1];
            let n = io.read_stdin(&mut b);
            SscOutcome::Resume(Some(if n == 1 { b[0] as u64 } else { 0 }))
        }
        SSC_PUTCHAR => {
            io.write(1, &[args[0] as u8]);
            SscOutcome::Resume(None)
        }
        SSC_EXIT => SscOutcome::Exit(args[0]),
        SSC_STOP => SscOutcome::Exit(0),
        n => SscOutcome::Unsupported(n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Io(Vec<u8>, Vec<u8>);
    impl ProcessIo for Io {
        fn read_stdin(&mut self, buf: &mut [u8]) -> usize {
            match self.0.pop() {
                Some(b) => {
                    buf[0] = b;
                    1
                }
                None => 0,
            }
        }
        fn write(&mut self, _fd: u64, data: &[u8]) {
            self.1.extend(data)
        }
    }

    #[test]
    fn calls() {
        let mut io = Io(vec![b'q'], vec![]);
        assert_eq!(call(SSC_PUTCHAR, [b'A' as u64, 0, 0, 0], &mut io), SscOutcome::Resume(None));
        assert_eq!(io.1, b"A");
        assert_eq!(call(SSC_GETCHAR, [0; 4], &mut io), SscOutcome::Resume(Some(b'q' as u64)));
        assert_eq!(call(SSC_GETCHAR, [0; 4], &mut io), SscOutcome::Resume(Some(0)));
        assert_eq!(call(SSC_EXIT, [3, 0, 0, 0], &mut io), SscOutcome::Exit(3));
        assert_eq!(call(52, [0; 4], &mut io), SscOutcome::Unsupported(52));
    }
}
