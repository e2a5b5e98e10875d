// Package corpus loads a collection of documents — the embedded seeds, a
// folder walked recursively, or a list of files — into an immutable
// [Corpus].
//
// Loading reads each file, detects its format (.txt, .md, .html/.htm, .pdf,
// .docx) and its text encoding (UTF-8 with or without BOM, UTF-16, legacy
// Windows-1252/Latin-1), extracts the text, normalises it (NFC, LF line
// endings, no control characters) and splits it into paragraphs and
// sentences. Metadata comes from an optional corpus.csv manifest, from HTML
// meta tags, or from the text itself (the first line when it reads as a
// headline).
//
// Every offset this package reports — sentences, paragraphs, boilerplate — is
// a byte offset into [Document.Text]; later analyses (actor mentions, shared
// passages, search hits) use the same convention, so any view can highlight
// anything. [Document.CharOffset] converts a byte offset into a character
// (Unicode code point) offset for output meant for people and other tools.
//
// Bad input never aborts a load: each file that cannot be read is reported as
// a [Problem] with a reason, and the other files load.
package corpus
