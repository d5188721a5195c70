package store

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"slices"
	"strconv"
	"time"
)

// Prepared is a document turned into what the index stores. Preparing
// (hashing, packing the claims) is the costly part of Put and may run on
// many goroutines at once.
type Prepared struct {
	p      idxPending
	claims PackedClaims
}

// Claims are the document's claims as the index stores them.
func (p *Prepared) Claims() PackedClaims { return p.claims }

// idxPending is a prepared document waiting for its batch.
type idxPending struct {
	id       string
	hash     string
	doc      map[string]interface{}
	subjects []string // distinct subject keys of its claims
	claims   int      // number of claims
	size     int      // bytes of text and stored fields, for the batch cap
	parts    []string // a long article's text in parts (chunks.go); nil for one
}

// Prepare turns d into what Put would queue. It is safe for concurrent use
// and writes nothing (so a read-only index can tell unchanged documents).
func (ix *Index) Prepare(d Doc) (*Prepared, error) {
	if d.Article == nil || d.Article.ID == "" {
		return nil, ErrBadDoc
	}
	packed, err := PackClaims(d.Claims)
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", d.Article.ID, err)
	}
	doc, hash, err := idxDocument(d, packed)
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", d.Article.ID, err)
	}
	size := len(d.Article.Text) + len(packed.String()) + len(idxString(doc[idxFParagraphs])) + len(d.Story)
	subjects, _ := doc[idxFSubjects].([]string)
	var parts []string
	if ix.chunked && len(d.Article.Text) > idxChunkBytes {
		parts = idxSplit(d.Article.Text)
		doc[idxFText] = parts[0]
		doc[idxFParts] = strconv.Itoa(len(parts))
	}
	return &Prepared{p: idxPending{id: d.Article.ID, hash: hash, doc: doc, subjects: subjects,
		claims: len(d.Claims), size: size, parts: parts}, claims: packed}, nil
}

// idxDocument turns d into the field map Bleve indexes, and the content
// hash that tells an unchanged re-index from a changed one.
func idxDocument(d Doc, claims PackedClaims) (map[string]interface{}, string, error) {
	a := d.Article
	h := sha256.New()
	// Every field of the article, then the claims: any change shows. The
	// text goes in as it is: escaping it for JSON cost more than hashing.
	rest := *a
	rest.Text = ""
	if err := json.NewEncoder(h).Encode(&rest); err != nil {
		return nil, "", err
	}
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(a.Text)))
	h.Write(n[:])
	idxHashString(h, a.Text)
	idxHashString(h, claims.String())
	if d.Story != "" {
		// older indexes hashed no story: an article without one keeps its hash
		h.Write([]byte{0})
		idxHashString(h, d.Story)
	}
	hash := hex.EncodeToString(h.Sum(nil))

	doc := map[string]interface{}{
		idxFID:         a.ID,
		idxFText:       a.Text,
		idxFHash:       hash,
		idxFClaims:     claims.String(),
		idxFParagraphs: idxPackSpans(a.Paragraphs),
	}
	idxPutString(doc, idxFTitle, a.Title)
	idxPutString(doc, idxFSource, a.Source)
	idxPutString(doc, idxFURL, a.URL)
	idxPutString(doc, idxFFormat, a.Format)
	idxPutString(doc, idxFPath, a.Path)
	idxPutString(doc, idxFStory, d.Story)
	idxPutString(doc, idxFPublishedFrom, string(a.PublishedFrom))
	idxPutString(doc, idxFPublishedText, a.PublishedText)
	if a.HasDate() {
		doc[idxFPublished] = a.Published
		doc[idxFPublishedAt] = a.Published.Format(time.RFC3339Nano)
	}
	if a.Line != 0 {
		doc[idxFLine] = strconv.Itoa(a.Line)
	}
	if len(a.Meta) > 0 {
		meta, err := json.Marshal(a.Meta) // map keys come out sorted
		if err != nil {
			return nil, "", err
		}
		doc[idxFMeta] = string(meta)
	}
	if a.DatelineSpan != nil {
		span, err := json.Marshal(a.DatelineSpan)
		if err != nil {
			return nil, "", err
		}
		doc[idxFDateline] = string(span)
	}
	if len(a.DateSources) > 0 {
		sources, err := json.Marshal(a.DateSources)
		if err != nil {
			return nil, "", err
		}
		doc[idxFDateSources] = string(sources)
	}
	if subjects := idxSubjectKeys(d); len(subjects) > 0 {
		doc[idxFSubjects] = subjects
	}
	return doc, hash, nil
}

// idxPutString leaves empty strings out, so they are not indexed as terms.
func idxPutString(doc map[string]interface{}, field, v string) {
	if v != "" {
		doc[field] = v
	}
}

// idxSubjectKeys is the sorted, distinct subject keys of d's claims.
func idxSubjectKeys(d Doc) []string {
	keys := make([]string, 0, len(d.Claims))
	for _, c := range d.Claims {
		if c.SubjectKey != "" {
			keys = append(keys, c.SubjectKey.String())
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// idxHashString writes s to h through a buffer on the stack: converting
// s to a byte slice would copy it to the heap.
func idxHashString(h hash.Hash, s string) {
	var buf [2048]byte
	for len(s) > 0 {
		n := copy(buf[:], s)
		h.Write(buf[:n])
		s = s[n:]
	}
}
