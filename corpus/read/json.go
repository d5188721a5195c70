package read

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
)

// maxRecordProblems bounds the problems listed for one file, so that a
// file that is not JSON at all does not flood the report; the rest are
// counted in one last problem.
const maxRecordProblems = 100

// recordProblems reports per-record problems of one file as they are met
// (so they interleave in line order with duplicate-ID problems), up to a
// limit.
type recordProblems struct {
	name    string
	run     *readRun
	listed  int
	dropped int
}

func (rp *recordProblems) add(line int, f *readFault) {
	if rp.listed < maxRecordProblems {
		rp.listed++
		rp.run.addProblem(f.at(rp.name, line))
		return
	}
	rp.dropped++
}

// done reports how many problems were not listed.
func (rp *recordProblems) done() {
	if rp.dropped > 0 {
		rp.run.addProblem(newReadProblem(rp.name, 0, ErrRecordMalformed,
			strconv.Itoa(rp.dropped)+" more record problems not listed"))
	}
}

// readJSON reads a .json file: one object, an array of objects, or several
// such values one after another. Article.Line is the record number.
func readJSON(name string, data []byte, run *readRun) error {
	text, enc, note, fault := decodeText(data, false)
	if fault != nil {
		run.addProblem(fault.at(name, 0))
		return nil
	}
	if note != nil {
		run.addProblem(note.at(name, 0))
	}
	rp := recordProblems{name: name, run: run}
	defer rp.done()
	lines := jsonLineCounter{text: text}
	dec := json.NewDecoder(strings.NewReader(text))
	seq := 0
	record := func(raw json.RawMessage, line int) error {
		seq++
		a, faults := recordArticle(name, formatJSON, raw, seq, seq)
		for _, f := range faults {
			rp.add(line, f)
		}
		if a == nil {
			return nil
		}
		if enc != "" {
			metaPut(a, "encoding", enc)
		}
		return run.emit(a)
	}
	malformed := func(off int64, err error) {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			off = se.Offset
		}
		rp.add(lines.at(off), &readFault{ErrRecordMalformed, "malformed JSON: " + err.Error() + "; rest of file not read"})
	}
	for {
		off := jsonValueStart(text, dec.InputOffset())
		if off >= int64(len(text)) {
			return nil
		}
		if text[off] != '[' {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				malformed(off, err)
				return nil
			}
			if err := record(raw, lines.at(off)); err != nil {
				return err
			}
			continue
		}
		if _, err := dec.Token(); err != nil {
			malformed(off, err)
			return nil
		}
		for dec.More() {
			off := jsonValueStart(text, dec.InputOffset())
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				malformed(off, err)
				return nil
			}
			if err := record(raw, lines.at(off)); err != nil {
				return err
			}
		}
		if _, err := dec.Token(); err != nil {
			malformed(dec.InputOffset(), err)
			return nil
		}
	}
}

// jsonValueStart skips white space and commas from off.
func jsonValueStart(text string, off int64) int64 {
	for off < int64(len(text)) {
		switch text[off] {
		case ' ', '\t', '\r', '\n', ',':
			off++
		default:
			return off
		}
	}
	return off
}

// jsonLineCounter turns increasing byte offsets into 1-based line numbers.
type jsonLineCounter struct {
	text string
	pos  int64
	line int
}

func (lc *jsonLineCounter) at(off int64) int {
	if lc.line == 0 {
		lc.line = 1
	}
	off = min(max(off, 0), int64(len(lc.text)))
	if off < lc.pos { // offsets only go back on errors; count again
		lc.pos, lc.line = 0, 1
	}
	lc.line += strings.Count(lc.text[lc.pos:off], "\n")
	lc.pos = off
	return lc.line
}

// readJSONL streams a .jsonl file, one record a line, so that files larger
// than memory can be read; max limits each line. It returns the bytes read.
// Article.Line is the line number.
func readJSONL(name string, rd io.Reader, max int64, run *readRun) (int64, error) {
	size := 64 << 10
	if sized, ok := rd.(interface{ Len() int }); ok {
		size = min(size, sized.Len()+1) // in-memory data: no bigger buffer than the data
	}
	br := bufio.NewReaderSize(rd, size)
	rp := recordProblems{name: name, run: run}
	defer rp.done()
	var total int64
	var buf []byte
	seq := 0
	for lineNo := 1; ; lineNo++ {
		line, n, tooLong, err := readLineLimited(br, max, buf[:0])
		buf, total = line, total+n
		switch {
		case tooLong:
			rp.add(lineNo, &readFault{ErrFileTooLarge, "line longer than the limit of " + strconv.FormatInt(max, 10) + " bytes"})
			seq++
		case !textIsBlank(string(line)):
			seq++
			if stop, err := readJSONLRecord(name, line, seq, lineNo, &rp, run); stop || err != nil {
				return total, err
			}
		}
		if err == io.EOF {
			if seq == 0 {
				rp.add(0, &readFault{ErrFileEmpty, "empty file (no records)"})
			}
			return total, nil
		}
		if err != nil {
			rp.add(lineNo, &readFault{ErrFileUnreadable, "cannot read: " + err.Error()})
			return total, nil
		}
	}
}

// readJSONLRecord reads one non-blank line. It asks to stop when the first
// record shows the file is binary.
func readJSONLRecord(name string, line []byte, seq, lineNo int, rp *recordProblems, run *readRun) (bool, error) {
	text, enc, note, fault := decodeText(line, false)
	if fault != nil {
		if seq == 1 && errors.Is(fault.kind, ErrFileBinary) {
			rp.add(0, fault)
			return true, nil
		}
		rp.add(lineNo, &readFault{ErrRecordMalformed, fault.reason})
		return false, nil
	}
	if note != nil {
		rp.add(lineNo, note)
	}
	raw := line // the line buffer is reused, but records copy what they keep
	if enc != "" || len(text) != len(line) {
		raw = []byte(text) // decoded, or a byte-order mark dropped
	}
	a, faults := recordArticle(name, formatJSONL, raw, seq, lineNo)
	for _, f := range faults {
		if f.kind == ErrRecordMalformed {
			f = &readFault{ErrRecordMalformed, "line is not a JSON object"}
			var v any
			if err := json.Unmarshal(raw, &v); err != nil {
				f.reason = "line is not valid JSON: " + err.Error()
			}
		}
		rp.add(lineNo, f)
	}
	if a == nil {
		return false, nil
	}
	if enc != "" {
		metaPut(a, "encoding", enc)
	}
	return false, run.emit(a)
}

// readLineLimited reads one line without its newline into buf. A line over
// max bytes is consumed but not kept (tooLong). n counts the bytes read.
func readLineLimited(br *bufio.Reader, max int64, buf []byte) (line []byte, n int64, tooLong bool, err error) {
	for {
		frag, e := br.ReadSlice('\n')
		n += int64(len(frag))
		if !tooLong {
			if int64(len(buf)+len(frag)) > max+1 {
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, frag...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if len(buf) > 0 && buf[len(buf)-1] == '\n' {
			buf = buf[:len(buf)-1]
		}
		return buf, n, tooLong, e
	}
}
