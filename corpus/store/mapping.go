package store

import (
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/token/truncate"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"
)

// Field names in the index.
const (
	idxFID            = "id"
	idxFTitle         = "title"
	idxFText          = "text"
	idxFSource        = "source"
	idxFFormat        = "format"
	idxFPath          = "path"
	idxFURL           = "url"
	idxFPublished     = "published"      // datetime, for range queries and sorting
	idxFPublishedAt   = "published_at"   // RFC 3339 with the original zone, for exact round trips
	idxFPublishedFrom = "published_from" //
	idxFPublishedText = "published_text"
	idxFHash          = "hash"
	idxFSubjects      = "subjects"
	idxFClaims        = "claims"       // PackedClaims (JSON []claim.Claim in older indexes)
	idxFParagraphs    = "paragraphs"   // packed []article.Span (JSON in older indexes)
	idxFMeta          = "meta"         // JSON map[string]string
	idxFDateline      = "dateline"     // JSON *article.Span
	idxFLine          = "line"         // decimal record number
	idxFDateSources   = "date_sources" // JSON []article.DateSighting
	idxFStory         = "story"        // Doc.Story (absent in older indexes)
	idxFParts         = "parts"        // decimal number of parts of a long article (schema 2, see chunks.go)
	idxFKind          = "kind"         // idxKindChunk on a part's document (schema 2)
)

// idxInfoFields are the stored fields an ArticleInfo is built from: no
// text, so listing never loads article bodies.
var idxInfoFields = []string{idxFID, idxFTitle, idxFSource, idxFURL, idxFFormat, idxFPath,
	idxFPublishedAt, idxFPublishedFrom, idxFDateSources}

// idxArticleFields are the stored fields a whole Article is built from.
var idxArticleFields = append(append([]string(nil), idxInfoFields...),
	idxFText, idxFPublishedText, idxFClaims, idxFParagraphs, idxFMeta, idxFDateline, idxFLine, idxFParts)

// The prose analyzer (older indexes keep Bleve's "en", stored with them).
const (
	idxProse    = "crosscheck_en"
	idxTruncate = "crosscheck_truncate"
	idxMaxTerm  = 64
)

// idxMapping is the explicit mapping of new indexes (schema version 2).
func idxMapping() *mapping.IndexMappingImpl { return idxMappingOf(idxSchemaVersion) }

// idxMappingOf is the explicit mapping of an index of the given schema
// version: nothing dynamic, no _all field, BM25. Version 2 adds the fields
// of long articles' parts.
func idxMappingOf(version string) *mapping.IndexMappingImpl {
	prose := func() *mapping.FieldMapping {
		return &mapping.FieldMapping{Type: "text", Analyzer: idxProse,
			Store: true, Index: true, IncludeTermVectors: true}
	}
	kw := func(store, docValues bool) *mapping.FieldMapping {
		return &mapping.FieldMapping{Type: "text", Analyzer: keyword.Name,
			Store: store, Index: true, DocValues: docValues}
	}
	storedOnly := func() *mapping.FieldMapping {
		return &mapping.FieldMapping{Type: "text", Analyzer: keyword.Name, Store: true}
	}
	date := &mapping.FieldMapping{Type: "datetime", Store: true, Index: true, DocValues: true}

	dm := mapping.NewDocumentStaticMapping()
	add := func(name string, fm *mapping.FieldMapping) {
		fm.Name = name
		fm.IncludeInAll = false
		dm.AddFieldMappingsAt(name, fm)
	}
	add(idxFTitle, prose())
	add(idxFText, prose())
	add(idxFID, kw(true, true))
	add(idxFSource, kw(true, true))
	add(idxFFormat, kw(true, true))
	add(idxFPath, kw(true, true))
	add(idxFURL, kw(true, false))
	add(idxFPublished, date)
	add(idxFPublishedFrom, kw(true, false))
	add(idxFPublishedText, kw(true, false))
	// Subjects are looked up by term, never sorted on: no doc values.
	add(idxFSubjects, kw(false, false))
	// The hash is read back, never searched: stored only.
	for _, f := range []string{idxFHash, idxFPublishedAt, idxFClaims, idxFParagraphs, idxFMeta, idxFDateline, idxFLine, idxFDateSources, idxFStory} {
		add(f, storedOnly())
	}
	if version != idxSchemaV1 {
		add(idxFParts, storedOnly())
		add(idxFKind, kw(false, false))
	}
	dm.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())

	im := mapping.NewIndexMapping()
	// Bleve's English analyzer with words cut to idxMaxTerm runes first:
	// text without spaces is one "word", and the term dictionary's
	// builder needs memory a hundred times a term's length.
	if err := im.AddCustomTokenFilter(idxTruncate, map[string]interface{}{"type": truncate.Name, "length": float64(idxMaxTerm)}); err != nil {
		panic(err)
	}
	if err := im.AddCustomAnalyzer(idxProse, map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []interface{}{idxTruncate, en.PossessiveName, lowercase.Name, en.StopName, porter.Name},
	}); err != nil {
		panic(err)
	}
	im.DefaultMapping = dm
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false
	im.DefaultAnalyzer = idxProse
	im.DefaultField = idxFText
	im.ScoringModel = index.BM25Scoring
	return im
}
