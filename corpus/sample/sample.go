// Package sample embeds crosscheck's built-in sample corpus: a handful of
// short invented news articles about one invented story, in every input
// format crosscheck reads, with contradictions and traps planted on purpose
// (see EXPECTED.md). `crosscheck check` with no arguments checks it, so a
// newcomer sees real output before pointing the tool at their own files.
package sample

import (
	"embed"
	"io/fs"
)

// Root is the directory inside FS that holds the articles.
const Root = "articles"

//go:embed articles
var files embed.FS

// FS returns the sample corpus; the articles are under the root "articles".
func FS() fs.FS { return files }
