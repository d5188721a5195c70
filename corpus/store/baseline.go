package store

import (
	"fmt"
	"runtime"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/crosscheck/crosscheck/corpus/article"
)

// PlainBleve indexes the articles that each yields with Bleve alone: the
// same mapping, index type and batch size as Index, but no claims, no
// subject keys and no content hashes. It is the baseline `crosscheck bench`
// measures crosscheck against. It returns the number of documents indexed.
func PlainBleve(dir string, batchSize int, each func(fn func(*article.Article) error) error) (int, error) {
	idxAnalysisOnce.Do(func() { bleve.Config.SetAnalysisQueueSize(max(4, runtime.NumCPU())) })
	bi, err := bleve.NewUsing(dir, idxMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return 0, fmt.Errorf("baseline index %s: %w", dir, err)
	}
	batch := bi.NewBatch()
	n := 0
	flush := func() error {
		if batch.Size() == 0 {
			return nil
		}
		err := bi.Batch(batch)
		batch.Reset()
		return err
	}
	err = each(func(a *article.Article) error {
		doc := map[string]interface{}{idxFID: a.ID, idxFText: a.Text}
		idxPutString(doc, idxFTitle, a.Title)
		idxPutString(doc, idxFSource, a.Source)
		idxPutString(doc, idxFURL, a.URL)
		idxPutString(doc, idxFFormat, a.Format)
		idxPutString(doc, idxFPath, a.Path)
		if a.HasDate() {
			doc[idxFPublished] = a.Published
		}
		if err := batch.Index(a.ID, doc); err != nil {
			return err
		}
		n++
		if batch.Size() >= batchSize {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if cerr := bi.Close(); err == nil {
		err = cerr
	}
	return n, err
}
