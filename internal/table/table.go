// Package table renders plain-text tables for the terminal: one place that
// configures tablewriter (ASCII borders, word wrapping to a total width) so
// every command's tables look alike.
package table

import (
	"io"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// DefaultWidth is the terminal width tables are wrapped to.
const DefaultWidth = 100

// maxNarrow caps the width of columns other than the widest one, so that
// the long-text column gets the room.
const maxNarrow = 24

// Write renders header and rows to w so the table fits width columns.
// Every column keeps its natural width up to a cap, and the column with the
// most text takes what is left; cells are wrapped by words, never cut off.
func Write(w io.Writer, width int, header []string, rows [][]string) error {
	if width <= 0 {
		width = DefaultWidth
	}
	widths := columnWidths(width, header, rows)
	t := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleASCII)})),
		tablewriter.WithColumnWidths(widths),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithHeaderAutoWrap(tw.WrapNormal),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithTrimSpace(tw.On),
	)
	h := make([]any, len(header))
	for i, s := range header {
		h[i] = s
	}
	t.Header(h...)
	for _, r := range rows {
		if err := t.Append(r); err != nil {
			return err
		}
	}
	return t.Render()
}

// columnWidths gives each column its natural width (longest line, header
// included) capped at maxNarrow, and the column with the most text the rest
// of width, after borders and padding.
func columnWidths(width int, header []string, rows [][]string) tw.Mapper[int, int] {
	n := len(header)
	natural := make([]int, n)
	total := make([]int, n)
	measure := func(i int, s string) {
		for _, line := range strings.Split(s, "\n") {
			if w := runewidth.StringWidth(line); w > natural[i] {
				natural[i] = w
			}
		}
		total[i] += len(s)
	}
	for i, s := range header {
		measure(i, s)
	}
	for _, r := range rows {
		for i := 0; i < n && i < len(r); i++ {
			measure(i, r[i])
		}
	}
	flex := 0
	for i := range total {
		if total[i] > total[flex] {
			flex = i
		}
	}
	// tablewriter's column widths include one space of padding each side.
	out := tw.NewMapper[int, int]()
	used := n + 1
	for i := range natural {
		if i == flex {
			continue
		}
		w := min(natural[i], maxNarrow) + 2
		out.Set(i, w)
		used += w
	}
	rest := width - used
	if rest < 22 {
		rest = 22
	}
	out.Set(flex, min(rest, natural[flex]+2))
	return out
}
