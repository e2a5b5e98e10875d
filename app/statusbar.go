package app

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// statusBar shows the corpus (name, documents, words), the index state, a
// problems button, and the running job with a progress bar and a cancel
// button.
type statusBar struct {
	x        *App
	corpus   *widget.Label
	index    *widget.Label
	problems *widget.Button
	job      *widget.Label
	bar      *widget.ProgressBar
	spinner  *widget.ProgressBarInfinite
	cancel   *widget.Button
	content  fyne.CanvasObject
	running  string
}

func newStatusBar(x *App) *statusBar {
	s := &statusBar{x: x}
	s.corpus = widget.NewLabel("No corpus")
	s.corpus.Truncation = fyne.TextTruncateEllipsis
	s.index = widget.NewLabel("")
	s.index.Importance = widget.LowImportance
	s.problems = widget.NewButtonWithIcon("", theme.WarningIcon(), x.showProblems)
	s.problems.Importance = widget.LowImportance
	s.problems.Hide()
	s.job = widget.NewLabel("")
	s.bar = widget.NewProgressBar()
	s.spinner = widget.NewProgressBarInfinite()
	s.spinner.Stop()
	s.cancel = widget.NewButtonWithIcon("", theme.CancelIcon(), s.onCancel)
	s.cancel.Importance = widget.LowImportance
	barBox := container.NewGridWrap(fyne.NewSize(160, s.bar.MinSize().Height), container.NewStack(s.bar, s.spinner))
	right := container.NewHBox(s.index, s.problems, s.job, container.NewCenter(barBox), s.cancel)
	s.content = container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil, nil, right, s.corpus))
	s.setJobs(nil)
	return s
}

// SetIndexState sets the index part of the status bar ("index ready").
func (x *App) SetIndexState(s string) { x.status.index.SetText(s) }

func (s *statusBar) setCorpus(text string, problems int) {
	s.corpus.SetText(text)
	if problems > 0 {
		s.problems.SetText(strconv.Itoa(problems) + " problems")
		s.problems.Show()
	} else {
		s.problems.Hide()
	}
}

func (s *statusBar) setJobs(jobs []JobInfo) {
	if len(jobs) == 0 {
		s.running = ""
		s.job.SetText("")
		s.job.Hide()
		s.bar.Hide()
		s.spinner.Stop()
		s.spinner.Hide()
		s.cancel.Hide()
		return
	}
	j := jobs[len(jobs)-1]
	s.running = j.Name
	name := j.Name
	if len(jobs) > 1 {
		others := make([]string, 0, len(jobs)-1)
		for _, o := range jobs[:len(jobs)-1] {
			others = append(others, o.Name)
		}
		name += " (+ " + strings.Join(others, ", ") + ")"
	}
	s.job.SetText(name + "…")
	s.job.Show()
	s.cancel.Show()
	if j.Total > 0 {
		s.spinner.Stop()
		s.spinner.Hide()
		s.bar.Max = float64(j.Total)
		s.bar.SetValue(float64(j.Done))
		s.bar.Show()
	} else {
		s.bar.Hide()
		if time.Since(j.Started) > 0 {
			s.spinner.Show()
			s.spinner.Start()
		}
	}
}

func (s *statusBar) onCancel() {
	if s.running != "" {
		s.x.runner.Cancel(s.running)
	}
}

func (x *App) onJobsChanged() { x.status.setJobs(x.runner.Jobs()) }
