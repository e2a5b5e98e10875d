// Package seeds embeds Corpus Explorer's default corpus: five news articles
// from late 2025 about the US–Venezuela crisis, kept byte for byte as they
// were collected, and the default actor registry for that story.
package seeds

import (
	"embed"
	"io/fs"
)

//go:embed *.txt
var articles embed.FS

//go:embed actors.yaml
var actorsYAML []byte

// Name is the display name of the embedded corpus.
const Name = "Seeds (US–Venezuela, late 2025)"

// Articles returns the embedded articles as a read-only file system whose
// root holds the article files.
func Articles() fs.FS { return articles }

// ActorsYAML returns the default actor registry for the seeds' story, as
// YAML (see analysis/actors for the format). The slice is a copy.
func ActorsYAML() []byte { return append([]byte(nil), actorsYAML...) }
