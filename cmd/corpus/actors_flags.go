package main

import (
	"flag"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/seeds"
)

// registryFlags are the flags of the commands that count actors.
type registryFlags struct {
	file        string
	boilerplate bool
}

func (rf *registryFlags) add(fs *flag.FlagSet) {
	fs.StringVar(&rf.file, "actors", "", "actor registry YAML (default: the seeds' registry)")
	fs.BoolVar(&rf.boilerplate, "include-boilerplate", false, "count mentions in text marked as boilerplate too")
}

// load reads the registry; a bad file is an exit code 1 error naming the
// file and line.
func (rf *registryFlags) load() (*actors.Registry, error) {
	if rf.file == "" {
		r, err := actors.Parse(seeds.ActorsYAML())
		if err != nil {
			return nil, fmt.Errorf("the embedded registry: %w", err)
		}
		return r, nil
	}
	r, err := actors.Load(rf.file)
	if err != nil {
		return nil, &exitError{code: 1, err: err}
	}
	return r, nil
}

func (rf *registryFlags) options() actors.Options {
	return actors.Options{IncludeBoilerplate: rf.boilerplate}
}

// splitArgs moves positional arguments after the flags, so that
// `corpus kwic Maduro -width 20` works like `corpus kwic -width 20 Maduro`.
// Flags taking a value are named in valued.
func splitArgs(args []string, valued ...string) (flags, positional []string) {
	takes := map[string]bool{}
	for _, v := range valued {
		takes[v] = true
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			positional = append(positional, args[i+1:]...)
			break
		}
		if strings.HasPrefix(a, "-") && len(a) > 1 {
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && takes[name] && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
			continue
		}
		positional = append(positional, a)
	}
	return flags, positional
}

// padLeft right-aligns s in width characters.
func padLeft(s string, width int) string {
	if n := utf8.RuneCountInString(s); n < width {
		return strings.Repeat(" ", width-n) + s
	}
	return s
}

// padRight left-aligns s in width characters.
func padRight(s string, width int) string {
	if n := utf8.RuneCountInString(s); n < width {
		return s + strings.Repeat(" ", width-n)
	}
	return s
}
