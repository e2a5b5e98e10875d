package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Preference keys and their defaults.
const (
	// PrefRecent holds recent project paths, newest first, one per line.
	PrefRecent = "recent_projects"
	// MaxRecent is how many recent projects are kept.
	MaxRecent = 8
	// PrefLastProject is the project open when the app last quit ("" for
	// none); it is reopened at start.
	PrefLastProject = "last_project"
	// PrefWindowWidth and PrefWindowHeight are the window size.
	PrefWindowWidth  = "window_width"
	PrefWindowHeight = "window_height"
	DefaultWindowW   = 1200
	DefaultWindowH   = 780
	// PrefTheme is "light", "dark" or "system".
	PrefTheme    = "theme"
	DefaultTheme = "system"
	// PrefTextScale scales all text (1.0 normal; 0.7 to 2.0).
	PrefTextScale    = "text_scale"
	DefaultTextScale = 1.0
)

func (x *App) prefs() fyne.Preferences { return x.fyne.Preferences() }

// recent returns the recent projects, newest first.
func (x *App) recent() []string {
	var out []string
	for _, p := range strings.Split(x.prefs().String(PrefRecent), "\n") {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (x *App) addRecent(path string) {
	list := []string{path}
	for _, p := range x.recent() {
		if p != path && len(list) < MaxRecent {
			list = append(list, p)
		}
	}
	x.prefs().SetString(PrefRecent, strings.Join(list, "\n"))
	x.buildMenus()
}

func (x *App) restoreWindowSize() {
	w := x.prefs().FloatWithFallback(PrefWindowWidth, DefaultWindowW)
	h := x.prefs().FloatWithFallback(PrefWindowHeight, DefaultWindowH)
	x.win.Resize(fyne.NewSize(float32(max(w, 640)), float32(max(h, 420))))
}

func (x *App) saveWindowSize() {
	s := x.win.Canvas().Size()
	if s.Width > 0 && s.Height > 0 {
		x.prefs().SetFloat(PrefWindowWidth, float64(s.Width))
		x.prefs().SetFloat(PrefWindowHeight, float64(s.Height))
	}
}

// SetTheme sets "light", "dark" or "system" and remembers it.
func (x *App) SetTheme(name string) {
	x.prefs().SetString(PrefTheme, name)
	x.applyTheme()
}

// SetTextScale sets the text size factor (clamped to 0.7…2) and remembers it.
func (x *App) SetTextScale(f float64) {
	f = max(0.7, min(2, f))
	x.prefs().SetFloat(PrefTextScale, f)
	x.applyTheme()
}

// TextScale returns the text size factor.
func (x *App) TextScale() float64 {
	return x.prefs().FloatWithFallback(PrefTextScale, DefaultTextScale)
}

func (x *App) applyTheme() {
	t := &appTheme{Theme: theme.DefaultTheme(), scale: float32(x.TextScale())}
	switch x.prefs().StringWithFallback(PrefTheme, DefaultTheme) {
	case "light":
		v := theme.VariantLight
		t.variant = &v
	case "dark":
		v := theme.VariantDark
		t.variant = &v
	}
	x.fyne.Settings().SetTheme(t)
}

// appTheme is the default theme with a forced variant (or the system's)
// and scaled text.
type appTheme struct {
	fyne.Theme
	variant *fyne.ThemeVariant
	scale   float32
}

func (t *appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.variant != nil {
		v = *t.variant
	}
	return t.Theme.Color(n, v)
}

func (t *appTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.Theme.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameCaptionText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText, theme.SizeNameInlineIcon:
		return s * t.scale
	}
	return s
}
