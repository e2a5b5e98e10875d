package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/seeds"
)

var errHelp = errors.New("help requested")

// newFlags returns a flag set that prints its usage to stderr and whose
// Parse errors become usage errors.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("corpus "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: corpus %s %s\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, turning -h into errHelp and bad flags into a usage
// error (the flag package has already printed the message and usage).
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelp
		}
		return &exitError{code: 1, err: err}
	}
	return nil
}

// corpusFlags are the flags every corpus-reading command shares.
type corpusFlags struct {
	dir     string
	maxSize int64
}

func (cf *corpusFlags) add(fs *flag.FlagSet) {
	fs.StringVar(&cf.dir, "corpus", "", "corpus folder or file (default: the embedded seeds)")
	fs.Int64Var(&cf.maxSize, "max-file-size", corpus.DefaultMaxFileSize, "skip files larger than this many bytes")
}

// load loads the corpus the flags name, printing each problem to stderr. It
// returns an exit code 2 error when nothing loaded.
func (cf *corpusFlags) load(stderr io.Writer) (*corpus.Corpus, error) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	src := corpus.FromFS(seeds.Articles(), seeds.Name)
	if cf.dir != "" {
		src = corpus.FromPaths(cf.dir)
	}
	c, err := corpus.Load(ctx, src, corpus.Options{MaxFileSize: cf.maxSize}, nil)
	if c != nil {
		for _, p := range c.Problems {
			fmt.Fprintln(stderr, p.String())
		}
	}
	if err != nil {
		return nil, &exitError{code: 2, err: err}
	}
	return c, nil
}
