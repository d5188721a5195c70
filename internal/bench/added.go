package bench

import (
	"bytes"
	"os"
	"path/filepath"

	"github.com/crosscheck/crosscheck/corpus/gen"
)

// writeAdded writes the generated articles from..to-1 under dir as the
// generator would (the generator makes article i the same whatever the
// corpus size): one file each for txt, md and html, the JSON records
// gathered into one .json array and one .jsonl file.
func writeAdded(dir string, opt gen.Options, from, to int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var jsonl, jsonArr bytes.Buffer
	i := 0
	opt.Articles = to
	err := gen.Files(opt, func(g gen.Generated) error {
		i++
		if i <= from {
			return nil
		}
		switch g.Format {
		case gen.FormatJSONL:
			jsonl.Write(g.Data)
			jsonl.WriteByte('\n')
			return nil
		case gen.FormatJSON:
			if jsonArr.Len() > 0 {
				jsonArr.WriteString(",\n")
			}
			jsonArr.Write(g.Data)
			return nil
		}
		return os.WriteFile(filepath.Join(dir, filepath.Base(g.Name)), g.Data, 0o644)
	})
	if err != nil {
		return err
	}
	if jsonl.Len() > 0 {
		if err := os.WriteFile(filepath.Join(dir, "added.jsonl"), jsonl.Bytes(), 0o644); err != nil {
			return err
		}
	}
	if jsonArr.Len() > 0 {
		data := append(append([]byte("[\n"), jsonArr.Bytes()...), "\n]\n"...)
		if err := os.WriteFile(filepath.Join(dir, "added.json"), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
