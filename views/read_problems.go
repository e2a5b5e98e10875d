package views

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// ProblemsList lists the files a load skipped or loaded with a caveat.
func ProblemsList(problems []corpus.Problem) fyne.CanvasObject {
	list := widget.NewList(func() int { return len(problems) }, func() fyne.CanvasObject {
		icon := widget.NewIcon(theme.WarningIcon())
		path := widget.NewLabel("")
		path.TextStyle.Bold = true
		path.Truncation = fyne.TextTruncateEllipsis
		reason := widget.NewLabel("")
		reason.Truncation = fyne.TextTruncateEllipsis
		return container.NewBorder(nil, nil, icon, nil, container.New(&rowTextLayout{}, path, reason))
	}, func(i widget.ListItemID, o fyne.CanvasObject) {
		p := problems[i]
		c := o.(*fyne.Container)
		texts := c.Objects[0].(*fyne.Container)
		icon := c.Objects[1].(*widget.Icon)
		state := "warning: "
		icon.SetResource(theme.WarningIcon())
		if p.Skipped {
			state = "skipped: "
			icon.SetResource(theme.ErrorIcon())
		}
		texts.Objects[0].(*widget.Label).SetText(p.Path)
		texts.Objects[1].(*widget.Label).SetText(state + p.Err.Error())
	})
	return list
}

// ShowProblems opens a dialog listing a load's problems.
func ShowProblems(problems []corpus.Problem, parent fyne.Window) {
	skipped := 0
	for _, p := range problems {
		if p.Skipped {
			skipped++
		}
	}
	head := widget.NewLabel(strconv.Itoa(skipped) + " of the files could not be read and were skipped; " +
		strconv.Itoa(len(problems)-skipped) + " loaded with a warning. The other documents loaded normally.")
	head.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Files with problems", "Close", container.NewBorder(head, nil, nil, nil, ProblemsList(problems)), parent)
	d.Resize(fyne.NewSize(720, 460))
	d.Show()
}
