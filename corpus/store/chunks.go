package store

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/crosscheck/crosscheck/corpus/article"
)

// Bleve analyses a document whole: every token of its text, with its
// positions for the term vectors, is held at once while its segment is
// built, about 60 bytes per byte of text. An article longer than
// idxChunkBytes is therefore indexed in parts (schema version 2): its own
// document holds every field as for any article, with the first part as
// its text field, and each further part is a document of its own whose ID
// is the article's, idxChunkSep and the part's number, holding only the
// part's text and idxFKind = idxKindChunk. Parts are written in batches
// of at most idxChunkBatchBytes of text, before the article's own
// document. Every read folds them back: listings and scans pass them
// over, Get joins their texts, Search scores an article by its best
// document, Remove and a changed article delete them. Articles up to
// idxChunkBytes are indexed exactly as in schema version 1.
//
// A query whose words fall in different parts (an AND of two words, a
// phrase across a part's end) does not match the article: parts end at a
// line break or a space where the text has one.
const (
	idxChunkBytes      = 1 << 20
	idxChunkBatchBytes = 2 << 20
	idxChunkSep        = "\x00part:"
	idxKindChunk       = "chunk"
)

// idxSplit cuts text into parts of at most idxChunkBytes each (one part
// when it is no longer) at a break where the text has one
// (article.Parts). Joined, the parts are the text.
func idxSplit(text string) []string { return article.Parts(text, idxChunkBytes) }

// idxChunkID is the document ID of part k (k ≥ 1) of the article id.
func idxChunkID(id string, k int) string { return id + idxChunkSep + strconv.Itoa(k) }

// idxChunkIDs are the IDs of parts from..n-1 of the article id.
func idxChunkIDs(id string, from, n int) []string {
	var out []string
	for k := max(from, 1); k < n; k++ {
		out = append(out, idxChunkID(id, k))
	}
	return out
}

// idxParent is the article a document ID belongs to, and whether the
// document is a part.
func idxParent(docID string) (string, bool) {
	if i := strings.Index(docID, idxChunkSep); i >= 0 {
		return docID[:i], true
	}
	return docID, false
}

// idxChunkDoc is the document of one part.
func idxChunkDoc(text string) map[string]interface{} {
	return map[string]interface{}{idxFText: text, idxFKind: idxKindChunk}
}

// idxChunkCount reads an article's stored number of parts (1 when it has
// none).
func idxChunkCount(v interface{}) (int, error) {
	s := idxString(v)
	if s == "" {
		return 1, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("bad part count %q", s)
	}
	return n, nil
}

// idxChunkQuery matches every part document.
func idxChunkQuery() query.Query {
	q := query.NewTermQuery(idxKindChunk)
	q.SetField(idxFKind)
	return q
}

// idxArticlesOnly restricts q to articles' own documents on an index that
// may hold parts.
func (ix *Index) idxArticlesOnly(q query.Query) query.Query {
	if !ix.chunked {
		return q
	}
	b := query.NewBooleanQuery([]query.Query{q}, nil, []query.Query{idxChunkQuery()})
	return b
}

// idxChunkDocs is how many part documents the index holds.
func (ix *Index) idxChunkDocs(bix bleve.Index) (uint64, error) {
	if !ix.chunked {
		return 0, nil
	}
	res, err := bix.Search(bleve.NewSearchRequestOptions(idxChunkQuery(), 0, 0, false))
	if err != nil {
		return 0, fmt.Errorf("index %s: %w", ix.path, err)
	}
	return res.Total, nil
}

// idxWriteChunks writes parts 1.. of an article in batches of at most
// idxChunkBatchBytes, and deletes parts from+1..old-1 that an earlier
// version had beyond the new count.
func (ix *Index) idxWriteChunks(bix bleve.Index, id string, parts []string, old int) error {
	batch := bix.NewBatch()
	bytes := 0
	flush := func() error {
		if batch.Size() == 0 {
			return nil
		}
		err := bix.Batch(batch)
		batch.Reset()
		bytes = 0
		if err != nil {
			return fmt.Errorf("index %s: article %s: %w", ix.path, id, err)
		}
		return nil
	}
	for k := 1; k < len(parts); k++ {
		if bytes > 0 && bytes+len(parts[k]) > idxChunkBatchBytes {
			if err := flush(); err != nil {
				return err
			}
		}
		if err := batch.Index(idxChunkID(id, k), idxChunkDoc(parts[k])); err != nil {
			return fmt.Errorf("article %s: %w", id, err)
		}
		bytes += len(parts[k])
	}
	for _, cid := range idxChunkIDs(id, len(parts), old) {
		batch.Delete(cid)
	}
	return flush()
}
