package coref

import "math"

// The coreference scores of the ECB+ literature (MUC, B3, CEAF-e), ported
// from ../shared/tools/score_coref.py for the ratchet test. Mentions are
// strings; key and response are lists of clusters.

type clusters [][]string

func index(cs clusters) map[string]int {
	m := map[string]int{}
	for i, c := range cs {
		for _, x := range c {
			m[x] = i
		}
	}
	return m
}

// muc returns the numerator and denominator of MUC recall of resp against
// key (swap them for precision).
func muc(key, resp clusters) (num, den float64) {
	of := index(resp)
	for _, k := range key {
		if len(k) < 2 {
			continue
		}
		parts := map[string]bool{}
		for _, m := range k {
			if i, ok := of[m]; ok {
				parts["r"+itoa(i)] = true
			} else {
				parts["s"+m] = true
			}
		}
		num += float64(len(k) - len(parts))
		den += float64(len(k) - 1)
	}
	return num, den
}

func itoa(i int) string {
	const digits = "0123456789"
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{digits[i%10]}, b...)
	}
	return string(b)
}

// b3 returns B3 precision and recall (mentions of key only).
func b3(key, resp clusters) (p, r float64) {
	rof := index(resp)
	n := 0
	for _, k := range key {
		kset := map[string]bool{}
		for _, m := range k {
			kset[m] = true
		}
		for _, m := range k {
			var rc []string
			if i, ok := rof[m]; ok {
				rc = resp[i]
			} else {
				rc = []string{m}
			}
			inter := 0
			for _, x := range rc {
				if kset[x] {
					inter++
				}
			}
			p += float64(inter) / float64(len(rc))
			r += float64(inter) / float64(len(k))
			n++
		}
	}
	if n == 0 {
		return 0, 0
	}
	return p / float64(n), r / float64(n)
}

// ceafe returns CEAF-e precision and recall (phi4 similarity, optimal
// assignment per connected component of the overlap graph).
func ceafe(key, resp clusters) (p, r float64) {
	rof := index(resp)
	adj := map[[2]int]map[[2]int]bool{}
	link := func(a, b [2]int) {
		if adj[a] == nil {
			adj[a] = map[[2]int]bool{}
		}
		adj[a][b] = true
	}
	for ki, k := range key {
		for _, m := range k {
			if ri, ok := rof[m]; ok {
				link([2]int{0, ki}, [2]int{1, ri})
				link([2]int{1, ri}, [2]int{0, ki})
			}
		}
	}
	seen := map[[2]int]bool{}
	var total float64
	for ki := range key {
		start := [2]int{0, ki}
		if seen[start] || adj[start] == nil {
			continue
		}
		var ks, rs []int
		stack := [][2]int{start}
		seen[start] = true
		for len(stack) > 0 {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if x[0] == 0 {
				ks = append(ks, x[1])
			} else {
				rs = append(rs, x[1])
			}
			for y := range adj[x] {
				if !seen[y] {
					seen[y] = true
					stack = append(stack, y)
				}
			}
		}
		n := max(len(ks), len(rs))
		w := make([][]float64, n)
		for a := range w {
			w[a] = make([]float64, n)
		}
		for a, ki := range ks {
			kset := map[string]bool{}
			for _, m := range key[ki] {
				kset[m] = true
			}
			for b, ri := range rs {
				inter := 0
				for _, m := range resp[ri] {
					if kset[m] {
						inter++
					}
				}
				w[a][b] = 2 * float64(inter) / float64(len(key[ki])+len(resp[ri]))
			}
		}
		total += hungarianMax(w)
	}
	return total / float64(len(resp)), total / float64(len(key))
}

// hungarianMax is the maximum-weight assignment of a square matrix
// (Kuhn-Munkres, O(n^3)).
func hungarianMax(w [][]float64) float64 {
	n := len(w)
	big := 0.0
	for _, row := range w {
		for _, x := range row {
			big = max(big, x)
		}
	}
	cost := func(i, j int) float64 { return big - w[i][j] }
	u, v := make([]float64, n+1), make([]float64, n+1)
	p, way := make([]int, n+1), make([]int, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, n+1)
		used := make([]bool, n+1)
		for j := range minv {
			minv[j] = math.Inf(1)
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], math.Inf(1), 0
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				if cur := cost(i0-1, j-1) - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= n; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
			if j0 == 0 {
				break
			}
		}
	}
	var s float64
	for j := 1; j <= n; j++ {
		if p[j] != 0 {
			s += w[p[j]-1][j-1]
		}
	}
	return s
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// conll is the mean of the MUC, B3 and CEAF-e F1 scores, with each.
func conll(key, resp clusters) (all, m, b, c float64) {
	rn, rd := muc(key, resp)
	pn, pd := muc(resp, key)
	mr, mp := safeDiv(rn, rd), safeDiv(pn, pd)
	bp, br := b3(key, resp)
	cp, cr := ceafe(key, resp)
	m, b, c = f1(mp, mr), f1(bp, br), f1(cp, cr)
	return (m + b + c) / 3, m, b, c
}

func safeDiv(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}
