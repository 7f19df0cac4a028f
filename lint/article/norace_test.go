//go:build !race

package article

// raceDetector reports whether the tests run under the race detector, which
// slows parsing down more than tenfold and makes timings meaningless.
const raceDetector = false
