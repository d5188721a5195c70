package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// PackedClaims is one article's claims in the compact form the index
// stores them in, and a full check holds the whole corpus's claims in:
// a third of what claim.Claim values weigh, in one string the garbage
// collector need not scan. Each distinct string is kept once per article
// and claims refer to strings by number; unpacked strings are substrings
// of the packed one, so unpacking copies no text.
//
// Layout: packFormat, uvarint string count, uvarint claim count, a
// uint32 end offset per string, a uint32 start offset per claim (into the
// claim data), the strings, then the claim data as varints.
type PackedClaims struct {
	s            string
	nstr, nclaim int
	strsAt       int // where the strings start
	dataAt       int // where the claim data starts
}

// packFormat leads packed claims; stored claims of older indexes are JSON
// and start with '['.
const packFormat = 0x01

// Which detail a packed claim carries, as bits.
const (
	packDate = 1 << iota
	packTitle
	packOffice
	packNumber
	packQuote
	packPlace
	packNumberExt // a number's range top, scope, background or converted mark
	packPlaceExt  // the places a place lies in
)

// ErrPackedClaims: stored claims that do not decode.
var ErrPackedClaims = errors.New("packed claims do not decode")

// PackClaims packs cs.
func PackClaims(cs []claim.Claim) (PackedClaims, error) {
	p := &packer{ids: make(map[string]uint64, 4*len(cs)), data: make([]byte, 0, 48*len(cs))}
	offs := make([]int, len(cs))
	for j := range cs {
		offs[j] = len(p.data)
		p.claim(&cs[j])
	}
	if p.size > math.MaxUint32/2 || len(p.data) > math.MaxUint32/2 {
		return PackedClaims{}, ErrPackedClaims
	}
	var head []byte
	head = append(head, packFormat)
	head = binary.AppendUvarint(head, uint64(len(p.strs)))
	head = binary.AppendUvarint(head, uint64(len(cs)))
	var b strings.Builder
	b.Grow(len(head) + 4*len(p.strs) + 4*len(cs) + p.size + len(p.data))
	b.Write(head)
	var w [4]byte
	end := 0
	for _, s := range p.strs {
		end += len(s)
		binary.LittleEndian.PutUint32(w[:], uint32(end))
		b.Write(w[:])
	}
	for _, o := range offs {
		binary.LittleEndian.PutUint32(w[:], uint32(o))
		b.Write(w[:])
	}
	for _, s := range p.strs {
		b.WriteString(s)
	}
	b.Write(p.data)
	pc, err := ParsePackedClaims(b.String())
	if err != nil { // cannot happen: the layout was just written
		return PackedClaims{}, err
	}
	return pc, nil
}

// ParsePackedClaims checks the layout of s, as PackedClaims.String gave it.
func ParsePackedClaims(s string) (PackedClaims, error) {
	if len(s) == 0 || s[0] != packFormat {
		return PackedClaims{}, ErrPackedClaims
	}
	u := unpacker{pc: PackedClaims{s: s}, at: 1}
	nstr, nclaim := u.uvarint(), u.uvarint()
	at := u.at
	if u.bad || nstr > uint64(len(s)) || nclaim > uint64(len(s)) || at+4*int(nstr)+4*int(nclaim) > len(s) {
		return PackedClaims{}, ErrPackedClaims
	}
	pc := PackedClaims{s: s, nstr: int(nstr), nclaim: int(nclaim)}
	pc.strsAt = at + 4*pc.nstr + 4*pc.nclaim
	size := 0
	if pc.nstr > 0 {
		size = int(pc.u32(at + 4*(pc.nstr-1)))
	}
	pc.dataAt = pc.strsAt + size
	if pc.dataAt > len(s) || size < 0 {
		return PackedClaims{}, ErrPackedClaims
	}
	return pc, nil
}

// String is the packed form, as the index stores it.
func (pc PackedClaims) String() string { return pc.s }

// Len is the number of claims.
func (pc PackedClaims) Len() int { return pc.nclaim }

func (pc PackedClaims) u32(at int) uint32 {
	s := pc.s[at : at+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func (pc PackedClaims) head() int { return pc.strsAt - 4*pc.nstr - 4*pc.nclaim }

// SubjectKey is claim j's subject key, read without unpacking the claim.
func (pc PackedClaims) SubjectKey(j int) (string, error) {
	u, err := pc.unpacker(j)
	if err != nil {
		return "", err
	}
	u.uvarint() // kind
	k := u.str()
	if u.bad {
		return "", ErrPackedClaims
	}
	return k, nil
}

// Claim unpacks claim j.
func (pc PackedClaims) Claim(j int) (claim.Claim, error) {
	u, err := pc.unpacker(j)
	if err != nil {
		return claim.Claim{}, err
	}
	c := u.claim()
	if u.bad {
		return claim.Claim{}, ErrPackedClaims
	}
	return c, nil
}

// Claims unpacks every claim.
func (pc PackedClaims) Claims() ([]claim.Claim, error) {
	if pc.nclaim == 0 {
		return nil, nil
	}
	out := make([]claim.Claim, pc.nclaim)
	for j := range out {
		c, err := pc.Claim(j)
		if err != nil {
			return nil, err
		}
		out[j] = c
	}
	return out, nil
}

// unpacker starts reading claim j; by value, so that it stays on the
// stack: a claim is unpacked millions of times in a full check.
func (pc PackedClaims) unpacker(j int) (unpacker, error) {
	if j < 0 || j >= pc.nclaim {
		return unpacker{}, ErrPackedClaims
	}
	at := pc.dataAt + int(pc.u32(pc.head()+4*pc.nstr+4*j))
	if at > len(pc.s) {
		return unpacker{}, ErrPackedClaims
	}
	return unpacker{pc: pc, at: at}, nil
}

// packer builds the parts of a PackedClaims.
type packer struct {
	ids  map[string]uint64
	strs []string // distinct, in order of first use
	size int
	data []byte

	lastDay    claim.Day // the last reference date packed, and its text
	lastDayStr string
}

func (p *packer) str(s string) {
	id, ok := p.ids[s]
	if !ok {
		id = uint64(len(p.strs))
		p.ids[s] = id
		p.strs = append(p.strs, s)
		p.size += len(s)
	}
	p.data = binary.AppendUvarint(p.data, id)
}

// day stores a reference date as its YYYY-MM-DD string (what indexes
// have always stored), formatted once for an article's run of claims.
func (p *packer) day(d claim.Day) {
	if d != p.lastDay || p.lastDayStr == "" {
		p.lastDay, p.lastDayStr = d, d.String()
	}
	p.str(p.lastDayStr)
}

func (p *packer) int(v int) { p.data = binary.AppendVarint(p.data, int64(v)) }

func (p *packer) flags(a, b bool) {
	var f byte
	if a {
		f |= 1
	}
	if b {
		f |= 2
	}
	p.data = append(p.data, f)
}

func (p *packer) claim(c *claim.Claim) {
	p.str(string(c.Kind))
	p.str(c.SubjectKey.String())
	p.str(c.Subject)
	p.str(c.Value)
	p.str(c.ValueText)
	p.str(string(c.Modality))
	p.day(c.Reference)
	e := &c.Evidence
	p.str(e.Article)
	p.str(e.Sentence)
	p.int(e.Start)
	p.int(e.End)
	p.int(e.SentenceStart)
	p.int(e.SentenceEnd)
	var has byte
	ext := c.Number != nil && (c.Number.Max != 0 || c.Number.Scope != "" || c.Number.Background || c.Number.Converted)
	within := c.Place != nil && c.Place.Within != nil
	for i, set := range [...]bool{c.Date != nil, c.Title != nil, c.Office != nil, c.Number != nil, c.Quote != nil, c.Place != nil, ext, within} {
		if set {
			has |= 1 << i
		}
	}
	p.data = append(p.data, has)
	if v := c.Date; v != nil {
		p.str(v.Value)
		p.str(v.Granularity)
		p.str(v.Mod)
		p.str(v.Weekday)
		p.str(v.Resolution)
	}
	if v := c.Title; v != nil {
		p.str(v.Head)
		p.str(v.Domain)
		p.str(v.Org)
		p.flags(v.Former, v.Ranks != nil)
		p.int(len(v.Ranks))
		for _, r := range v.Ranks {
			p.str(r)
		}
	}
	if v := c.Office; v != nil {
		p.str(v.Office)
		p.str(v.Holder)
		p.flags(v.Present, v.Former)
	}
	if v := c.Number; v != nil {
		p.data = binary.LittleEndian.AppendUint64(p.data, math.Float64bits(v.Value))
		p.str(v.Unit)
		p.str(v.Approx)
		p.str(v.Counts)
		if ext {
			p.data = binary.LittleEndian.AppendUint64(p.data, math.Float64bits(v.Max))
			p.str(v.Scope)
			p.flags(v.Background, v.Converted)
		}
	}
	if v := c.Quote; v != nil {
		p.str(v.Words)
		p.str(v.Speaker)
		p.str(v.SpeakerKey.String())
	}
	if v := c.Place; v != nil {
		p.str(v.Key)
		p.str(v.Name)
		p.str(v.Country)
		if within {
			p.int(len(v.Within))
			for _, w := range v.Within {
				p.str(w)
			}
		}
	}
}

// unpacker reads one packed claim; a read past the end sets bad.
type unpacker struct {
	pc  PackedClaims
	at  int
	bad bool
}

func (u *unpacker) uvarint() uint64 {
	var v uint64
	for shift := 0; shift < 64 && u.at < len(u.pc.s); shift += 7 {
		b := u.pc.s[u.at]
		u.at++
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return v
		}
	}
	u.bad = true
	return 0
}

func (u *unpacker) int() int {
	x := u.uvarint()
	v := int64(x >> 1)
	if x&1 != 0 {
		v = ^v
	}
	return int(v)
}

func (u *unpacker) byte() byte {
	if u.at >= len(u.pc.s) {
		u.bad = true
		return 0
	}
	b := u.pc.s[u.at]
	u.at++
	return b
}

func (u *unpacker) str() string {
	id := u.uvarint()
	if id >= uint64(u.pc.nstr) {
		u.bad = true
		return ""
	}
	start := 0
	if id > 0 {
		start = int(u.pc.u32(u.pc.head() + 4*int(id-1)))
	}
	end := int(u.pc.u32(u.pc.head() + 4*int(id)))
	if start > end || u.pc.strsAt+end > u.pc.dataAt {
		u.bad = true
		return ""
	}
	return u.pc.s[u.pc.strsAt+start : u.pc.strsAt+end]
}

func (u *unpacker) claim() claim.Claim {
	var c claim.Claim
	c.Kind = claim.Kind(u.str())
	c.SubjectKey = claim.Key(u.str())
	c.Subject = u.str()
	c.Value = u.str()
	c.ValueText = u.str()
	c.Modality = claim.Modality(u.str())
	if s := u.str(); s != "" {
		d, ok := claim.ParseDay(s)
		u.bad = u.bad || !ok
		c.Reference = d
	}
	e := &c.Evidence
	e.Article = u.str()
	e.Sentence = u.str()
	e.Start = u.int()
	e.End = u.int()
	e.SentenceStart = u.int()
	e.SentenceEnd = u.int()
	has := u.byte()
	if has&packDate != 0 {
		c.Date = &claim.DateValue{Value: u.str(), Granularity: u.str(), Mod: u.str(), Weekday: u.str(), Resolution: u.str()}
	}
	if has&packTitle != 0 {
		v := &claim.TitleValue{Head: u.str(), Domain: u.str(), Org: u.str()}
		f := u.byte()
		v.Former = f&1 != 0
		n := u.int()
		if n < 0 || n > len(u.pc.s) {
			u.bad = true
			n = 0
		}
		if f&2 != 0 {
			v.Ranks = make([]string, n)
			for i := range v.Ranks {
				v.Ranks[i] = u.str()
			}
		}
		c.Title = v
	}
	if has&packOffice != 0 {
		v := &claim.OfficeValue{Office: u.str(), Holder: u.str()}
		f := u.byte()
		v.Present, v.Former = f&1 != 0, f&2 != 0
		c.Office = v
	}
	if has&packNumber != 0 {
		if u.at+8 > len(u.pc.s) {
			u.bad = true
			return c
		}
		var bits uint64
		for i := 7; i >= 0; i-- {
			bits = bits<<8 | uint64(u.pc.s[u.at+i])
		}
		u.at += 8
		v := &claim.NumberValue{Value: math.Float64frombits(bits)}
		v.Unit, v.Approx, v.Counts = u.str(), u.str(), u.str()
		if has&packNumberExt != 0 {
			if u.at+8 > len(u.pc.s) {
				u.bad = true
				return c
			}
			bits = 0
			for i := 7; i >= 0; i-- {
				bits = bits<<8 | uint64(u.pc.s[u.at+i])
			}
			u.at += 8
			v.Max = math.Float64frombits(bits)
			v.Scope = u.str()
			f := u.byte()
			v.Background, v.Converted = f&1 != 0, f&2 != 0
		}
		c.Number = v
	}
	if has&packQuote != 0 {
		c.Quote = &claim.QuoteValue{Words: u.str(), Speaker: u.str(), SpeakerKey: claim.Key(u.str())}
	}
	if has&packPlace != 0 {
		c.Place = &claim.PlaceValue{Key: u.str(), Name: u.str(), Country: u.str()}
		if has&packPlaceExt != 0 {
			n := u.int()
			if n < 0 || n > len(u.pc.s) {
				u.bad = true
				return c
			}
			c.Place.Within = make([]string, n)
			for i := range n {
				c.Place.Within[i] = u.str()
			}
		}
	}
	return c
}

// idxPacked reads a stored claims field: packed, or JSON as older
// indexes wrote it (packed on the fly).
func idxPacked(v interface{}) (PackedClaims, error) {
	s := idxString(v)
	switch {
	case s == "":
		return PackedClaims{}, nil
	case s[0] == packFormat:
		return ParsePackedClaims(s)
	}
	var cs []claim.Claim
	if err := json.Unmarshal([]byte(s), &cs); err != nil {
		return PackedClaims{}, err
	}
	return PackClaims(cs)
}
