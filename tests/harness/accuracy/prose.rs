//! The prose of a chapter, as the accuracy rules read it: everything outside
//! code fences, plus the bodies of callouts (`admonish` fences, which mdBook
//! renders as prose). Code spans and double-quoted phrases in it, with their
//! place, so a rule can name the line and the preprocessor can annotate it.
//!
//! No dependencies beyond `crate::markdown`: the preprocessor
//! (`tools/mdbook-listings`) includes this file with `#[path]`.

use crate::markdown;

/// A piece of prose: its byte range in the chapter, its 1-based line and
/// its text (a code span's content, as CommonMark reads it).
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub range: std::ops::Range<usize>,
    pub line: usize,
    pub text: String,
}

/// `text` with every line of a code fence blanked (callout bodies kept), so
/// byte offsets and line numbers stay those of `text`.
pub fn prose(text: &str) -> String {
    let mut blank = vec![false; text.lines().count()];
    for fence in markdown::fences(text) {
        let open = fence.line - 1;
        let close = open + fence.body.len() + 1;
        let callout = fence.info.starts_with("admonish");
        for (index, line) in blank.iter_mut().enumerate().take(close + 1).skip(open) {
            *line = !callout || index == open || index == close;
        }
    }
    let mut out = String::with_capacity(text.len());
    for (index, line) in text.split_inclusive('\n').enumerate() {
        if blank.get(index).copied().unwrap_or(false) {
            // Byte for byte, so offsets stay: a multi-byte character becomes
            // as many spaces.
            out.extend(line.bytes().map(|b| if b == b'\n' { '\n' } else { ' ' }));
        } else {
            out.push_str(line);
        }
    }
    out
}

fn line_of(text: &str, at: usize) -> usize {
    text[..at].matches('\n').count() + 1
}

/// Every code span of `prose`, CommonMark-style: a run of N backticks up to
/// the next run of exactly N, within one paragraph; line ends read as
/// spaces, and one space is stripped from each end if both have one.
pub fn code_spans(prose: &str) -> Vec<Piece> {
    let bytes = prose.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] != b'`' {
            at += 1;
            continue;
        }
        let run = bytes[at..].iter().take_while(|b| **b == b'`').count();
        let content_start = at + run;
        let paragraph_end = prose[content_start..]
            .find("\n\n")
            .map_or(prose.len(), |end| content_start + end);
        let mut search = content_start;
        let mut close = None;
        while let Some(next) = prose[search..paragraph_end].find('`').map(|i| search + i) {
            let length = bytes[next..].iter().take_while(|b| **b == b'`').count();
            if length == run {
                close = Some(next);
                break;
            }
            search = next + length;
        }
        let Some(close) = close else {
            at = content_start;
            continue;
        };
        let mut text = prose[content_start..close].replace('\n', " ");
        if text.len() > 2 && text.starts_with(' ') && text.ends_with(' ') && text.trim() != "" {
            text = text[1..text.len() - 1].to_string();
        }
        found.push(Piece {
            range: at..close + run,
            line: line_of(prose, at),
            text,
        });
        at = close + run;
    }
    found
}

/// `prose` with every code span blanked, for what is outside them.
pub fn without_code_spans(prose: &str) -> String {
    blank_ranges(prose, code_spans(prose).into_iter().map(|span| span.range))
}

/// `text` with the bytes of each range but line ends made spaces.
pub fn blank_ranges(
    text: &str,
    ranges: impl IntoIterator<Item = std::ops::Range<usize>>,
) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for range in ranges {
        for byte in &mut bytes[range] {
            if *byte != b'\n' {
                *byte = b' ';
            }
        }
    }
    // Whole characters were replaced, so this is still UTF-8.
    String::from_utf8(bytes).expect("ranges on character boundaries")
}

/// Every phrase in straight ("...") or curly (“...”) double quotes outside
/// code spans and HTML tags, within one paragraph.
pub fn double_quoted(prose: &str) -> Vec<Piece> {
    let plain = without_code_spans(prose);
    let mut found = Vec::new();
    let mut in_tag = false;
    let mut open: Option<(usize, char)> = None;
    for (at, c) in plain.char_indices() {
        match (c, open) {
            ('<', None) => in_tag = true,
            ('>', None) if in_tag => in_tag = false,
            ('\n', Some(_)) if plain[at + 1..].starts_with('\n') => open = None,
            ('"' | '“', None) if !in_tag => open = Some((at, if c == '"' { '"' } else { '”' })),
            (c, Some((start, closer))) if c == closer => {
                let from = start + plain[start..].chars().next().unwrap().len_utf8();
                found.push(Piece {
                    range: start..at + c.len_utf8(),
                    line: line_of(prose, start),
                    text: prose[from..at].replace('\n', " "),
                });
                open = None;
            }
            _ => {}
        }
    }
    found
}
