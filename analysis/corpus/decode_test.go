package corpus

import (
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"
)

func utf16Bytes(s string, order binary.AppendByteOrder, bom bool) []byte {
	units := utf16.Encode([]rune(s))
	var out []byte
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	for _, u := range units {
		out = order.AppendUint16(out, u)
	}
	return out
}

var leOrder binary.AppendByteOrder = binary.LittleEndian

func TestDecodeText(t *testing.T) {
	const sample = "Maduro’s “exile” talks cost £10 — café"
	tests := []struct {
		name     string
		data     []byte
		want     string
		encoding string
		err      error
	}{
		{"utf-8", []byte(sample), sample, "utf-8", nil},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, sample...), sample, "utf-8-bom", nil},
		{"utf-16le bom", utf16Bytes(sample, binary.LittleEndian, true), sample, "utf-16le", nil},
		{"utf-16be bom", utf16Bytes(sample, binary.BigEndian, true), sample, "utf-16be", nil},
		{"utf-16le no bom", utf16Bytes("Plain ASCII text in UTF-16", binary.LittleEndian, false), "Plain ASCII text in UTF-16", "utf-16le", nil},
		{"utf-16be no bom", utf16Bytes("Plain ASCII text in UTF-16", binary.BigEndian, false), "Plain ASCII text in UTF-16", "utf-16be", nil},
		{"latin-1", []byte("Price \xa310, caf\xe9, na\xefve"), "Price £10, café, naïve", "windows-1252", nil},
		{"windows-1252", []byte("\x93Quoted\x94 \x80 5 \x96 it\x92s"), "“Quoted” € 5 – it’s", "windows-1252", nil},
		{"mixed utf-8 and latin-1", []byte("caf\xc3\xa9 and \xa310"), "café and £10", "utf-8+windows-1252", nil},
		{"empty", nil, "", "", ErrEmpty},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", "", ErrBinary},
		{"elf", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00"), "", "", ErrBinary},
		{"nul bytes", []byte("abc\x00\x01\x02\x03def\x00\x00\x00\x05\x06\x07\x00"), "", "", ErrBinary},
		{"MZ prose is text", []byte("MZ is how my notes start."), "MZ is how my notes start.", "utf-8", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := DecodeText(tt.data)
			if tt.err != nil {
				if !errorsIs(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want || enc != tt.encoding {
				t.Errorf("got %q %q %v, want %q %q", got, enc, err, tt.want, tt.encoding)
			}
		})
	}
}

func TestBinaryErrorNamesKind(t *testing.T) {
	_, _, err := DecodeText([]byte("\x7fELF\x02\x01\x01\x00\x00\x00"))
	if err == nil || !strings.Contains(err.Error(), "ELF executable") {
		t.Errorf("err = %v", err)
	}
}
