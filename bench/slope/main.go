// Command slope reads the output of go test -bench and fits how the cost of
// each family of benchmarks grows with its size: benchmarks named
// ".../n=SIZE" form a family, and slope prints, for each, the exponent k of
// time ~ SIZE^k and of allocated bytes ~ SIZE^k, as the least-squares slope
// of the logarithms over all sizes and between the two largest sizes. An
// exponent near 1 is linear growth; near 2, quadratic. Runs of the same size
// (go test -count) count by their median.
//
// Usage:
//
//	go test -run '^$' -bench Growth ./rules/ | go run ./bench/slope
package main

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// point is one size of a family.
type point struct {
	n         float64 // the size
	ns, bytes float64 // ns/op and B/op; 0 when not reported
}

// benchLine matches a result line: name, iterations and the metrics.
var benchLine = regexp.MustCompile(`^(Benchmark\S+?)/n=(\d+)(?:-\d+)?\s+(\d+)\s+(.*)$`)

func main() {
	if err := run(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "slope:", err)
		os.Exit(1)
	}
}

func run(r io.Reader, w io.Writer) error {
	families := map[string][]point{}
	var order []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		m := benchLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		n, err := strconv.ParseFloat(m[2], 64)
		if err != nil {
			return fmt.Errorf("size %q: %w", m[2], err)
		}
		p := point{n: n}
		f := strings.Fields(m[4])
		for i := 0; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			switch f[i+1] {
			case "ns/op":
				p.ns = v
			case "B/op":
				p.bytes = v
			}
		}
		if _, ok := families[m[1]]; !ok {
			order = append(order, m[1])
		}
		families[m[1]] = append(families[m[1]], p)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	fmt.Fprintln(w, "| benchmark | sizes | time exponent (all / largest two) | memory exponent (all / largest two) | time at largest |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	for _, name := range order {
		ps := medians(families[name])
		if len(ps) < 2 {
			continue
		}
		sizes := make([]string, len(ps))
		for i, p := range ps {
			sizes[i] = strconv.FormatFloat(p.n, 'f', -1, 64)
		}
		last := ps[len(ps)-1]
		fmt.Fprintf(w, "| %s | %s | %s / %s | %s / %s | %s |\n",
			strings.TrimPrefix(name, "Benchmark"), strings.Join(sizes, ", "),
			exponent(ps, func(p point) float64 { return p.ns }),
			exponent(ps[len(ps)-2:], func(p point) float64 { return p.ns }),
			exponent(ps, func(p point) float64 { return p.bytes }),
			exponent(ps[len(ps)-2:], func(p point) float64 { return p.bytes }),
			duration(last.ns))
	}
	return nil
}

// medians returns one point per size, sorted by size, with the median of
// the metrics of the runs of that size (go test -count).
func medians(ps []point) []point {
	bySize := map[float64][]point{}
	for _, p := range ps {
		bySize[p.n] = append(bySize[p.n], p)
	}
	var out []point
	for n, runs := range bySize {
		out = append(out, point{
			n:     n,
			ns:    median(runs, func(p point) float64 { return p.ns }),
			bytes: median(runs, func(p point) float64 { return p.bytes }),
		})
	}
	slices.SortFunc(out, func(a, b point) int { return cmpFloat(a.n, b.n) })
	return out
}

// median returns the median of a metric over runs.
func median(runs []point, metric func(point) float64) float64 {
	vs := make([]float64, len(runs))
	for i, p := range runs {
		vs[i] = metric(p)
	}
	slices.Sort(vs)
	if len(vs)%2 == 1 {
		return vs[len(vs)/2]
	}
	return (vs[len(vs)/2-1] + vs[len(vs)/2]) / 2
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// exponent returns the least-squares slope of log(metric) over log(size),
// formatted, or "-" when a metric is missing.
func exponent(ps []point, metric func(point) float64) string {
	var sx, sy, sxx, sxy float64
	for _, p := range ps {
		v := metric(p)
		if v <= 0 {
			return "-"
		}
		x, y := math.Log(p.n), math.Log(v)
		sx, sy, sxx, sxy = sx+x, sy+y, sxx+x*x, sxy+x*y
	}
	k := float64(len(ps))
	den := k*sxx - sx*sx
	if den == 0 {
		return "-"
	}
	return strconv.FormatFloat((k*sxy-sx*sy)/den, 'f', 2, 64)
}

// duration formats nanoseconds for a person.
func duration(ns float64) string {
	switch {
	case ns >= 1e9:
		return strconv.FormatFloat(ns/1e9, 'f', 2, 64) + " s"
	case ns >= 1e6:
		return strconv.FormatFloat(ns/1e6, 'f', 1, 64) + " ms"
	case ns >= 1e3:
		return strconv.FormatFloat(ns/1e3, 'f', 1, 64) + " µs"
	}
	return strconv.FormatFloat(ns, 'f', 0, 64) + " ns"
}
