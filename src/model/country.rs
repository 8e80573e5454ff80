//! `CountryId`: the ISO 3166-1 alpha-3 code (or a documented user-assigned code) of a shape.

use std::fmt;

/// Three upper-case ASCII letters, e.g. `PRT`. `Copy`, so closures and maps stay cheap.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryId([u8; 3]);

impl CountryId {
    /// Parses a code; anything but exactly three ASCII letters is rejected. Lower case is accepted
    /// (URL parameters), and stored upper case.
    pub fn parse(s: &str) -> Option<CountryId> {
        let b = s.as_bytes();
        if b.len() != 3 || !b.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        Some(CountryId([b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase(), b[2].to_ascii_uppercase()]))
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters ever get in.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl fmt::Display for CountryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CountryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CountryId({})", self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_normalises_case() {
        assert_eq!(CountryId::parse("prt").unwrap().as_str(), "PRT");
        assert_eq!(CountryId::parse("PRT"), CountryId::parse("pRt"));
    }

    #[test]
    fn rejects_anything_else() {
        for bad in ["", "PR", "PRTX", "P1T", "<sc", "ÅLA", "PR "] {
            assert_eq!(CountryId::parse(bad), None, "{bad:?}");
        }
    }
}
