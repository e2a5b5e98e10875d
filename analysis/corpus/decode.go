package corpus

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"
)

// DecodeText turns raw bytes into a UTF-8 string and names the encoding it
// found. It recognises a UTF-8 or UTF-16 byte order mark, UTF-16 without a
// BOM (from the pattern of zero bytes), and otherwise reads the bytes as
// UTF-8, decoding any byte that is not valid UTF-8 as Windows-1252 (a
// superset of Latin-1's printable characters). A pure Latin-1 file thus
// comes out intact ("£" stays "£"), and so does a UTF-8 file with a few
// stray legacy bytes, without turning its valid characters into mojibake.
//
// It returns an error wrapping [ErrBinary] for content that is not text (an
// image, an executable, random bytes) and [ErrEmpty] for no bytes at all.
func DecodeText(data []byte) (text, encoding string, err error) {
	return decodeText(data, false)
}

// decodeText is DecodeText; when owned, data is a buffer nobody will change
// again, and valid UTF-8 (nearly every file) becomes the text without a
// copy.
func decodeText(data []byte, owned bool) (text, encoding string, err error) {
	if len(data) == 0 {
		return "", "", ErrEmpty
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		text, enc := decodeUTF8(data[3:], owned)
		if enc == "utf-8" {
			enc = "utf-8-bom"
		}
		return text, enc, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data[2:], binary.LittleEndian), "utf-16le", nil
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data[2:], binary.BigEndian), "utf-16be", nil
	}
	if kind := sniffBinary(data); kind != "" {
		return "", "", fmt.Errorf("%w (%s)", ErrBinary, kind)
	}
	if order, ok := looksUTF16(data); ok {
		if order == binary.LittleEndian {
			return decodeUTF16(data, order), "utf-16le", nil
		}
		return decodeUTF16(data, order), "utf-16be", nil
	}
	if bytes.IndexByte(data, 0) >= 0 || controlRatio(data) > 0.05 {
		return "", "", fmt.Errorf("%w (control bytes)", ErrBinary)
	}
	text, enc := decodeUTF8(data, owned)
	return text, enc, nil
}

// decodeUTF8 decodes valid UTF-8 as is and every invalid byte as
// Windows-1252.
func decodeUTF8(data []byte, owned bool) (string, string) {
	if utf8.Valid(data) {
		if owned && len(data) > 0 {
			return unsafe.String(&data[0], len(data)), "utf-8"
		}
		return string(data), "utf-8"
	}
	dec := charmap.Windows1252
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	multibyte := false
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			b.WriteRune(dec.DecodeByte(data[i]))
			i++
			continue
		}
		if size > 1 {
			multibyte = true
		}
		b.WriteRune(r)
		i += size
	}
	if multibyte {
		return b.String(), "utf-8+windows-1252"
	}
	return b.String(), "windows-1252"
}

func decodeUTF16(data []byte, order binary.ByteOrder) string {
	n := len(data) / 2
	units := make([]uint16, n)
	for i := 0; i < n; i++ {
		units[i] = order.Uint16(data[2*i:])
	}
	return string(utf16.Decode(units))
}

// looksUTF16 detects BOM-less UTF-16 from its zero bytes: text in the Latin
// range has a zero in every other byte.
func looksUTF16(data []byte) (binary.ByteOrder, bool) {
	n := len(data)
	if n > 4096 {
		n = 4096
	}
	n &^= 1
	if n < 4 {
		return nil, false
	}
	var evenZero, oddZero int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			evenZero++
		}
		if data[i+1] == 0 {
			oddZero++
		}
	}
	pairs := n / 2
	switch {
	case oddZero*10 >= pairs*7 && evenZero*10 < pairs:
		return binary.LittleEndian, true
	case evenZero*10 >= pairs*7 && oddZero*10 < pairs:
		return binary.BigEndian, true
	}
	return nil, false
}

// controlRatio is the share of C0 control bytes other than tab, newline,
// carriage return and form feed in the first 8 KiB.
func controlRatio(data []byte) float64 {
	n := len(data)
	if n > 8192 {
		n = 8192
	}
	bad := 0
	for _, c := range data[:n] {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			bad++
		}
	}
	return float64(bad) / float64(n)
}

// magic numbers of common binary formats that end up with a text extension.
var magics = []struct {
	prefix string
	kind   string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xFF\xD8\xFF", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"\x7FELF", "ELF executable"},
	{"MZ", "Windows executable"},
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "ZIP archive"},
	{"\x1F\x8B", "gzip archive"},
	{"BZh", "bzip2 archive"},
	{"\xFD7zXZ\x00", "xz archive"},
	{"7z\xBC\xAF\x27\x1C", "7-Zip archive"},
	{"RIFF", "RIFF media"},
	{"\x00\x00\x01\x00", "icon"},
	{"\xCA\xFE\xBA\xBE", "Mach-O/Java class"},
	{"\xCF\xFA\xED\xFE", "Mach-O executable"},
	{"II*\x00", "TIFF image"},
	{"MM\x00*", "TIFF image"},
	{"SQLite format 3\x00", "SQLite database"},
}

// sniffBinary names the binary format data starts with, or returns "".
// "MZ" alone is too common a text prefix, so it needs a PE-like length.
func sniffBinary(data []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			if m.prefix == "MZ" && (len(data) < 64 || bytes.IndexByte(data[:64], 0) < 0) {
				continue
			}
			if m.prefix == "RIFF" && len(data) < 12 {
				continue
			}
			return m.kind
		}
	}
	return ""
}
