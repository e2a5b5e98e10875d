package corpus

import (
	"os"
	"strings"
	"testing"
)

func TestHTMLArticle(t *testing.T) {
	data, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	ex, err := extractHTML(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"SCRIPTTEXT", "color:red", "NAVTEXT", "FOOTERTEXT", "<"} {
		if strings.Contains(ex.Text, bad) {
			t.Errorf("text contains %q:\n%s", bad, ex.Text)
		}
	}
	for _, good := range []string{"First paragraph of the article", "Second paragraph bold text and a link.", "Third one.\nLine two."} {
		if !strings.Contains(ex.Text, good) {
			t.Errorf("text lacks %q:\n%s", good, ex.Text)
		}
	}
	if ex.Title != "Maduro leaves Caracas" || ex.Source != "Example News" || ex.URL != "https://example.com/a" {
		t.Errorf("metadata = %q %q %q", ex.Title, ex.Source, ex.URL)
	}
	if got := ex.Date.Format("2006-01-02"); got != "2025-12-01" {
		t.Errorf("date = %s", got)
	}
	if n := strings.Count(ex.Text, "Maduro leaves Caracas"); n != 1 {
		t.Errorf("title appears %d times:\n%s", n, ex.Text)
	}
}

func TestHTMLCases(t *testing.T) {
	tests := []struct {
		name, html  string
		want, avoid []string
		title, date string
		err         error
	}{
		{name: "script and style only", html: "<html><head><style>p{}</style></head><body><script>alert(1)</script></body></html>", err: ErrNoText},
		{name: "empty", html: "   ", err: ErrEmpty},
		{name: "malformed", html: "<p>Unclosed <b>bold <i>italic</p><div>Second</span> block & more &amp; &lt;done&gt;",
			want: []string{"Unclosed bold italic", "Second block & more & <done>"}},
		{name: "time element and title tag", html: `<html><head><title>Page Title</title></head><body><p>Body text here.</p><time datetime="2024-03-05">5 March</time></body></html>`,
			want: []string{"Body text here."}, title: "Page Title", date: "2024-03-05"},
		{name: "noscript iframe template svg", html: `<body><p>Visible.</p><noscript>NOSCRIPT</noscript><template>TEMPLATE</template><svg><text>SVG</text></svg><iframe>IFRAME</iframe></body>`,
			want: []string{"Visible."}, avoid: []string{"NOSCRIPT", "TEMPLATE", "SVG", "IFRAME"}},
		{name: "pre keeps lines", html: "<body><pre>line one\n  line two</pre></body>", want: []string{"line one\n  line two"}},
		{name: "binary", html: "\x89PNG\r\n\x1a\n\x00\x00", err: ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := extractHTML([]byte(tt.html))
			if tt.err != nil {
				if !errorsIs(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(ex.Text, w) {
					t.Errorf("text lacks %q: %q", w, ex.Text)
				}
			}
			for _, a := range tt.avoid {
				if strings.Contains(ex.Text, a) {
					t.Errorf("text has %q: %q", a, ex.Text)
				}
			}
			if tt.title != "" && ex.Title != tt.title {
				t.Errorf("title = %q, want %q", ex.Title, tt.title)
			}
			if tt.date != "" && ex.Date.Format("2006-01-02") != tt.date {
				t.Errorf("date = %v, want %s", ex.Date, tt.date)
			}
		})
	}
}

func TestHTMLDeeplyNested(t *testing.T) {
	const depth = 100_000
	page := "<html><body>" + strings.Repeat("<div>", depth) + "deep text" + strings.Repeat("</div>", depth) + "<p>after</p></body></html>"
	ex, err := extractHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ex.Text, "deep text") || !strings.Contains(ex.Text, "after") {
		t.Errorf("text = %q", ex.Text)
	}
	// unclosed nesting as well
	ex, err = extractHTML([]byte(strings.Repeat("<span><div>", depth) + "bottom"))
	if err != nil || !strings.Contains(ex.Text, "bottom") {
		t.Errorf("unclosed: %q, %v", Shorten(ex.Text, 40), err)
	}
}

func TestHTMLLegacyCharset(t *testing.T) {
	page := []byte("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Price \xa310, caf\xe9.</p></body></html>")
	ex, err := extractHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ex.Text, "Price £10, café.") {
		t.Errorf("text = %q", ex.Text)
	}
	page = []byte("<html><head><meta charset=\"koi8-r\"></head><body><p>\xf0\xd2\xc9\xd7\xc5\xd4</p></body></html>")
	if ex, err = extractHTML(page); err != nil || !strings.Contains(ex.Text, "Привет") {
		t.Errorf("koi8-r: %q, %v", ex.Text, err)
	}
}

func TestHTMLReadabilityDropsClutter(t *testing.T) {
	data, err := os.ReadFile("testdata/news.html")
	if err != nil {
		t.Fatal(err)
	}
	ex, err := extractHTML(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"RELATEDLINK", "COMMENTTEXT", "MENULINK"} {
		if strings.Contains(ex.Text, bad) {
			t.Errorf("text contains %s", bad)
		}
	}
	if n := strings.Count(ex.Text, "talks with Washington would continue"); n != 12 {
		t.Errorf("article sentences kept: %d, want 12\n%s", n, ex.Text)
	}
	if !strings.HasPrefix(ex.Text, "Talks continue") {
		t.Errorf("title = %q, text starts %q", ex.Title, Shorten(ex.Text, 60))
	}
}
