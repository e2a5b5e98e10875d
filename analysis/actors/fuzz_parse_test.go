package actors

import (
	"errors"
	"testing"
)

// FuzzParse: any input parses or fails with a *LineError; what parses is
// valid and survives a Marshal/Parse round trip unchanged.
func FuzzParse(f *testing.F) {
	f.Add([]byte(ruleYAML))
	f.Add([]byte("actors:\n  - name: A\n    aliases: [B, \"\"]\n"))
	f.Add([]byte("actors:\n  - name: A\n  - name: a\n"))
	f.Add([]byte("actors: [\n"))
	f.Add([]byte("actors:\n  - name: &x A\n    aliases: [*x]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Parse(data)
		if err != nil {
			var le *LineError
			if !errors.As(err, &le) {
				t.Fatalf("error %v is not a *LineError", err)
			}
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("Parse accepted an invalid registry: %v", err)
		}
		out, err := r.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		back, err := Parse(out)
		if err != nil {
			t.Fatalf("round trip: %v\n%s", err, out)
		}
		if names(back) != names(r) {
			t.Fatalf("round trip changed %s into %s", names(r), names(back))
		}
		NewMatcher(r).FindAll("A a B b", 0, 7)
	})
}
