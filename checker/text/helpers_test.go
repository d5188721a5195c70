package text

import "time"

var timeZero time.Time
