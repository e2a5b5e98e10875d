package actors

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// Parse reads a registry from YAML (see the package comment for the shape)
// and validates it. Errors are [*LineError]s naming the line, wrapping one of
// the package's sentinel errors. Aliases repeated within one actor, or equal
// to its name, are dropped.
func Parse(data []byte) (r *Registry, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, &LineError{Err: fmt.Errorf("%w: %v", ErrSyntax, p)}
		}
	}()
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, &LineError{Line: yamlErrorLine(err), Err: fmt.Errorf("%w: %v", ErrSyntax, trimYAMLError(err))}
	}
	r = &Registry{}
	if len(doc.Content) == 0 || len(bytes.TrimSpace(data)) == 0 {
		return r, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, &LineError{Line: root.Line, Err: fmt.Errorf("%w: expected a mapping with the key \"actors\"", ErrShape)}
	}
	var list *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == "actors" {
			list = root.Content[i+1]
		}
	}
	if list == nil || list.Kind == yaml.ScalarNode && list.Tag == "!!null" {
		return r, nil
	}
	if list.Kind != yaml.SequenceNode {
		return nil, &LineError{Line: list.Line, Err: fmt.Errorf("%w: \"actors\" must be a list", ErrShape)}
	}
	lines := make([]int, 0, len(list.Content))
	for _, n := range list.Content {
		a, err := parseActor(n)
		if err != nil {
			return nil, err
		}
		r.Actors = append(r.Actors, a)
		lines = append(lines, n.Line)
	}
	if i, err := r.validate(); err != nil {
		return nil, &LineError{Line: lines[i], Err: err}
	}
	return r, nil
}

// parseActor reads one list entry.
func parseActor(n *yaml.Node) (*Actor, error) {
	if n.Kind != yaml.MappingNode {
		return nil, &LineError{Line: n.Line, Err: fmt.Errorf("%w: each actor must be a mapping with name, kind and aliases", ErrShape)}
	}
	a := &Actor{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch k.Value {
		case "name", "kind", "color", "colour":
			if v.Kind != yaml.ScalarNode {
				return nil, &LineError{Line: v.Line, Err: fmt.Errorf("%w: %q must be a single value", ErrShape, k.Value)}
			}
		}
		switch k.Value {
		case "name":
			a.Name = collapseSpace(v.Value)
		case "kind":
			kind, ok := parseKind(v.Value)
			if !ok {
				return nil, &LineError{Line: v.Line, Err: fmt.Errorf("%w %q (use person, organisation, place or other)", ErrUnknownKind, v.Value)}
			}
			a.Kind = kind
		case "color", "colour":
			if v.Value != "" {
				if _, ok := ParseColor(v.Value); !ok {
					return nil, &LineError{Line: v.Line, Err: fmt.Errorf("%w %q (use #rrggbb)", ErrBadColor, v.Value)}
				}
			}
			a.Color = v.Value
		case "aliases":
			if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
				continue
			}
			if v.Kind != yaml.SequenceNode {
				return nil, &LineError{Line: v.Line, Err: fmt.Errorf("%w: aliases must be a list", ErrShape)}
			}
			for _, al := range v.Content {
				if al.Kind != yaml.ScalarNode {
					return nil, &LineError{Line: al.Line, Err: fmt.Errorf("%w: an alias must be text", ErrShape)}
				}
				s := collapseSpace(al.Value)
				if s == "" {
					return nil, &LineError{Line: al.Line, Err: fmt.Errorf("%w in the aliases of %q", ErrEmptyAlias, a.Name)}
				}
				a.Aliases = append(a.Aliases, s)
			}
		default:
			return nil, &LineError{Line: k.Line, Err: fmt.Errorf("%w: unknown key %q (use name, kind, aliases, color)", ErrShape, k.Value)}
		}
	}
	if a.Kind == "" {
		a.Kind = Other
	}
	if a.Name == "" {
		return nil, &LineError{Line: n.Line, Err: ErrEmptyName}
	}
	a.Aliases = dedupeAliases(a.Name, a.Aliases)
	return a, nil
}

// dedupeAliases drops aliases equal to the name or to an earlier alias.
func dedupeAliases(name string, aliases []string) []string {
	seen := map[string]bool{NormalizeName(name): true}
	out := aliases[:0]
	for _, al := range aliases {
		k := NormalizeName(al)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, al)
	}
	return out
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

func yamlErrorLine(err error) int {
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 0
}

var yamlPrefix = regexp.MustCompile(`^yaml: (line \d+: )?`)

func trimYAMLError(err error) string { return yamlPrefix.ReplaceAllString(err.Error(), "") }

// Load reads a registry from a YAML file; errors name the file.
func Load(path string) (*Registry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	r, err := Parse(data)
	if err != nil {
		var le *LineError
		if errors.As(err, &le) {
			le.File = path
		}
		return nil, err
	}
	return r, nil
}
