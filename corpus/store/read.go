package store

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/corpus/article"
)

// ArticleInfo is an article's metadata without its text.
type ArticleInfo struct {
	ID            string             `json:"id"`
	Title         string             `json:"title,omitempty"`
	Source        string             `json:"source,omitempty"`
	URL           string             `json:"url,omitempty"`
	Format        string             `json:"format,omitempty"`
	Path          string             `json:"path,omitempty"`
	Published     time.Time          `json:"published,omitzero"`
	PublishedFrom article.DateSource `json:"published_from,omitempty"`
	// DateSources: every place that dates the article, the chosen one first.
	DateSources []article.DateSighting `json:"date_sources,omitempty"`
	// Story is the stored Doc.Story, read by EachClaims and SubjectClaims
	// only (a listing leaves it out).
	Story string `json:"-"`
}

// idxPage is how many stored documents one search loads while paging.
const idxPage = 1000

// Get returns the article with id and its claims, or an error matching
// ErrNotFound.
func (ix *Index) Get(id string) (*article.Article, []claim.Claim, error) {
	bix, release := ix.use()
	defer release()
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery([]string{id}), 1, 0, false)
	req.Fields = idxArticleFields
	res, err := bix.Search(req)
	if err != nil {
		return nil, nil, fmt.Errorf("index %s: get %s: %w", ix.path, id, err)
	}
	if len(res.Hits) == 0 {
		return nil, nil, fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	f := res.Hits[0].Fields
	info := idxInfo(res.Hits[0].ID, f)
	a := &article.Article{
		ID: info.ID, Title: info.Title, Source: info.Source, URL: info.URL,
		Format: info.Format, Path: info.Path,
		Published: info.Published, PublishedFrom: info.PublishedFrom, DateSources: info.DateSources,
		PublishedText: idxString(f[idxFPublishedText]),
		Text:          idxString(f[idxFText]),
	}
	if a.Text, err = ix.idxJoinParts(bix, id, a.Text, f[idxFParts]); err != nil {
		return nil, nil, err
	}
	if s := idxString(f[idxFLine]); s != "" {
		if a.Line, err = strconv.Atoi(s); err != nil {
			return nil, nil, idxCorrupt(ix, id, idxFLine, err)
		}
	}
	if a.Paragraphs, err = idxSpans(f[idxFParagraphs]); err != nil {
		return nil, nil, idxCorrupt(ix, id, idxFParagraphs, err)
	}
	if err := idxJSON(f[idxFMeta], &a.Meta); err != nil {
		return nil, nil, idxCorrupt(ix, id, idxFMeta, err)
	}
	if err := idxJSON(f[idxFDateline], &a.DatelineSpan); err != nil {
		return nil, nil, idxCorrupt(ix, id, idxFDateline, err)
	}
	if err := idxJSON(f[idxFDateSources], &a.DateSources); err != nil {
		return nil, nil, idxCorrupt(ix, id, idxFDateSources, err)
	}
	packed, err := idxPacked(f[idxFClaims])
	if err != nil {
		return nil, nil, idxCorrupt(ix, id, idxFClaims, err)
	}
	claims, err := packed.Claims()
	if err != nil {
		return nil, nil, idxCorrupt(ix, id, idxFClaims, err)
	}
	return a, claims, nil
}

// List returns every article's metadata sorted by ID, loading one page of
// stored fields at a time.
func (ix *Index) List() ([]ArticleInfo, error) {
	var out []ArticleInfo
	err := ix.idxEach(query.NewMatchAllQuery(), idxInfoFields, func(id string, f map[string]interface{}) error {
		out = append(out, idxInfo(id, f))
		return nil
	})
	return out, err
}

// ArticleInfos returns the metadata of the articles with the given IDs;
// IDs not in the index are absent from the map.
func (ix *Index) ArticleInfos(ids []string) (map[string]ArticleInfo, error) {
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	out := make(map[string]ArticleInfo, len(ids))
	for chunk := range slices.Chunk(ids, idxPage) {
		err := ix.idxEach(query.NewDocIDQuery(chunk), idxInfoFields, func(id string, f map[string]interface{}) error {
			out[id] = idxInfo(id, f)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// idxEach calls fn for every document matching q, in ID order, with the
// stored fields asked for. On a scorch index (every index crosscheck
// writes) it reads them straight from the segments (stored.go); else it
// pages through Bleve's search with search-after, so memory stays at one
// page.
func (ix *Index) idxEach(q query.Query, fields []string, fn func(id string, f map[string]interface{}) error) error {
	bix, release := ix.use()
	defer release()
	if ok, err := ix.idxEachStored(bix, ix.idxArticlesOnly(q), fields, fn); ok {
		return err
	}
	return ix.idxEachSearch(bix, q, fields, fn)
}

// idxEachSearch is idxEach through Bleve's search, page by page.
func (ix *Index) idxEachSearch(bix bleve.Index, q query.Query, fields []string, fn func(id string, f map[string]interface{}) error) error {
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(ix.idxArticlesOnly(q), idxPage, 0, false)
		req.Fields = fields
		req.SortBy([]string{"_id"})
		req.SearchAfter = after
		res, err := bix.Search(req)
		if err != nil {
			return fmt.Errorf("index %s: %w", ix.path, err)
		}
		for _, h := range res.Hits {
			if err := fn(h.ID, h.Fields); err != nil {
				return err
			}
		}
		if len(res.Hits) < idxPage {
			return nil
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}

func idxInfo(id string, f map[string]interface{}) ArticleInfo {
	info := ArticleInfo{
		ID:            id,
		Title:         idxString(f[idxFTitle]),
		Source:        idxString(f[idxFSource]),
		URL:           idxString(f[idxFURL]),
		Format:        idxString(f[idxFFormat]),
		Path:          idxString(f[idxFPath]),
		PublishedFrom: article.DateSource(idxString(f[idxFPublishedFrom])),
		Story:         idxString(f[idxFStory]),
	}
	if s := idxString(f[idxFPublishedAt]); s != "" {
		if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
			info.Published = t
		}
	}
	// A field that does not decode is left out of a listing, as an
	// unreadable date is; Get reports it.
	_ = idxJSON(f[idxFDateSources], &info.DateSources)
	return info
}

// idxJoinParts is the whole text of the article id whose own document
// holds first and the number of parts stored as parts.
func (ix *Index) idxJoinParts(bix bleve.Index, id, first string, parts interface{}) (string, error) {
	n, err := idxChunkCount(parts)
	if err != nil {
		return "", idxCorrupt(ix, id, idxFParts, err)
	}
	if n == 1 {
		return first, nil
	}
	ids := idxChunkIDs(id, 1, n)
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{idxFText}
	res, err := bix.Search(req)
	if err != nil {
		return "", fmt.Errorf("index %s: get %s: %w", ix.path, id, err)
	}
	text := make(map[string]string, len(res.Hits))
	size := len(first)
	for _, h := range res.Hits {
		text[h.ID] = idxString(h.Fields[idxFText])
		size += len(text[h.ID])
	}
	var b strings.Builder
	b.Grow(size)
	b.WriteString(first)
	for _, cid := range ids {
		t, ok := text[cid]
		if !ok {
			return "", idxCorrupt(ix, id, idxFText, fmt.Errorf("part %s of %d missing", strings.TrimPrefix(cid, id+idxChunkSep), n))
		}
		b.WriteString(t)
	}
	return b.String(), nil
}

// idxString reads a stored single-valued text field.
func idxString(v interface{}) string {
	switch s := v.(type) {
	case string:
		return s
	case []interface{}: // a field stored more than once: first value
		if len(s) > 0 {
			return idxString(s[0])
		}
	}
	return ""
}

// idxJSON decodes a stored JSON field; a missing field leaves dst alone.
func idxJSON(v interface{}, dst any) error {
	s := idxString(v)
	if s == "" {
		return nil
	}
	return json.Unmarshal([]byte(s), dst)
}

func idxCorrupt(ix *Index, id, field string, err error) error {
	return fmt.Errorf("index %s: article %s: stored %s unreadable: %w", ix.path, id, field, err)
}

// Reference is the indexed article's reference date under p
// (RefPolicy.Reference), decided from its stored metadata as it was
// from the article when it was read.
func (i ArticleInfo) Reference(p article.RefPolicy) (time.Time, string) {
	return p.Reference(i.Published, i.PublishedFrom)
}
