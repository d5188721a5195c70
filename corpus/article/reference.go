package article

import "time"

// RefFromUser says an article's reference date was given by the user
// (--ref, or the fallback for an undated article), not read from it.
const RefFromUser = "user"

// RefPolicy is how reference dates are chosen besides the articles' own
// dates: the one setting check, draft check and the web server share.
type RefPolicy struct {
	// Ref overrides every article's reference date when set (--ref).
	Ref time.Time
	// Fallback is used for articles with no publication date.
	Fallback time.Time
}

// Reference decides the reference date of an article published on
// published (zero: unknown), a date read from from: --ref overrides;
// then the publication date's day; then the fallback; else unknown.
// from says where the date came from: the DateSource, RefFromUser, or
// DateUnknown. It is the one place the decision is made.
func (p RefPolicy) Reference(published time.Time, from DateSource) (time.Time, string) {
	switch {
	case !p.Ref.IsZero():
		return p.Ref, RefFromUser
	case !published.IsZero():
		y, m, d := published.Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), string(from)
	case !p.Fallback.IsZero():
		return p.Fallback, RefFromUser
	}
	return time.Time{}, string(DateUnknown)
}

// Reference is the article's reference date under p (RefPolicy.Reference).
func (a *Article) Reference(p RefPolicy) (time.Time, string) {
	return p.Reference(a.Published, a.PublishedFrom)
}
