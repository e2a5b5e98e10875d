package views

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestCompareTabPicker(t *testing.T) {
	tab, _, _, c := newTestTab(t)
	test.Tap(tab.pickB.button)
	if tab.pickB.popup == nil {
		t.Fatal("the picker did not open")
	}
	test.Type(tab.pickB.filter, "ultimatum")
	if len(tab.pickB.filtered) != 1 || tab.pickB.filtered[0] != 3 {
		t.Fatalf("filter 'ultimatum' kept %v, want [3]", tab.pickB.filtered)
	}
	tab.pickB.list.Select(0)
	if tab.b != c.Docs[3] || tab.a != c.Docs[0] || tab.pickB.popup != nil {
		t.Errorf("picked: a=%s b=%s", tab.a.ID, tab.b.ID)
	}
	if tab.result == nil || tab.result.B != c.Docs[3] {
		t.Error("picking B did not compare")
	}
}
