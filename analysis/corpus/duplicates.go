package corpus

import "sort"

// MarkDuplicates sets DuplicateOf on every document whose raw bytes are
// identical to an earlier document's (earlier in docs order).
func MarkDuplicates(docs []*Document) {
	first := map[string]string{}
	for _, d := range docs {
		if id, ok := first[d.Hash]; ok {
			d.DuplicateOf = id
			continue
		}
		first[d.Hash] = d.ID
	}
}

func sortByLine(es []*ManifestEntry) {
	sort.Slice(es, func(i, j int) bool { return es[i].Line < es[j].Line })
}
