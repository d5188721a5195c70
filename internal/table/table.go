// Package table renders plain-text tables for the terminal: one place that
// configures tablewriter (ASCII borders, word wrapping to a total width) so
// every command's tables look alike.
package table

import (
	"io"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// DefaultWidth is the terminal width tables are wrapped to.
const DefaultWidth = 100

// Write renders header and rows to w, wrapping cells by words so the table
// fits width columns; long evidence is wrapped, never cut off.
func Write(w io.Writer, width int, header []string, rows [][]string) error {
	if width <= 0 {
		width = DefaultWidth
	}
	t := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleASCII)})),
		tablewriter.WithMaxWidth(width),
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
