package read_test

import (
	"errors"
	"os"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadTXT(t *testing.T) {
	tests := []struct {
		file     string
		title    string
		date     time.Time
		dateline string // "" when the date does not come from a dateline
	}{
		{"dateline-weekday.txt", "Harbor Council Approves New Ferry Schedule for Velmont",
			readersDay(2031, time.March, 4), "Tuesday, March 4, 2031"},
		{"dateline-iso.txt", "Ferry Fares Rise in Velmont", readersDay(2031, time.March, 4), "2031-03-04"},
		{"dateline-daymonth.txt", "Velmont Library Reopens After Repairs", readersDay(2031, time.March, 4), "4 March 2031"},
		{"dateline-abbrev.txt", "Pellham Mayor Names New Water Commissioner",
			readersDay(2030, time.September, 14), "Sept. 14, 2030"},
		{"dateline-time.txt", "Storm Closes Pellham Schools",
			time.Date(2030, time.September, 14, 10, 30, 0, 0, time.UTC), "September 14, 2030 10:30 AM"},
		{"bom-crlf.txt", "River Port Opens Second Dock", readersDay(2031, time.May, 5), "Monday, May 5, 2031"},
		// A section label is skipped when a longer headline follows...
		{"section-label.txt", "Orchard Growers in Pellham Count Frost Losses After Cold Snap", time.Time{}, ""},
		// ...but a short line followed by body text is the title.
		{"label-only.txt", "Frost Damage", time.Time{}, ""},
		// A long first line ending in a period is body text, not a title.
		{"no-title.txt", "", time.Time{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := readersFixture("txt", tt.file)
			a := readersOne(t, path)
			assert.Equal(t, tt.file[:len(tt.file)-len(".txt")], a.ID)
			assert.Equal(t, "txt", a.Format)
			assert.Equal(t, path, a.Path)
			assert.Equal(t, tt.title, a.Title)
			assert.Equal(t, tt.date, a.Published)
			if tt.dateline == "" {
				assert.Equal(t, article.DateUnknown, a.PublishedFrom)
				assert.Nil(t, a.DatelineSpan)
				return
			}
			assert.Equal(t, article.DateFromDateline, a.PublishedFrom)
			assert.Equal(t, tt.dateline, a.PublishedText)
			require.NotNil(t, a.DatelineSpan)
			assert.Equal(t, tt.dateline, a.Text[a.DatelineSpan.Start:a.DatelineSpan.End])
		})
	}
}

// Text is the file byte for byte, so offsets point into the file; only the
// byte-order mark is left out.
func TestReadTXTKeepsFileBytes(t *testing.T) {
	for _, file := range []string{"dateline-weekday.txt", "bom-crlf.txt"} {
		t.Run(file, func(t *testing.T) {
			path := readersFixture("txt", file)
			raw, err := os.ReadFile(path)
			require.NoError(t, err)
			a := readersOne(t, path)
			assert.Equal(t, string(raw[len(raw)-len(a.Text):]), a.Text)
			assert.LessOrEqual(t, len(raw)-len(a.Text), 3)
			assert.Nil(t, a.Meta)
		})
	}
}

func TestReadTXTCRLFParagraphs(t *testing.T) {
	a := readersOne(t, readersFixture("txt", "bom-crlf.txt"))
	var paras []string
	for i := range a.Paragraphs {
		paras = append(paras, a.ParagraphText(i))
	}
	assert.Equal(t, []string{
		"Monday, May 5, 2031",
		"River Port Opens Second Dock",
		"The river port at Kessing opened its second dock on Monday.",
		"Officials said traffic would double.",
	}, paras)
}

func TestReadTXTWindows1252(t *testing.T) {
	a := readersOne(t, readersFixture("txt", "cp1252.txt"))
	assert.Equal(t, "windows-1252", a.Meta["encoding"])
	assert.Contains(t, a.Text, "the plan was “on track” and the café on the pier")
	assert.Equal(t, "Harbor Chief Speaks", a.Title)
}

func TestReadTXTProblems(t *testing.T) {
	tests := []struct {
		file string
		opt  read.Options
		kind error
	}{
		{"binary.txt", read.Options{}, read.ErrFileBinary},
		{"empty.txt", read.Options{}, read.ErrFileEmpty},
		{"big.txt", read.Options{MaxBytes: 1000}, read.ErrFileTooLarge},
		{"missing.txt", read.Options{}, read.ErrPathMissing},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := readersFixture("txt", tt.file)
			arts, problems := read.File(path, tt.opt)
			assert.Empty(t, arts)
			require.Len(t, problems, 1)
			assert.True(t, errors.Is(problems[0], tt.kind), "got %v", problems[0])
			assert.Equal(t, path, problems[0].Path)
			assert.Contains(t, problems[0].Error(), path+": ")
		})
	}
	// The same big file is fine under the default limit.
	readersOne(t, readersFixture("txt", "big.txt"))
}

func TestReadBytesEncodings(t *testing.T) {
	utf16le := []byte{0xFF, 0xFE}
	for _, r := range "Quay Road Closed\nThe quay road is closed.\n" {
		utf16le = append(utf16le, byte(r), 0)
	}
	tests := []struct {
		name     string
		data     []byte
		encoding string // "" for UTF-8
		text     string
		kind     error // nil: must read
	}{
		{"utf8", []byte("Quay Road Closed\nThe quay road is closed.\n"), "", "Quay Road Closed\nThe quay road is closed.\n", nil},
		{"bom", []byte("\xEF\xBB\xBFQuay Road Closed\n"), "", "Quay Road Closed\n", nil},
		{"utf16", utf16le, "utf-16le", "Quay Road Closed\nThe quay road is closed.\n", nil},
		{"latin1", []byte("Caf\xe9 Owner Says \x93Enough\x94\n"), "windows-1252", "Café Owner Says “Enough”\n", nil},
		{"nul", []byte("Quay\x00Road"), "", "", read.ErrFileBinary},
		{"controls", []byte("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f abc"), "", "", read.ErrFileBinary},
		{"only-bom", []byte("\xEF\xBB\xBF \n"), "", "", read.ErrFileEmpty},
		{"nothing", nil, "", "", read.ErrFileEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, problems := read.Bytes(tt.name+".txt", tt.data, read.Options{})
			if tt.kind != nil {
				assert.Empty(t, arts)
				require.Len(t, problems, 1)
				assert.ErrorIs(t, problems[0], tt.kind)
				return
			}
			require.Empty(t, problems)
			require.Len(t, arts, 1)
			readersCheckSpans(t, arts[0])
			assert.Equal(t, tt.text, arts[0].Text)
			assert.Equal(t, tt.encoding, arts[0].Meta["encoding"])
		})
	}
}

func TestReadBytesUnsupported(t *testing.T) {
	arts, problems := read.Bytes("notes.docx", []byte("Some words."), read.Options{})
	assert.Empty(t, arts)
	require.Len(t, problems, 1)
	assert.ErrorIs(t, problems[0], read.ErrUnsupportedFormat)
}

func TestProblemError(t *testing.T) {
	tests := []struct {
		p    read.Problem
		want string
	}{
		{read.Problem{Path: "a/b.jsonl", Line: 7, Reason: "line is not valid JSON"}, "a/b.jsonl:7: line is not valid JSON"},
		{read.Problem{Path: "a/b.txt", Reason: "empty file"}, "a/b.txt: empty file"},
		{read.Problem{Reason: "lonely"}, "lonely"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.p.Error())
	}
}

func TestReadTXTLeadLines(t *testing.T) {
	body := "The council of Brenmoor voted on the harbour plan on Tuesday evening, a spokesman said.\n"
	tests := []struct {
		name, src, title, dateline string
	}{
		{"question headline", "Will the Ferry Run?\n" + body, "Will the Ferry Run?", ""},
		{"lead-in is not a title", "Here is what we know:\n" + body, "", ""},
		{"byline before title", "By Ann Roe\nFerry Runs Again\n" + body, "Ferry Runs Again", ""},
		{"dateline after title", "Ferry Runs Again\nMarch 4, 2031\n" + body, "Ferry Runs Again", "March 4, 2031"},
		{"updated line skipped", "Ferry Runs Again\nUpdated: March 5, 2031 09:00\nPublished: March 4, 2031\n" + body,
			"Ferry Runs Again", "Published: March 4, 2031"},
		{"second dateline is not a title", "March 4, 2031\n2031-03-05\nFerry Runs Again\n" + body, "Ferry Runs Again", "March 4, 2031"},
		{"label then body", "World\n" + body, "World", ""},
		{"dateline inside body ignored", body + "March 4, 2031\n", "", ""},
		{"only a dateline", "March 4, 2031\n", "", "March 4, 2031"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, problems := read.Bytes("lead.txt", []byte(tt.src), read.Options{})
			require.Empty(t, problems)
			require.Len(t, arts, 1)
			a := arts[0]
			assert.Equal(t, tt.title, a.Title)
			if tt.dateline == "" {
				assert.Nil(t, a.DatelineSpan)
				return
			}
			require.NotNil(t, a.DatelineSpan)
			assert.Equal(t, tt.dateline, a.Text[a.DatelineSpan.Start:a.DatelineSpan.End])
			assert.Equal(t, tt.dateline, a.PublishedText)
		})
	}
}
