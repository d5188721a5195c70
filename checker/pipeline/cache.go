package pipeline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules"
)

// cacheVersion changes whenever checkCache or what it means changes
// (3: the articles' metadata has their paths; 4: the link into stories
// follows the subjects).
const cacheVersion = 4

// checkCache is a check's result saved with the index: the discrepancies
// of every subject that has any, so that the next check re-runs the rules
// only on subjects whose claims changed since.
//
// Saved as lines: the fingerprint (so that cacheFits reads no further),
// a cacheHead, then one subjectResult a line, streamed both ways.
type checkCache struct {
	cacheHead
	// Subjects with discrepancies, sorted by key.
	Subjects []subjectResult
	// link is the check's link into stories, a line after the subjects
	// when cacheHead.Link; nil without stories.
	link *linkState
}

type cacheHead struct {
	Version     int    `json:"version"`
	Fingerprint string `json:"fingerprint"`
	Claims      int    `json:"claims"` // claims in the index
	// SubjectCount is the number of subjects at the last full check.
	SubjectCount int `json:"subject_count"`
	// SubjectResults is the number of subjectResult lines that follow.
	SubjectResults int `json:"subject_results"`
	// Meta describes the articles the discrepancies cite.
	Meta map[string]rules.ArticleMeta `json:"meta"`
	// Link: a linkState line follows the subject results.
	Link bool `json:"link,omitempty"`
}

// subjectResult is what the rules found about one subject.
type subjectResult struct {
	Key           string              `json:"key"`
	Discrepancies []rules.Discrepancy `json:"discrepancies"`
}

// loadCache returns the saved check with what changed in the index
// since, or nil when there is none fit for these options.
func loadCache(ix *store.Index, fp string) (*checkCache, *store.CheckState, error) {
	if fp == "" {
		return nil, nil, nil
	}
	st, err := ix.LoadCheckState()
	if errors.Is(err, store.ErrNoCheckState) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	body, ok := bytes.CutPrefix(st.Data, []byte(fp+"\n"))
	if !ok {
		return nil, nil, nil // another program or configuration: start over
	}
	c, err := readCache(bytes.NewReader(body))
	if err != nil || c.Version != cacheVersion || c.Fingerprint != fp {
		return nil, nil, nil // unreadable: a full check rewrites it
	}
	return c, st, nil
}

func readCache(r io.Reader) (*checkCache, error) {
	dec := json.NewDecoder(r)
	c := &checkCache{}
	if err := dec.Decode(&c.cacheHead); err != nil {
		return nil, err
	}
	if c.SubjectResults < 0 {
		return nil, fmt.Errorf("%d subject results", c.SubjectResults)
	}
	c.Subjects = make([]subjectResult, 0, c.SubjectResults)
	for range c.SubjectResults {
		var s subjectResult
		if err := dec.Decode(&s); err != nil {
			return nil, err
		}
		c.Subjects = append(c.Subjects, s)
	}
	if c.Link {
		c.link = &linkState{}
		if err := dec.Decode(c.link); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// cacheFits tells, without decoding it, whether the saved check was made
// under fingerprint fp: then a check need not keep the claims it reads.
func cacheFits(ix *store.Index, fp string) bool {
	if fp == "" {
		return false
	}
	st, err := ix.LoadCheckState()
	return err == nil && bytes.HasPrefix(st.Data, []byte(fp+"\n"))
}

// saveWarning is the report's warning for a check that could not be
// saved: the report is right, only the next check takes longer.
func saveWarning(err error) []string {
	if err == nil {
		return nil
	}
	return []string{fmt.Sprintf("%v; the report is complete, but the next check will run in full", err)}
}

// saveCache stores c as the check of the index up to the journal mark,
// streaming it to the file. A read-only index keeps its old state: the
// check was still right.
func saveCache(ix *store.Index, c *checkCache, mark uint64) error {
	if c.Fingerprint == "" {
		return nil
	}
	err := ix.SaveCheckStateFrom(mark, func(w io.Writer) error {
		if _, err := io.WriteString(w, c.Fingerprint+"\n"); err != nil {
			return err
		}
		head := c.cacheHead
		head.SubjectResults = len(c.Subjects)
		head.Link = c.link != nil
		enc := json.NewEncoder(w)
		if err := enc.Encode(head); err != nil {
			return err
		}
		for i := range c.Subjects {
			if err := enc.Encode(&c.Subjects[i]); err != nil {
				return err
			}
		}
		if c.link != nil {
			return enc.Encode(c.link)
		}
		return nil
	})
	if errors.Is(err, store.ErrReadOnly) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("saving the check: %w", err)
	}
	return nil
}
