package gen

// Truth says what the generator planted in one article, so that an
// evaluation can score what the checker finds.
type Truth struct {
	ID    string `json:"id"`
	Event int    `json:"event"` // articles with the same Event report one event
	// EventText names the event as the majority of its articles tell it:
	// "flood in Valmora on 2031-03-04".
	EventText string `json:"event_text"`
	Planted   string `json:"planted,omitempty"` // "" or one of the Plant* kinds
	// True and Told are the value the other articles give and the one this
	// article gives instead, as written.
	True string `json:"true,omitempty"`
	Told string `json:"told,omitempty"`
}

// GroundTruth returns the plan of every article without writing any text.
func GroundTruth(opt Options) ([]Truth, error) {
	o, err := opt.normalize()
	if err != nil {
		return nil, err
	}
	out := make([]Truth, 0, o.n)
	var ev *event
	for i := range o.n {
		p, _ := planArticle(o, i)
		if ev == nil || ev.index != p.event {
			ev = newEvent(o.seed, p.event)
		}
		t := Truth{ID: articleID(i), Event: p.event, EventText: ev.describe(), Planted: p.planted}
		switch p.planted {
		case PlantDate:
			t.True, t.Told = ev.date.Format(datelineLayout), ev.altDate.Format(datelineLayout)
		case PlantPlace:
			t.True, t.Told = ev.place, ev.altPlace
		case PlantNumber:
			t.True, t.Told = ev.numbers[p.number].text, ev.numbers[p.number].altText
		case PlantTitle:
			who := ev.people[p.person]
			t.True = titleOf(who.pre, withPlace(who.appos, ev.place), who.full())
			t.Told = titleOf(who.altPre, withPlace(who.altAppos, ev.place), who.full())
		}
		out = append(out, t)
	}
	return out, nil
}

// titleOf writes a title as the articles do: "Deputy Mayor Ana Voss" or
// "Ana Voss, a spokeswoman for the fire service".
func titleOf(pre, appos, name string) string {
	if pre != "" {
		return pre + " " + name + ", " + appos
	}
	return name + ", " + appos
}
