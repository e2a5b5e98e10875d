package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"text/tabwriter"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
)

func init() {
	register(command{name: "discover", summary: "propose actors (names found in the text, variants merged)", run: runDiscover})
}

// discoverFlags are shared by `corpus discover` and `corpus actors -discover`.
type discoverFlags struct {
	max, min int
	yaml     bool
}

func (df *discoverFlags) add(fs *flag.FlagSet) {
	fs.IntVar(&df.max, "max", 50, "the most actors to propose (0: all)")
	fs.IntVar(&df.min, "min", 2, "the fewest mentions an actor needs")
	fs.BoolVar(&df.yaml, "yaml", false, "print a registry to edit and pass to -actors")
}

// discovered is one proposal in JSON output.
type discovered struct {
	Name      string   `json:"name"`
	Kind      string   `json:"kind"`
	Aliases   []string `json:"aliases"`
	Mentions  int      `json:"mentions"`
	Documents int      `json:"documents"`
}

func runDiscover(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("discover", "[-corpus DIR] [-max N] [-min N] [-yaml] [-format table|json]", stderr)
	var cf corpusFlags
	cf.add(fs)
	var df discoverFlags
	df.add(fs)
	format := fs.String("format", "table", "output format: table or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	return df.run(&cf, *format, stdout, stderr)
}

func (df *discoverFlags) run(cf *corpusFlags, format string, stdout, stderr io.Writer) error {
	if err := checkFormat(format, "table", "json"); err != nil {
		return err
	}
	if df.max < 0 || df.min < 0 {
		return usageError("-max and -min must not be negative")
	}
	c, err := cf.load(stderr)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	cands, err := actors.Discover(ctx, c, actors.DiscoverOptions{Max: df.max, MinCount: df.min})
	if err != nil {
		return err
	}
	if df.yaml {
		data, err := actors.RegistryFromCandidates(cands).Marshal()
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "# Actors discovered in %s: edit, then use with -actors FILE.\n", c.Name)
		_, err = stdout.Write(data)
		return err
	}
	if format == "json" {
		out := []discovered{}
		for _, cd := range cands {
			out = append(out, discovered{Name: cd.Actor.Name, Kind: string(cd.Actor.Kind), Aliases: append([]string{}, cd.Actor.Aliases...), Mentions: cd.Count, Documents: cd.Docs})
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tKIND\tMENTIONS\tDOCS\tALIASES")
	for _, cd := range cands {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", cd.Actor.Name, cd.Actor.Kind, cd.Count, cd.Docs, strings.Join(cd.Actor.Aliases, ", "))
	}
	fmt.Fprintf(tw, "\n%d actors proposed from %d documents\n", len(cands), len(c.Docs))
	return tw.Flush()
}
