//! Lexing: comments out, lines split into statements, statements into
//! tokens. Every piece keeps its 1-based column for diagnostics.

/// Blank out comments (`// ...`, `/* ... */`, and `#` as the first
/// non-blank character of a line), keeping every other byte where it was
/// so that lines and columns stay right. Returns the cleaned text and the
/// byte offset of an unterminated block comment, if any.
pub fn strip_comments(src: &str) -> (String, Option<usize>) {
    let b = src.as_bytes();
    let mut out = b.to_vec();
    let mut i = 0;
    let mut line_start = true;
    let mut unterminated = None;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' {
            line_start = true;
            i += 1;
            continue;
        }
        if line_start && c == b'#' {
            while i < b.len() && b[i] != b'\n' {
                out[i] = b' ';
                i += 1;
            }
            continue;
        }
        if !c.is_ascii_whitespace() {
            line_start = false;
        }
        match c {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' && b[i] != b'\n' {
                    i += if b[i] == b'\\' && i + 1 < b.len() && b[i + 1] != b'\n' { 2 } else { 1 };
                }
                if i < b.len() && b[i] == b'"' {
                    i += 1;
                }
            }
            // A character constant: `'a` or `'\n` (GNU needs no closing quote).
            b'\'' => {
                i += 1;
                if i < b.len() && b[i] == b'\\' {
                    i += 1;
                }
                if i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    out[i] = b' ';
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let start = i;
                out[i] = b' ';
                out[i + 1] = b' ';
                i += 2;
                loop {
                    if i >= b.len() {
                        unterminated = Some(start);
                        break;
                    }
                    if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                        out[i] = b' ';
                        out[i + 1] = b' ';
                        i += 2;
                        break;
                    }
                    if b[i] != b'\n' {
                        out[i] = b' ';
                    }
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    // Only ASCII bytes were replaced by spaces, and only whole runs of a
    // comment (which may hold multi-byte characters), so the text is still
    // UTF-8; fall back to a lossy copy rather than ever panicking.
    let text = String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    (text, unterminated)
}

/// One piece of a source line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    /// A statement's text (not trimmed) and the column it starts at.
    Stmt(&'a str, u32),
    /// `;;`: the end of an instruction group.
    Stop(u32),
    /// `{`: an explicit bundle begins.
    Open(u32),
    /// `}`: an explicit bundle ends.
    Close(u32),
}

/// Split a comment-free line at `;`, `{` and `}` outside strings and
/// character constants. A `;` right after another `;` is a stop.
pub fn split_line(line: &str) -> Vec<Piece<'_>> {
    let b = line.as_bytes();
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let col = |i: usize| (i + 1) as u32;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'\'' => {
                i += 1;
                if i < b.len() && b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            c @ (b';' | b'{' | b'}') => {
                pieces.push(Piece::Stmt(&line[start..i], col(start)));
                match c {
                    b';' if i > 0 && b[i - 1] == b';' => pieces.push(Piece::Stop(col(i - 1))),
                    b'{' => pieces.push(Piece::Open(col(i))),
                    b'}' => pieces.push(Piece::Close(col(i))),
                    _ => {}
                }
                i += 1;
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < b.len() {
        pieces.push(Piece::Stmt(&line[start.min(line.len())..], col(start)));
    }
    pieces.retain(|p| !matches!(p, Piece::Stmt(s, _) if s.trim().is_empty()));
    pieces
}

/// A token of a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tok {
    /// A name: `r1`, `ar.lc`, `.text`, `@rev`, `foo#` (the `#` is kept).
    Ident(String),
    /// A number literal (up to 2^64 + a little: GNU accepts 2^64 in one place).
    Num(u128),
    /// A reference to a numeric local label: `1b` / `1f`.
    LocalRef(u32, bool),
    Str(Vec<u8>),
    /// Punctuation and operators: `(`, `==`, `<<`, ...
    Punct(&'static str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub tok: Tok,
    pub col: u32,
}

const PUNCTS: &[&str] = &[
    "<<", ">>", "<=", ">=", "==", "!=", "<>", "&&", "||", "(", ")", "[", "]", ",", "=", "+", "-", "*", "/", "%", "&", "|", "^", "~", "!",
    "<", ">", ":",
];

pub fn is_name_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || matches!(c, b'_' | b'.' | b'$' | b'@' | b'?')
}

pub fn is_name_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'$' | b'@' | b'?')
}

/// Tokenize one statement; `col0` is the column of its first byte.
pub fn tokenize(s: &str, col0: u32) -> Result<Vec<Token>, (u32, String)> {
    let b = s.as_bytes();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let col = col0 + i as u32;
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if is_name_start(c) {
            let st = i;
            while i < b.len() && is_name_char(b[i]) {
                i += 1;
            }
            if i < b.len() && b[i] == b'#' {
                i += 1;
            }
            toks.push(Token { tok: Tok::Ident(s[st..i].to_string()), col });
            continue;
        }
        if c.is_ascii_digit() {
            let (tok, len) = number(&b[i..]).map_err(|m| (col, m))?;
            toks.push(Token { tok, col });
            i += len;
            continue;
        }
        if c == b'"' {
            let (bytes, len) = string(&b[i..]).map_err(|m| (col, m))?;
            toks.push(Token { tok: Tok::Str(bytes), col });
            i += len;
            continue;
        }
        if c == b'\'' {
            i += 1;
            let v = match b.get(i) {
                None => return Err((col, "a character constant needs a character after '".into())),
                Some(b'\\') => {
                    let (v, len) = escape(&b[i + 1..]).map_err(|m| (col, m))?;
                    i += 1 + len;
                    v
                }
                Some(&ch) if ch.is_ascii() => {
                    i += 1;
                    ch
                }
                Some(_) => return Err((col, "character constants must be ASCII".into())),
            };
            // A closing quote is optional, as in GNU as.
            if b.get(i) == Some(&b'\'') {
                i += 1;
            }
            toks.push(Token { tok: Tok::Num(v as u128), col });
            continue;
        }
        let rest = s.get(i..).unwrap_or("");
        match PUNCTS.iter().find(|p| rest.starts_with(*p)) {
            Some(p) => {
                toks.push(Token { tok: Tok::Punct(p), col });
                i += p.len();
            }
            None => {
                let ch = rest.chars().next().unwrap_or('?');
                return Err((col, format!("unexpected character `{ch}`")));
            }
        }
    }
    Ok(toks)
}

/// A number at the start of `b`: decimal, `0x` hex, `0b` binary, leading-0
/// octal, or a local label reference `1b`/`1f`.
fn number(b: &[u8]) -> Result<(Tok, usize), String> {
    let mut end = 0;
    while end < b.len() && b[end].is_ascii_alphanumeric() {
        end += 1;
    }
    let word = std::str::from_utf8(&b[..end]).unwrap_or("");
    if let Some(last) = word.bytes().last() {
        let head = &word[..word.len() - 1];
        if (last == b'b' || last == b'f') && !head.is_empty() && head.bytes().all(|c| c.is_ascii_digit()) {
            // `0b` alone and `1b` are label references; `0b101` is binary.
            let n: u32 = head.parse().map_err(|_| format!("local label number `{head}` is too large"))?;
            return Ok((Tok::LocalRef(n, last == b'f'), end));
        }
    }
    let (digits, radix) = if let Some(h) = word.strip_prefix("0x").or_else(|| word.strip_prefix("0X")) {
        (h, 16)
    } else if let Some(h) = word.strip_prefix("0b").or_else(|| word.strip_prefix("0B")) {
        (h, 2)
    } else if word.len() > 1 && word.starts_with('0') {
        (&word[1..], 8)
    } else {
        (word, 10)
    };
    if digits.is_empty() {
        return Err(format!("`{word}` is not a number"));
    }
    let mut v: u128 = 0;
    for ch in digits.chars() {
        let d = ch.to_digit(radix).ok_or_else(|| format!("`{word}` is not a number (bad digit `{ch}`)"))?;
        v = v
            .checked_mul(radix as u128)
            .and_then(|v| v.checked_add(d as u128))
            .filter(|&v| v <= 1u128 << 64)
            .ok_or_else(|| format!("the number {word} is too large: numbers are 64 bits"))?;
    }
    Ok((Tok::Num(v), end))
}

/// One escape sequence after a backslash; returns the byte and its length.
fn escape(b: &[u8]) -> Result<(u8, usize), String> {
    let c = *b.first().ok_or("a `\\` must be followed by a character")?;
    Ok(match c {
        b'n' => (b'\n', 1),
        b't' => (b'\t', 1),
        b'r' => (b'\r', 1),
        b'b' => (8, 1),
        b'f' => (12, 1),
        b'v' => (11, 1),
        b'a' => (7, 1),
        b'e' => (27, 1),
        b'0'..=b'7' => {
            let mut v: u32 = 0;
            let mut n = 0;
            while n < 3 && n < b.len() && (b'0'..=b'7').contains(&b[n]) {
                v = v * 8 + (b[n] - b'0') as u32;
                n += 1;
            }
            ((v & 0xff) as u8, n)
        }
        b'x' | b'X' => {
            let mut v: u32 = 0;
            let mut n = 1;
            while n < b.len() && b[n].is_ascii_hexdigit() {
                v = (v * 16 + (b[n] as char).to_digit(16).unwrap_or(0)) & 0xff;
                n += 1;
            }
            if n == 1 {
                return Err("`\\x` must be followed by hex digits".into());
            }
            (v as u8, n)
        }
        c => (c, 1),
    })
}

/// A string literal at the start of `b` (which is `"`).
fn string(b: &[u8]) -> Result<(Vec<u8>, usize), String> {
    let mut out = Vec::new();
    let mut i = 1;
    loop {
        match b.get(i) {
            None => return Err("this string has no closing `\"`".into()),
            Some(b'"') => return Ok((out, i + 1)),
            Some(b'\\') => {
                let (v, len) = escape(&b[i + 1..])?;
                out.push(v);
                i += 1 + len;
            }
            Some(&c) => {
                out.push(c);
                i += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_blanked_in_place() {
        let (t, u) = strip_comments("a // x\n# y\n b /* c\n d */ e \"//\"");
        assert_eq!(t, "a     \n   \n b     \n      e \"//\"");
        assert_eq!(u, None);
        assert_eq!(strip_comments("x /* y").1, Some(2));
    }

    #[test]
    fn lines_split_into_statements_and_stops() {
        let p = split_line("{ .mii add r1=r2,r3 ;; }");
        assert_eq!(p, vec![Piece::Open(1), Piece::Stmt(" .mii add r1=r2,r3 ", 2), Piece::Stop(21), Piece::Close(24)]);
        assert_eq!(split_line("a;b").len(), 2);
        assert_eq!(split_line(".ascii \";;\""), vec![Piece::Stmt(".ascii \";;\"", 1)]);
    }

    #[test]
    fn tokens() {
        let t = tokenize("add r1=0x10,1b<<2 'a", 1).unwrap();
        let kinds: Vec<Tok> = t.into_iter().map(|t| t.tok).collect();
        assert_eq!(
            kinds,
            vec![
                Tok::Ident("add".into()),
                Tok::Ident("r1".into()),
                Tok::Punct("="),
                Tok::Num(16),
                Tok::Punct(","),
                Tok::LocalRef(1, false),
                Tok::Punct("<<"),
                Tok::Num(2),
                Tok::Num(97),
            ]
        );
        assert!(tokenize("0x1ffffffffffffffff", 1).is_err());
        assert_eq!(tokenize("0b101", 1).unwrap()[0].tok, Tok::Num(5));
        assert_eq!(tokenize("010", 1).unwrap()[0].tok, Tok::Num(8));
    }
}
