package gen

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
)

// WriteDir writes the corpus under dir: one file per article for txt, md
// and html, bundles of up to 50 records for json (an array) and jsonl (a
// record a line), in subdirectories of at most 1000 files. It returns the
// number of files and bytes written.
func WriteDir(dir string, opt Options) (files int, nbytes int64, err error) {
	o, err := opt.normalize()
	if err != nil {
		return 0, 0, err
	}
	w := &dirWriter{root: dir, made: map[string]bool{}, bundles: map[string]*pendingBundle{}}
	err = each(o, true, func(it item) error {
		if it.bundle {
			return w.addRecord(it.file)
		}
		return w.write(it.file.Name, it.file.Data)
	})
	if err == nil {
		err = w.flushAll()
	}
	return w.files, w.bytes, err
}

type pendingBundle struct {
	name, format string
	buf          bytes.Buffer
	count        int
}

type dirWriter struct {
	root    string
	made    map[string]bool
	bundles map[string]*pendingBundle // by file name
	files   int
	bytes   int64
}

func (w *dirWriter) write(name string, data []byte) error {
	path := filepath.Join(w.root, filepath.FromSlash(name))
	dir := filepath.Dir(path)
	if !w.made[dir] {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		w.made[dir] = true
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return err
	}
	w.files++
	w.bytes += int64(len(data))
	return nil
}

func (w *dirWriter) addRecord(g Generated) error {
	b := w.bundles[g.Name]
	if b == nil {
		b = &pendingBundle{name: g.Name, format: g.Format}
		w.bundles[g.Name] = b
		if g.Format == FormatJSON {
			b.buf.WriteString("[\n")
		}
	}
	if b.count > 0 && g.Format == FormatJSON {
		b.buf.WriteString(",\n")
	}
	b.buf.Write(g.Data)
	if g.Format == FormatJSONL {
		b.buf.WriteByte('\n')
	}
	b.count++
	if b.count == bundleSize {
		return w.flush(b)
	}
	return nil
}

func (w *dirWriter) flush(b *pendingBundle) error {
	if b.format == FormatJSON {
		b.buf.WriteString("\n]\n")
	}
	delete(w.bundles, b.name)
	return w.write(b.name, b.buf.Bytes())
}

// flushAll writes the partly filled bundles, in name order.
func (w *dirWriter) flushAll() error {
	names := make([]string, 0, len(w.bundles))
	for name := range w.bundles {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if err := w.flush(w.bundles[name]); err != nil {
			return err
		}
	}
	return nil
}
