// Package gen generates synthetic news corpora for benchmarks and tests:
// clusters of articles about invented events (summits, floods, strikes…)
// in invented places, quoting invented people, some of them with a
// planted contradiction. The same Options always give the same bytes.
package gen

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/crosscheck/crosscheck/corpus/article"
)

// Options control a generated corpus.
type Options struct {
	Articles int    // number of articles
	Seed     uint64 // same seed, same corpus
	// ArticlesPerEvent is how many articles report each event (default 8).
	ArticlesPerEvent int
	// Contradictions is the share of articles, other than the first of
	// each event, given a planted contradiction (default 0.2 when zero;
	// negative for none).
	Contradictions float64
	// Formats to draw from (default all: txt, md, html, json, jsonl).
	Formats []string
}

// Generated is one article as written to disk. Name is the file's path
// relative to the output directory; for json and jsonl it is the bundle
// file holding the article, and Data is the article's record.
type Generated struct {
	ID, Name string
	Format   string
	Data     []byte
}

// ErrFormat reports a format the generator does not write.
var ErrFormat = errors.New("unknown format")

const (
	defaultPerEvent = 8
	defaultContra   = 0.2
	bundleSize      = 50   // records per json/jsonl file
	shardSize       = 1000 // files per subdirectory
	outletCount     = 24
)

// options are Options checked and with defaults applied.
type options struct {
	n, per  int
	seed    uint64
	contra  float64
	formats []string
	outlets []string
}

func (o Options) normalize() (*options, error) {
	n := &options{n: max(o.Articles, 0), per: o.ArticlesPerEvent, seed: o.Seed, contra: o.Contradictions}
	if n.per <= 0 {
		n.per = defaultPerEvent
	}
	switch {
	case n.contra == 0:
		n.contra = defaultContra
	case n.contra < 0:
		n.contra = 0
	case n.contra > 1:
		n.contra = 1
	}
	seen := map[string]bool{}
	for _, f := range o.Formats {
		f = strings.ToLower(strings.TrimSpace(f))
		switch f {
		case FormatTXT, FormatMD, FormatHTML, FormatJSON, FormatJSONL:
		default:
			return nil, fmt.Errorf("%w %q (want txt, md, html, json or jsonl)", ErrFormat, f)
		}
		if !seen[f] {
			seen[f] = true
			n.formats = append(n.formats, f)
		}
	}
	if len(n.formats) == 0 {
		n.formats = AllFormats
	}
	r := newRand(n.seed, streamOutlets, 0)
	for range outletCount {
		n.outlets = append(n.outlets, newOutlet(r))
	}
	return n, nil
}

// Validate reports options Articles would ignore.
func (o Options) Validate() error {
	_, err := o.normalize()
	return err
}

// Random streams: every event and article has its own, so any one can be
// made without the others.
const (
	streamEvent uint64 = iota + 1
	streamArticle
	streamOutlets
)

func newRand(seed, stream, n uint64) *rand.Rand {
	return rand.New(rand.NewPCG(splitmix(seed^splitmix(stream)), splitmix(n^stream<<56)))
}

// splitmix64 scrambles nearby integers into unrelated seeds.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// Articles returns the articles in memory, as the readers would return
// them from the files WriteDir writes (Path is relative to that
// directory). Invalid options give nil; see Validate.
func Articles(opt Options) []*article.Article {
	o, err := opt.normalize()
	if err != nil {
		return nil
	}
	out := make([]*article.Article, 0, o.n)
	_ = each(o, false, func(it item) error {
		out = append(out, it.article)
		return nil
	})
	return out
}

// Stream generates the articles one at a time, holding none of them.
func Stream(opt Options, fn func(*article.Article) error) error {
	o, err := opt.normalize()
	if err != nil {
		return err
	}
	return each(o, false, func(it item) error { return fn(it.article) })
}

// Files generates the articles as files one at a time (see Generated).
func Files(opt Options, fn func(Generated) error) error {
	o, err := opt.normalize()
	if err != nil {
		return err
	}
	return each(o, true, func(it item) error { return fn(it.file) })
}

// articleID is the ID of article i, also its file name stem.
func articleID(i int) string { return fmt.Sprintf("a%07d", i) }
