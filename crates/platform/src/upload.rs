//! Files from users, judged by what they contain rather than by their
//! names: archives (XLSX, DOCX, ODT) are measured before anything unpacks
//! them, so a small file that expands to gigabytes is refused in
//! milliseconds, and uploads are typed by their first bytes against an
//! allow-list, so an executable named `report.pdf` is refused.

use std::io::{Cursor, Read};

/// Archives may hold at most this many entries…
pub const MAX_ENTRIES: usize = 10_000;
/// …and unpack to at most this many bytes in all.
pub const MAX_UNPACKED: u64 = 200 * 1024 * 1024;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ArchiveError {
    #[error("the file is not a valid ZIP archive (XLSX, DOCX and ODT files are)")]
    NotAnArchive,
    #[error("the archive holds {0} entries, more than the {MAX_ENTRIES} allowed")]
    TooManyEntries(usize),
    #[error("the archive unpacks to more than {} MB", MAX_UNPACKED / 1024 / 1024)]
    TooLarge,
    #[error("an entry of the archive is damaged")]
    Damaged,
}

/// Checks that a ZIP archive stays within [`MAX_ENTRIES`] and
/// [`MAX_UNPACKED`], by its directory and then by actually inflating every
/// entry into nothing, with the count stopping at the limit: the declared
/// sizes of a crafted archive are not believed.
pub fn check_archive(bytes: &[u8]) -> Result<(), ArchiveError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| ArchiveError::NotAnArchive)?;
    if archive.len() > MAX_ENTRIES {
        return Err(ArchiveError::TooManyEntries(archive.len()));
    }
    let declared: u64 = (0..archive.len())
        .filter_map(|i| archive.by_index_raw(i).ok().map(|e| e.size()))
        .fold(0u64, u64::saturating_add);
    if declared > MAX_UNPACKED {
        return Err(ArchiveError::TooLarge);
    }
    let mut left = MAX_UNPACKED;
    for i in 0..archive.len() {
        let entry = archive.by_index(i).map_err(|_| ArchiveError::Damaged)?;
        let read = std::io::copy(&mut entry.take(left + 1), &mut std::io::sink()).map_err(|_| ArchiveError::Damaged)?;
        if read > left {
            return Err(ArchiveError::TooLarge);
        }
        left -= read;
    }
    Ok(())
}

/// What a file is, by its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Png,
    Jpeg,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Text,
    Mp3,
    M4a,
    Ogg,
    Wav,
    Mp4,
    Webm,
}

impl FileKind {
    pub fn content_type(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            FileKind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            FileKind::Pptx => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            FileKind::Odt => "application/vnd.oasis.opendocument.text",
            FileKind::Text => "text/plain; charset=utf-8",
            FileKind::Mp3 => "audio/mpeg",
            FileKind::M4a => "audio/mp4",
            FileKind::Ogg => "audio/ogg",
            FileKind::Wav => "audio/wav",
            FileKind::Mp4 => "video/mp4",
            FileKind::Webm => "video/webm",
        }
    }

    /// The file name extensions that go with the kind.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            FileKind::Pdf => &["pdf"],
            FileKind::Png => &["png"],
            FileKind::Jpeg => &["jpg", "jpeg"],
            FileKind::Docx => &["docx"],
            FileKind::Xlsx => &["xlsx"],
            FileKind::Pptx => &["pptx"],
            FileKind::Odt => &["odt"],
            FileKind::Text => &["txt", "csv"],
            FileKind::Mp3 => &["mp3"],
            FileKind::M4a => &["m4a"],
            FileKind::Ogg => &["ogg", "oga", "opus"],
            FileKind::Wav => &["wav"],
            FileKind::Mp4 => &["mp4", "m4v", "mov", "3gp"],
            FileKind::Webm => &["webm"],
        }
    }
}

/// The kind of a file from its first bytes (and, for archives, the entries
/// that make an office document); `None` for anything else.
pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
    if bytes.starts_with(b"%PDF-") {
        return Some(FileKind::Pdf);
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some(FileKind::Png);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some(FileKind::Jpeg);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return office_kind(bytes);
    }
    if let Some(kind) = media_kind(bytes) {
        return Some(kind);
    }
    let text = std::str::from_utf8(bytes).ok()?;
    (!text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))).then_some(FileKind::Text)
}

/// Recordings and videos, as phones make them.
fn media_kind(bytes: &[u8]) -> Option<FileKind> {
    let at = |offset: usize, magic: &[u8]| bytes.get(offset..offset + magic.len()) == Some(magic);
    if at(0, b"ID3") || (bytes.len() > 2 && bytes[0] == 0xFF && bytes[1] & 0xE0 == 0xE0) {
        return Some(FileKind::Mp3);
    }
    if at(0, b"OggS") {
        return Some(FileKind::Ogg);
    }
    if at(0, b"RIFF") && at(8, b"WAVE") {
        return Some(FileKind::Wav);
    }
    if at(0, &[0x1A, 0x45, 0xDF, 0xA3]) {
        return Some(FileKind::Webm);
    }
    if at(4, b"ftyp") {
        // The brand says whether the MP4 container holds sound only.
        return Some(if at(8, b"M4A ") { FileKind::M4a } else { FileKind::Mp4 });
    }
    None
}

fn office_kind(bytes: &[u8]) -> Option<FileKind> {
    check_archive(bytes).ok()?;
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let names: Vec<String> = archive.file_names().filter_map(|n| n.ok().map(|n| n.into_owned())).collect();
    if names.iter().any(|n| n == "[Content_Types].xml") {
        let has = |prefix: &str| names.iter().any(|n| n.starts_with(prefix));
        return if has("word/") {
            Some(FileKind::Docx)
        } else if has("xl/") {
            Some(FileKind::Xlsx)
        } else if has("ppt/") {
            Some(FileKind::Pptx)
        } else {
            None
        };
    }
    let mut mimetype = String::new();
    archive.by_name("mimetype").ok()?.take(100).read_to_string(&mut mimetype).ok()?;
    (mimetype.trim() == "application/vnd.oasis.opendocument.text").then_some(FileKind::Odt)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut buffer = Cursor::new(Vec::new());
        {
            let mut writer = zip::ZipWriter::new(&mut buffer);
            let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
            for (name, data) in entries {
                writer.start_file(*name, options).unwrap();
                writer.write_all(data).unwrap();
            }
            writer.finish().unwrap();
        }
        buffer.into_inner()
    }

    #[test]
    fn a_small_archive_that_unpacks_to_too_much_is_refused_quickly() {
        let zeros = vec![0u8; 64 * 1024 * 1024];
        let entries: Vec<(String, &[u8])> = (0..4).map(|i| (format!("xl/sheet{i}.xml"), &zeros[..])).collect();
        let refs: Vec<(&str, &[u8])> = entries.iter().map(|(n, d)| (n.as_str(), *d)).collect();
        let bomb = zip_of(&refs);
        assert!(bomb.len() < 1024 * 1024, "the bomb is small: {} bytes", bomb.len());
        let started = std::time::Instant::now();
        assert_eq!(check_archive(&bomb), Err(ArchiveError::TooLarge));
        assert!(started.elapsed().as_secs() < 5);
    }

    #[test]
    fn files_are_typed_by_their_content() {
        assert_eq!(sniff(b"%PDF-1.7 ..."), Some(FileKind::Pdf));
        assert_eq!(sniff(b"MZ\x90\x00\x03\x00\x00\x00"), None, "a Windows executable is no PDF whatever its name");
        assert_eq!(sniff(b"\x7fELF\x02\x01"), None);
        assert_eq!(sniff("Plain notes, čćž.\n".as_bytes()), Some(FileKind::Text));
        let docx = zip_of(&[("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w/>")]);
        assert_eq!(sniff(&docx), Some(FileKind::Docx));
        let odt = zip_of(&[("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", b"<x/>")]);
        assert_eq!(sniff(&odt), Some(FileKind::Odt));
        let other = zip_of(&[("payload.exe", b"MZ")]);
        assert_eq!(sniff(&other), None, "a ZIP that is no office document is refused");
    }
}
