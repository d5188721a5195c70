package kb

import (
	"bufio"
	"cmp"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
)

// The gazetteer: every populated place of more than 1,000 people or seat
// of a division, and every first- and second-level administrative
// division of the world (GeoNames, data/geonames.tsv), each with the
// divisions it lies in, so that a town and the province or county that
// holds it are not two venues. It is consulted only for names the curated
// places do not know, and for the divisions that hold a curated region or
// city.
//
// The file is one line per area, "name<TAB>kind<TAB>code[<TAB>key]",
// sorted by key (gazetteerKey; the field is written only where the key is
// not the name's plain lookup form): a lookup is a binary search over the
// embedded text that never transforms a name, and loading it is one scan
// for line starts (no map of 220,000 names built at start-up). Regenerate
// it with cmd/kbgeonames.

//go:embed data/geonames.tsv
var geonamesData string

//go:embed data/name-forms.txt
var nameFormsData string

// nameForms maps an abbreviated word of a place name ("st", "st.") to the
// word it stands for ("saint"), from data/name-forms.txt.
var nameForms = sync.OnceValue(func() map[string]string {
	m, err := parseNameForms(nameFormsData)
	if err != nil {
		panic(err) // the embedded file is checked by a test
	}
	return m
})

// parseNameForms reads "abbreviation word" lines; errors name the line.
func parseNameForms(data string) (map[string]string, error) {
	m := map[string]string{}
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 || f[0] != strings.ToLower(f[0]) || f[1] != strings.ToLower(f[1]) {
			return nil, fmt.Errorf("data/name-forms.txt:%d: want an abbreviation and its word in lower case, got %q", i+1, line)
		}
		m[f[0]], m[f[0]+"."] = f[1], f[1]
	}
	return m, nil
}

// Area kinds in the gazetteer.
const (
	AreaCountry = "c" // a country (not stored: the curated places know them)
	AreaAdmin1  = "1" // a state, province, region
	AreaAdmin2  = "2" // a county, district, department
	AreaTown    = "t" // a populated place
)

// Area is a place of the gazetteer: its name, kind and the codes of the
// divisions it lies in, "CC.A1.A2" (ISO 3166-1 alpha-2 country in
// capitals, then GeoNames' first- and second-level division codes; a
// town's code ends where its divisions are unknown).
type Area struct {
	Name string
	Kind string
	Code string
}

// Country is the area's country key (ISO 3166-1 alpha-2, lower case).
func (a Area) Country() string {
	cc, _, _ := strings.Cut(a.Code, ".")
	return strings.ToLower(cc)
}

// path is the area's division codes from the country down: one for a
// country, two for a first-level division, three for a second-level one;
// a town's are those of the divisions that hold it ("" where unknown).
func (a Area) path() [3]string {
	var p [3]string
	parts := strings.SplitN(a.Code, ".", 3)
	copy(p[:], parts)
	return p
}

// AreasAgree reports whether two places, each given as the areas its name
// may denote, can be one venue: some reading of one lies in, holds or
// equals some reading of the other. Two towns of one county cannot be
// told apart this way (one may be a part or a suburb of the other) and
// agree; two towns, counties or provinces in different divisions do not.
func AreasAgree(x, y []Area) bool {
	for _, a := range x {
		for _, b := range y {
			if areaAgrees(a, b) {
				return true
			}
		}
	}
	return false
}

func areaAgrees(a, b Area) bool {
	pa, pb := a.path(), b.path()
	for i := range pa {
		if pa[i] != "" && pb[i] != "" && pa[i] != pb[i] {
			return false
		}
	}
	return true
}

// Gazetteer is the sorted table of areas.
type Gazetteer struct {
	data   string
	starts []uint32         // byte offset of each area line, in file order
	admin1 map[string][]int // first-level divisions by country key
}

// DefaultGazetteer returns the embedded gazetteer, indexed on first use.
var DefaultGazetteer = sync.OnceValue(func() *Gazetteer {
	g, err := parseGazetteer(geonamesData, false)
	if err != nil {
		// The embedded file is checked by a test: an error here is a
		// broken build, not bad input.
		panic(err)
	}
	return g
})

// parseGazetteer indexes the line starts of a gazetteer file and checks
// every line: three fields, a known kind and a code, and, when sorted is
// set, the order (which costs a normalisation a line: the embedded file's
// order is checked by a test, not at every start). Errors name the line.
func parseGazetteer(data string, sorted bool) (*Gazetteer, error) {
	g := &Gazetteer{data: data, admin1: map[string][]int{},
		starts: make([]uint32, 0, strings.Count(data, "\n")+1)}
	prev := ""
	for off, line := 0, 1; off < len(data); line++ {
		end := strings.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data) - off
		}
		text := data[off : off+end]
		start := off
		off += end + 1
		if text == "" || text[0] == '#' {
			continue
		}
		if sorted {
			// the embedded file is checked by a test, not at each start
			key, err := checkLine(text, prev, line)
			if err != nil {
				return nil, err
			}
			prev = key
		}
		// the first-level divisions, found by their kind field ("\t1\t")
		if tab := strings.IndexByte(text, '\t'); tab >= 0 && strings.HasPrefix(text[tab:], "\t1\t") {
			cc := strings.ToLower(text[tab+3 : min(tab+5, len(text))])
			g.admin1[cc] = append(g.admin1[cc], len(g.starts))
		}
		g.starts = append(g.starts, uint32(start))
	}
	return g, nil
}

// checkLine checks one line of a gazetteer file (number n): its fields,
// its key, and that the key is not below prev, the key of the line
// before. It returns the line's key.
func checkLine(text, prev string, n int) (string, error) {
	a, ok := areaOf(text)
	if !ok {
		return "", fmt.Errorf("data/geonames.tsv:%d: want name, kind (1, 2 or t) and code separated by tabs, got %q", n, text)
	}
	key := gazetteerKey(a.Name)
	var buf [lookupBuf]byte
	if got := string(appendLineKey(buf[:0], text)); got != key {
		return "", fmt.Errorf("data/geonames.tsv:%d: the key of %q is %q, not %q", n, a.Name, key, got)
	}
	if key < prev {
		return "", fmt.Errorf("data/geonames.tsv:%d: %q is out of order (the file is sorted by lookup form)", n, a.Name)
	}
	return key, nil
}

func areaOf(line string) (Area, bool) {
	name, rest, ok1 := strings.Cut(line, "\t")
	kind, code, ok2 := strings.Cut(rest, "\t")
	code, key, hasKey := strings.Cut(code, "\t")
	if !ok1 || !ok2 || name == "" || code == "" || hasKey && (key == "" || strings.ContainsRune(key, '\t')) {
		return Area{}, false
	}
	switch kind {
	case AreaAdmin1, AreaAdmin2, AreaTown:
	default:
		return Area{}, false
	}
	if len(code) < 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' {
		return Area{}, false
	}
	return Area{Name: name, Kind: kind, Code: code}, true
}

// gazetteerKey is the form names are sorted and looked up by: the lookup
// form of the curated places, without diacritics, abbreviated words
// written out ("st. ives" → "saint ives"). A line whose key is not its
// name's plain lookup form (appendNorm) carries it as a fourth field, so
// that a lookup never folds or rewrites the names it passes.
func gazetteerKey(name string) string {
	k := foldMarks(normWord(name))
	forms := nameForms()
	if !strings.ContainsAny(k, ". ") && forms[k] == "" {
		return k
	}
	ws := strings.Split(k, " ")
	for i, w := range ws {
		if f, ok := forms[w]; ok {
			ws[i] = f
		}
	}
	return strings.Join(ws, " ")
}

// appendKey appends line i's key to dst (see appendLineKey).
func (g *Gazetteer) appendKey(dst []byte, i int) []byte {
	return appendLineKey(dst, g.line(i))
}

// appendLineKey appends a line's key to dst: its fourth field, or else its
// name's plain lookup form. It does not allocate.
func appendLineKey(dst []byte, line string) []byte {
	tab := strings.IndexByte(line, '\t')
	if tab < 0 {
		return appendNorm(dst, line)
	}
	if strings.Count(line[tab:], "\t") == 3 {
		return append(dst, line[strings.LastIndexByte(line, '\t')+1:]...)
	}
	return appendNorm(dst, line[:tab])
}

// line is the text of line i, without its line break.
func (g *Gazetteer) line(i int) string {
	off := int(g.starts[i])
	end := strings.IndexByte(g.data[off:], '\n')
	if end < 0 {
		end = len(g.data) - off
	}
	return g.data[off : off+end]
}

func (g *Gazetteer) area(i int) Area {
	a, _ := areaOf(g.line(i))
	return a
}

// Len is the number of areas.
func (g *Gazetteer) Len() int { return len(g.starts) }

// Named returns every area called name (case and diacritics ignored).
func (g *Gazetteer) Named(name string) []Area {
	key := gazetteerKey(name)
	if key == "" {
		return nil
	}
	lo := g.search(key)
	var out []Area
	var buf [lookupBuf]byte
	for i := lo; i < len(g.starts); i++ {
		if string(g.appendKey(buf[:0], i)) != key {
			break
		}
		out = append(out, g.area(i))
	}
	return out
}

// search is the first line whose name's key is not below key.
func (g *Gazetteer) search(key string) int {
	var buf [lookupBuf]byte
	lo, hi := 0, len(g.starts)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if string(g.appendKey(buf[:0], m)) < key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Admin1Named returns the first-level divisions of a country (ISO key,
// lower case) called name.
func (g *Gazetteer) Admin1Named(country, name string) []Area {
	key := gazetteerKey(name)
	var out []Area
	var buf [lookupBuf]byte
	for _, i := range g.admin1[country] {
		if string(g.appendKey(buf[:0], i)) == key {
			out = append(out, g.area(i))
		}
	}
	return out
}

// WriteGazetteer writes areas in the file's form, sorted and without
// duplicates, after the header lines (each written as a "# " comment).
func WriteGazetteer(w io.Writer, header []string, areas []Area) error {
	type keyed struct {
		key string
		a   Area
	}
	ks := make([]keyed, 0, len(areas))
	for _, a := range areas {
		if strings.ContainsAny(a.Name, "\t\n") || strings.TrimSpace(a.Name) != a.Name {
			return fmt.Errorf("area name %q has a tab, a line break or outer spaces", a.Name)
		}
		ks = append(ks, keyed{gazetteerKey(a.Name), a})
	}
	slices.SortFunc(ks, func(x, y keyed) int {
		return cmp.Or(strings.Compare(x.key, y.key), strings.Compare(x.a.Kind, y.a.Kind),
			strings.Compare(x.a.Code, y.a.Code), strings.Compare(x.a.Name, y.a.Name))
	})
	bw := bufio.NewWriter(w)
	for _, h := range header {
		fmt.Fprintf(bw, "# %s\n", h)
	}
	var last Area
	for i, k := range ks {
		if i > 0 && k.a == last {
			continue
		}
		last = k.a
		if k.key != normWord(k.a.Name) {
			fmt.Fprintf(bw, "%s\t%s\t%s\t%s\n", k.a.Name, k.a.Kind, k.a.Code, k.key)
			continue
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\n", k.a.Name, k.a.Kind, k.a.Code)
	}
	return bw.Flush()
}

// AreasOf returns the areas of the gazetteer that a curated place is: a
// country is its own area; a region, the first-level divisions of its
// country called by its name or an alias; a city, the towns of its
// country so called. Nil when the gazetteer knows none (a region that is
// no administrative division, a city it spells another way).
func AreasOf(p *Place) []Area {
	if p == nil {
		return nil
	}
	switch p.Kind {
	case KindCountry:
		return []Area{{Name: p.Name, Kind: AreaCountry, Code: strings.ToUpper(p.Key)}}
	case KindRegion, KindCity:
	default:
		return nil
	}
	g := DefaultGazetteer()
	var out []Area
	if p.Kind == KindRegion && len(p.Divisions) > 0 {
		for _, c := range p.Divisions {
			out = append(out, Area{Name: p.Name, Kind: AreaAdmin1, Code: c})
		}
		return out
	}
	for _, name := range append([]string{p.Name}, p.Aliases...) {
		if p.Kind == KindRegion {
			out = append(out, g.Admin1Named(p.Country, name)...)
			continue
		}
		for _, a := range g.Named(name) {
			if a.Kind == AreaTown && a.Country() == p.Country {
				out = append(out, a)
			}
		}
	}
	slices.SortFunc(out, func(x, y Area) int { return cmp.Compare(x.Code, y.Code) })
	return slices.CompactFunc(out, func(x, y Area) bool { return x.Code == y.Code && x.Kind == y.Kind })
}
