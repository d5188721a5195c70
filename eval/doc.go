// Package eval scores crosscheck on held-out stories: invented news
// stories (testdata/<story>/, every input format) whose planted
// contradictions and traps are listed in testdata/<story>/EXPECTED.yml as
// must and must_not findings. Findings crosscheck fails today carry a
// known_gap with the diagnosis; the test logs them and fails when one
// starts passing, so that the file is kept up to date.
//
//	go test -v -run TestHeldOutStories ./eval   # the figures and every gap
//
// Only this package's tests use it; production code never imports it.
package eval
