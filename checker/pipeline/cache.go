package pipeline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/crosscheck/crosscheck/corpus"
	"github.com/crosscheck/crosscheck/rules"
)

// cacheVersion changes whenever checkCache or what it means changes.
const cacheVersion = 1

// checkCache is a check's result saved with the index: the discrepancies
// of every subject that has any, so that the next check re-runs the rules
// only on subjects whose claims changed since.
type checkCache struct {
	Version     int    `json:"version"`
	Fingerprint string `json:"fingerprint"`
	Claims      int    `json:"claims"` // claims in the index
	// SubjectCount is the number of subjects at the last full check.
	SubjectCount int `json:"subject_count"`
	// Subjects with discrepancies, sorted by key.
	Subjects []subjectResult `json:"subjects"`
	// Meta describes the articles the discrepancies cite.
	Meta map[string]rules.ArticleMeta `json:"meta"`
}

// subjectResult is what the rules found about one subject.
type subjectResult struct {
	Key           string              `json:"key"`
	Discrepancies []rules.Discrepancy `json:"discrepancies"`
}

// loadCache returns the saved check with what changed in the index
// since, or nil when there is none fit for these options.
func loadCache(ix *corpus.Index, fp string) (*checkCache, *corpus.CheckState, error) {
	if fp == "" {
		return nil, nil, nil
	}
	st, err := ix.LoadCheckState()
	if errors.Is(err, corpus.ErrNoCheckState) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	body, ok := bytes.CutPrefix(st.Data, []byte(fp+"\n"))
	if !ok {
		return nil, nil, nil // another program or configuration: start over
	}
	var c checkCache
	if err := json.Unmarshal(body, &c); err != nil || c.Version != cacheVersion || c.Fingerprint != fp {
		return nil, nil, nil
	}
	return &c, st, nil
}

// cacheFits tells, without decoding it, whether the saved check was made
// under fingerprint fp: then a check need not keep the claims it reads.
func cacheFits(ix *corpus.Index, fp string) bool {
	if fp == "" {
		return false
	}
	st, err := ix.LoadCheckState()
	return err == nil && bytes.HasPrefix(st.Data, []byte(fp+"\n"))
}

// saveCache stores c as the check of the index up to the journal mark.
// A read-only index keeps its old state: the check was still right.
func saveCache(ix *corpus.Index, c *checkCache, mark uint64) error {
	if c.Fingerprint == "" {
		return nil
	}
	// The fingerprint leads, so that cacheFits need not decode the rest.
	body, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("saving the check: %w", err)
	}
	data := append([]byte(c.Fingerprint+"\n"), body...)
	err = ix.SaveCheckState(data, mark)
	if errors.Is(err, corpus.ErrReadOnly) {
		return nil
	}
	return err
}
