package web

import (
	"bytes"
	"encoding/binary"
	"net/http"
	"strconv"
	"sync"
)

// favicon is a 16×16 icon drawn here (two overlapping marks in the page's
// accent and highlight colours), so browsers asking for /favicon.ico get
// an icon and not a 404.
var favicon = sync.OnceValue(drawFavicon)

func drawFavicon() []byte {
	const size = 16
	accent := [4]byte{0xa8, 0x5f, 0x1f, 0xff} // BGRA of #1f5fa8
	mark := [4]byte{0x80, 0xe6, 0xff, 0xff}   // BGRA of #ffe680
	var pixels bytes.Buffer
	for y := 0; y < size; y++ { // bottom row first
		for x := 0; x < size; x++ {
			var c [4]byte
			switch {
			case x >= 2 && x < 10 && y >= 6 && y < 14:
				c = mark
			case x >= 6 && x < 14 && y >= 2 && y < 10:
				c = accent
			}
			pixels.Write(c[:])
		}
	}
	mask := make([]byte, size*4) // AND mask: 16 rows of 32 bits, all drawn
	var img bytes.Buffer
	le := binary.LittleEndian
	hdr := make([]byte, 40)
	le.PutUint32(hdr[0:], 40)
	le.PutUint32(hdr[4:], size)
	le.PutUint32(hdr[8:], 2*size) // colour and mask
	le.PutUint16(hdr[12:], 1)
	le.PutUint16(hdr[14:], 32)
	le.PutUint32(hdr[20:], uint32(pixels.Len()+len(mask)))
	img.Write(hdr)
	img.Write(pixels.Bytes())
	img.Write(mask)

	var out bytes.Buffer
	dir := make([]byte, 6+16)
	le.PutUint16(dir[2:], 1) // icon
	le.PutUint16(dir[4:], 1) // one image
	dir[6], dir[7] = size, size
	le.PutUint16(dir[10:], 1)
	le.PutUint16(dir[12:], 32)
	le.PutUint32(dir[14:], uint32(img.Len()))
	le.PutUint32(dir[18:], uint32(len(dir)))
	out.Write(dir)
	out.Write(img.Bytes())
	return out.Bytes()
}

func serveFavicon(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "image/x-icon")
	h.Set("Cache-Control", "public, max-age=86400")
	h.Set("Content-Length", strconv.Itoa(len(favicon())))
	if r.Method != http.MethodHead {
		_, _ = w.Write(favicon())
	}
}
