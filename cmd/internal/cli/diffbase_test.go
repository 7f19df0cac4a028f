package cli

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseDiff(t *testing.T) {
	tests := []struct {
		name string
		diff string
		want map[string]lineSet
	}{
		{"empty", "", map[string]lineSet{}},
		{"changes and counts", `diff --git a/a.txt b/a.txt
index 1..2 100644
--- a/a.txt
+++ b/a.txt
@@ -3 +3 @@ Storm
-old
+new
@@ -10,0 +11,2 @@
+x
+y
@@ -20,3 +21,0 @@
-gone
-gone
-gone
`, map[string]lineSet{"a.txt": {{3, 3}, {11, 12}}}},
		{"lines that look like headers", `diff --git a/a.txt b/a.txt
--- a/a.txt
+++ b/a.txt
@@ -1,2 +1,2 @@
--- a/b.txt
-@@ -1 +1 @@
+++ b/c.txt
+diff --git a/d b/d
\ No newline at end of file
@@ -9 +9 @@
-p
+q
`, map[string]lineSet{"a.txt": {{1, 2}, {9, 9}}}},
		{"new, deleted, renamed and quoted files", "diff --git a/new.txt b/new.txt\n" +
			"new file mode 100644\n--- /dev/null\n+++ b/new.txt\n@@ -0,0 +1,3 @@\n+a\n+b\n+c\n" +
			"diff --git a/old.txt b/old.txt\ndeleted file mode 100644\n--- a/old.txt\n+++ /dev/null\n@@ -1 +0,0 @@\n-a\n" +
			"diff --git a/x.txt b/y.txt\nsimilarity index 90%\nrename from x.txt\nrename to y.txt\n--- a/x.txt\n+++ b/y.txt\n@@ -5 +5 @@\n-a\n+b\n" +
			"diff --git a/a b.txt b/a b.txt\n--- a/a b.txt\t\n+++ b/a b.txt\t\n@@ -1 +1 @@\n-a\n+b\n" +
			"diff --git \"a/q\\\"\\303\\251.txt\" \"b/q\\\"\\303\\251.txt\"\n--- \"a/q\\\"\\303\\251.txt\"\n+++ \"b/q\\\"\\303\\251.txt\"\n@@ -2,0 +3 @@\n+z\n" +
			"diff --git a/mode.txt b/mode.txt\nold mode 100644\nnew mode 100755\n" +
			"diff --git a/shrunk.txt b/shrunk.txt\n--- a/shrunk.txt\n+++ b/shrunk.txt\n@@ -4,2 +3,0 @@\n-a\n-b\n",
			map[string]lineSet{
				"new.txt":    {{1, 3}},
				"y.txt":      {{5, 5}},
				"a b.txt":    {{1, 1}},
				"q\"é.txt":   {{3, 3}},
				"shrunk.txt": {},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseDiff([]byte(tt.diff))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestParseDiffErrors(t *testing.T) {
	for _, diff := range []string{
		"+++ b/a.txt\n@@ -x +1 @@\n",
		"+++ b/a.txt\n@@ -1 +1,y @@\n",
		"+++ b/a.txt\n@@ 1 1 @@\n",
		"+++ \"b/unterminated\n",
	} {
		if _, err := parseDiff([]byte(diff)); err == nil {
			t.Errorf("parseDiff(%q): no error", diff)
		}
	}
}

func TestLineSetIntersects(t *testing.T) {
	s := lineSet{{3, 3}, {10, 12}}
	tests := []struct {
		first, last int
		want        bool
	}{
		{1, 2, false}, {1, 3, true}, {3, 3, true}, {4, 9, false},
		{9, 10, true}, {12, 20, true}, {13, 20, false}, {1, 100, true},
	}
	for _, tt := range tests {
		if got := s.intersects(tt.first, tt.last); got != tt.want {
			t.Errorf("intersects(%d, %d) = %v, want %v", tt.first, tt.last, got, tt.want)
		}
	}
	if (lineSet{}).intersects(1, 1) {
		t.Error("the empty set intersects")
	}
}

func TestParseRawDiff(t *testing.T) {
	out := ":100644 100644 " + strings.Repeat("a", 40) + " " + strings.Repeat("b", 40) + " M\x00a b.txt\x00" +
		":000000 120000 " + strings.Repeat("0", 40) + " " + strings.Repeat("c", 40) + " A\x00link\nname.md\x00"
	got, err := parseRawDiff([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	want := []rawEntry{
		{mode: "100644", blob: strings.Repeat("b", 40), path: "a b.txt"},
		{mode: "120000", blob: strings.Repeat("c", 40), path: "link\nname.md"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if got, err := parseRawDiff(nil); err != nil || got != nil {
		t.Errorf("empty: %v, %v", got, err)
	}
	for _, bad := range []string{":100644 M\x00a\x00", ":100644 100644 a b M\x00"} {
		if _, err := parseRawDiff([]byte(bad)); err == nil {
			t.Errorf("parseRawDiff(%q): no error", bad)
		}
	}
}

func TestGitRepoPaths(t *testing.T) {
	g := &gitRepo{root: "/repo", prefix: "sub/"}
	rels := []struct {
		path, rel string
		ok        bool
	}{
		{"a.txt", "sub/a.txt", true},
		{"../a.txt", "a.txt", true},
		{".", "sub", true},
		{"..", ".", true},
		{"../../x.txt", "", false},
		{"/repo/b.txt", "b.txt", true},
		{"/elsewhere/b.txt", "", false},
	}
	for _, tt := range rels {
		if rel, ok := g.rel(tt.path); rel != tt.rel || ok != tt.ok {
			t.Errorf("rel(%q) = %q, %v; want %q, %v", tt.path, rel, ok, tt.rel, tt.ok)
		}
	}
	if got := g.local("a.txt"); got != "../a.txt" {
		t.Errorf("local(a.txt) = %q", got)
	}
	if got := g.local("sub/x/b.txt"); got != "x/b.txt" {
		t.Errorf("local(sub/x/b.txt) = %q", got)
	}
	specs, all := g.pathspecs([]string{"a.txt", "-", "../../out.txt"})
	if !reflect.DeepEqual(specs, []string{":(top,literal)sub/a.txt"}) || all {
		t.Errorf("pathspecs: %q, %v", specs, all)
	}
	if _, all := g.pathspecs([]string{"a.txt", ".."}); !all {
		t.Error("pathspecs: the top folder is not the whole work tree")
	}
	if specs, _ := g.pathspecs(nil); !reflect.DeepEqual(specs, []string{":(top,literal)sub"}) {
		t.Errorf("pathspecs(nil) = %q", specs)
	}
}
