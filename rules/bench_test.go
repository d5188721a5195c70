package rules

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// genSubject makes n claims about one subject of the given kind whose
// values agree, with a few that conflict when conflict is set.
func genSubject(kind claim.Kind, key string, n int, conflict bool) []claim.Claim {
	out := make([]claim.Claim, 0, n)
	for i := 0; i < n; i++ {
		art := fmt.Sprintf("a%04d", i%97)
		var c claim.Claim
		switch kind {
		case claim.KindDate:
			v := "2031-08-15"
			switch i % 10 {
			case 3:
				v = "2031-08"
			case 7:
				if conflict {
					v = "2031-03"
				}
			}
			c = mk(claim.KindDate, art, key, v)
		case claim.KindTitle:
			v := []string{"spokesman", "ministry spokesperson", "senior official", "press secretary", "director"}[i%5]
			if !conflict && v == "director" {
				v = "spokeswoman"
			}
			c = mk(claim.KindTitle, art, key, v)
		case claim.KindNumber:
			v := float64(50 + i%7)
			if !conflict {
				v = 50
			}
			c = mk(claim.KindNumber, art, key, "n", number(v, []string{"", "about", "at least"}[i%3], "homes destroyed", ""))
		case claim.KindLocation:
			v := []string{"zq/port-verena", "zq", "xv/lund-abbey"}[i%3]
			if !conflict && v == "xv/lund-abbey" {
				v = "zq/north-march"
			}
			c = mk(claim.KindLocation, art, key, v)
		case claim.KindOffice:
			h := []string{"Odile Ferrant", "Ferrant", "Bram Tolliver"}[i%3]
			if !conflict && h == "Bram Tolliver" {
				h = "O. Ferrant"
			}
			c = mk(claim.KindOffice, art, key, "h", office(h, true, false), ref(fmt.Sprintf("2026-05-%02d", 1+i%28)))
		}
		c.Evidence.Start, c.Evidence.End = i*10, i*10+5
		out = append(out, c)
	}
	return out
}

func BenchmarkCheckSubject(b *testing.B) {
	s := defaults(b)
	ctx := &Context{KB: testKB(b)}
	cases := []struct {
		kind claim.Kind
		key  string
	}{
		{claim.KindDate, "event:fair:ostrava-vale"},
		{claim.KindTitle, "person:tamsin oakhurst"},
		{claim.KindNumber, "event:flood:quillon"},
		{claim.KindLocation, "event:talks:harbour"},
		{claim.KindOffice, "office:zq:governor"},
	}
	for _, tc := range cases {
		for _, n := range []int{10, 100, 1000} {
			for _, conflict := range []bool{false, true} {
				claims := genSubject(tc.kind, tc.key, n, conflict)
				name := fmt.Sprintf("%s/%d/agree", tc.kind, n)
				if conflict {
					name = fmt.Sprintf("%s/%d/conflict", tc.kind, n)
				}
				b.Run(name, func(b *testing.B) {
					cpu := cpuTime()
					for b.Loop() {
						s.CheckSubject(claim.Key(tc.key), claims, ctx)
					}
					reportPerClaim(b, cpu, b.N*n)
				})
			}
		}
	}
}

// BenchmarkCheck1M measures grouping and checking one million claims:
// 100,000 subjects of ten claims each, of every kind, one subject in 50
// with a conflict.
func BenchmarkCheck1M(b *testing.B) {
	s := defaults(b)
	ctx := &Context{KB: testKB(b)}
	kinds := []claim.Kind{claim.KindDate, claim.KindTitle, claim.KindNumber, claim.KindLocation, claim.KindOffice}
	prefixes := map[claim.Kind]string{claim.KindDate: "event:e", claim.KindTitle: "person:p", claim.KindNumber: "event:n",
		claim.KindLocation: "event:l", claim.KindOffice: "office:zq:o"}
	const subjects, per = 100_000, 10
	claims := make([]claim.Claim, 0, subjects*per)
	for i := 0; i < subjects; i++ {
		k := kinds[i%len(kinds)]
		claims = append(claims, genSubject(k, fmt.Sprintf("%s%06d", prefixes[k], i), per, i%50 == 0)...)
	}
	// Interleave subjects as an extractor's output would be.
	for i := range claims {
		j := (i * 7919) % len(claims)
		claims[i], claims[j] = claims[j], claims[i]
	}
	cpu := cpuTime()
	for b.Loop() {
		s.Check(claims, ctx)
	}
	reportPerClaim(b, cpu, b.N*len(claims))
}

// reportPerClaim reports wall and CPU time per claim: on a shared machine
// the CPU time (all threads, garbage collector included) is the steadier
// figure.
func reportPerClaim(b *testing.B, cpuStart time.Duration, claims int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(claims), "ns/claim")
	b.ReportMetric(float64((cpuTime()-cpuStart).Nanoseconds())/float64(claims), "cpu-ns/claim")
}

// cpuTime is the process's user and system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
