package temporal

// Tag finds every date and time expression in text and resolves it against
// opt.Reference. The result is sorted by Start and non-overlapping.
func Tag(text string, opt Options) []Expression {
	return nil
}
