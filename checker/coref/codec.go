package coref

import (
	"encoding/binary"
	"errors"
	"math"
	"math/bits"
	"strings"
	"sync"
)

// A summary is computed once, when its article is extracted, and stored
// with the article's claims (store.Doc.Story): linking stories later,
// after articles are added or for a draft, reads it back instead of
// analysing every text again.
//
// Layout: summaryFormat, the strings (uvarint count, then each as
// uvarint length and bytes), the mentions, the features, the years; every
// string is a uvarint number into the strings, 0 for "".

// summaryFormat leads an encoded summary; a summary of another format is
// not decoded (the article is analysed again).
const summaryFormat = 0x01

// ErrSummary: a stored summary that does not decode.
var ErrSummary = errors.New("coref: stored summary does not decode")

// Encode packs the summary for storage.
func (s *Summary) Encode() string {
	e := &encoder{ids: make(map[string]uint64, 4*len(s.Mentions)+1)}
	e.ids[""] = 0
	var body []byte
	str := func(x string) { body = binary.AppendUvarint(body, e.id(x)) }
	num := func(x int) { body = binary.AppendUvarint(body, uint64(x)) }
	signed := func(x int) { body = binary.AppendVarint(body, int64(x)) } // a year may be BC
	strs := func(xs []string) {
		num(len(xs))
		for _, x := range xs {
			str(x)
		}
	}
	num(len(s.Mentions))
	for _, m := range s.Mentions {
		num(m.Start)
		num(m.End - m.Start)
		str(m.Text)
		str(m.Lemma)
		str(m.Class)
		names := make([]string, len(m.classes))
		for i, c := range m.classes {
			names[i] = c.Name
		}
		strs(names)
		str(m.Time)
		str(m.Place)
		strs(m.Participants)
		str(m.Own)
		flags := 0
		if m.Given {
			flags = 1
		}
		num(flags)
		num(m.sentence + 1)
		str(m.near)
		str(m.source)
		signed(m.ownYear)
		signed(m.ownMonth)
	}
	num(len(s.features))
	for _, f := range s.features { // in key order
		// each key once: numbered without looking it up (another string
		// of the same text is stored twice, which decodes alike)
		body = binary.AppendUvarint(body, e.add(f.key))
		body = appendTF(body, f.tf)
	}
	num(len(s.years))
	for _, y := range s.years { // in year order
		signed(y.year)
		num(y.n)
	}
	var b strings.Builder
	b.Grow(1 + 8 + e.size + len(body))
	b.WriteByte(summaryFormat)
	var buf [binary.MaxVarintLen64]byte
	b.Write(buf[:binary.PutUvarint(buf[:], uint64(len(e.strs)))])
	for _, x := range e.strs {
		b.Write(buf[:binary.PutUvarint(buf[:], uint64(len(x)))])
		b.WriteString(x)
	}
	b.Write(body)
	return b.String()
}

type encoder struct {
	ids  map[string]uint64
	strs []string // every string but "", numbered from 1
	size int
}

func (e *encoder) id(s string) uint64 {
	if id, ok := e.ids[s]; ok {
		return id
	}
	id := e.add(s)
	e.ids[s] = id
	return id
}

// add numbers s as a new string.
func (e *encoder) add(s string) uint64 {
	e.strs = append(e.strs, s)
	e.size += len(s) + 2
	return uint64(len(e.strs))
}

// DecodeSummary unpacks the summary Encode packed for article id. Strings
// are substrings of enc.
func DecodeSummary(id, enc string) (*Summary, error) {
	return decodeSummary(id, enc, true)
}

// strings reads the string table that leads an encoded summary.
func (d *decoder) strings() {
	if d.byte() != summaryFormat {
		d.err = ErrSummary
		return
	}
	n := d.num()
	if n > len(d.s) {
		d.err = ErrSummary
		return
	}
	d.strs = make([]string, n+1)
	for i := 1; i <= n && d.err == nil; i++ {
		d.strs[i] = d.bytes(d.num())
	}
}

// decodeSummary is DecodeSummary, with the story features or without
// (then only checked).
func decodeSummary(id, enc string, features bool) (*Summary, error) {
	l, err := theLexicon()
	if err != nil {
		return nil, err
	}
	d := &decoder{s: enc}
	d.strings()
	if d.err != nil {
		return nil, ErrSummary
	}
	s := &Summary{ID: id}
	nm := d.count()
	if nm > 0 {
		s.Mentions = make([]*Mention, 0, nm)
	}
	for range nm {
		if d.err != nil {
			break
		}
		m := &Mention{Article: id}
		m.Start = d.num()
		m.End = m.Start + d.num()
		m.Text, m.Lemma, m.Class = d.str(), d.str(), d.str()
		for range d.count() {
			if c, ok := l.byName[d.str()]; ok {
				m.classes = append(m.classes, c)
			}
		}
		m.Time, m.Place = d.str(), d.str()
		for range d.count() {
			m.Participants = append(m.Participants, d.str())
		}
		m.Own = d.str()
		m.Given = d.num()&1 != 0
		m.sentence = d.num() - 1
		m.near, m.source = d.str(), d.str()
		m.ownYear, m.ownMonth = d.signed(), d.signed()
		s.Mentions = append(s.Mentions, m)
	}
	if features {
		s.features = make([]feature, 0, d.peekCount())
	}
	d.features(func(key string, tf float64) {
		if features {
			s.features = append(s.features, feature{key, tf})
		}
	})
	ny := d.count()
	s.years = make([]yearCount, 0, ny)
	for range ny {
		if d.err != nil {
			break
		}
		y := yearCount{year: d.signed(), n: d.num()}
		if n := len(s.years); n > 0 && s.years[n-1].year >= y.year {
			d.err = ErrSummary
		}
		s.years = append(s.years, y)
	}
	if d.err != nil || d.i != len(enc) {
		return nil, ErrSummary
	}
	return s, nil
}

// features reads the story features, calling fn with each in key
// order.
func (d *decoder) features(fn func(key string, tf float64)) {
	nf := d.count()
	last := ""
	for k := range nf {
		if d.err != nil {
			break
		}
		key := d.str()
		tf := d.tf()
		if k > 0 && last >= key || key == "" {
			d.err = ErrSummary // keys are stored in order, each once
			break
		}
		last = key
		fn(key, tf)
	}
}

// skipMentions reads past the mentions, checking their form.
func (d *decoder) skipMentions() {
	for range d.count() {
		if d.err != nil {
			return
		}
		d.num()
		d.num()
		d.str()
		d.str()
		d.str()
		for range d.count() {
			d.str()
		}
		d.str()
		d.str()
		for range d.count() {
			d.str()
		}
		d.str()
		d.num()
		d.num()
		d.str()
		d.str()
		d.signed()
		d.signed()
	}
}

// peekCount is the count that comes next, not read.
func (d *decoder) peekCount() int {
	i, err := d.i, d.err
	n := d.count()
	d.i, d.err = i, err
	return n
}

// addEncoded adds the story features of an encoded summary, reading past
// the rest, and returns the summary less its features (withoutFeatures).
func (fs *features) addEncoded(enc string) (string, error) {
	from := len(fs.ids)
	short, err := splitEncoded(enc, fs.add)
	if err != nil {
		// undo: the summary is not one
		for _, id := range fs.ids[from:] {
			fs.df[id]--
		}
		fs.ids, fs.tf = fs.ids[:from], fs.tf[:from]
		return "", err
	}
	fs.end()
	return short, nil
}

// splitEncoded reads an encoded summary, handing each feature to add in
// order, and returns it less its features (withoutFeatures); an error
// when it does not decode (add may have had some of its features).
func splitEncoded(enc string, add func(key string, tf float64)) (string, error) {
	d := &decoder{s: enc}
	d.strings()
	from := d.i
	d.skipMentions()
	to, used := d.i, d.maxStr
	d.features(add)
	years := d.i
	ny := d.count()
	for k, last := 0, 0; k < ny && d.err == nil; k++ {
		y := d.signed()
		d.num()
		if k > 0 && y <= last {
			d.err = ErrSummary
		}
		last = y
	}
	if d.err != nil || d.i != len(enc) {
		return "", ErrSummary
	}
	return withoutFeatures(enc, d.strs[1:used+1], from, to, years), nil
}

// FeatureTable numbers the feature keys of many summaries, each key kept
// once: a summary split against it (Split) holds its features in a
// fraction of their encoded size, for a check that keeps every summary
// until it links them. It is safe for concurrent use.
type FeatureTable struct {
	mu    sync.Mutex
	ids   map[string]uint32
	keys  []string
	bytes int64
}

// NewFeatureTable returns an empty table.
func NewFeatureTable() *FeatureTable {
	return &FeatureTable{ids: map[string]uint32{}}
}

// Bytes is roughly what the table holds.
func (t *FeatureTable) Bytes() int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.bytes
}

// Split splits an encoded summary into the rest of it, which decodes as
// the summary without its features, and its features numbered by t (for
// Stored.Features). It reports false, and t is unchanged, when enc does
// not decode: it is then stored whole.
func (t *FeatureTable) Split(enc string) (rest, feats string, ok bool) {
	type kf struct {
		key string
		tf  float64
	}
	var fs []kf
	rest, err := splitEncoded(enc, func(key string, tf float64) { fs = append(fs, kf{key, tf}) })
	if err != nil {
		return "", "", false
	}
	b := make([]byte, 0, 3*len(fs))
	t.mu.Lock()
	for _, f := range fs {
		id, ok := t.ids[f.key]
		if !ok {
			id = uint32(len(t.keys))
			k := strings.Clone(f.key)
			t.ids[k] = id
			t.keys = append(t.keys, k)
			t.bytes += int64(len(k)) + 48
		}
		b = binary.AppendUvarint(b, uint64(id))
		b = appendTF(b, f.tf)
	}
	t.mu.Unlock()
	return rest, string(b), true
}

// add adds the features Split numbered (feats) to fs, as addEncoded adds
// those of the whole summary.
func (t *FeatureTable) add(fs *features, feats string) {
	t.mu.Lock()
	keys := t.keys
	t.mu.Unlock()
	d := &decoder{s: feats}
	for d.i < len(feats) {
		key := keys[d.uvarint()]
		fs.add(key, d.tf())
	}
	fs.end()
}

// withoutFeatures is enc (its strings strs, those its mentions use, and
// its mentions at enc[from:to], its years from enc[years:]) less its
// features: what decodeSummary without features reads alike, about half
// the size. Once linking has the features of every summary, the
// summaries are kept only for their mentions until their story is
// clustered.
func withoutFeatures(enc string, strs []string, from, to, years int) string {
	uvarintLen := func(x int) int { return (bits.Len64(uint64(x)|1) + 6) / 7 }
	n := 1 + uvarintLen(len(strs)) + (to - from) + 1 + len(enc) - years
	for _, x := range strs {
		n += uvarintLen(len(x)) + len(x)
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteByte(summaryFormat)
	var buf [binary.MaxVarintLen64]byte
	b.Write(buf[:binary.PutUvarint(buf[:], uint64(len(strs)))])
	for _, x := range strs {
		b.Write(buf[:binary.PutUvarint(buf[:], uint64(len(x)))])
		b.WriteString(x)
	}
	b.WriteString(enc[from:to])
	b.WriteByte(0) // no features
	b.WriteString(enc[years:])
	return b.String()
}

type decoder struct {
	s    string
	i    int
	strs []string
	err  error
	// maxStr is the highest string number str has read
	maxStr int
}

func (d *decoder) byte() byte {
	if d.i >= len(d.s) {
		d.err = ErrSummary
		return 0
	}
	d.i++
	return d.s[d.i-1]
}

func (d *decoder) num() int {
	x := d.uvarint()
	if x > math.MaxInt32 {
		d.err = ErrSummary
		return 0
	}
	return int(x)
}

// signed reads a zigzag varint (binary.AppendVarint).
func (d *decoder) signed() int {
	u := d.uvarint()
	x := int64(u>>1) ^ -int64(u&1)
	if x > math.MaxInt32 || x < math.MinInt32 {
		d.err = ErrSummary
		return 0
	}
	return int(x)
}

func (d *decoder) uvarint() uint64 {
	var x uint64
	for shift := 0; ; shift += 7 {
		if d.i >= len(d.s) || shift > 56 {
			d.err = ErrSummary
			return 0
		}
		b := d.s[d.i]
		d.i++
		x |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return x
		}
	}
}

// count is a number of items, each at least a byte long.
func (d *decoder) count() int {
	n := d.num()
	if n > len(d.s)-d.i {
		d.err = ErrSummary
		return 0
	}
	return n
}

func (d *decoder) bytes(n int) string {
	if n < 0 || n > len(d.s)-d.i {
		d.err = ErrSummary
		d.i = len(d.s)
		return ""
	}
	d.i += n
	return d.s[d.i-n : d.i]
}

// appendTF appends a feature's count: counts are halves (a name's part
// counts 0.5), kept exact as twice the count; anything else as 0 and the
// float's bits.
func appendTF(b []byte, tf float64) []byte {
	if tf*2 == math.Trunc(tf*2) && tf > 0 && tf < 1<<40 {
		return binary.AppendUvarint(b, uint64(tf*2))
	}
	b = binary.AppendUvarint(b, 0)
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(tf))
}

// tf reads a count appendTF wrote.
func (d *decoder) tf() float64 {
	if x := d.num(); x > 0 {
		return float64(x) / 2
	}
	if b := d.bytes(8); len(b) == 8 {
		return math.Float64frombits(binary.LittleEndian.Uint64([]byte(b)))
	}
	return 0
}

func (d *decoder) str() string {
	k := d.num()
	if k >= len(d.strs) {
		d.err = ErrSummary
		return ""
	}
	d.maxStr = max(d.maxStr, k)
	return d.strs[k]
}
