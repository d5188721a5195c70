package pipeline

import (
	"sync"
	"sync/atomic"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/rules"
)

// checkSubjects runs the rules on n subjects, several at a time: claimsOf
// fills buf with subject i's claims and returns its key. The result holds
// each subject's discrepancies at its position, so it does not depend on
// the scheduling. The first error of claimsOf stops the work.
func checkSubjects(n int, claimsOf func(i int, buf []claim.Claim) (string, []claim.Claim, error), ctx *rules.Context, opt Options) ([][]rules.Discrepancy, error) {
	out := make([][]rules.Discrepancy, n)
	if n == 0 || opt.Rules == nil {
		return out, nil
	}
	var mu sync.Mutex
	var firstErr error
	// Chunks of subjects: one atomic add per chunk, not per subject.
	const chunk = 64
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < min(opt.workers(), (n+chunk-1)/chunk); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []claim.Claim
			for {
				lo := int(next.Add(chunk)) - chunk
				if lo >= n {
					return
				}
				for i := lo; i < min(n, lo+chunk); i++ {
					var key string
					var err error
					if key, buf, err = claimsOf(i, buf); err != nil {
						mu.Lock()
						if firstErr == nil {
							firstErr = err
						}
						mu.Unlock()
						next.Store(int64(n)) // the others stop at their next chunk
						return
					}
					out[i] = opt.Rules.CheckSubject(claim.Key(key), buf, ctx)
				}
			}
		}()
	}
	wg.Wait()
	return out, firstErr
}
